"""The result's attributes: TEXT and SUB_RESULT rows in one keyboard-first table.

The rows and their rules of display live in `attributes_model`; this module is the table,
its editors and the row actions. Validity is never decided here: `show_issues` shows what
`app.kombo.validation` found.

Keyboard: Tab moves through the editable cells and leaves the table after the last one;
F2, Enter or typing starts editing, Enter commits, Escape cancels. The actions' shortcuts are
in their tooltips and work while focus is anywhere in the editor.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.kombo.issues import FieldIssue
from app.ui.common import field_marks
from app.ui.common.field_marks import Severity
from app.ui.form.attributes_model import (
    KEY_COLUMNS,
    SUB_RESULT,
    SUB_RESULT_STATUSES,
    TEXT,
    AttributeRow,
    AttributesModel,
    Column,
    column_title,
    status_label,
    type_label,
)
from app.ui.form.editor_kit import (
    EditorTableView,
    editor_action,
    issues_by_row,
    mark_summary,
    tool_button,
)
from app.ui.form.issue_rows import AnyIndex, Issue, IssueRole

_ID_WIDTH = (72, 200)  # the ID column's narrowest and widest automatic width

__all__ = ["AttributesEditor", "AttributesModel", "Column", "IssueRole"]


# --- delegate and view ----------------------------------------------------------------------


class _AttributesDelegate(QStyledItemDelegate):
    """Combo boxes for Type and Status; line edits (from Qt) for everything else."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        column = Column(index.column())
        if column not in (Column.TYPE, Column.STATUS):
            editor = super().createEditor(parent, option, index)
            editor.setAccessibleName(column_title(column))
            return editor
        combo = QComboBox(parent)
        combo.setAccessibleName(column_title(column))
        if column == Column.TYPE:
            for kind in (TEXT, SUB_RESULT):
                combo.addItem(type_label(kind), kind)
        else:
            for status in SUB_RESULT_STATUSES:
                combo.addItem(f"{status_label(status)}  ({status})", status)
        # Choosing from the list is the edit; Enter or leaving the cell also commits.
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(found, 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class _AttributesView(EditorTableView):
    """A table that Tab leaves after its last editable cell."""

    def focusNextPrevChild(self, next: bool) -> bool:
        if self.state() != QAbstractItemView.State.EditingState and self._at_edge(next):
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def _at_edge(self, forward: bool) -> bool:
        model = self.model()
        current = self.currentIndex()
        if model.rowCount() == 0 or not current.isValid():
            return True
        cursor = (
            QAbstractItemView.CursorAction.MoveNext
            if forward
            else QAbstractItemView.CursorAction.MovePrevious
        )
        following = self.moveCursor(cursor, Qt.KeyboardModifier.NoModifier)
        if not following.isValid():
            return True
        # Qt wraps around at the ends; a step "back" past the start is the edge.
        if forward:
            return (following.row(), following.column()) <= (current.row(), current.column())
        return (following.row(), following.column()) >= (current.row(), current.column())

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # Tab in the last cell (Shift+Tab in the first) commits and leaves the table, instead
        # of wrapping around to edit the other end.
        forward = hint == QAbstractItemDelegate.EndEditHint.EditNextItem
        if (
            forward or hint == QAbstractItemDelegate.EndEditHint.EditPreviousItem
        ) and self._at_edge(forward):
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            QWidget.focusNextPrevChild(self, forward)
            return
        super().closeEditor(editor, hint)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Tabbing in lands on a cell, so that typing or F2 edits at once.
        model = self.model()
        if model.rowCount() and not self.currentIndex().isValid():
            self.setCurrentIndex(model.index(0, Column.LABEL))


# --- the editor ------------------------------------------------------------------------------


class AttributesEditor(QWidget):
    """TEXT and SUB_RESULT attributes; see the module docstring."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attributesEditor")
        self.model = AttributesModel(self)
        self.model.edited.connect(self.changed)

        self.table = _AttributesView(self)
        self.table.setObjectName("attributesTable")
        self.table.setAccessibleName(self.tr("Attributes"))
        self.table.setModel(self.model)
        self.table.setItemDelegate(_AttributesDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Typing into a cell edits it, as in a spreadsheet.
        self.table.setEditTriggers(
            self.table.editTriggers() | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(True)
        self.table.setCornerButtonEnabled(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(48)
        for column, mode in (
            (Column.TYPE, QHeaderView.ResizeMode.ResizeToContents),
            (Column.ID, QHeaderView.ResizeMode.Interactive),
            (Column.LABEL, QHeaderView.ResizeMode.Stretch),
            (Column.VALUE, QHeaderView.ResizeMode.Stretch),
            (Column.SCORE, QHeaderView.ResizeMode.ResizeToContents),
            (Column.MAX, QHeaderView.ResizeMode.ResizeToContents),
            (Column.STATUS, QHeaderView.ResizeMode.ResizeToContents),
        ):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(Column.ID, _ID_WIDTH[0])

        self.add_text_action = editor_action(
            self, "addTextAttribute", self.tr("Add text"), self.tr("Add a text attribute"),
            "add", QKeySequence("Ctrl+Shift+T"), self.add_text_attribute,
        )  # fmt: skip
        self.add_sub_result_action = editor_action(
            self, "addSubResult", self.tr("Add sub-result"), self.tr("Add a sub-result"),
            "add", QKeySequence("Ctrl+Shift+R"), self.add_sub_result,
        )  # fmt: skip
        self.duplicate_action = editor_action(
            self, "duplicateAttribute", self.tr("Duplicate"), self.tr("Duplicate the attribute"),
            "duplicate", QKeySequence("Ctrl+D"), self.duplicate_current,
        )  # fmt: skip
        self.move_up_action = editor_action(
            self, "moveAttributeUp", self.tr("Move up"), self.tr("Move the attribute up"),
            "up", QKeySequence("Ctrl+Shift+Up"), self.move_current_up,
        )  # fmt: skip
        self.move_down_action = editor_action(
            self, "moveAttributeDown", self.tr("Move down"), self.tr("Move the attribute down"),
            "down", QKeySequence("Ctrl+Shift+Down"), self.move_current_down,
        )  # fmt: skip
        self.remove_action = editor_action(
            self, "removeAttribute", self.tr("Remove"), self.tr("Remove the attribute"),
            "remove", QKeySequence(Qt.Key.Key_Delete), self.remove_current,
        )  # fmt: skip
        self.table.placeholder = self.tr(
            "No attributes. Add a text attribute ({text}) or a sub-result ({sub})."
        ).format(
            text=self.add_text_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
            sub=self.add_sub_result_action.shortcut().toString(
                QKeySequence.SequenceFormat.NativeText
            ),
        )

        self.add_text_button = tool_button(
            self, self.add_text_action, "addTextAttributeButton", with_text=True
        )
        self.add_sub_result_button = tool_button(
            self, self.add_sub_result_action, "addSubResultButton", with_text=True
        )
        self.duplicate_button = tool_button(self, self.duplicate_action, "duplicateAttributeButton")
        self.move_up_button = tool_button(self, self.move_up_action, "moveAttributeUpButton")
        self.move_down_button = tool_button(self, self.move_down_action, "moveAttributeDownButton")
        self.remove_button = tool_button(self, self.remove_action, "removeAttributeButton")

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(2)
        buttons.addWidget(self.add_text_button)
        buttons.addWidget(self.add_sub_result_button)
        buttons.addStretch(1)
        for button in (
            self.duplicate_button,
            self.move_up_button,
            self.move_down_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        selection = self.table.selectionModel()
        selection.currentChanged.connect(self._update_actions)
        for signal in (
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.rowsMoved,
            self.model.modelReset,
        ):
            signal.connect(self._update_actions)
        self.model.modelReset.connect(self._fit_id_column)
        self.model.edited.connect(self._fit_content_columns)
        self.model.dataChanged.connect(self._id_edited)
        self._update_actions()

    # the API

    def state(self) -> list[dict[str, Any]]:
        """The attributes as model input (plain JSON-able data)."""
        return self.model.state()

    def set_state(self, items: Sequence[Any] | None) -> None:
        """Load what `state()` returned, or `ResultBody.to_jsonable()["attributes"]`."""
        self.model.set_state(items or [])
        field_marks.clear(self.table)

    def show_issues(self, issues: Iterable[FieldIssue]) -> None:
        """Mark cells and rows; paths are relative to the attributes list, e.g. (1, "label")."""
        placed: list[tuple[int, Column | None, Severity, str]] = []
        in_rows, whole = issues_by_row(issues, self.model.rowCount())
        for issue in in_rows:
            path = issue.path
            number = int(path[0])
            key = path[1] if len(path) > 1 else None
            columns: tuple[Column, ...] = ()
            if isinstance(key, str) and key in KEY_COLUMNS:
                columns = KEY_COLUMNS[key]
                if key == "score" and len(path) > 2:
                    columns = {"value": (Column.SCORE,), "max": (Column.MAX,)}.get(
                        str(path[2]), columns
                    )
                columns = tuple(c for c in columns if self.model.applies(number, c))
            if columns:
                placed.extend((number, c, issue.severity, issue.message) for c in columns)
            else:
                text = issue.message if key is None else f"{key}: {issue.message}"
                placed.append((number, None, issue.severity, text))
        self.model.set_issues(placed)
        self._mark_table(whole)

    def _mark_table(self, whole: list[Issue]) -> None:
        found = list(whole)
        for row in range(self.model.rowCount()):
            found.extend(
                (severity, self.tr("Row {number}: {message}").format(number=row + 1, message=text))
                for severity, text in self.model.row_messages(row)
            )
        mark_summary(self.table, found)

    # actions

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def add_text_attribute(self) -> None:
        self._insert(AttributeRow(type=TEXT), Column.LABEL)

    def add_sub_result(self) -> None:
        self._insert(AttributeRow(type=SUB_RESULT), Column.ID)

    def _insert(self, row: AttributeRow, column: Column) -> None:
        position = self.model.rowCount()
        self.model.insert_rows(position, [row])
        self._focus_cell(position, column, edit=True)

    def duplicate_current(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        column = self.table.currentIndex().column()
        self.model.duplicate_row(row)
        self._focus_cell(row + 1, column)

    def remove_current(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        column = self.table.currentIndex().column()
        self.model.remove_rows([row])
        if self.model.rowCount():
            self._focus_cell(min(row, self.model.rowCount() - 1), column)
        else:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def move_current_up(self) -> None:
        self._move_current(-1)

    def move_current_down(self) -> None:
        self._move_current(1)

    def _move_current(self, step: int) -> None:
        row = self.current_row()
        column = self.table.currentIndex().column()
        if row >= 0 and self.model.move_row(row, row + step):
            self._focus_cell(row + step, column)

    def _focus_cell(self, row: int, column: int, *, edit: bool = False) -> None:
        if not self.model.applies(row, column):
            column = Column.LABEL
        index = self.model.index(row, column)
        self.table.setCurrentIndex(index)
        self.table.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.table.scrollTo(index)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if edit:
            self.table.edit(index)
        self._update_actions()

    def _fit_content_columns(self) -> None:
        # Qt does not refit a horizontal ResizeToContents section when rows arrive or change.
        for column in (Column.TYPE, Column.SCORE, Column.MAX, Column.STATUS):
            self.table.resizeColumnToContents(column)

    def _id_edited(self, top_left: QModelIndex, bottom_right: QModelIndex, *_: Any) -> None:
        if top_left == bottom_right and top_left.column() == Column.ID:
            self._fit_id_column()

    def _fit_id_column(self, *_: Any) -> None:
        # IDs are short codes: as wide as the widest one, within bounds, so Label and Value
        # (which stretch) keep the room.
        header = self.table.horizontalHeader()
        wanted = max(self.table.sizeHintForColumn(Column.ID), header.sectionSizeHint(Column.ID))
        header.resizeSection(Column.ID, min(max(wanted, _ID_WIDTH[0]), _ID_WIDTH[1]))

    def _update_actions(self, *_: Any) -> None:
        row = self.current_row()
        count = self.model.rowCount()
        self.duplicate_action.setEnabled(row >= 0)
        self.remove_action.setEnabled(row >= 0)
        self.move_up_action.setEnabled(row > 0)
        self.move_down_action.setEnabled(0 <= row < count - 1)

    def event(self, event: QEvent) -> bool:
        # A palette change (light/dark switch) changes the mark colours the model computes.
        if event.type() == QEvent.Type.PaletteChange:
            self.table.viewport().update()
        return super().event(event)

    def cell_rect(self, row: int, column: Column) -> QRect:
        """Where a cell is drawn, in the table's viewport (for tests and screenshots)."""
        return self.table.visualRect(self.model.index(row, column))

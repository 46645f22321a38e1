"""The result's attributes: TEXT and SUB_RESULT rows in one keyboard-first table.

Columns: Type, ID, Label, Value, Score, Max, Status. A TEXT row uses Label and Value; a
SUB_RESULT row uses ID, Label, Score, Max and Status. Cells that do not apply to a row are
disabled, empty and shaded; what was typed into them before the row's type changed is kept,
so switching the type back loses nothing.

Numbers are read in the user's locale ("2,5" in German) and handed to the model as floats;
text that is not a number is handed on as typed so that the model says "Enter a number." at
that cell. Validity is never decided here: `show_issues` shows what `app.kombo.validation`
found.

Keyboard: Tab moves through the editable cells and leaves the table after the last one;
F2, Enter or typing starts editing, Enter commits, Escape cancels. The actions' shortcuts are
in their tooltips and work while focus is anywhere in the editor.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import IntEnum
from typing import Any, TypeAlias

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.kombo.validation import FieldIssue
from app.ui import field_marks
from app.ui.field_marks import Severity
from app.ui.glyph_icons import glyph_icon

AnyIndex: TypeAlias = QModelIndex | QPersistentModelIndex
Number: TypeAlias = float | str | None

TEXT = "TEXT"
SUB_RESULT = "SUB_RESULT"
SUB_RESULT_STATUSES = ("COMPLETED", "CANCELLED")
DEFAULT_SUB_RESULT_MAX = 100.0

# The issue on a cell as (severity, message); for tests and for delegates that draw it.
IssueRole = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    TYPE = 0
    ID = 1
    LABEL = 2
    VALUE = 3
    SCORE = 4
    MAX = 5
    STATUS = 6


_APPLIES: dict[str, frozenset[Column]] = {
    TEXT: frozenset({Column.TYPE, Column.LABEL, Column.VALUE}),
    SUB_RESULT: frozenset(
        {Column.TYPE, Column.ID, Column.LABEL, Column.SCORE, Column.MAX, Column.STATUS}
    ),
}
_NUMBER_COLUMNS = frozenset({Column.SCORE, Column.MAX})
_KEY_COLUMNS: dict[str, tuple[Column, ...]] = {
    "type": (Column.TYPE,),
    "id": (Column.ID,),
    "label": (Column.LABEL,),
    "value": (Column.VALUE,),
    "status": (Column.STATUS,),
    "score": (Column.SCORE, Column.MAX),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttributesEditor", text)


# --- numbers in the user's locale -------------------------------------------------------------


def parse_number(text: str, locale: QLocale | None = None) -> Number:
    """Empty: None. A number in the user's locale (or with a dot): a float. Else the text."""
    stripped = text.strip()
    if not stripped:
        return None
    for candidate in (locale or QLocale(), QLocale.c()):
        value, ok = candidate.toDouble(stripped)
        if ok and math.isfinite(value):
            return value
    return stripped


def format_number(value: Number, locale: QLocale | None = None) -> str:
    """Text that `parse_number` reads back as exactly `value`."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    text = str(int(value)) if value.is_integer() and abs(value) < 2**53 else repr(value)
    return text.replace(".", (locale or QLocale()).decimalPoint())


def _number_from_state(value: Any) -> Number:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return str(value).lower()  # not a number: let the model say so
    if isinstance(value, int | float):
        return float(value)
    return str(value)


# --- rows ----------------------------------------------------------------------------------


@dataclass
class _Row:
    type: str = TEXT
    label: str = ""
    value: str = ""
    id: str = ""
    score: Number = None
    max: Number = DEFAULT_SUB_RESULT_MAX
    status: str = SUB_RESULT_STATUSES[0]
    # Issues by column; None is the row as a whole.
    issues: dict[Column | None, list[tuple[Severity, str]]] = field(default_factory=dict)

    def state(self) -> dict[str, Any]:
        if self.type == SUB_RESULT:
            return {
                "type": SUB_RESULT,
                "id": self.id,
                "label": self.label,
                "score": {"value": self.score, "max": self.max},
                "status": self.status,
            }
        return {"type": TEXT, "label": self.label, "value": self.value}

    @classmethod
    def from_state(cls, item: Mapping[str, Any]) -> _Row:
        score = item.get("score")
        score = score if isinstance(score, Mapping) else {}
        kind = item.get("type")
        return cls(
            type=SUB_RESULT if kind == SUB_RESULT else TEXT,
            label=_text(item.get("label")),
            value=_text(item.get("value")),
            id=_text(item.get("id")),
            score=_number_from_state(score.get("value")),
            max=_number_from_state(score.get("max", DEFAULT_SUB_RESULT_MAX)),
            status=_text(item.get("status")) or SUB_RESULT_STATUSES[0],
        )

    def copy(self) -> _Row:
        return replace(self, issues={})

    def worst(self, column: Column | None) -> tuple[Severity, str] | None:
        found = self.issues.get(column)
        if not found:
            return None
        severity: Severity = "error" if any(s == "error" for s, _ in found) else "warning"
        return severity, "\n".join(message for _, message in found)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


# --- the model -------------------------------------------------------------------------------


class AttributesModel(QAbstractTableModel):
    """The rows of the attributes editor; `edited` fires on every change of content."""

    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []

    # structure

    def rowCount(self, parent: AnyIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(Column)

    def applies(self, row: int, column: int) -> bool:
        return Column(column) in _APPLIES[self._rows[row].type]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if not self.applies(index.row(), index.column()):
            return Qt.ItemFlag.ItemNeverHasChildren
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # cells

    def _edit_value(self, row: _Row, column: Column) -> str:
        if column in _NUMBER_COLUMNS:
            return format_number(row.score if column == Column.SCORE else row.max)
        attribute = {
            Column.TYPE: row.type,
            Column.ID: row.id,
            Column.LABEL: row.label,
            Column.VALUE: row.value,
            Column.STATUS: row.status,
        }
        return attribute[column]

    def _display(self, row: _Row, column: Column) -> str:
        if column == Column.TYPE:
            return _type_label(row.type)
        if column == Column.STATUS:
            return _status_label(row.status)
        return self._edit_value(row, column)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        applies = column in _APPLIES[row.type]
        issue = row.worst(column) if applies else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column) if applies else None
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(row, column) if applies else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if not applies:
                return (
                    _tr("Not used by text attributes")
                    if row.type == TEXT
                    else _tr("Not used by sub-results")
                )
            return issue[1] if issue else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if not applies:
                return field_marks.unavailable_background()
            return field_marks.cell_background(issue[0]) if issue else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return field_marks.cell_foreground(issue[0]) if issue else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if not applies:
                return _tr("not applicable")
            text = self._display(row, column) or _tr("empty")
            if issue:
                kind = _tr("Error") if issue[0] == "error" else _tr("Warning")
                return f"{text}. {kind}: {issue[1]}"
            return text
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return issue[1] if issue else None
        if role == IssueRole:
            return issue
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.applies(index.row(), index.column()):
            return False
        row = self._rows[index.row()]
        column = Column(index.column())
        text = _text(value)
        if column == Column.TYPE:
            if text not in _APPLIES:
                return False
            if text == row.type:
                return True
            row.type = text
            row.issues.clear()
            self._row_changed(index.row())
        else:
            if column == Column.ID:
                row.id = text
            elif column == Column.LABEL:
                row.label = text
            elif column == Column.VALUE:
                row.value = text
            elif column == Column.SCORE:
                row.score = parse_number(text)
            elif column == Column.MAX:
                row.max = parse_number(text)
            elif column == Column.STATUS:
                row.status = text
            # The old message no longer describes what is there; live validation re-marks it.
            row.issues.pop(column, None)
            self.dataChanged.emit(index, index)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, index.row(), index.row())
        self.edited.emit()
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return _column_title(Column(section))
            if role == Qt.ItemDataRole.ToolTipRole:
                return _column_tooltip(Column(section))
            return None
        if not 0 <= section < len(self._rows):
            return None
        row = self._rows[section]
        messages = self.row_messages(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        if role == Qt.ItemDataRole.DecorationRole and messages:
            severity: Severity = "error" if any(s == "error" for s, _ in messages) else "warning"
            return field_marks.severity_icon(severity)
        if role == Qt.ItemDataRole.ToolTipRole and messages:
            return "\n".join(text for _, text in messages)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = _tr("Row {number}, {type}").format(
                number=section + 1, type=_type_label(row.type)
            )
            if messages:
                text += ". " + " ".join(message for _, message in messages)
            return text
        return None

    def row_messages(self, row: int) -> list[tuple[Severity, str]]:
        """Every issue of a row, each message prefixed by its column's title."""
        out: list[tuple[Severity, str]] = []
        for column, issues in self._rows[row].issues.items():
            prefix = "" if column is None else f"{_column_title(column)}: "
            out.extend((severity, prefix + message) for severity, message in issues)
        return out

    # rows

    def row_type(self, row: int) -> str:
        return self._rows[row].type

    def insert_row(self, position: int, row: _Row) -> None:
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, row)
        self.endInsertRows()
        self.edited.emit()

    def duplicate_row(self, row: int) -> None:
        self.insert_row(row + 1, self._rows[row].copy())

    def remove_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self.edited.emit()

    def move_row(self, row: int, to: int) -> bool:
        if row == to or not (0 <= row < len(self._rows) and 0 <= to < len(self._rows)):
            return False
        # Qt's destination is the row to insert before, counted before the move.
        destination = to + 1 if to > row else to
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._rows.insert(to, self._rows.pop(row))
        self.endMoveRows()
        self.edited.emit()
        return True

    def state(self) -> list[dict[str, Any]]:
        return [row.state() for row in self._rows]

    def set_state(self, items: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = [_Row.from_state(item) for item in items if isinstance(item, Mapping)]
        self.endResetModel()
        self.edited.emit()

    # issues

    def set_issues(self, issues: Iterable[tuple[int, Column | None, Severity, str]]) -> None:
        for row in self._rows:
            row.issues.clear()
        for number, column, severity, message in issues:
            bucket = self._rows[number].issues.setdefault(column, [])
            if (severity, message) not in bucket:
                bucket.append((severity, message))
        if self._rows:
            last = len(self._rows) - 1
            self.dataChanged.emit(self.index(0, 0), self.index(last, len(Column) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, last)

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Vertical, row, row)


def _type_label(kind: str) -> str:
    return {TEXT: _tr("Text"), SUB_RESULT: _tr("Sub-result")}.get(kind, kind)


def _status_label(status: str) -> str:
    return {"COMPLETED": _tr("Completed"), "CANCELLED": _tr("Cancelled")}.get(status, status)


def _column_title(column: Column) -> str:
    return {
        Column.TYPE: _tr("Type"),
        Column.ID: _tr("ID"),
        Column.LABEL: _tr("Label"),
        Column.VALUE: _tr("Value"),
        Column.SCORE: _tr("Score"),
        Column.MAX: _tr("Max"),
        Column.STATUS: _tr("Status"),
    }[column]


def _column_tooltip(column: Column) -> str:
    return {
        Column.TYPE: _tr("Text: a label and a value. Sub-result: a scored part of the assessment."),
        Column.ID: _tr("Your internal ID of the test (sub-results)"),
        Column.LABEL: _tr("The name the ATS shows"),
        Column.VALUE: _tr("The text the ATS shows (text attributes)"),
        Column.SCORE: _tr("The score reached (sub-results)"),
        Column.MAX: _tr("The highest possible score, at least 1 (sub-results)"),
        Column.STATUS: _tr("Completed or cancelled (sub-results)"),
    }[column]


# --- delegate and view ----------------------------------------------------------------------


class _AttributesDelegate(QStyledItemDelegate):
    """Combo boxes for Type and Status; line edits (from Qt) for everything else."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        column = Column(index.column())
        if column not in (Column.TYPE, Column.STATUS):
            editor = super().createEditor(parent, option, index)
            editor.setAccessibleName(_column_title(column))
            return editor
        combo = QComboBox(parent)
        combo.setAccessibleName(_column_title(column))
        if column == Column.TYPE:
            for kind in (TEXT, SUB_RESULT):
                combo.addItem(_type_label(kind), kind)
        else:
            for status in SUB_RESULT_STATUSES:
                combo.addItem(f"{_status_label(status)}  ({status})", status)
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


class _AttributesView(QTableView):
    """A table that Tab leaves after its last editable cell, with a hint while empty."""

    placeholder = ""

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
        # Qt wraps around at the ends; a step "back" past the start is the edge.
        if forward:
            return (following.row(), following.column()) <= (current.row(), current.column())
        return (following.row(), following.column()) >= (current.row(), current.column())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            current = self.currentIndex()
            if current.isValid() and current.flags() & Qt.ItemFlag.ItemIsEditable:
                self.edit(current)
                return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Tabbing in lands on a cell, so that typing or F2 edits at once.
        model = self.model()
        if model.rowCount() and not self.currentIndex().isValid():
            self.setCurrentIndex(model.index(0, Column.LABEL))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model.rowCount() == 0 and self.placeholder:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            area = self.viewport().rect().adjusted(12, 8, -12, -8)
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(area, int(flags), self.placeholder)


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
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setTabKeyNavigation(True)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
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
        header.resizeSection(Column.ID, 96)

        self.add_text_action = self._action(
            "addTextAttribute", self.tr("Add text"), self.tr("Add a text attribute"),
            "add", QKeySequence("Ctrl+Shift+T"), self.add_text_attribute,
        )  # fmt: skip
        self.add_sub_result_action = self._action(
            "addSubResult", self.tr("Add sub-result"), self.tr("Add a sub-result"),
            "add", QKeySequence("Ctrl+Shift+R"), self.add_sub_result,
        )  # fmt: skip
        self.duplicate_action = self._action(
            "duplicateAttribute", self.tr("Duplicate"), self.tr("Duplicate the attribute"),
            "duplicate", QKeySequence("Ctrl+D"), self.duplicate_current,
        )  # fmt: skip
        self.move_up_action = self._action(
            "moveAttributeUp", self.tr("Move up"), self.tr("Move the attribute up"),
            "up", QKeySequence("Ctrl+Shift+Up"), self.move_current_up,
        )  # fmt: skip
        self.move_down_action = self._action(
            "moveAttributeDown", self.tr("Move down"), self.tr("Move the attribute down"),
            "down", QKeySequence("Ctrl+Shift+Down"), self.move_current_down,
        )  # fmt: skip
        self.remove_action = self._action(
            "removeAttribute", self.tr("Remove"), self.tr("Remove the attribute"),
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

        self.add_text_button = self._button(self.add_text_action, "addTextAttributeButton", True)
        self.add_sub_result_button = self._button(
            self.add_sub_result_action, "addSubResultButton", True
        )
        self.duplicate_button = self._button(self.duplicate_action, "duplicateAttributeButton")
        self.move_up_button = self._button(self.move_up_action, "moveAttributeUpButton")
        self.move_down_button = self._button(self.move_down_action, "moveAttributeDownButton")
        self.remove_button = self._button(self.remove_action, "removeAttributeButton")

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
        self._update_actions()

    # building

    def _action(
        self,
        name: str,
        text: str,
        description: str,
        glyph: Any,
        shortcut: QKeySequence,
        slot: Any,
    ) -> QAction:
        action = QAction(glyph_icon(glyph), text, self)
        action.setObjectName(name + "Action")
        action.setShortcut(shortcut)
        # Only while focus is in this editor: the main window has shortcuts of its own.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{description} ({keys})")
        action.setStatusTip(description)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _button(self, action: QAction, name: str, with_text: bool = False) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setObjectName(name)
        button.setAccessibleName(action.statusTip())
        button.setAutoRaise(not with_text)
        button.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            if with_text
            else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        return button

    # the API

    def state(self) -> list[dict[str, Any]]:
        """The attributes as model input (plain JSON-able data)."""
        return self.model.state()

    def set_state(self, items: Sequence[Mapping[str, Any]] | None) -> None:
        """Load what `state()` returned, or `ResultBody.to_jsonable()["attributes"]`."""
        self.model.set_state(items or [])
        field_marks.clear(self.table)

    def show_issues(self, issues: Iterable[FieldIssue]) -> None:
        """Mark cells and rows; paths are relative to the attributes list, e.g. (1, "label")."""
        placed: list[tuple[int, Column | None, Severity, str]] = []
        whole: list[tuple[Severity, str]] = []
        rows = self.model.rowCount()
        for issue in issues:
            path = issue.path
            if not path or not isinstance(path[0], int) or not 0 <= path[0] < rows:
                whole.append((issue.severity, issue.message))
                continue
            number = path[0]
            key = path[1] if len(path) > 1 else None
            columns: tuple[Column, ...] = ()
            if isinstance(key, str) and key in _KEY_COLUMNS:
                columns = _KEY_COLUMNS[key]
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

    def _mark_table(self, whole: list[tuple[Severity, str]]) -> None:
        lines = [message for _, message in whole]
        severities = [severity for severity, _ in whole]
        for row in range(self.model.rowCount()):
            for severity, message in self.model.row_messages(row):
                lines.append(self.tr("Row {number}: {message}").format(
                    number=row + 1, message=message
                ))  # fmt: skip
                severities.append(severity)
        worst: Severity = "error" if "error" in severities else "warning"
        field_marks.mark(self.table, "\n".join(lines) or None, worst)

    # actions

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def add_text_attribute(self) -> None:
        self._insert(_Row(type=TEXT), Column.LABEL)

    def add_sub_result(self) -> None:
        self._insert(_Row(type=SUB_RESULT), Column.ID)

    def _insert(self, row: _Row, column: Column) -> None:
        position = self.model.rowCount()
        self.model.insert_row(position, row)
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
        self.model.remove_row(row)
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

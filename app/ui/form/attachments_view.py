"""The attachments table: a view that takes dropped files and links, and its cell editors.

`AttachmentsView` accepts a drag that brings local files or http(s) links (`drop_sources`
reads them from the drag's `text/uri-list`), outlines itself while one hovers, and lets Left and
Right move between cells of whole-row selections so the content type is reachable by keyboard.
`AttachmentsDelegate` edits the content type in a combo of common types.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.kombo.content_types import COMMON_CONTENT_TYPES
from app.ui.form.attachments_model import Column
from app.ui.form.drop_sources import accept_sources, dropped_sources
from app.ui.form.editor_kit import EditorTableView
from app.ui.form.issue_rows import AnyIndex

__all__ = [
    "AttachmentsDelegate",
    "AttachmentsView",
    "accept_sources",
    "compact_type_combo",
    "dropped_sources",
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttachmentsEditor", text)


class AttachmentsDelegate(QStyledItemDelegate):
    """An editable combo with common content types; a line edit (from Qt) for the name."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        # A path keeps its start and its file name; everything else reads from the left.
        option.textElideMode = (
            Qt.TextElideMode.ElideMiddle
            if index.column() == Column.SOURCE
            else Qt.TextElideMode.ElideRight
        )

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        if index.column() != Column.CONTENT_TYPE:
            editor = super().createEditor(parent, option, index)
            editor.setAccessibleName(_tr("Attachment name"))
            return editor
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setAccessibleName(_tr("Content type"))
        compact_type_combo(combo)
        combo.addItems(list(COMMON_CONTENT_TYPES))
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setEditText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            line = editor.lineEdit()
            if line is not None:
                line.selectAll()
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


def compact_type_combo(combo: QComboBox) -> None:
    """Size a content-type combo by a typical type, not by the longest Office one."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)


class AttachmentsView(EditorTableView):
    """A list of attachments that takes dropped files and links, and says so while dragging."""

    sources_dropped = Signal(list, list)  # local paths, links

    drop_hint = ""
    hint_margins = (14, 10)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._drop_active = False
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(False)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if accept_sources(event):
            self._set_drop_active(True)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        accept_sources(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_drop_active(False)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_drop_active(False)
        sources = accept_sources(event)
        if sources:
            self.sources_dropped.emit(*sources)

    def _set_drop_active(self, active: bool) -> None:
        self._drop_active = active
        self.viewport().update()

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        # Rows are selected whole, but Left and Right still move between cells, so the
        # content type can be reached and edited from the keyboard.
        current = self.currentIndex()
        step = {
            QAbstractItemView.CursorAction.MoveLeft: -1,
            QAbstractItemView.CursorAction.MoveRight: 1,
        }.get(cursorAction)
        if step is not None and current.isValid():
            column = min(max(current.column() + step, 0), self.model().columnCount() - 1)
            return self.model().index(current.row(), column)
        return super().moveCursor(cursorAction, modifiers)

    def hint(self) -> str:
        return self.drop_hint if self._drop_active else super().hint()

    def paint_hint(self, painter: QPainter, text: str) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._drop_active:
            highlight = self.palette().color(QPalette.ColorRole.Highlight)
            painter.setPen(QPen(highlight, 2, Qt.PenStyle.DashLine))
            fill = highlight
            fill.setAlpha(28)
            painter.setBrush(fill)
            painter.drawRoundedRect(self.viewport().rect().adjusted(6, 6, -6, -6), 6, 6)
        super().paint_hint(painter, text)

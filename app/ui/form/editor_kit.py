"""What the row editors (attributes, attachments) share: their actions, buttons and table.

- `editor_action` and `tool_button`: an editor's row actions, with shortcuts that work while
  focus is anywhere in the editor and are named in the tooltips;
- `EditorTableView`: Enter edits the current cell, and a hint is painted while it is empty;
- `issues_by_row` and `mark_summary`: issues placed on their rows, and the table marked with
  all of them in one message.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QTableView, QToolButton, QWidget

from app.kombo.issues import FieldIssue
from app.ui.common import field_marks
from app.ui.common.icons import icon
from app.ui.form.issue_rows import Issue, worst_severity


def editor_action(
    owner: QWidget,
    name: str,
    text: str,
    description: str,
    glyph: str,
    shortcut: QKeySequence,
    slot: Callable[[], object],
) -> QAction:
    """An action of `owner` named `name + "Action"`, with `icon(glyph)` and `shortcut`."""
    action = QAction(icon(glyph), text, owner)
    action.setObjectName(name + "Action")
    action.setShortcut(shortcut)
    # Only while focus is in this editor: the main window has shortcuts of its own.
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{description} ({keys})")
    action.setStatusTip(description)
    action.triggered.connect(slot)
    owner.addAction(action)
    return action


def tool_button(
    owner: QWidget, action: QAction, name: str, *, with_text: bool = False
) -> QToolButton:
    """A button for `action`: raised with its text (adding), else a flat icon."""
    button = QToolButton(owner)
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


class EditorTableView(QTableView):
    """A table of editable rows: F2, Enter, a double click or a click on the current cell
    edits it, and `placeholder` is painted while there are no rows."""

    placeholder = ""
    # How far the hint's text keeps from the viewport's left/right and top/bottom edges.
    hint_margins = (12, 8)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Rows stay one line high and the header does not light up with the selection.
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setWordWrap(False)
        self.horizontalHeader().setHighlightSections(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            current = self.currentIndex()
            if current.isValid() and current.flags() & Qt.ItemFlag.ItemIsEditable:
                self.edit(current)
                return
        super().keyPressEvent(event)

    def hint(self) -> str:
        """The text painted over the rows: the placeholder while there are none."""
        return self.placeholder if self.model().rowCount() == 0 else ""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        text = self.hint()
        if text:
            painter = QPainter(self.viewport())
            self.paint_hint(painter, text)
            painter.end()

    def paint_hint(self, painter: QPainter, text: str) -> None:
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        dx, dy = self.hint_margins
        area = self.viewport().rect().adjusted(dx, dy, -dx, -dy)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(area, int(flags), text)


def issues_by_row(issues: Iterable[FieldIssue], rows: int) -> tuple[list[FieldIssue], list[Issue]]:
    """The issues whose path starts with one of `rows` row numbers, and the rest (about the
    list as a whole) as (severity, message)."""
    placed: list[FieldIssue] = []
    whole: list[Issue] = []
    for issue in issues:
        path = issue.path
        if path and isinstance(path[0], int) and 0 <= path[0] < rows:
            placed.append(issue)
        else:
            whole.append((issue.severity, issue.message))
    return placed, whole


def mark_summary(view: QWidget, issues: Iterable[Issue]) -> None:
    """Mark `view` with every message, one per line, at the worst severity (none: clear)."""
    found = list(issues)
    text = "\n".join(message for _, message in found)
    field_marks.mark(view, text or None, worst_severity(found))

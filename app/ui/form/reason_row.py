"""The "Reason" row under the order ID: why this correction is sent (a free-text note) and an
optional ticket reference (e.g. ZD-48213).

It belongs to the form's state (so drafts remember it per connection) but never to the body:
`form_state.model_input` reads only the result's keys, and the send room hands the reason to
the sender separately, for the history and the team history. Preferences can make the note
required; then `check(required=True)` marks the field and says why Send did nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from app.store.send_reason import MAX_NOTE, MAX_TICKET
from app.ui.common import field_marks

__all__ = ["MAX_NOTE", "MAX_TICKET", "ReasonRow"]


class ReasonRow(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reasonRow")
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("reasonNoteEdit")
        self.note_edit.setAccessibleName(self.tr("Reason"))
        self.note_edit.setPlaceholderText(self.tr("Why this is sent (for the history, not Kombo)"))
        self.note_edit.setMaxLength(MAX_NOTE)
        self.ticket_edit = QLineEdit(self)
        self.ticket_edit.setObjectName("reasonTicketEdit")
        self.ticket_edit.setAccessibleName(self.tr("Ticket"))
        self.ticket_edit.setPlaceholderText(self.tr("e.g. ZD-48213"))
        self.ticket_edit.setMaxLength(MAX_TICKET)
        self.ticket_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("M" * 14))
        self.message_label = QLabel(self)
        self.message_label.setObjectName("reasonMessage")
        self.message_label.hide()

        note_label = QLabel(self.tr("Reaso&n:"), self)
        note_label.setBuddy(self.note_edit)
        ticket_label = QLabel(self.tr("Tic&ket:"), self)
        ticket_label.setBuddy(self.ticket_edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note_label)
        layout.addWidget(self.note_edit, 1)
        layout.addWidget(ticket_label)
        layout.addWidget(self.ticket_edit)
        layout.addWidget(self.message_label)
        for edit in (self.note_edit, self.ticket_edit):
            edit.textChanged.connect(self._edited)

    def note(self) -> str:
        return self.note_edit.text().strip()

    def ticket(self) -> str:
        return self.ticket_edit.text().strip()

    def set_values(self, note: str, ticket: str) -> None:
        self.note_edit.setText(note)
        self.ticket_edit.setText(ticket)

    def check(self, required: bool) -> bool:
        """True when a send may go; with `required` and no note, mark the field and say so."""
        if not required or self.note():
            self._clear_mark()
            return True
        message = self.tr("Enter a reason: your team requires one for every send.")
        field_marks.mark(self.note_edit, message)
        self.message_label.setText(message)
        self.message_label.show()
        self.note_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def _edited(self) -> None:
        if self.note():
            self._clear_mark()
        self.changed.emit()

    def _clear_mark(self) -> None:
        if self.message_label.isVisible():
            field_marks.clear(self.note_edit)
            self.message_label.hide()

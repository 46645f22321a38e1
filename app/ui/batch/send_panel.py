"""The batch window's bottom rows: the batch's Reason and Ticket (the form's `ReasonRow`: who
corrects these rows and why, on every row's history record), then Send, the progress (rows
done and left, time left), Pause, Resume and Cancel, Re-send unknown and Export. Widgets only;
the window connects them."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.ui.batch.rows_view import time_left
from app.ui.common.icons import icon
from app.ui.common.placeholders import arg
from app.ui.form.reason_row import ReasonRow

__all__ = ["SendPanel"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("BatchSend", text)


def _button(parent: QWidget, name: str, text: str, icon_name: str | None = None) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    if icon_name is not None:
        button.setIcon(icon(icon_name))
    return button


class SendPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchSendPanel")
        # Made first: Tab goes Reason → Ticket → Send.
        self.reason_row = ReasonRow(self)
        self.send_button = _button(self, "batchSendButton", _tr("&Send"), "send")
        self.send_button.setEnabled(False)
        self.pause_button = _button(self, "batchPauseButton", _tr("&Pause"))
        self.resume_button = _button(self, "batchResumeButton", _tr("&Resume"))
        self.cancel_button = _button(self, "batchCancelButton", _tr("Cancel"), "cancel")
        self.resend_button = _button(self, "batchResendUnknownButton", _tr("Re-send &unknown…"))
        self.export_button = _button(self, "batchExportButton", _tr("&Export…"), "save")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("batchProgressBar")
        self.bar.setTextVisible(False)
        self.label = QLabel(self)
        self.label.setObjectName("batchProgressLabel")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.reason_row)
        layout = QHBoxLayout()
        column.addLayout(layout)
        layout.addWidget(self.send_button)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.label, 2)
        for button in (self.pause_button, self.resume_button, self.cancel_button):
            layout.addWidget(button)
        layout.addSpacing(12)
        layout.addWidget(self.resend_button)
        layout.addWidget(self.export_button)
        self._total = self._done = 0
        self._started = 0.0
        self._paused_at: float | None = None
        self.set_running(False)

    def set_running(self, running: bool) -> None:
        self.pause_button.setVisible(running)
        self.resume_button.setVisible(False)
        self.cancel_button.setVisible(running)
        self.bar.setVisible(running or self._total > 0)
        self.pause_button.setEnabled(running)
        self.cancel_button.setEnabled(running)

    def start(self, total: int) -> None:
        self._total, self._done = total, 0
        self._started = time.monotonic()
        self._paused_at = None
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(0)
        self.set_running(True)
        self._show()

    def row_done(self) -> None:
        self._done += 1
        self.bar.setValue(self._done)
        self._show()

    def paused(self, paused: bool) -> None:
        """Time spent paused does not count toward the pace."""
        now = time.monotonic()
        if paused:
            self._paused_at = now
        elif self._paused_at is not None:
            self._started += now - self._paused_at
            self._paused_at = None
        self.pause_button.setVisible(not paused)
        self.resume_button.setVisible(paused)
        self._show()

    def cancelling(self) -> None:
        self.pause_button.setEnabled(False)
        self.resume_button.setVisible(False)
        self.cancel_button.setEnabled(False)
        self.label.setText(_tr("Cancelling: the rows being sent finish, no new row starts…"))

    def _show(self) -> None:
        now = self._paused_at or time.monotonic()
        text = time_left(self._done, self._total, now - self._started)
        if self._paused_at is not None:
            text = arg(_tr("Paused: %1"), text)
        self.label.setText(text)

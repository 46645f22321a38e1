"""The Send bar under the form, and the upload progress in the status bar.

The bar shows the editor's summary (its icon and label, placed here) beside Cancel and Send;
its buttons only trigger, and `SendController` decides when they are enabled. `SendProgress`
is slots only (qutebrowser's progress widget): the sender's signals feed it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from app.ui.common.icons import icon
from app.ui.common.placeholders import arg

__all__ = ["SendBar", "SendProgress"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("SendBar", text)


class SendBar(QWidget):
    """`sendBar`: [summary icon][summary text …][Cancel][Send result]."""

    def __init__(self, summary_icon: QLabel, summary: QLabel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sendBar")
        self.cancel_button = QPushButton(icon("cancel"), self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAccessibleName(self.tr("Cancel sending"))
        self.cancel_button.setToolTip(self.tr("Stop the send in flight; the form stays as it is"))
        self.cancel_button.setEnabled(False)

        self.send_button = QPushButton(icon("send"), self.tr("Send result"), self)
        self.send_button.setObjectName("sendButton")
        self.send_button.setAccessibleName(self.tr("Send result"))
        self.send_button.setDefault(True)

        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 4, 0, 0)
        bar.addWidget(summary_icon, 0, Qt.AlignmentFlag.AlignTop)
        bar.addWidget(summary, 1)
        bar.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignTop)
        bar.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignTop)


class SendProgress:
    """`uploadProgressLabel` and `uploadProgressBar`, for the status bar's right end."""

    def __init__(self, parent: QWidget) -> None:
        self.label = QLabel(parent)
        self.label.setObjectName("uploadProgressLabel")
        self.bar = QProgressBar(parent)
        self.bar.setObjectName("uploadProgressBar")
        self.bar.setMaximumWidth(180)
        self.bar.setTextVisible(False)
        self.label.hide()
        self.bar.hide()

    def started(self) -> None:
        self.bar.setRange(0, 0)
        self.bar.show()
        self.label.setText(_tr("Connecting…"))
        self.label.show()

    def progress(self, sent: int, total: int) -> None:
        from app.kombo.body import human_size

        if total <= 0:
            return
        self.bar.setRange(0, 1000)
        self.bar.setValue(int(1000 * sent / total))
        if sent >= total:
            self.label.setText(arg(_tr("Sent %1; waiting for Kombo…"), human_size(total)))
        else:
            self.label.setText(arg(_tr("Uploading %1 of %2"), human_size(sent), human_size(total)))

    def busy_changed(self, busy: bool) -> None:
        if not busy:
            self.bar.hide()
            self.label.hide()

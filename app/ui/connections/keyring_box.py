"""The “Keyring” box of the Connections dialog: which backend, its state, what to do about it.

When there is no usable keyring it offers to keep keys in memory for this run only; it never
offers a file. It only shows a `KeyringStatus`; the dialog asks the `SecretStore` for it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.store.secret_results import KeyringStatus


def html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class KeyringStatusBox(QGroupBox):
    refreshRequested = Signal()
    memoryOnlyToggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, memory_only: bool = False) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Keyring"))
        self.setObjectName("keyringBox")
        box = QVBoxLayout(self)
        top = QHBoxLayout()
        self.icon_label = QLabel(self)
        self.icon_label.setFixedSize(QSize(20, 20))
        self.label = QLabel(self.tr("Checking the keyring…"), self)
        self.label.setObjectName("keyringStatusLabel")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refresh_button = QPushButton(self.tr("Check again"), self)
        self.refresh_button.setObjectName("keyringRefreshButton")
        self.refresh_button.clicked.connect(self.refreshRequested)
        top.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.label, 1)
        top.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(top)
        self.advice = QLabel(self)
        self.advice.setObjectName("keyringAdviceLabel")
        self.advice.setWordWrap(True)
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice.hide()
        box.addWidget(self.advice)
        self.memory_check = QCheckBox(
            self.tr("Keep API keys in memory for this run only (they are forgotten on exit)"),
            self,
        )
        self.memory_check.setObjectName("memoryOnlyCheck")
        self.memory_check.setChecked(memory_only)
        self.memory_check.setVisible(memory_only)
        self.memory_check.toggled.connect(self.memoryOnlyToggled)
        box.addWidget(self.memory_check)

    def show_checking(self) -> None:
        self.label.setText(self.tr("Checking the keyring…"))

    def show_status(self, status: KeyringStatus, *, memory_only: bool) -> None:
        if memory_only:
            state = self.tr("keys are kept in memory for this run only")
            pixmap = QStyle.StandardPixmap.SP_MessageBoxInformation
        elif status.available:
            state = self.tr("available")
            pixmap = QStyle.StandardPixmap.SP_DialogApplyButton
        elif status.locked:
            state = self.tr("locked")
            pixmap = QStyle.StandardPixmap.SP_MessageBoxWarning
        else:
            state = self.tr("unavailable")
            pixmap = QStyle.StandardPixmap.SP_MessageBoxCritical
        self.icon_label.setPixmap(self.style().standardIcon(pixmap).pixmap(QSize(20, 20)))
        text = f"<b>{html_escape(status.backend_name)}</b> — {html_escape(state)}"
        if not status.available or memory_only:
            text += f"<br>{html_escape(status.detail)}"
        if status.environment_key:
            text += "<br>" + html_escape(
                self.tr("KOMBO_API_KEY is set: it is used for this run and never stored.")
            )
        self.label.setText(text)
        self.label.setProperty("state", "memory" if memory_only else status.state)
        self.label.setAccessibleDescription(self.label.text())
        advice = status.advice.strip()
        self.advice.setText(html_escape(advice))
        self.advice.setVisible(bool(advice) and not memory_only)
        self.memory_check.setVisible(not status.available or memory_only)
        if self.memory_check.isChecked() != memory_only:
            self.memory_check.blockSignals(True)
            self.memory_check.setChecked(memory_only)
            self.memory_check.blockSignals(False)

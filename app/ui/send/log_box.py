"""The send log with its title and its two actions (Copy log, Clear log), as one box.

The shell puts the box under the preview and the actions in its Edit menu; "Log copied" goes
up as `message`, since the status bar is the window's.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from app.ui.common.icons import icon
from app.ui.send.log_panel import LogPanel

__all__ = ["LogBox"]


class LogBox(QWidget):
    message = Signal(str, int)  # text for the status bar, milliseconds

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logBox")
        self.log_panel = LogPanel(self)
        title = QLabel(self.tr("Send log"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.copy_log_action = QAction(icon("copy"), self.tr("Copy log"), self)
        self.copy_log_action.setObjectName("copyLogAction")
        self.copy_log_action.setToolTip(self.tr("Copy the selected lines, or the whole log"))
        self.copy_log_action.triggered.connect(self._copy_log)
        self.clear_log_action = QAction(icon("clear"), self.tr("Clear log"), self)
        self.clear_log_action.setObjectName("clearLogAction")
        self.clear_log_action.setToolTip(self.tr("Remove every entry from the log panel"))
        self.clear_log_action.triggered.connect(self.log_panel.clear_entries)
        header = QHBoxLayout()
        header.setSpacing(2)
        header.addWidget(title)
        header.addStretch(1)
        for action in (self.copy_log_action, self.clear_log_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setObjectName(action.objectName().replace("Action", "Button"))
            header.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.log_panel, 1)

    def _copy_log(self) -> None:
        self.log_panel.copy_all()
        self.message.emit(self.tr("Log copied to the clipboard."), 3000)

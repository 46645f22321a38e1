"""The JSON preview and the actions around the result as a whole.

`previewEdit` shows exactly the JSON that will be sent (attachment data shortened); while the
form is not valid it shows the draft instead, dimmed and labelled so, because nothing would be
sent. The panel owns the actions "Copy as cURL", "Save as JSON…", "Open JSON…" and "New result";
the main window decides what they do and puts them in its menus too.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QFontDatabase, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.icons import icon


class PreviewPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPanel")

        self.title = QLabel(self.tr("JSON preview"), self)
        self.title.setObjectName("previewTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("previewStateLabel")
        self.state_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.state_label.setWordWrap(True)

        self.copy_curl_action = QAction(icon("curl"), self.tr("Copy as &cURL"), self)
        self.copy_curl_action.setObjectName("copyCurlAction")
        self.copy_curl_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_curl_action.setToolTip(
            self.tr("Copy a curl command that sends this result (the key as $KOMBO_API_KEY)")
        )
        self.save_action = QAction(icon("save"), self.tr("Save &as JSON…"), self)
        self.save_action.setObjectName("saveJsonAction")
        self.save_action.setShortcut(QKeySequence.StandardKey.SaveAs)
        self.save_action.setToolTip(
            self.tr("Save this result and its order ID as a JSON file (a template)")
        )
        self.open_action = QAction(icon("open"), self.tr("&Open JSON…"), self)
        self.open_action.setObjectName("openJsonAction")
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.setToolTip(self.tr("Fill the form from a saved JSON file"))
        self.new_action = QAction(icon("new"), self.tr("&New result"), self)
        self.new_action.setObjectName("newResultAction")
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setToolTip(self.tr("Clear the form (can be undone)"))

        header = QHBoxLayout()
        header.setSpacing(2)
        header.addWidget(self.title)
        header.addStretch(1)
        for action in (self.new_action, self.open_action, self.save_action, self.copy_curl_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setObjectName(action.objectName().replace("Action", "Button"))
            header.addWidget(button)

        self.preview_edit = QPlainTextEdit(self)
        self.preview_edit.setObjectName("previewEdit")
        self.preview_edit.setAccessibleName(self.tr("JSON that will be sent"))
        self.preview_edit.setReadOnly(True)
        self.preview_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.preview_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.preview_edit.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.state_label)
        layout.addWidget(self.preview_edit, 1)
        self._valid = True

    def show_json(self, text: str, *, valid: bool) -> None:
        """Show `text`; `valid` False means it is the draft, not what would be sent."""
        if text != self.preview_edit.toPlainText():
            bar = self.preview_edit.verticalScrollBar()
            position = bar.value()
            self.preview_edit.setPlainText(text)
            bar.setValue(position)
        self._valid = valid
        self.state_label.setText(
            self.tr("Exactly what will be sent (attachment data shortened).")
            if valid
            else self.tr("Draft: nothing can be sent until the problems are fixed.")
        )
        self._apply_tone()

    def _apply_tone(self) -> None:
        # Derived from the panel's palette each time, so a light/dark switch is followed.
        palette = QPalette(self.palette())
        role = QPalette.ColorRole.Text if self._valid else QPalette.ColorRole.PlaceholderText
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setBrush(group, QPalette.ColorRole.Text, self.palette().brush(group, role))
        self.preview_edit.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_tone()

    @property
    def is_valid(self) -> bool:
        return self._valid

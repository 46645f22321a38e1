"""A non-modal message bar inside a window: an icon, a message, optional buttons, a close cross.

Used for what the person should know but need not answer right away: the history cannot be
written, a damaged file was moved aside, an unsent draft was restored. Colours come from the
palette (a tint of the severity over the window colour), so light and dark themes both read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from app.ui.common import field_marks
from app.ui.common.icons import icon

Level = Literal["info", "warning", "error"]


class InfoBar(QFrame):
    """Hidden until `show_message`; `closed` when the person dismisses it."""

    closed = Signal()

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._level: Level = "info"
        self._applying = False

        self._icon = QLabel(self)
        self._icon.setObjectName(f"{object_name}Icon")
        self.label = QLabel(self)
        self.label.setObjectName(f"{object_name}Text")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._close = QToolButton(self)
        self._close.setObjectName(f"{object_name}CloseButton")
        self._close.setText("✕")
        self._close.setAutoRaise(True)
        self._close.setToolTip(self.tr("Hide this message"))
        self._close.setAccessibleName(self.tr("Hide this message"))
        self._close.clicked.connect(self.dismiss)

        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 4, 4)
        self._layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        self._layout.addWidget(self.label, 1)
        self._buttons: list[QPushButton] = []
        self._layout.addWidget(self._close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(
        self,
        text: str,
        level: Level = "warning",
        buttons: list[tuple[str, str, Callable[[], None]]] | None = None,
    ) -> None:
        """Show `text`; `buttons` are (label, objectName, callback) and close the bar after."""
        self._level = level
        self.label.setText(text)
        self.setAccessibleName(text)
        for button in self._buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self._buttons = []
        for position, (label, name, callback) in enumerate(buttons or []):
            button = QPushButton(label, self)
            button.setObjectName(name)
            button.clicked.connect(callback)
            self._layout.insertWidget(2 + position, button, 0, Qt.AlignmentFlag.AlignTop)
            self._buttons.append(button)
        self._apply_palette()
        self.show()

    def append_message(self, text: str, level: Level = "warning") -> None:
        """Add a line to a bar already showing (several problems at start-up)."""
        if self.isVisible() and self.label.text() and text not in self.label.text():
            worst: Level = "error" if "error" in (level, self._level) else level
            self.show_message(f"{self.label.text()}\n{text}", worst)
        elif not self.isVisible() or not self.label.text():
            self.show_message(text, level)

    def dismiss(self) -> None:
        self.hide()
        self.label.clear()
        self.closed.emit()

    @property
    def text(self) -> str:
        return self.label.text()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._apply_palette()

    def _apply_palette(self) -> None:
        if self._applying:
            return
        # The tint is taken over the parent's (or the application's) window colour, never
        # over our own, so a theme switch does not compound it.
        parent = self.parentWidget()
        palette = QPalette(parent.palette() if parent is not None else QApplication.palette())
        window = palette.color(QPalette.ColorRole.Window)
        if self._level == "info":
            tint = palette.color(QPalette.ColorRole.Highlight)
        else:
            tint = field_marks.mark_color(self._level, palette)
        amount = 0.28 if field_marks.is_dark(palette) else 0.16
        background = QColor.fromRgbF(
            window.redF() + (tint.redF() - window.redF()) * amount,
            window.greenF() + (tint.greenF() - window.greenF()) * amount,
            window.blueF() + (tint.blueF() - window.blueF()) * amount,
        )
        palette.setColor(QPalette.ColorRole.Window, background)
        self._applying = True
        try:
            self.setPalette(palette)
        finally:
            self._applying = False
        self._icon.setPixmap(icon(self._level).pixmap(20, 20))

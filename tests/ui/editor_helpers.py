"""Helpers shared by the editor widget tests: a dark palette and keyboard typing."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


def dark_palette() -> QPalette:
    """A typical dark desktop palette (close to Breeze Dark / Adwaita dark)."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#8c8c8c",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: "#3d7fd6",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#6cb4ff",
        QPalette.ColorRole.Light: "#4a4a4a",
        QPalette.ColorRole.Midlight: "#3f3f3f",
        QPalette.ColorRole.Mid: "#2f2f2f",
        QPalette.ColorRole.Dark: "#191919",
        QPalette.ColorRole.Shadow: "#0f0f0f",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


@contextmanager
def app_palette(palette: QPalette | None) -> Iterator[None]:
    """Use `palette` for the whole application (None: keep the current one) and restore it."""
    original = QApplication.palette()
    if palette is not None:
        QApplication.setPalette(palette)
    try:
        yield
    finally:
        QApplication.setPalette(original)


def type_text(qtbot: QtBot, text: str) -> None:
    """Type into whatever has the keyboard focus, as a user would."""
    for char in text:
        target = QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        qtbot.keyClick(target, char)
    QApplication.processEvents()


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)
    # Item delegates commit an edit on Enter through a queued call.
    QApplication.processEvents()


def show_active(qtbot: QtBot, widget: QWidget) -> None:
    """Show a top-level widget and make it the active window (shortcuts need that)."""
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()

    def active() -> None:
        # Said on a timeout: a modal or popup another test left open keeps the window inactive.
        assert widget.isActiveWindow(), (
            f"active: {QApplication.activeWindow()!r}, modal: {QApplication.activeModalWidget()!r}"
            f", popup: {QApplication.activePopupWidget()!r}"
        )

    qtbot.waitUntil(active, timeout=10000)

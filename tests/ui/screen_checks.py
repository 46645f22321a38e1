"""What a person would trip over in a built window: an Alt+letter with two owners, a cut text.

Used for the English window (tests/ui/orders/test_orders_controller.py,
tests/ui/shell/test_small_screens.py) and the translated one
(tests/ui/shell/test_translated_window.py). tests/i18n/rendering_checks.py measures cut text
more finely, with each widget's font metrics; this check takes the widget's own size hint.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QTabBar,
    QToolButton,
    QWidget,
)


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand), lower case."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def window_mnemonics(window: QMainWindow) -> dict[str, list[str]]:
    """Every Alt+letter of the window -> who owns it: labels, buttons, group boxes, tabs and
    menu titles (a menu's items are scoped to the open menu and checked per menu)."""
    owners: dict[str, list[str]] = {}

    def add(text: str, who: str) -> None:
        if letter := mnemonic(text):
            owners.setdefault(letter, []).append(f"{who} {text!r}")

    for label in window.findChildren(QLabel):
        add(label.text(), "label")
    for button in window.findChildren(QAbstractButton):
        add(button.text(), type(button).__name__)
    for box in window.findChildren(QGroupBox):
        add(box.title(), "group")
    for tabs in window.findChildren(QTabBar):
        for i in range(tabs.count()):
            add(tabs.tabText(i), "tab")
    for action in window.menuBar().actions():
        add(action.text(), "menu")
    return owners


def shared_mnemonics(window: QMainWindow) -> dict[str, list[str]]:
    """The window's Alt+letters with more than one owner."""
    return {k: v for k, v in window_mnemonics(window).items() if len(v) > 1}


def menu_mnemonics(menu: QMenu) -> list[str]:
    """The Alt+letters of a menu's items in order (a letter twice is a clash)."""
    return [letter for action in menu.actions() if (letter := mnemonic(action.text()))]


def cut_texts(window: QWidget) -> list[str]:
    """Every visible button or one-line label narrower than its text needs."""
    cut: list[str] = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, QPushButton | QToolButton | QLabel):
            continue
        if not widget.isVisible() or widget.window() is not window or not widget.text():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            continue  # wraps onto more lines instead
        if widget.width() < widget.sizeHint().width():
            name = widget.objectName() or type(widget).__name__
            cut.append(f"{name} {widget.text()!r}: {widget.width()} < {widget.sizeHint().width()}")
    return cut

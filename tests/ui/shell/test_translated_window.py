"""The main window in a translated language: every Alt+letter has one owner, as in English,
and at 1,366×768 no button or one-line label is narrower than its translated text.

A translation picks its own mnemonic letters ("&Datei", "Ergebnis &senden") and its own
lengths, so a clash or a cut text the English window does not have can appear only under the
translation. The window is built as the program builds it (connections, orders dock, history,
preferences and team) with the language's compiled catalog installed (packaging/translations.py
build), and walked like tests/ui/orders/test_orders_controller.py does for English.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from async_support import run_async
from editor_helpers import show_active
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QPushButton,
    QTabBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from window_helpers import fill_sample, make_window, settle_layouts

from app.sandbox import SandboxServer
from app.ui.common.context import demo_connection
from app.ui.common.language import install_translations, translations_dir
from app.ui.connections.controller import ProfileController
from app.ui.history.controller import HistoryController
from app.ui.orders.controller import OrdersController
from app.ui.shell.main_window import MainWindow
from app.ui.shell.team_wiring import wire_team

LANGUAGES = ("de", "fr")


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


def window_mnemonics(window: MainWindow) -> dict[str, list[str]]:
    """Alt+letter -> who owns it: labels, buttons, group boxes, tabs and menu titles."""
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


def cut_texts(window: QWidget) -> list[str]:
    """Every visible button or one-line label narrower than its text needs (as
    tests/ui/shell/test_small_screens.py checks the English window)."""
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


@pytest.fixture(params=LANGUAGES)
def translated(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    language: str = request.param
    if not (translations_dir() / f"result-desk_{language}.qm").exists():
        pytest.skip("run `python packaging/translations.py build` first (.ci/setup does)")
    default = QLocale()
    installed = install_translations(qapp, language)
    yield language
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(default)


def test_the_translated_window_has_one_owner_per_mnemonic_and_no_cut_text(
    translated: str,
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
    sandbox: SandboxServer,
    tmp_path: Path,
    artifacts_dir: Path,
) -> None:
    connection = demo_connection(sandbox.base_url, sandbox.integration_id)
    window = make_window(qtbot, connections=[connection], show=False, size=(1366, 768))
    profiles = ProfileController(window)
    orders = OrdersController(window)
    history = HistoryController(window)
    team, preferences = wire_team(window, history)
    show_active(qtbot, window)
    try:
        assert orders.panel.isVisible()
        assert window.menuBar().actions()[0].text() != "&File"  # the catalog is in use
        shared = {k: v for k, v in window_mnemonics(window).items() if len(v) > 1}
        assert shared == {}, translated
        for menu in window.menuBar().findChildren(QMenu):
            letters = [mnemonic(a.text()) for a in menu.actions() if mnemonic(a.text())]
            assert len(letters) == len(set(letters)), (translated, menu.title(), letters)

        fill_sample(window, "GRKdd9dibYKKCrmGRSMJf3wu", tmp_path)
        settle_layouts(window)
        assert window.grab().save(str(artifacts_dir / f"main-window-{translated}-1366x768.png"))
        assert cut_texts(window) == [], translated
    finally:
        preferences.close()
        run_async(qloop, qtbot, team.aclose())
        history.close()
        profiles.close()
        run_async(qloop, qtbot, orders.aclose())

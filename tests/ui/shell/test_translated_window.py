"""The main window in a translated language: every Alt+letter has one owner, as in English,
and at 1,366×768 no button or one-line label is narrower than its translated text.

A translation picks its own mnemonic letters ("&Datei", "Ergebnis &senden") and its own
lengths, so a clash or a cut text the English window does not have can appear only under the
translation. The window is built as the program builds it (connections, orders dock, history,
preferences and team) with the language's compiled catalog installed (packaging/translations.py
build), and checked as tests/ui/orders/test_orders_controller.py checks English (screen_checks).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from async_support import run_async
from editor_helpers import show_active
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot
from screen_checks import cut_texts, menu_mnemonics, shared_mnemonics
from window_helpers import fill_sample, make_window, settle_layouts

from app.sandbox import SandboxServer
from app.ui.common.context import demo_connection
from app.ui.common.language import install_translations, translations_dir
from app.ui.connections.controller import ProfileController
from app.ui.history.controller import HistoryController
from app.ui.orders.controller import OrdersController
from app.ui.shell.team_wiring import wire_team

LANGUAGES = ("de", "fr")


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
        assert shared_mnemonics(window) == {}, translated
        for menu in window.menuBar().findChildren(QMenu):
            letters = menu_mnemonics(menu)
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

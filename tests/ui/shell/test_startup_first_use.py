"""What start-up leaves to first use: after the first paint it builds only what the window
needs at once (test_startup.py says what waits for the paint). The History window, the "Send
again" question, a send's history entry, the exports, the Preferences dialog, Kombo's answers
and the orders panel's calendar load when they are first used, not during start-up at all.
"""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
from pathlib import Path

from async_support import run_async
from editor_helpers import show_active
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidgetAction
from pytestqt.qtbot import QtBot

from app.ui.common.context import AppContext, ConnectionInfo
from app.ui.orders.controller import OrdersController
from app.ui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[3]
CONNECTION = ConnectionInfo("Staging", "http://127.0.0.1:9/v1", "x:y", "env")
NOT_AT_START_UP = (
    "app.ui.history.view",
    "app.ui.history.resend",
    "app.ui.history.records",
    "app.store.history_export",
    "csv",
    "uuid",
    "app.ui.preferences.dialog",
    "app.kombo.responses",
)


def test_start_up_does_not_load_what_waits_for_first_use(desk_home: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.qpa.*=false")
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "app", "--exit-on-first-paint",
         "--base-url", CONNECTION.base_url, "--integration-id", "x:y"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    imported = set(re.findall(r"^import time:\s+\d+ \|\s+\d+ \|\s+(\S+)", result.stderr, re.M))
    # Start-up did run its after-paint part (the history and the team history's wiring).
    assert {"app.ui.history.controller", "app.ui.shell.team_wiring"} <= imported
    assert not [
        name
        for name in imported
        for late in NOT_AT_START_UP
        if name == late or name.startswith(late + ".")
    ]


def test_a_desk_without_a_team_server_never_loads_psycopg(desk_home: Path) -> None:
    """A normal start, left running until the validator has warmed up at idle (after the
    team history has read its settings): the PostgreSQL client is for configured desks only."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        QT_LOGGING_RULES="qt.qpa.*=false",
        RESULT_DESK_FIRST_PAINT_MARK="1",
    )
    env.pop("RESULT_DESK_TEAM_URL", None)
    process = subprocess.Popen(
        [sys.executable, "-X", "importtime", "-m", "app",
         "--base-url", CONNECTION.base_url, "--integration-id", "x:y"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert process.stderr is not None
    lines: list[str] = []
    try:
        for line in process.stderr:
            lines.append(line)
            if line.startswith("[bench] validator-ready"):
                break
    finally:
        process.terminate()
        process.wait(timeout=30)
    assert lines[-1].startswith("[bench] validator-ready"), "".join(lines[-20:])
    imported = set(re.findall(r"^import time:\s+\d+ \|\s+\d+ \|\s+(\S+)", "".join(lines), re.M))
    assert {"app.team.settings", "app.kombo.validation"} <= imported  # it did get that far
    assert "psycopg" not in imported
    assert "app.team.service" not in imported


def test_the_created_after_calendar_is_built_when_its_menu_first_opens(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop
) -> None:
    window = MainWindow(AppContext(connections=[CONNECTION]))
    qtbot.addWidget(window)
    controller = OrdersController(window)
    show_active(qtbot, window)
    bar = controller.panel.filter_bar
    assert bar._calendar is None  # the panel is built, its calendar not yet

    button = bar.created_after_button
    menu = button.menu()
    assert menu is not None
    menu.popup(button.mapToGlobal(QPoint(0, button.height())))
    qtbot.waitUntil(lambda: bar._calendar is not None and bar._calendar.isVisible())
    calendar = bar.calendar
    assert calendar.objectName() == "ordersCreatedAfterCalendar"
    assert [a.defaultWidget() for a in menu.actions() if isinstance(a, QWidgetAction)] == [calendar]
    # The menu opens on a week ago; Enter picks it, as a person would.
    week_ago = QDate.currentDate().addDays(-7)
    assert calendar.selectedDate() == week_ago
    focused = QApplication.focusWidget()
    assert focused is not None
    assert calendar.isAncestorOf(focused)
    QTest.keyClick(focused, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not menu.isVisible())
    assert button.text() == QLocale().toString(week_ago, QLocale.FormatType.ShortFormat)
    assert bar.filters().created_after is not None

    # A second opening reuses it.
    menu.popup(button.mapToGlobal(QPoint(0, button.height())))
    qtbot.waitUntil(calendar.isVisible)
    assert bar.calendar is calendar
    menu.close()
    run_async(qloop, qtbot, controller.aclose())

"""Start-up: what the first paint needs, what follows it, and that nobody can tell.

The window paints before asyncio, qasync, httpx, sqlite and keyring load (the start-up
benchmark's concern); the history and a closed orders dock's panel come right after, on the
qasync loop; the validator (pydantic) with the first edit, a restored form, or at idle. These
tests check the order of things, never how long they take.
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
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.ui.common.context import AppContext, ConnectionInfo
from app.ui.orders.controller import OrdersController
from app.ui.shell.main_window import MainWindow
from tests.bench import FIRST_PAINT_MARK

ROOT = Path(__file__).resolve().parents[3]
# Loaded only after the first paint (or later): each costs tens of milliseconds or megabytes.
NOT_BEFORE_FIRST_PAINT = (
    # The qasync loop starts once the window has painted (app.main.show_until_first_paint).
    "asyncio",
    "qasync",
    "ssl",
    "pydantic",
    "app.kombo.models",
    "app.kombo.validation",
    "httpx",
    "sqlite3",
    "app.store.history",
    "keyring",
    "app.sandbox",
    # Rooms opened from menus, and the team history's client: built or started on first use.
    "app.ui.batch",
    "app.ui.team",
    "app.ui.preferences",
    "app.team",
    "psycopg",
    # The orders panel's content is built after the paint (its empty dock is painted).
    "app.ui.orders.panel",
    # The result editor's Attachments and Remote fields pages are built when first needed;
    # the completion time's zone is looked up in the tz database when a time is read.
    "app.ui.form.attachments_editor",
    "app.ui.form.attachments_model",
    "app.ui.form.attachment_link_form",
    "app.ui.form.remote_fields_editor",
    "zoneinfo",
    # A few milliseconds each, needed only once something is sent, loaded, hashed, stored in
    # the keyring or the log rotates: the loop's futures, uuid (with platform), hashlib (and
    # OpenSSL), logging.handlers (with socket and pickle), Kombo's errors and retry policy.
    "concurrent.futures",
    "uuid",
    "platform",
    "hashlib",
    "secrets",
    "queue",
    "logging.handlers",
    "socket",
    "pickle",
    "app.kombo.errors",
    "app.kombo.retry",
    # Records and their wording (~0.5 ms per dataclass), made when a send, a keyring call, an
    # order load, an attachment's file check, a log entry or a deletion happens: the send's
    # record and the log's lines, the keyring's worker and answers, the orders loader, the file
    # checks, a deleted connection's outcome; damaged files are set aside when one is found.
    "app.ui.common.send_record",
    "app.ui.send.wording",
    "app.ui.send.log_entry",
    "app.store.keyring_backend",
    "app.store.secret_results",
    "app.ui.orders.loader",
    "app.kombo.files",
    "app.store.profile_deletion",
    "app.store.set_aside",
    # The message boxes' icon style: a QStyle subclass builds QStyle's enums; no box is open
    # before the paint, and the icons the first paint shows are the app's own glyphs.
    "app.ui.common.message_icons",
)
CONNECTION = ConnectionInfo("Staging", "http://127.0.0.1:9/v1", "x:y", "env")


def _imported(stderr_lines: list[str]) -> set[str]:
    names = set()
    for line in stderr_lines:
        match = re.match(r"import time:\s+\d+\s+\|\s+\d+\s+\|\s+(\S+)", line)
        if match:
            names.add(match.group(1))
    return names


def test_the_first_paint_comes_before_pydantic_httpx_sqlite_and_keyring(desk_home: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.qpa.*=false")
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "tests.bench.probe", "app",
         "--exit-on-first-paint", "--base-url", CONNECTION.base_url, "--integration-id", "x:y"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stderr.splitlines()
    marks = [n for n, line in enumerate(lines) if line.startswith(FIRST_PAINT_MARK)]
    assert marks, "the probe saw no paint"
    assert lines[marks[0]].endswith("MainWindow")
    before, after = _imported(lines[: marks[0]]), _imported(lines[marks[0] :])
    assert "app.ui.shell.main_window" in before
    assert not [
        name
        for name in before
        for late in NOT_BEFORE_FIRST_PAINT
        if name == late or name.startswith(late + ".")
    ]
    # Start-up goes on after the paint, on the qasync loop: the orders panel and the history
    # load then. The validator does not: a new form looks the same validated or not, so it
    # waits for the first edit or the idle warm-up (the benchmark quits before that).
    assert {"asyncio", "qasync", "app.store.history", "app.ui.orders.panel"} <= after
    assert "app.ui.common.message_icons" in after  # installed once start-up goes on
    assert not {"pydantic", "app.kombo.models"} & (before | after)


def _visible_state(window: MainWindow) -> tuple[object, ...]:
    return (
        window.preview_edit.toPlainText(),
        window.preview_panel.is_valid,
        window.preview_panel.state_label.text(),
        window.problems_label.text(),
        window.findChild(QLabel, "problemsIcon").pixmap().cacheKey() != 0,
        [window.tabs.tabText(i) for i in range(window.tabs.count())],
        window.send_button.isEnabled(),
    )


def test_deferred_validation_shows_what_the_first_validation_shows(qtbot: QtBot) -> None:
    deferred = MainWindow(AppContext(connections=[CONNECTION]), defer_validation=True)
    qtbot.addWidget(deferred)
    eager = MainWindow(AppContext(connections=[CONNECTION]))
    qtbot.addWidget(eager)

    before = _visible_state(deferred)
    assert not deferred.send_button.isEnabled()
    assert not deferred.findChild(QAction, "sendAction").isEnabled()
    assert not deferred.is_ready_to_send()
    assert "order ID" in deferred.problems_label.text()
    # A connection chosen before the first paint (profiles) does not validate on its own.
    deferred.set_connections([CONNECTION], 0)
    assert not deferred.editor._validate_timer.isActive()

    outcome = deferred.validate_now()
    assert outcome.body is None  # a new form is not a sendable result
    assert _visible_state(deferred) == before == _visible_state(eager)


def test_send_is_enabled_only_once_validation_says_the_result_is_valid(qtbot: QtBot) -> None:
    window = MainWindow(AppContext(connections=[CONNECTION]), defer_validation=True)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    window.order_id_edit.setText("GRKdd9dibYKKCrmGRSMJf3wu")
    window.result_form.status_combo.setCurrentIndex(
        window.result_form.status_combo.findData("OPEN")
    )
    url_edit = window.result_form.widget_for("result_url")
    assert url_edit is not None
    qtbot.keyClicks(url_edit, "https://example.com/result")
    assert not window.send_button.isEnabled()  # typed, but not validated yet
    # Typing validates as usual (debounced), deferred or not.
    qtbot.waitUntil(window.send_button.isEnabled, timeout=5000)
    assert window.is_ready_to_send()


def _orders_window(qtbot: QtBot) -> tuple[MainWindow, OrdersController]:
    window = MainWindow(AppContext(connections=[CONNECTION]))
    qtbot.addWidget(window)
    return window, OrdersController(window)


def test_a_closed_orders_dock_stays_closed_and_builds_its_panel_when_opened(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop
) -> None:
    window, controller = _orders_window(qtbot)
    assert controller._panel is not None  # open on a first start: built for the first paint
    show_active(qtbot, window)
    assert controller.dock.isVisible()
    controller.dock.hide()
    window.close()
    run_async(qloop, qtbot, controller.aclose())

    window, controller = _orders_window(qtbot)
    show_active(qtbot, window)
    assert not controller.dock.isVisible()  # as it was left
    assert controller._panel is None
    controller.dock.toggleViewAction().trigger()
    qtbot.waitUntil(controller.dock.isVisible)
    assert controller._panel is not None
    assert controller.dock.widget() is controller.panel
    assert controller.panel.isVisible()
    run_async(qloop, qtbot, controller.aclose())


def test_an_open_orders_dock_paints_empty_and_gets_its_panel_after_the_first_paint(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop
) -> None:
    window = MainWindow(AppContext(connections=[CONNECTION]))
    qtbot.addWidget(window)
    controller = OrdersController(window, defer_panel=True)
    show_active(qtbot, window)
    assert controller.dock.isVisible()  # open, as on a first start, but empty
    assert controller._panel is None
    controller.build_deferred_panel()
    assert controller._panel is not None
    assert controller.dock.widget() is controller.panel
    qtbot.waitUntil(controller.panel.isVisible)
    run_async(qloop, qtbot, controller.aclose())


def test_a_deferred_orders_panel_of_a_dock_closed_before_it_was_built_waits_for_the_dock(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop
) -> None:
    window = MainWindow(AppContext(connections=[CONNECTION]))
    qtbot.addWidget(window)
    controller = OrdersController(window, defer_panel=True)
    show_active(qtbot, window)
    controller.dock.hide()
    controller.build_deferred_panel()
    assert controller._panel is None
    controller.dock.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: controller._panel is not None)
    assert controller.dock.widget() is controller.panel
    run_async(qloop, qtbot, controller.aclose())


def test_every_action_icon_names_a_real_style_fallback(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QStyle

    from app.ui.common import icons

    for name, (_theme, _svg, standard) in icons._ACTIONS.items():
        assert isinstance(getattr(QStyle.StandardPixmap, standard, None), QStyle.StandardPixmap)
        assert not icons.icon(name).isNull(), name


def test_a_new_form_is_not_validated_at_start_up_and_shows_the_same(qtbot: QtBot) -> None:
    window = MainWindow(AppContext(connections=[CONNECTION]), defer_validation=True)
    qtbot.addWidget(window)
    eager = MainWindow(AppContext(connections=[CONNECTION]))
    qtbot.addWidget(eager)
    show_active(qtbot, window)

    window.editor.validate_after_start()  # what Desk.wire_after_paint runs
    assert window.editor._outcome is None  # the validator was not asked
    assert _visible_state(window) == _visible_state(eager)
    # Without a connection too, although nothing was validated.
    for desk in (window, eager):
        desk.set_connections([], 0)
    eager.validate_now()
    assert window.editor._outcome is None
    assert _visible_state(window) == _visible_state(eager)

    # The first keystroke validates, as on any form.
    window.order_id_edit.setFocus()
    qtbot.keyClicks(window.order_id_edit, "GRKdd9dibYKKCrmGRSMJf3wu")
    qtbot.waitUntil(lambda: window.editor._outcome is not None, timeout=5000)
    assert "order ID" not in window.problems_label.text()


def test_the_validator_warms_up_after_start_up(qtbot: QtBot) -> None:
    from app.ui.shell.desk import compose

    desk = compose(AppContext(connections=[CONNECTION]), defer=True)
    qtbot.addWidget(desk.window)
    ready: list[bool] = []
    desk.warm_up_validator(delay_ms=0, on_ready=lambda: ready.append(True))
    assert not ready  # later, on the loop: never inside start-up
    qtbot.waitUntil(lambda: bool(ready), timeout=5000)
    assert "app.kombo.validation" in sys.modules


def test_the_window_paints_before_the_loop_starts(qtbot: QtBot) -> None:
    from app.main import PaintOutcome, show_until_first_paint

    window = MainWindow(AppContext(connections=[CONNECTION]), defer_validation=True)
    qtbot.addWidget(window)
    painted: list[bool] = []

    class _Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(True)
            return False

    window.installEventFilter(_Watch(window))
    assert show_until_first_paint(window) is PaintOutcome.PAINTED
    assert painted
    assert window.isVisible()


def test_the_cyclic_gc_resumes_once_start_up_has_finished() -> None:
    import gc

    from app.main import _start_up_finished

    gc.disable()  # as main() does before start-up
    try:
        _start_up_finished()
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0  # start-up's objects are out of its way
    finally:
        gc.unfreeze()
        gc.enable()


def test_message_boxes_share_their_icons_once_start_up_goes_on(desk_home: Path) -> None:
    """The message-icon style (issue 17) is installed right after the first paint, before
    start-up finishes: no box can be opened in between. PySide's per-module source check is
    the quick one by then."""
    script = (
        "import sys\n"
        "import app.main as m\n"
        "from PySide6.QtWidgets import QApplication\n"
        "finished = m._start_up_finished\n"
        "def noted():\n"
        "    print('style at start-up finished:', type(QApplication.style()).__name__)\n"
        "    check = sys.modules['shibokensupport.feature']._mod_uses_pyside\n"
        "    print('source check:', type(check).__name__)\n"
        "    finished()\n"
        "m._start_up_finished = noted\n"
        "sys.exit(m.main(['--exit-on-first-paint', '--base-url', sys.argv[1],"
        " '--integration-id', 'x:y']))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.qpa.*=false")
    result = subprocess.run(
        [sys.executable, "-c", script, CONNECTION.base_url],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert "style at start-up finished: MessageIconStyle" in result.stdout
    assert "source check: QuickSourceCheck" in result.stdout  # app.ui.common.pyside_imports

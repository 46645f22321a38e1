"""Issue 12 item 5: "this order was written minutes ago" asks from this desk's history, so a
write from before a restart counts; one older than ten minutes does not ask."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from editor_helpers import press
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from window_helpers import fill_sample, make_window, send_and_wait

from app.sandbox import SandboxServer
from app.store.history import HistoryEntry
from app.ui.history.controller import HistoryController
from app.ui.shell.desk import connect_history
from app.ui.shell.main_window import MainWindow


def _desk(qtbot: QtBot, sandbox: SandboxServer) -> tuple[MainWindow, HistoryController]:
    """A window with its history, wired as the program wires them."""
    window = make_window(qtbot, sandbox)
    history = HistoryController(window)
    connect_history(window, history)
    assert history.service.wait_opened()
    return window, history


def _ctrl_enter(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.order_id_edit.setFocus()
    qtbot.waitUntil(window.order_id_edit.hasFocus)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def _puts(sandbox: SandboxServer) -> int:
    return sum(1 for r in sandbox.request_log if r.method == "PUT")


def test_a_write_from_before_a_restart_asks_first(
    qtbot: QtBot, qloop: Any, sandbox: SandboxServer, tmp_path: Path
) -> None:
    order_id, old_order = sandbox.order_ids("OPEN")[:2]
    window, history = _desk(qtbot, sandbox)
    fill_sample(window, order_id, tmp_path)
    with qtbot.waitSignal(history.service.recorded, timeout=20000) as row:
        send_and_wait(qtbot, window)
    written = history.service.store.get(int(row.args[0]))  # type: ignore[union-attr]
    assert written is not None
    # The same request to another order, on record from eleven minutes ago.
    history.service.store.record(  # type: ignore[union-attr]
        replace(
            HistoryEntry(**{k: getattr(written, k) for k in HistoryEntry.__dataclass_fields__}),
            order_id=old_order,
            record_uuid=None,
            sent_at=datetime.now(UTC) - timedelta(minutes=11),
        )
    )
    history.close()  # Result Desk is closed ...
    window.close()

    window, history = _desk(qtbot, sandbox)  # ... and started again
    fill_sample(window, order_id, tmp_path)
    window.ask_before_closing_order = False
    writes = _puts(sandbox)
    _ctrl_enter(qtbot, window)
    qtbot.waitUntil(lambda: window.send._confirm_box is not None)
    box = window.send._confirm_box
    assert box is not None
    assert box.objectName() == "confirmSendAgainDialog"
    assert order_id in box.text()
    assert written.sent_at.astimezone().strftime("%H:%M:%S") in box.text()
    assert "status COMPLETED" in box.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.waitUntil(lambda: QApplication.focusWidget().window() is box)  # type: ignore[union-attr]
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.send._confirm_box is None)
    assert _puts(sandbox) == writes

    # Written eleven minutes ago: long enough, sent without a question.
    fill_sample(window, old_order, tmp_path)
    with qtbot.waitSignal(window.send_finished, timeout=20000) as sent:
        _ctrl_enter(qtbot, window)
    assert sent.args[0].outcome == "success"
    assert _puts(sandbox) == writes + 1
    history.close()

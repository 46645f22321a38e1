"""An attempt left in flight by a stopped Result Desk: recovered at start, and sending that
order again asks first (the outcome-unknown question), like any unknown outcome."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from window_helpers import fill_sample, make_window

from app.sandbox import SandboxServer
from app.store.history import INTERRUPTED_MESSAGE, HistoryEntry, HistoryStore, OutcomeKind
from app.store.process_owner import owner_token
from app.ui.history.controller import HistoryController


def test_an_attempt_left_in_flight_asks_before_the_order_is_sent_again(
    qtbot: QtBot, qloop: Any, sandbox: SandboxServer, desk_home: Path, tmp_path: Path
) -> None:
    order_id = sandbox.order_ids("OPEN")[0]
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead_owner = owner_token().rsplit(":", 1)[0] + ":" + gone.stdout.strip()
    store = HistoryStore.open(desk_home / "history.sqlite3")
    row_id = store.begin_attempt(
        HistoryEntry(
            order_id=order_id,
            outcome=OutcomeKind.SUCCESS,
            base_url=sandbox.base_url,
            integration_id=sandbox.integration_id,
            profile="Demo (local sandbox)",
            request={"status": "COMPLETED"},
        ),
        "killed-send",
    )
    store.close()
    raw = sqlite3.connect(desk_home / "history.sqlite3")
    with raw:
        raw.execute("UPDATE sends SET in_flight_owner = ? WHERE id = ?", (dead_owner, row_id))
    raw.close()

    window = make_window(qtbot, sandbox)
    controller = HistoryController(window)
    try:
        assert controller.service.wait_opened()
        assert controller.service.store is not None
        record = controller.service.store.get(row_id)
        assert record is not None
        assert record.outcome is OutcomeKind.INTERRUPTED
        assert record.error_message == INTERRUPTED_MESSAGE

        fill_sample(window, order_id, tmp_path)
        window.ask_before_closing_order = False
        sandbox.clear_request_log()
        assert window.request_send()
        qtbot.waitUntil(lambda: window.findChild(QMessageBox, "outcomeUnknownDialog") is not None)
        box = window.findChild(QMessageBox, "outcomeUnknownDialog")
        assert box is not None
        assert "Kombo's log" in box.informativeText()
        box.reject()  # Cancel: nothing is sent
        qtbot.waitUntil(lambda: window.findChild(QMessageBox, "outcomeUnknownDialog") is None)
        assert not window.sender_.busy
        assert not [r for r in sandbox.request_log if r.method == "PUT"]
    finally:
        controller.close()

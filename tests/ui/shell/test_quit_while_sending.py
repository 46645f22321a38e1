"""Closing the window while a result is being sent: "Stop and quit" cancels the send, and the
cancelled attempt still reaches the history before it closes (it is the record whose outcome
the person may need to check)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from window_helpers import fill_sample, make_window

from app.sandbox import SandboxServer
from app.store.history import HistoryStore, OutcomeKind
from app.ui.history.controller import HistoryController


def test_stop_and_quit_keeps_the_cancelled_send_in_the_history(
    qtbot: QtBot, qloop: Any, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = make_window(qtbot, sandbox)
    controller = HistoryController(window)
    assert controller.service.wait_opened()
    order_id = sandbox.order_ids("OPEN")[0]
    state = fill_sample(window, order_id, tmp_path)
    big = tmp_path / "recording.pdf"
    big.write_bytes(b"%PDF-1.7\n" + b"\0" * (4 * 1024 * 1024))
    state["attachments"].append({"name": "recording.pdf", "content_type": "application/pdf",
                                 "path": str(big), "size": big.stat().st_size,
                                 "mtime_ns": big.stat().st_mtime_ns})  # fmt: skip
    window.load_form_state(state)
    sandbox.faults.read_delay_per_mb = 1.0  # a slow upload: still sending when the window closes
    progress: list[int] = []
    window.sender_.progress.connect(lambda sent, _total: progress.append(sent))
    window.ask_before_closing_order = False
    assert window.request_send()
    qtbot.waitUntil(lambda: bool(progress) and progress[-1] > 0, timeout=10000)

    assert not window.close()  # asks first
    box = window.findChild(QMessageBox, "confirmQuitDialog")
    assert box is not None
    assert box.isVisible()
    stop = next(b for b in box.buttons() if b.text() == "Stop and quit")
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(window.sender_.busy))
    with qtbot.waitSignal(window.closed, timeout=10000):
        stop.click()
    assert closed == [False]  # closed once the send had ended, not while it was cancelling
    assert not window.isVisible()

    store = HistoryStore.open_default()
    try:
        rows = store.query()
    finally:
        store.close()
    assert [(row.order_id, row.outcome) for row in rows] == [(order_id, OutcomeKind.CANCELLED)]
    assert sandbox.written_result(order_id) is None

"""Issue 12 item 10: in demo mode the sandbox's public key `sandbox` is not redacted from
messages ("[redacted]:demo", ".../<hidden>/logs"); a real key still is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from editor_helpers import press
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from window_helpers import fill_sample, make_window

from app import applog
from app.sandbox import SandboxServer


def test_the_sandbox_key_stays_readable_in_the_demos_messages(
    qtbot: QtBot, qloop: Any, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = make_window(qtbot, sandbox)  # the demo connection, key "sandbox"
    fill_sample(window, sandbox.order_ids("OPEN")[0], tmp_path)
    window.ask_before_closing_order = False
    sandbox.faults.fail_next(1, status=400, code="PLATFORM.INPUT_INVALID")
    window.order_id_edit.setFocus()
    qtbot.waitUntil(window.order_id_edit.hasFocus)
    with qtbot.waitSignal(window.send_finished, timeout=20000) as sent:
        press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    record = sent.args[0]
    assert record.outcome == "api_error"
    shown = window.log_panel.plain_text()
    assert "/sandbox/logs" in (record.log_url or "")  # Kombo's log link, as the sandbox gave it
    assert "<hidden>" not in shown
    assert "[redacted]" not in shown
    # What the log file would say about the demo integration reads as it is.
    assert applog.redact("integration sandbox:demo") == "integration sandbox:demo"
    # A real key is still redacted.
    applog.register_secret("sk_live_9f8e7d6c5b4a")
    assert applog.redact("key sk_live_9f8e7d6c5b4a") == f"key {applog.REDACTED}"

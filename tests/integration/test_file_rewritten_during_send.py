"""A file rewritten in place (same size) while it is uploaded: the send says so, history keeps
the sha256 of what was read for the send, and Kombo (the sandbox) gets no whole body.

The rewrite happens from the sender's progress signal once the first chunk of the file has gone
out (no clock involved): the next chunk the worker reads is the new content.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

import app.ui.send.sender as sender_module
from app.kombo.body import DEFAULT_CHUNK_SIZE
from app.sandbox import SandboxServer
from app.store.history import OutcomeKind

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "ui"))

from window_helpers import make_window, send_and_wait

from app.ui.history.controller import HistoryController

SIZE = DEFAULT_CHUNK_SIZE * 4 + 123  # five chunks of base64


@pytest.fixture
def controller(qtbot: QtBot, qloop: Any, sandbox: SandboxServer) -> Iterator[HistoryController]:
    window = make_window(qtbot, sandbox, show=False)
    controller = HistoryController(window)
    assert controller.service.wait_opened()
    yield controller
    controller.close()


def test_a_file_rewritten_during_its_upload_is_reported_and_its_sent_hash_recorded(
    qtbot: QtBot,
    controller: HistoryController,
    sandbox: SandboxServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sender_module, "_PROGRESS_INTERVAL_S", 0.0)  # every chunk is reported
    sandbox.faults.read_delay_per_mb = 0.5  # a slow upload, as on a real line
    window = controller.window
    order_id = sandbox.order_ids("OPEN")[0]
    original = b"%PDF-1.4\n" + bytes(range(256)) * (SIZE // 256 + 1)
    original = original[:SIZE]
    rewritten = b"%PDF-1.4\n" + b"\xa5" * (SIZE - 9)
    report = tmp_path / "report.pdf"
    report.write_bytes(original)
    window.load_form_state(
        {
            "order_id": order_id,
            "status": "COMPLETED",
            "result_url": f"https://results.example.com/{order_id}",
            "completed_at": "2025-01-02T03:04:05Z",
            "score": "71",
            "max_score": "100",
            "attributes": [],
            "attachments": [
                {"name": "Report", "path": str(report), "content_type": "application/pdf"}
            ],
            "remote_fields": {},
        }
    )
    rewrites: list[int] = []

    def rewrite_after_first_file_chunk(sent: int, total: int) -> None:
        if not rewrites and sent > 4 * DEFAULT_CHUNK_SIZE // 3:  # a file chunk is out
            with open(report, "r+b") as handle:  # in place, same size
                handle.write(rewritten)
            rewrites.append(sent)

    window.sender_.progress.connect(rewrite_after_first_file_chunk)
    with qtbot.waitSignal(controller.service.recorded, timeout=20000) as row:
        record = send_and_wait(qtbot, window)
    assert rewrites, "the file was rewritten during the upload"
    assert record.outcome == "attachment_changed"
    assert record.outcome_unknown  # part of the body went out

    # The log panel says it plainly.
    text = window.log_panel.plain_text()
    assert "changed while it was being sent" in text
    assert "damaged copy" in text
    assert "send again" in text

    # The history keeps what was read for the send: neither version, never null.
    store = controller.service.store
    assert store is not None
    stored = store.get(row.args[0])
    assert stored is not None
    assert stored.outcome is OutcomeKind.ATTACHMENT_CHANGED
    assert stored.outcome_unknown
    item = stored.request["attachments"][0]
    assert item["checked_sha256"] == hashlib.sha256(original).hexdigest()
    assert item["sha256"] is not None
    assert item["sha256"] not in (
        hashlib.sha256(original).hexdigest(),
        hashlib.sha256(rewritten).hexdigest(),
    )
    assert stored.error_message is not None
    assert "changed while it was being sent" in stored.error_message
    assert store.count() == 1  # the attempt begun before the send, completed in place

    # The body stopped short of its end: the sandbox wrote nothing.
    assert sandbox.written_result(order_id) is None

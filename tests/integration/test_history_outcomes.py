"""Every kind of send outcome lands in the history with the right fields.

The real main window, its history wiring, the real client and the sandbox over loopback; the
sandbox's faults make each outcome. Nothing is mocked.
"""

from __future__ import annotations

import base64
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.kombo.responses import Order
from app.kombo.retry import RetryPolicy
from app.sandbox import SandboxServer
from app.store.history import HistoryFilter, HistoryRecord, HistoryStore, OutcomeKind

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "ui"))

from window_helpers import fill_sample, make_window, send_and_wait

from app.ui.common.send_record import SendRecord
from app.ui.history.controller import HistoryController
from app.ui.shell.main_window import MainWindow

FAST_RETRY = RetryPolicy(max_attempts=3, base_delay=0.02, max_delay=0.05, max_total=2.0)


class Desk:
    def __init__(self, qtbot: QtBot, window: MainWindow, controller: HistoryController) -> None:
        self.qtbot = qtbot
        self.window = window
        self.controller = controller
        connection = window.current_connection()
        assert connection is not None
        self.connection = connection  # kept: one test stops the sandbox

    @property
    def store(self) -> HistoryStore:
        store = self.controller.service.store
        assert store is not None
        return store

    def send(self, timeout: int = 20000) -> tuple[SendRecord, HistoryRecord]:
        """Send the form; return the window's record and the history row written for it."""
        with self.qtbot.waitSignal(self.controller.service.recorded, timeout=timeout) as row:
            sent = send_and_wait(self.qtbot, self.window, timeout)
        stored = self.store.get(row.args[0])
        assert stored is not None
        return sent, stored


@pytest.fixture
def desk(qtbot: QtBot, qloop: Any, sandbox: SandboxServer) -> Iterator[Desk]:
    window = make_window(qtbot, sandbox, show=False)
    window.sender_.retry_policy = FAST_RETRY
    controller = HistoryController(window)
    assert controller.service.wait_opened()
    yield Desk(qtbot, window, controller)
    controller.close()


def _common(desk: Desk, sent: SendRecord, stored: HistoryRecord, status: str = "COMPLETED") -> None:
    """What every row holds, whatever the outcome."""
    assert stored.order_id == sent.order_id
    assert stored.profile == "Demo (local sandbox)"
    assert stored.base_url == desk.connection.base_url
    assert stored.base_url.startswith("http://127.0.0.1:")
    assert stored.integration_id == desk.connection.integration_id == "sandbox:demo"
    assert stored.duration_s == pytest.approx(sent.duration_s, abs=0.001)
    assert stored.retries == sent.retries
    assert stored.request["status"] == status
    assert stored.request["result_url"].endswith(sent.order_id)
    # Attachments are metadata only: name, type, size, sha256 and where the file was.
    for item, original in zip(
        stored.request["attachments"], sent.request["attachments"], strict=True
    ):
        assert set(item) >= {"name", "content_type", "size", "sha256", "source_path"}
        assert "data" not in item
        assert item["source_path"] == original["source_path"]
        assert item["size"] == original["size"]
    assert stored.sent_at.utcoffset() is not None


def test_success_with_warnings(desk: Desk, sandbox: SandboxServer, tmp_path: Path) -> None:
    order_id = sandbox.order_ids("OPEN")[0]
    fill_sample(desk.window, order_id, tmp_path)
    sent, stored = desk.send()
    _common(desk, sent, stored)
    assert stored.outcome is OutcomeKind.SUCCESS
    assert stored.http_status == 200
    assert stored.warnings == tuple(sent.warnings)
    assert stored.warnings  # the sandbox's ATS converts or renames something
    assert not stored.outcome_unknown
    assert stored.error_code is None
    assert stored.response == {
        "status": "success",
        "warnings": [{"message": w} for w in sent.warnings],
    }
    # The sha256 recorded is the one of what Kombo received.
    written = sandbox.written_result(order_id)
    assert written is not None
    assert [a["sha256"] for a in stored.request["attachments"]] == [
        a["sha256"] for a in written["attachments"]
    ]
    summary = desk.store.query()[0]
    assert summary.warning_count == len(sent.warnings)


def test_api_error_with_code_and_log_url(
    desk: Desk, sandbox: SandboxServer, tmp_path: Path
) -> None:
    closed = sandbox.order_ids("COMPLETED")[0]
    state = fill_sample(desk.window, closed, tmp_path)
    desk.window.load_form_state({**state, "status": "CANCELLED"})
    sent, stored = desk.send()  # a closed order cannot change status: Kombo refuses
    _common(desk, sent, stored, status="CANCELLED")
    assert stored.outcome is OutcomeKind.API_ERROR
    assert stored.http_status == sent.http_status
    assert stored.http_status is not None
    assert 400 <= stored.http_status < 500
    assert sent.error is not None
    assert stored.error_code == sent.error["code"]
    assert stored.error_code
    assert stored.error_message == sent.error["message"]
    assert stored.log_url == sent.log_url
    assert stored.log_url
    assert stored.log_url.startswith("https://")
    assert not stored.outcome_unknown
    assert stored.response is not None
    assert stored.response["error"]["log_url"] == stored.log_url
    # Searchable by the error code.
    code_part = stored.error_code.split(".")[-1].lower()
    assert [s.id for s in desk.store.query(HistoryFilter(text=code_part))] == [stored.id]


def test_rate_limited_then_written_counts_the_retries(
    desk: Desk, sandbox: SandboxServer, tmp_path: Path
) -> None:
    fill_sample(desk.window, sandbox.order_ids("OPEN")[1], tmp_path)
    sandbox.faults.rate_limit_next(1, retry_after_ms=50)
    sent, stored = desk.send()
    _common(desk, sent, stored)
    assert stored.outcome is OutcomeKind.SUCCESS
    assert stored.retries == 1


def test_connection_refused_is_a_network_error_whose_outcome_is_known(
    desk: Desk, sandbox: SandboxServer, tmp_path: Path
) -> None:
    fill_sample(desk.window, sandbox.order_ids("OPEN")[2], tmp_path)
    sandbox.stop()  # nothing listens on the port any more: connection refused
    sent, stored = desk.send()
    _common(desk, sent, stored)
    assert stored.outcome is OutcomeKind.NETWORK_ERROR
    assert stored.http_status is None
    assert not stored.outcome_unknown  # nothing reached Kombo
    assert stored.retries == FAST_RETRY.max_attempts - 1  # "could not connect" is retried
    assert stored.error_message
    assert stored.response is not None
    assert stored.response["kind"] == "connect"


def test_dropped_connection_is_an_unknown_outcome(
    desk: Desk, sandbox: SandboxServer, tmp_path: Path
) -> None:
    fill_sample(desk.window, sandbox.order_ids("OPEN")[3], tmp_path)
    sandbox.faults.drop_next(1, after_body_bytes=10_000)
    sent, stored = desk.send()
    _common(desk, sent, stored)
    assert stored.outcome is OutcomeKind.NETWORK_ERROR
    assert stored.outcome_unknown
    assert stored.http_status is None
    assert stored.retries == 0  # never retried automatically: the write may have happened


def test_a_5xx_is_an_api_error_of_unknown_outcome(
    desk: Desk, sandbox: SandboxServer, tmp_path: Path
) -> None:
    fill_sample(desk.window, sandbox.order_ids("OPEN")[4], tmp_path)
    sandbox.faults.fail_next(1, status=500, code="PLATFORM.UNKNOWN_ERROR")
    sent, stored = desk.send()
    _common(desk, sent, stored)
    assert stored.outcome is OutcomeKind.API_ERROR
    assert stored.http_status == 500
    assert stored.outcome_unknown
    assert stored.error_code == "PLATFORM.UNKNOWN_ERROR"
    last = desk.store.last_for_order(sent.order_id, sandbox.integration_id)
    assert last is not None
    assert last.outcome_unknown


def test_a_non_json_503_is_an_unreadable_answer_of_unknown_outcome(
    desk: Desk, sandbox: SandboxServer, tmp_path: Path
) -> None:
    fill_sample(desk.window, sandbox.order_ids("OPEN")[5], tmp_path)
    sandbox.faults.non_json_next(1, status=503)
    sent, stored = desk.send()
    _common(desk, sent, stored)
    assert stored.outcome is OutcomeKind.INVALID_RESPONSE
    assert stored.http_status == 503
    assert stored.outcome_unknown
    assert stored.response is not None
    assert "body_excerpt" in stored.response or "content_type" in stored.response


def test_a_changed_attachment_is_recorded_and_nothing_was_sent(
    desk: Desk, sandbox: SandboxServer, tmp_path: Path
) -> None:
    order_id = sandbox.order_ids("OPEN")[6]
    state = fill_sample(desk.window, order_id, tmp_path)
    changed = Path(state["attachments"][0]["path"])
    changed.write_bytes(changed.read_bytes() + b"appended after it was added")
    _sent, stored = desk.send()
    assert stored.outcome is OutcomeKind.ATTACHMENT_CHANGED
    assert stored.http_status is None
    assert not stored.outcome_unknown
    assert str(changed) in (stored.error_message or "")
    assert sandbox.written_result(order_id) is None
    # Its sha256 is not recorded: the file on disk is no longer the one that was added.
    assert stored.request["attachments"][0]["sha256"] is None
    assert stored.request["attachments"][1]["sha256"]


def test_every_row_is_json_without_file_content(
    desk: Desk, sandbox: SandboxServer, tmp_path: Path
) -> None:
    fill_sample(desk.window, sandbox.order_ids("OPEN")[7], tmp_path)
    sent, stored = desk.send()
    text = json.dumps(stored.request)
    for item in sent.request["attachments"]:
        data = Path(item["source_path"]).read_bytes()
        assert base64.b64encode(data)[:40].decode() not in text


def test_the_candidate_of_an_order_chosen_from_the_list_is_recorded(
    desk: Desk, sandbox: SandboxServer, tmp_path: Path
) -> None:
    order_id = sandbox.order_ids("OPEN")[8]
    fill_sample(desk.window, order_id, tmp_path)
    order = Order.model_validate(
        {
            "id": order_id,
            "package_id": "pkg",
            "status": "OPEN",
            "candidate": {"email": "ada@example.com", "first_name": "Ada", "last_name": "Byron"},
            "application": {},
            "job": {"name": "Analyst"},
        }
    )
    desk.window.set_order(order)
    _sent, stored = desk.send()
    assert stored.candidate == "Ada Byron"
    assert [s.id for s in desk.store.query(HistoryFilter(text="byron"))] == [stored.id]

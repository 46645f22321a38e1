"""What the send log says for each outcome (send/wording.py: pure, no widget)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from app.ui.common.context import ConnectionInfo
from app.ui.common.send_record import OutcomeKind, SendRecord
from app.ui.send.wording import ago, describe, retry_text

# English plurals ("1 warning" for "%n warning(s)") come with tests/conftest.py qapp.
pytestmark = pytest.mark.usefixtures("qapp")
CONNECTION = ConnectionInfo("Test", "http://127.0.0.1:9/v1", "sandbox:demo", "demo")
STARTED = datetime(2025, 1, 2, 10, 0, tzinfo=UTC)


def record(outcome: OutcomeKind, **fields: Any) -> SendRecord:
    return SendRecord(
        order_id="ORD1",
        connection=CONNECTION,
        request={"status": "COMPLETED"},
        outcome=outcome,
        started_at=STARTED,
        duration_s=1.234,
        **fields,
    )


def test_success_has_a_headline_each_warning_and_a_status() -> None:
    said = describe(record("success", http_status=200, warnings=["a", "b"]))
    assert [(line.level, line.text) for line in said.lines] == [
        ("success", "Result written · order ORD1 · COMPLETED · HTTP 200 · 1.23 s"),
        ("warning", "Kombo warning: a"),
        ("warning", "Kombo warning: b"),
    ]
    assert said.status == "Result written with 2 warnings."
    assert describe(record("success", http_status=200)).status == "Result written."


def test_a_refusal_names_the_code_and_links_kombos_log() -> None:
    said = describe(
        record(
            "api_error",
            http_status=400,
            error={"code": "INVALID", "title": "Bad", "message": "no"},
            log_url="https://kombo.dev/log/1",
        )
    )
    assert said.lines[0].text.startswith("Kombo refused the result · order ORD1")
    assert said.lines[1].text == "INVALID: Bad - no"
    assert said.lines[2].link == "https://kombo.dev/log/1"
    assert said.status == "Kombo refused the result: INVALID"


@pytest.mark.parametrize(
    ("outcome", "extra", "first", "status"),
    [
        (
            "network_error",
            {"error": {"kind": "configuration", "message": "bad URL"}},
            "Nothing was sent: this connection cannot be used",
            "Nothing was sent: check the connection's settings.",
        ),
        (
            "network_error",
            {"error": {"message": "timed out"}},
            "No answer from Kombo · order ORD1 · COMPLETED · no HTTP answer · 1.23 s",
            "The request did not get an answer.",
        ),
        (
            "invalid_response",
            {"http_status": 301, "error": {"message": "to elsewhere"}},
            "Kombo answered with a redirect · order ORD1 · COMPLETED · HTTP 301 · 1.23 s",
            "Redirected, not followed: check the connection's base URL.",
        ),
        (
            "attachment_changed",
            {"error": {"index": 1, "reason": "is gone", "path": "/x"}},
            "Nothing was sent: attachment 2 is gone",
            "Nothing was sent: an attachment changed.",
        ),
        (
            "cancelled",
            {},
            "Cancelled; nothing was written. The form is unchanged.",
            "Sending cancelled.",
        ),
    ],
)
def test_each_failure_says_what_happened(
    outcome: OutcomeKind, extra: dict[str, Any], first: str, status: str
) -> None:
    said = describe(record(outcome, **extra))
    assert said.lines[0].text == first
    assert said.status == status


def test_an_unreadable_answer_quotes_its_start_on_one_line() -> None:
    said = describe(
        record("invalid_response", http_status=200, error={"body_excerpt": "<html>\n  oops"})
    )
    assert said.lines[-1].text == "It began: <html> oops"


def test_an_unknown_outcome_and_retries_are_said_last() -> None:
    said = describe(record("cancelled", outcome_unknown=True, retries=2))
    assert said.lines[0].level == "warning"
    assert said.lines[0].text.startswith("Cancelled after the whole result was sent")
    assert said.lines[-2].text.startswith("The outcome is unknown")
    assert said.lines[-1].text == "2 retries before this answer."


def test_retry_and_ago_wording() -> None:
    assert retry_text("rate limited", 2.4, 2) == "Rate limited, retrying in 2 s (attempt 2)"
    assert retry_text("connect", 0.25, 1) == "Could not connect, retrying in 0.2 s (attempt 1)"
    assert ago(STARTED, STARTED + timedelta(seconds=30)) == "less than a minute ago"
    assert ago(STARTED, STARTED + timedelta(minutes=7, seconds=5)) == "7 min ago"


def test_an_error_of_unknown_outcome_is_not_called_a_refusal() -> None:
    """Issue 12 item 8: after an HTTP 500 the status bar and the log say the same thing."""
    said = describe(
        record(
            "api_error",
            http_status=500,
            error={"code": "PLATFORM.UNKNOWN_ERROR", "message": "oops"},
            outcome_unknown=True,
        )
    )
    assert said.lines[0].level == "warning"
    assert said.lines[0].text.startswith("Kombo answered an error · order ORD1")
    assert said.lines[-1].text.startswith("The outcome is unknown")
    assert "refused" not in said.status
    assert said.status == (
        "Kombo answered PLATFORM.UNKNOWN_ERROR. "
        "The outcome is unknown: check the Kombo log before sending again."
    )

"""history/details.py and history/filters.py: how a recorded send reads, and what the filter
choices mean, without a window or a store."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.store.history import HistoryRecord, OutcomeKind
from app.ui.history.details import (
    local_time,
    no_selection_html,
    outcome_severity,
    outcome_text,
    response_of,
    summary_html,
)
from app.ui.history.filters import CUSTOM_RANGE, date_range, history_filter

# English plurals ("1 warning" for "%n warning(s)") come with tests/conftest.py qapp.
pytestmark = pytest.mark.usefixtures("qapp")
SENT = datetime(2025, 3, 4, 9, 30, 15, tzinfo=UTC)


def record(**changes: object) -> HistoryRecord:
    fields: dict[str, object] = {
        "id": 7,
        "order_id": "ORD-1",
        "outcome": OutcomeKind.SUCCESS,
        "base_url": "https://api.kombo.dev/v1",
        "request": {"status": "COMPLETED"},
        "profile": "Acme EU",
        "integration_id": "workday:acme",
        "http_status": 200,
        "sent_at": SENT,
    }
    fields.update(changes)
    return HistoryRecord(**fields)  # type: ignore[arg-type]


def test_the_outcome_reads_from_the_persons_side() -> None:
    assert outcome_text(record()) == "Written"
    assert outcome_text(record(warnings=("a",))) == "Written, 1 warning"
    assert outcome_text(record(warnings=("a", "b"))) == "Written, 2 warnings"
    assert outcome_text(record(outcome=OutcomeKind.API_ERROR)) == "Refused by Kombo"
    assert outcome_text(record(outcome=OutcomeKind.IN_FLIGHT)) == "Sending…"
    assert outcome_text(record(outcome=OutcomeKind.INTERRUPTED)) == (
        "Outcome unknown: Result Desk stopped"
    )
    unknown = record(outcome=OutcomeKind.NETWORK_ERROR, outcome_unknown=True)
    assert outcome_text(unknown) == "Outcome unknown"


def test_severity_marks_warnings_errors_and_cancels() -> None:
    assert outcome_severity(record()) == "ok"
    assert outcome_severity(record(warnings=("a",))) == "warning"
    assert outcome_severity(record(outcome=OutcomeKind.CANCELLED)) == "info"
    assert outcome_severity(record(outcome=OutcomeKind.NETWORK_ERROR)) == "error"
    assert outcome_severity(record(outcome_unknown=True)) == "warning"


def test_the_summary_escapes_and_names_the_error_the_log_and_the_warnings() -> None:
    refused = record(
        outcome=OutcomeKind.API_ERROR,
        http_status=400,
        error_code="INVALID<INPUT>",
        error_title="Bad",
        error_message="score & max",
        log_url="https://kombo.dev/logs/1",
        warnings=("check <this>",),
        candidate="Ada Lovelace",
        retries=2,
        duration_s=1.234,
    )
    text = summary_html(refused, "#ff0000")
    assert 'style="color:#ff0000"' in text.split("<table>")[0]
    assert "<code>INVALID&lt;INPUT&gt;</code>" in text
    assert "Bad – score &amp; max" in text
    assert '<a href="https://kombo.dev/logs/1">' in text
    assert "<li>check &lt;this&gt;</li>" in text
    assert "HTTP 400 · 1.23 s · 2 retries" in text
    assert "Ada Lovelace" in text
    assert local_time(SENT) in text
    assert "color:" not in summary_html(record())  # no colour given: the theme's text colour


def test_an_unknown_outcome_says_to_check_kombos_log_first() -> None:
    text = summary_html(record(outcome_unknown=True, http_status=None))
    assert "Check Kombo&#x27;s log before sending the order again." in text
    assert "no HTTP answer" in text
    assert "Select a send" in no_selection_html()


def test_the_answer_is_the_stored_response_or_rebuilt() -> None:
    stored = {"status": "success", "warnings": []}
    assert response_of(record(response=stored)) == stored
    assert response_of(record(warnings=("w",))) == {
        "status": "success",
        "warnings": [{"message": "w"}],
    }
    failed = record(outcome=OutcomeKind.API_ERROR, http_status=404, error_code="NOT_FOUND")
    assert response_of(failed) == {"http_status": 404, "error_code": "NOT_FOUND"}


def test_date_choices_are_local_days_in_utc() -> None:
    today = date(2025, 3, 4)
    midnight = datetime(2025, 3, 4).astimezone()
    anything = date(2000, 1, 1)
    assert date_range(0, anything, anything, today) == (None, None)
    assert date_range(1, anything, anything, today) == (midnight.astimezone(UTC), None)
    assert date_range(2, anything, anything, today)[0] == (midnight - timedelta(days=6)).astimezone(
        UTC
    )
    since, until = date_range(CUSTOM_RANGE, date(2025, 1, 1), date(2025, 1, 31), today)
    assert since == datetime(2025, 1, 1).astimezone().astimezone(UTC)
    assert until == datetime(2025, 2, 1).astimezone().astimezone(UTC)  # the end day counts


def test_the_filter_trims_the_text_and_ignores_all_connections() -> None:
    flt = history_filter("  ORD-1 ", 3, None, None, None)
    assert flt.text == "ORD-1"
    assert flt.unknown_only
    assert not flt.outcomes
    assert history_filter("", 1, "Acme", None, None).profile == "Acme"
    assert history_filter("", 1, "Acme", None, None).outcomes == {OutcomeKind.SUCCESS}

"""What the desk says about the team history: the before-send warning, the status line, and
the settings read from RESULT_DESK_TEAM_URL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.applog import redact
from app.team import (
    TeamNotConfiguredError,
    TeamSend,
    TeamStatus,
    format_recent_send,
    settings_from_url,
)

NOW = datetime(2026, 12, 3, 10, 42, tzinfo=UTC)


def send(**changes: object) -> TeamSend:
    values: dict[str, object] = {
        "record_uuid": "0b7c1f0e-8a43-4d5e-9d1c-2f0c7e0e8a11",
        "revision": 2,
        "desk_id": "desk-a",
        "sent_at": NOW - timedelta(minutes=12),
        "order_id": "ORD-1",
        "outcome": "success",
        "result_status": "COMPLETED",
        "operator_name": "Anna Keller",
        "reason_ticket": "ZD-48213",
    }
    values.update(changes)
    return TeamSend(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "text"),
    [
        ({}, "Anna Keller sent COMPLETED 12 min ago — ticket ZD-48213"),
        ({"reason_ticket": None, "sent_at": NOW}, "Anna Keller sent COMPLETED just now"),
        (
            {"outcome": "in_flight", "reason_ticket": None},
            "Anna Keller is sending COMPLETED (started 12 min ago)",
        ),
        (
            {"outcome": "api_error", "error_code": "PLATFORM.INPUT_INVALID", "reason_ticket": None},
            "Anna Keller tried to send COMPLETED 12 min ago — failed (PLATFORM.INPUT_INVALID)",
        ),
        (
            {
                "outcome": "interrupted",
                "outcome_unknown": True,
                "sent_at": NOW - timedelta(hours=3),
            },
            "Anna Keller sent COMPLETED 3 h ago — outcome unknown — ticket ZD-48213",
        ),
        (
            {"operator_name": None, "operator_user": "akeller", "operator_host": "desk-7"},
            "akeller@desk-7 sent COMPLETED 12 min ago — ticket ZD-48213",
        ),
    ],
)
def test_the_before_send_warning(changes: dict[str, object], text: str) -> None:
    assert format_recent_send(send(**changes), now=NOW) == text


def test_the_status_line() -> None:
    assert TeamStatus(0).text == "Team history: up to date"
    assert TeamStatus(12).text == "Team history: 12 records waiting"
    assert TeamStatus(1).text == "Team history: 1 record waiting"
    since = datetime(2026, 12, 3, 10, 42).astimezone()  # local 10:42
    assert TeamStatus(3, since).text == "Team history: unreachable since 10:42 — 3 records waiting"


def test_settings_from_the_url_keep_verify_full_and_the_password_in_memory() -> None:
    settings, password = settings_from_url(
        "postgresql://anna%40team:s%3Acret@db.example.org:6543/team?sslrootcert=/etc/ca.pem"
    )
    assert (settings.host, settings.port, settings.database) == ("db.example.org", 6543, "team")
    assert (settings.user, settings.tls_mode, settings.ca_file) == (
        "anna@team",
        "verify-full",
        "/etc/ca.pem",
    )
    assert password() == "s:cret"
    assert "s:cret" not in repr(settings)
    assert "s:cret" not in redact("connecting with s:cret")  # the log never shows it
    assert settings.connect_kwargs(None)["sslrootcert"] == "/etc/ca.pem"
    plain, none = settings_from_url("postgres://desk@localhost/team?sslmode=disable")
    assert (plain.tls_mode, plain.port, none()) == ("disable", 5432, None)
    with pytest.raises(TeamNotConfiguredError, match="RESULT_DESK_TEAM_URL"):
        settings_from_url("mysql://x@y/z")

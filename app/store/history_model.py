"""What the send history holds: outcome kinds, the problems it reports, entries, records,
summaries and the list filter. Plain data; the store (`app.store.history`) reads and writes it.
"""

from __future__ import annotations

import contextlib
import getpass
import socket
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any


class OutcomeKind(StrEnum):
    SUCCESS = "success"
    API_ERROR = "api_error"
    NETWORK_ERROR = "network_error"
    INVALID_RESPONSE = "invalid_response"
    ATTACHMENT_CHANGED = "attachment_changed"
    CANCELLED = "cancelled"
    # Recorded before the first byte leaves and completed with one of the kinds above.
    IN_FLIGHT = "in_flight"
    # An attempt still in flight when Result Desk stopped (found at the next start).
    INTERRUPTED = "interrupted"


# What an interrupted attempt says (its error message); the person decides, as for any unknown.
INTERRUPTED_MESSAGE = "Outcome unknown — Result Desk stopped during the send."


# --- problems the UI shows as a banner --------------------------------------------------------


class HistoryProblem(Exception):
    """Why the history cannot be used right now, worded for the person at the desk."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class HistoryTooNewError(HistoryProblem):
    """The database was written by a newer Result Desk; it is left exactly as it is."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(
            f"The send history at {path} was written by a newer version of Result Desk "
            f"(schema {found}; this version reads up to {supported}). It was left untouched; "
            "update Result Desk to see and extend it. Sending still works, but sends are not "
            "recorded."
        )
        self.path = path
        self.found = found
        self.supported = supported


class HistoryUnavailableError(HistoryProblem):
    """The data folder cannot be written (read-only, full, missing) or the file cannot be read."""


# --- what is recorded -------------------------------------------------------------------------


def now_utc() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, kw_only=True)
class HistoryEntry:
    """One send attempt, as it is written. `request` is already free of file content."""

    order_id: str
    outcome: OutcomeKind
    base_url: str
    request: Mapping[str, Any]
    profile: str | None = None
    integration_id: str | None = None
    http_status: int | None = None
    warnings: tuple[str, ...] = ()
    error_code: str | None = None
    error_title: str | None = None
    error_message: str | None = None
    log_url: str | None = None
    outcome_unknown: bool = False
    duration_s: float | None = None
    retries: int = 0
    candidate: str | None = None
    # What Kombo answered, as JSON (the success body or the error envelope); no headers.
    response: Mapping[str, Any] | None = None
    sent_at: datetime = field(default_factory=now_utc)
    # Who sent it (the display name set in preferences; the store fills this desk's OS user
    # and host name when they are unset) and why (a note and an optional ticket reference,
    # never sent to Kombo). Shared with the team history.
    operator_name: str | None = None
    operator_user: str | None = None
    operator_host: str | None = None
    reason_note: str | None = None
    reason_ticket: str | None = None
    # The bulk correction this send belongs to (app/batch sets it); None for a single send.
    batch_id: str | None = None
    # The attempt's identity across desks (team history); the store gives one when unset and
    # keeps the begun attempt's own when it is completed.
    record_uuid: str | None = None


@dataclass(frozen=True, kw_only=True)
class HistoryRecord(HistoryEntry):
    """A stored entry with its row id and its revision (1 when written, +1 per change)."""

    id: int
    revision: int = 1


def _os_user() -> str | None:
    with contextlib.suppress(Exception):  # no passwd entry, no USER variable: unknown
        return getpass.getuser()
    return None


_DESK_USER = _os_user()
_DESK_HOST = socket.gethostname() or None


def desk_user() -> str | None:
    """This desk's OS user name (None when the system cannot say)."""
    return _DESK_USER


def desk_host() -> str | None:
    """This desk's host name."""
    return _DESK_HOST


@dataclass(frozen=True, kw_only=True)
class HistorySummary:
    """The columns a list of sends shows; no request or response JSON, so pages stay light."""

    id: int
    sent_at: datetime
    profile: str | None
    base_url: str
    integration_id: str | None
    order_id: str
    candidate: str | None
    outcome: OutcomeKind
    http_status: int | None
    outcome_unknown: bool
    error_code: str | None
    error_message: str | None
    warning_count: int
    duration_s: float | None
    retries: int
    log_url: str | None
    operator_name: str | None = None
    operator_user: str | None = None
    operator_host: str | None = None
    reason_note: str | None = None
    reason_ticket: str | None = None
    batch_id: str | None = None
    record_uuid: str | None = None


@dataclass(frozen=True)
class HistoryFilter:
    """What to list. Every given criterion must hold; an empty filter lists everything.

    `text` is split on spaces; each word must match the start of the order ID, or part of the
    error code, the candidate's name, the operator's name, the reason's note or its ticket
    reference (case-insensitive).
    """

    text: str = ""
    outcomes: frozenset[OutcomeKind] = frozenset()
    unknown_only: bool = False
    profile: str | None = None
    since: datetime | None = None  # inclusive
    until: datetime | None = None  # exclusive

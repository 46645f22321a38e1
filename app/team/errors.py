"""Why the team history cannot be used right now, worded for the person at the desk.

Sending results never depends on these: they change the status line, never a send.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the desk checks its team settings at every start, without a server
    import psycopg


class TeamHistoryError(Exception):
    """Base class; `message` is what the desk shows."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class TeamNotConfiguredError(TeamHistoryError):
    """No team server is set (preferences or RESULT_DESK_TEAM_URL)."""


class TeamUnreachableError(TeamHistoryError):
    """The server cannot be reached (down, network, timeout): records stay queued."""


class TeamAuthError(TeamHistoryError):
    """The server refused the user name or password."""


class TeamTlsError(TeamHistoryError):
    """The server's certificate could not be verified, or TLS failed."""


class TeamSchemaError(TeamHistoryError):
    """The team database's schema does not fit this desk (newer, missing, or older without
    the right to update it). The desk does not write to it."""


class TeamSchemaTooNewError(TeamSchemaError):
    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            f"The team history's schema is version {found}; this Result Desk knows up to "
            f"{supported}. It does not write to it, so that nothing is recorded in a form the "
            "team's newer desks would misread: update Result Desk. Your sends stay in this "
            "desk's history and are delivered after the update."
        )
        self.found = found
        self.supported = supported


def describe_connect_error(exc: psycopg.Error, target: str) -> TeamHistoryError:
    """The desk's words for a failed connection to `target` (host:port/database)."""
    text = str(exc).strip()
    lowered = text.lower()
    if getattr(exc, "sqlstate", None) in ("28P01", "28000") or "password authentication" in (
        lowered
    ):
        return TeamAuthError(
            f"The team history at {target} refused the user name or password. Check them in "
            "Preferences → Team history."
        )
    if "no password supplied" in lowered:
        return TeamAuthError(
            f"The team history at {target} needs a password, and none is set for this desk."
        )
    if any(
        phrase in lowered
        for phrase in ("certificate", "ssl", "tls", "root.crt", "server does not support")
    ):
        return TeamTlsError(
            f"The team history at {target} could not be verified over TLS ({_first_line(text)})."
            " Check the CA file in Preferences → Team history, or the TLS mode."
        )
    return TeamUnreachableError(
        f"The team history at {target} cannot be reached ({_first_line(text)})."
    )


def _first_line(text: str) -> str:
    return text.splitlines()[0] if text else "no answer"

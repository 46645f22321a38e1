"""The team history for `result-desk batch`: deliver the batch's records before exiting.

The server comes from `RESULT_DESK_TEAM_URL` (the desk keeps no team settings of its own yet).
Its password is the URL's; without one, libpq's own PGPASSWORD or ~/.pgpass applies. psycopg
is imported only when a team server is configured, so a plain batch does not pay for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.store.history import HistoryStore
    from app.team.settings import PasswordProvider, TeamSettings


@dataclass(frozen=True)
class TeamTarget:
    settings: TeamSettings
    password: PasswordProvider


def team_target() -> TeamTarget | None:
    """The configured team server, or None; a ValueError says what is wrong with the URL."""
    from app.team.errors import TeamHistoryError
    from app.team.settings import TEAM_URL_ENV, settings_from_env

    try:
        configured = settings_from_env()
    except (TeamHistoryError, ValueError) as exc:  # not a URL, or a TLS mode it does not know
        text = str(exc)
        raise ValueError(text if TEAM_URL_ENV in text else f"{TEAM_URL_ENV}: {text}") from None
    return None if configured is None else TeamTarget(*configured)


def _records(n: int) -> str:
    return "record" if n == 1 else "records"


async def deliver_to_team(store: HistoryStore, target: TeamTarget, wait_s: float) -> str:
    """Push the history's queue to the team server for at most `wait_s`; one line saying
    what was delivered and what is still queued (and why)."""
    from app.team.service import deliver

    done = await deliver(store, target.settings, target.password, wait_s)
    where = target.settings.target
    why = (done.problem or "not delivered").rstrip(".")
    if not done.waiting:
        return f"Team history ({where}): {done.delivered} {_records(done.delivered)} delivered."
    return (
        f"Team history ({where}): {done.waiting} {_records(done.waiting)} still queued for "
        f"the next start ({why}); {done.delivered} delivered."
    )

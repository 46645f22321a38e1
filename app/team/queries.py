"""Reading the team history: recent sends to an order (the before-send warning), and search
with keyset paging over each attempt's latest revision (`team_latest`, indexed)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from psycopg.rows import dict_row

from app.store.history_model import OutcomeKind, now_utc
from app.team.connection import AsyncConn

_LATEST_COLUMNS = (
    "record_uuid::text AS record_uuid, revision, desk_id, sent_at, order_id, candidate,"
    " result_status, outcome, outcome_unknown, http_status, profile, integration_id,"
    " error_code, operator_name, operator_user, operator_host, reason_note, reason_ticket,"
    " batch_id"
)


@dataclass(frozen=True, kw_only=True)
class TeamSend:
    """An attempt as the team history knows it (its latest revision, or a notification)."""

    record_uuid: str
    revision: int
    desk_id: str
    sent_at: datetime
    order_id: str
    outcome: str
    result_status: str | None = None
    integration_id: str | None = None
    error_code: str | None = None
    operator_name: str | None = None
    operator_user: str | None = None
    operator_host: str | None = None
    reason_ticket: str | None = None
    reason_note: str | None = None
    candidate: str | None = None
    outcome_unknown: bool = False
    http_status: int | None = None
    profile: str | None = None
    batch_id: str | None = None

    @property
    def operator(self) -> str:
        """Who, for people: the display name, else user@host."""
        if self.operator_name:
            return self.operator_name
        user = self.operator_user or "someone"
        return f"{user}@{self.operator_host}" if self.operator_host else user

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> TeamSend:
        names = cls.__dataclass_fields__
        values = {key: value for key, value in data.items() if key in names}
        if isinstance(values.get("sent_at"), str):
            values["sent_at"] = datetime.fromisoformat(values["sent_at"])
        values["record_uuid"] = str(values["record_uuid"])
        return cls(**values)


def format_recent_send(send: TeamSend, now: datetime | None = None) -> str:
    """'Anna Keller sent COMPLETED 12 min ago — ticket ZD-48213' (the before-send warning)."""
    ago = _ago((now or now_utc()) - send.sent_at)
    what = send.result_status or "a result"
    if send.outcome == OutcomeKind.SUCCESS:
        text = f"{send.operator} sent {what} {ago}"
    elif send.outcome == OutcomeKind.IN_FLIGHT:
        text = f"{send.operator} is sending {what} (started {ago})"
    elif send.outcome_unknown or send.outcome == OutcomeKind.INTERRUPTED:
        text = f"{send.operator} sent {what} {ago} — outcome unknown"
    else:
        failure = send.error_code or send.outcome.replace("_", " ")
        text = f"{send.operator} tried to send {what} {ago} — failed ({failure})"
    if send.reason_ticket:
        text += f" — ticket {send.reason_ticket}"
    return text


def _ago(delta: timedelta) -> str:
    minutes = max(0, int(delta.total_seconds() // 60))
    if minutes < 1:
        return "just now"
    if minutes < 60:
        return f"{minutes} min ago"
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest} min ago" if rest else f"{hours} h ago"


async def recent_sends(
    conn: AsyncConn,
    order_id: str,
    *,
    hours: float = 24,
    exclude_desk: str | None = None,
    integration_id: str | None = None,
    limit: int = 20,
) -> list[TeamSend]:
    """Attempts for `order_id` in the last `hours` (newest first), other desks' only when
    `exclude_desk` is this desk's ID."""
    sql = (
        f"SELECT {_LATEST_COLUMNS} FROM team_latest"
        " WHERE lower(order_id) = lower(%(order)s) AND order_id = %(order)s"
        " AND sent_at >= %(since)s"
    )
    params: dict[str, Any] = {"order": order_id, "since": now_utc() - timedelta(hours=hours)}
    if exclude_desk is not None:
        sql += " AND desk_id <> %(desk)s"
        params["desk"] = exclude_desk
    if integration_id is not None:
        sql += " AND integration_id = %(integration)s"
        params["integration"] = integration_id
    sql += " ORDER BY sent_at DESC LIMIT %(limit)s"
    params["limit"] = limit
    return await _fetch(conn, sql, params)


@dataclass(frozen=True)
class TeamFilter:
    """What to find in the team history; every given criterion must hold.

    `text` is split on spaces; each word must appear (case-insensitive) in the order ID,
    candidate, operator, reason note, ticket or error code. `order_id` matches by its start.
    `connection` is an integration ID or a connection (profile) name.
    """

    text: str = ""
    order_id: str | None = None
    operator: str | None = None
    outcomes: frozenset[str] = frozenset()
    connection: str | None = None
    since: datetime | None = None  # inclusive
    until: datetime | None = None  # exclusive


@dataclass(frozen=True)
class TeamPage:
    """A page: up to `size` rows older than `after` (the last row of the previous page)."""

    size: int = 100
    after: TeamSend | None = None


def _like(word: str) -> str:
    return word.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _where(flt: TeamFilter, page: TeamPage) -> tuple[str, dict[str, Any]]:
    clauses: list[str] = []
    params: dict[str, Any] = {}
    for n, word in enumerate(flt.text.split()):
        clauses.append(f"search_text LIKE %(w{n})s")
        params[f"w{n}"] = f"%{_like(word)}%"
    if flt.order_id:
        clauses.append("lower(order_id) LIKE %(order)s")
        params["order"] = _like(flt.order_id) + "%"
    if flt.operator:
        clauses.append("operator_text LIKE %(operator)s")
        params["operator"] = f"%{_like(flt.operator)}%"
    if flt.outcomes:
        clauses.append("outcome = ANY(%(outcomes)s)")
        params["outcomes"] = sorted(flt.outcomes)
    if flt.connection:
        clauses.append("(integration_id = %(connection)s OR profile = %(connection)s)")
        params["connection"] = flt.connection
    if flt.since is not None:
        clauses.append("sent_at >= %(since)s")
        params["since"] = flt.since
    if flt.until is not None:
        clauses.append("sent_at < %(until)s")
        params["until"] = flt.until
    if page.after is not None:
        clauses.append("(sent_at, record_uuid) < (%(after_at)s, %(after_uuid)s::uuid)")
        params["after_at"] = page.after.sent_at
        params["after_uuid"] = page.after.record_uuid
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


async def search(conn: AsyncConn, flt: TeamFilter, page: TeamPage | None = None) -> list[TeamSend]:
    """Newest first; pass the last row back as `TeamPage(after=…)` for the next page."""
    page = page or TeamPage()
    where, params = _where(flt, page)
    params["size"] = page.size
    sql = (
        f"SELECT {_LATEST_COLUMNS} FROM team_latest{where}"
        " ORDER BY sent_at DESC, record_uuid DESC LIMIT %(size)s"
    )
    return await _fetch(conn, sql, params)


async def _fetch(conn: AsyncConn, sql: str, params: dict[str, Any]) -> list[TeamSend]:
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(sql.encode(), params)
        rows = await cur.fetchall()
    await conn.commit()  # end the read transaction: a long-lived connection holds no snapshot
    return [TeamSend.from_mapping(row) for row in rows]

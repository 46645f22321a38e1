"""The team outbox: each revision of each attempt, queued for the team history.

A row is written by the store in the same SQLite transaction as the attempt's own change, so
an attempt on record is always queued as well (a crash cannot separate them). The payload is the
whole record as JSON (the history form: no file content, never the key), with this desk's ID, so
it can be delivered after the local row is gone (retention). The team package reads the queue
and deletes what the server has committed (`HistoryStore.outbox_pending` / `outbox_delivered`).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from app.store.history_model import now_utc
from app.store.history_rows import FULL_SELECT, record_from_row, record_to_jsonable
from app.store.history_schema import dump_json, format_time


@dataclass(frozen=True)
class OutboxItem:
    """One queued revision of an attempt."""

    id: int
    record_uuid: str
    revision: int
    payload: dict[str, Any]


def desk_id(conn: sqlite3.Connection) -> str:
    return str(conn.execute("SELECT desk_id FROM desk_identity LIMIT 1").fetchone()[0])


def enqueue(conn: sqlite3.Connection, row_id: int) -> None:
    """Queue the current state of row `row_id` (call inside the write transaction)."""
    row = conn.execute(f"{FULL_SELECT} WHERE s.id = ?", (row_id,)).fetchone()
    record = record_from_row(row)
    payload = record_to_jsonable(record)
    del payload["id"]  # this file's row id means nothing elsewhere
    payload["desk_id"] = desk_id(conn)
    conn.execute(
        "INSERT OR IGNORE INTO team_outbox (record_uuid, revision, queued_at, payload)"
        " VALUES (?, ?, ?, ?)",
        (record.record_uuid, record.revision, format_time(now_utc()), dump_json(payload)),
    )


def pending(conn: sqlite3.Connection, limit: int) -> list[OutboxItem]:
    rows = conn.execute(
        "SELECT id, record_uuid, revision, payload FROM team_outbox ORDER BY id LIMIT ?",
        (limit,),
    )
    return [OutboxItem(int(r[0]), str(r[1]), int(r[2]), json.loads(r[3])) for r in rows.fetchall()]

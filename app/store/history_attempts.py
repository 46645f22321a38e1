"""The SQL of an attempt after it was begun: its outcome, or its process found gone.

Each function runs inside the store's write transaction (`HistoryStore._transaction`) and
queues the row's new revision for the team history in that same transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from app.store.history_model import INTERRUPTED_MESSAGE, OutcomeKind
from app.store.history_outbox import enqueue
from app.store.history_rows import SUMMARY_SET, insert_row
from app.store.history_schema import dump_json

__all__ = ["complete", "mark_interrupted", "queued"]


def queued(conn: sqlite3.Connection, row_id: int) -> int:
    """Queue row `row_id`'s current revision for the team history; returns `row_id`."""
    enqueue(conn, row_id)
    return row_id


def complete(
    conn: sqlite3.Connection, attempt_key: str, summary: tuple[Any, ...], body: tuple[Any, ...]
) -> int:
    """Give the attempt begun under `attempt_key` its outcome, or insert it if never begun."""
    found = conn.execute("SELECT id FROM sends WHERE attempt_key = ?", (attempt_key,)).fetchone()
    if found is None:
        return queued(conn, insert_row(conn, summary, body, attempt_key))
    row_id = int(found[0])
    conn.execute(
        f"UPDATE sends SET {SUMMARY_SET}, in_flight_owner = NULL,"
        " revision = revision + 1 WHERE id = ?",
        (*summary[:-1], row_id),  # the begun attempt keeps its record UUID
    )
    conn.execute(
        "UPDATE send_bodies SET warnings = ?, error_title = ?, request = ?, response = ?"
        " WHERE send_id = ?",
        (*body, row_id),
    )
    return queued(conn, row_id)


def mark_interrupted(conn: sqlite3.Connection, stale: Sequence[tuple[int, str]]) -> list[int]:
    """Each (row id, owner) still owned by that owner becomes `interrupted`, outcome unknown;
    returns the rows changed (another desk may have recovered some first)."""
    response = dump_json({"kind": "interrupted", "message": INTERRUPTED_MESSAGE})
    done: list[int] = []
    for row_id, owner in stale:
        changed = conn.execute(
            "UPDATE sends SET outcome = ?, outcome_unknown = 1, error_message = ?,"
            " in_flight_owner = NULL, revision = revision + 1"
            " WHERE id = ? AND in_flight_owner = ?",
            (str(OutcomeKind.INTERRUPTED), INTERRUPTED_MESSAGE, row_id, owner),
        ).rowcount
        if changed:
            conn.execute(
                "UPDATE send_bodies SET response = ? WHERE send_id = ?", (response, row_id)
            )
            done.append(queued(conn, row_id))
    return done

"""The batch journal: each row's state, on disk before and after its send, beside the history.

States: `pending` (not sent yet, or surely not written: a 429, no connection), `in_flight`
(committed before the first byte leaves), then `written`, `failed` (Kombo refused it, so
nothing was written) or `unknown` (it may have been written). A row found `in_flight` when a
batch is reopened was cut off by a crash or a kill: it becomes `unknown`. Resuming sends
`pending` and `failed` rows only; `unknown` rows only when the person asks.

SQLite in WAL mode with `synchronous=FULL`: a state that was committed survives a kill and a
power cut. Calls come from any thread (the sender runs them in a worker); one lock serialises
them on one connection.

Schema versions (`PRAGMA user_version`): 0 the first; 1 adds the batch's reason (operator,
note, ticket) so a resumed batch records the same who and why as it started with.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.store.paths import data_dir
from app.store.send_reason import SendReason

JOURNAL_FILENAME = "batches.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS batches (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    sheet_path TEXT NOT NULL,
    sheet_sha256 TEXT NOT NULL,
    base_url TEXT NOT NULL,
    integration_id TEXT,
    profile TEXT,
    mapping TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS batch_rows (
    batch_id TEXT NOT NULL REFERENCES batches(id),
    row_index INTEGER NOT NULL,
    order_id TEXT NOT NULL,
    state TEXT NOT NULL,
    http_status INTEGER,
    error_code TEXT,
    message TEXT,
    log_url TEXT,
    warnings TEXT NOT NULL DEFAULT '[]',
    attempts INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (batch_id, row_index)
);
CREATE INDEX IF NOT EXISTS batches_sheet ON batches (sheet_sha256, base_url, integration_id);
"""
SCHEMA_VERSION = 1
_MIGRATIONS = {
    1: (
        "ALTER TABLE batches ADD COLUMN operator_name TEXT",
        "ALTER TABLE batches ADD COLUMN reason_note TEXT",
        "ALTER TABLE batches ADD COLUMN reason_ticket TEXT",
    ),
}
_BATCH_COLUMNS = (
    "id, created_at, sheet_path, sheet_sha256, base_url, integration_id, profile, mapping,"
    " operator_name, reason_note, reason_ticket"
)


class RowState(StrEnum):
    PENDING = "pending"
    IN_FLIGHT = "in_flight"
    WRITTEN = "written"
    FAILED = "failed"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class RowOutcome:
    """How a send ended, as the journal and the report keep it."""

    state: RowState
    http_status: int | None = None
    error_code: str | None = None
    message: str | None = None
    log_url: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class JournalRow:
    row_index: int
    order_id: str
    state: RowState
    outcome: RowOutcome
    attempts: int


@dataclass(frozen=True)
class BatchInfo:
    id: str
    created_at: str
    sheet_path: str
    sheet_sha256: str
    base_url: str
    integration_id: str | None
    profile: str | None
    mapping: dict[str, Any]
    reason: SendReason | None = None  # who started it and why (schema 1; None before)


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class BatchJournal:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=FULL")
        self._conn.execute("PRAGMA busy_timeout=5000")
        self._conn.executescript(_SCHEMA)
        self._migrate()

    def _migrate(self) -> None:
        """Bring an older journal to SCHEMA_VERSION, in one transaction (two processes opening
        it at once: the second finds the work done)."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                version = self._conn.execute("PRAGMA user_version").fetchone()[0]
                for target in range(version + 1, SCHEMA_VERSION + 1):
                    for statement in _MIGRATIONS[target]:
                        self._conn.execute(statement)
                if version < SCHEMA_VERSION:
                    self._conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    @classmethod
    def open_default(cls) -> BatchJournal:
        return cls(data_dir() / JOURNAL_FILENAME)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def _write(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.executemany(sql, rows)
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    # --- batches ---------------------------------------------------------------------------

    def create(
        self,
        *,
        sheet_path: str,
        sheet_sha256: str,
        base_url: str,
        integration_id: str | None,
        profile: str | None,
        mapping: dict[str, Any],
        rows: Sequence[tuple[int, str]],
        reason: SendReason | None = None,
    ) -> str:
        """A new batch whose rows (index, order ID) are all pending; returns its ID."""
        batch_id = uuid.uuid4().hex
        now = _now()
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.execute(
                    f"INSERT INTO batches ({_BATCH_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        batch_id,
                        now,
                        sheet_path,
                        sheet_sha256,
                        base_url,
                        integration_id,
                        profile,
                        json.dumps(mapping),
                        reason.operator_name if reason else None,
                        reason.note if reason else None,
                        reason.ticket if reason else None,
                    ),
                )
                self._conn.executemany(
                    "INSERT INTO batch_rows (batch_id, row_index, order_id, state, updated_at)"
                    " VALUES (?,?,?,?,?)",
                    [
                        (batch_id, index, order, RowState.PENDING.value, now)
                        for index, order in rows
                    ],
                )
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
        return batch_id

    def unfinished(
        self, sheet_sha256: str, base_url: str, integration_id: str | None
    ) -> BatchInfo | None:
        """The newest batch of this sheet and connection with a row not yet written."""
        with self._lock:
            row = self._conn.execute(
                f"SELECT {_BATCH_COLUMNS} FROM batches b WHERE sheet_sha256=? AND base_url=?"
                " AND integration_id IS ? AND EXISTS (SELECT 1 FROM batch_rows r"
                " WHERE r.batch_id=b.id AND r.state != 'written')"
                " ORDER BY created_at DESC LIMIT 1",
                (sheet_sha256, base_url, integration_id),
            ).fetchone()
        return None if row is None else _batch(row)

    def latest(
        self, sheet_sha256: str, base_url: str, integration_id: str | None
    ) -> BatchInfo | None:
        """The newest batch of this sheet and connection, finished or not."""
        with self._lock:
            row = self._conn.execute(
                f"SELECT {_BATCH_COLUMNS} FROM batches WHERE sheet_sha256=? AND base_url=?"
                " AND integration_id IS ? ORDER BY created_at DESC LIMIT 1",
                (sheet_sha256, base_url, integration_id),
            ).fetchone()
        return None if row is None else _batch(row)

    def set_reason(self, batch_id: str, reason: SendReason) -> None:
        """Give a batch started without a reason (or before schema 1) the one it resumes with."""
        self._write(
            "UPDATE batches SET operator_name=?, reason_note=?, reason_ticket=? WHERE id=?",
            [(reason.operator_name, reason.note, reason.ticket, batch_id)],
        )

    def batch(self, batch_id: str) -> BatchInfo | None:
        with self._lock:
            row = self._conn.execute(
                f"SELECT {_BATCH_COLUMNS} FROM batches WHERE id=?", (batch_id,)
            ).fetchone()
        return None if row is None else _batch(row)

    # --- rows ------------------------------------------------------------------------------

    def rows(self, batch_id: str) -> list[JournalRow]:
        with self._lock:
            found = self._conn.execute(
                "SELECT row_index, order_id, state, http_status, error_code, message, log_url,"
                " warnings, attempts FROM batch_rows WHERE batch_id=? ORDER BY row_index",
                (batch_id,),
            ).fetchall()
        out = []
        for index, order, state, status, code, message, log_url, warnings, attempts in found:
            outcome = RowOutcome(
                RowState(state), status, code, message, log_url, tuple(json.loads(warnings))
            )
            out.append(JournalRow(index, order, RowState(state), outcome, attempts))
        return out

    def recover(self, batch_id: str) -> int:
        """Rows left `in_flight` by a process that died become `unknown`; returns how many."""
        with self._lock:
            cursor = self._conn.execute(
                "UPDATE batch_rows SET state=?, message=?, updated_at=?"
                " WHERE batch_id=? AND state=?",
                (
                    RowState.UNKNOWN.value,
                    "The batch stopped while this row was being sent; it may have been written.",
                    _now(),
                    batch_id,
                    RowState.IN_FLIGHT.value,
                ),
            )
            return cursor.rowcount

    def mark_in_flight(self, batch_id: str, row_index: int) -> None:
        self._write(
            "UPDATE batch_rows SET state=?, attempts=attempts+1, updated_at=?"
            " WHERE batch_id=? AND row_index=?",
            [(RowState.IN_FLIGHT.value, _now(), batch_id, row_index)],
        )

    def finish(self, batch_id: str, row_index: int, outcome: RowOutcome) -> None:
        self._write(
            "UPDATE batch_rows SET state=?, http_status=?, error_code=?, message=?, log_url=?,"
            " warnings=?, updated_at=? WHERE batch_id=? AND row_index=?",
            [
                (
                    outcome.state.value,
                    outcome.http_status,
                    outcome.error_code,
                    outcome.message,
                    outcome.log_url,
                    json.dumps(list(outcome.warnings)),
                    _now(),
                    batch_id,
                    row_index,
                )
            ],
        )


def _batch(row: Sequence[Any]) -> BatchInfo:
    batch_id, created_at, sheet_path, sheet_sha256, base_url, integration_id, profile, mapping = (
        row[:8]
    )
    reason = SendReason(*row[8:11])
    return BatchInfo(
        batch_id,
        created_at,
        sheet_path,
        sheet_sha256,
        base_url,
        integration_id,
        profile,
        json.loads(mapping),
        None if reason.empty else reason,
    )

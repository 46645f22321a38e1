"""The journal keeps a batch's reason (schema 1) and brings a journal of schema 0 up to it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.batch.journal import SCHEMA_VERSION, BatchJournal
from app.batch.resume import resumed_reason
from app.store.send_reason import SendReason

# The first journal's batches table, as schema 0 created it.
_V0 = """
CREATE TABLE batches (id TEXT PRIMARY KEY, created_at TEXT NOT NULL, sheet_path TEXT NOT NULL,
    sheet_sha256 TEXT NOT NULL, base_url TEXT NOT NULL, integration_id TEXT, profile TEXT,
    mapping TEXT NOT NULL);
INSERT INTO batches VALUES ('old', '2026-01-01T00:00:00Z', '/s.csv', 'abc', 'http://k', 'i', NULL,
    '{}');
"""


def _create(journal: BatchJournal, reason: SendReason | None) -> str:
    return journal.create(
        sheet_path="/s.csv",
        sheet_sha256="abc",
        base_url="http://k",
        integration_id="i",
        profile=None,
        mapping={},
        rows=[(0, "O1")],
        reason=reason,
    )


def test_a_batch_keeps_its_reason_across_reopening(tmp_path: Path) -> None:
    path = tmp_path / "batches.sqlite3"
    journal = BatchJournal(path)
    reason = SendReason("Anna Keller", "Scoring bug", "ZD-48213")
    batch_id = _create(journal, reason)
    journal.close()
    reopened = BatchJournal(path)
    try:
        found = reopened.unfinished("abc", "http://k", "i")
        assert found is not None
        assert found.id == batch_id
        assert found.reason == reason
        assert resumed_reason(reopened, found, SendReason("Ben Ott", "other", None)) == reason
    finally:
        reopened.close()


def test_a_schema_0_journal_gains_the_reason_columns(tmp_path: Path) -> None:
    path = tmp_path / "batches.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.executescript(_V0)
    journal = BatchJournal(path)
    try:
        old = journal.batch("old")
        assert old is not None
        assert old.reason is None
        assert old.sheet_sha256 == "abc"
        given = SendReason("Ben Ott", "ATS outage", None)
        assert resumed_reason(journal, old, given) == given  # kept from now on
        again = journal.batch("old")
        assert again is not None
        assert again.reason == given
        version = journal._conn.execute("PRAGMA user_version").fetchone()[0]
        assert version == SCHEMA_VERSION == 1
    finally:
        journal.close()

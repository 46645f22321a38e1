"""Attempts on record before they are sent: begun, completed, and recovered after a stop."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.store.history import (
    INTERRUPTED_MESSAGE,
    MIGRATIONS,
    SCHEMA_VERSION,
    HistoryEntry,
    HistoryStore,
    OutcomeKind,
)
from app.store.process_owner import owner_alive, owner_token

BASE = "https://api.kombo.dev/v1"
FILE_META = {
    "name": "report.pdf",
    "content_type": "application/pdf",
    "size": 3,
    "sha256": "ab" * 32,
    "source_path": "/tmp/report.pdf",
}


def entry(order_id: str = "ORDER1", **overrides: object) -> HistoryEntry:
    values: dict[str, object] = {
        "order_id": order_id,
        "outcome": OutcomeKind.SUCCESS,
        "base_url": BASE,
        "integration_id": "acme:workday",
        "profile": "Production EU",
        "request": {"status": "COMPLETED", "attachments": [FILE_META]},
    }
    values.update(overrides)
    return HistoryEntry(**values)  # type: ignore[arg-type]


@pytest.fixture
def store(desk_home: Path) -> HistoryStore:
    opened = HistoryStore.open(desk_home / "history.sqlite3")
    assert opened.problem is None
    yield opened  # type: ignore[misc]
    opened.close()


def _owner(store: HistoryStore, row_id: int) -> str | None:
    raw = sqlite3.connect(store.path)
    try:
        return raw.execute("SELECT in_flight_owner FROM sends WHERE id = ?", (row_id,)).fetchone()[
            0
        ]
    finally:
        raw.close()


def test_a_begun_attempt_is_committed_as_unknown_and_completed_in_the_same_row(
    store: HistoryStore,
) -> None:
    row_id = store.begin_attempt(entry(outcome=OutcomeKind.SUCCESS), "key-1")
    # Another connection (another process would see the same) finds it at once.
    raw = sqlite3.connect(store.path)
    outcome, unknown = raw.execute(
        "SELECT outcome, outcome_unknown FROM sends WHERE id = ?", (row_id,)
    ).fetchone()
    raw.close()
    assert (outcome, unknown) == ("in_flight", 1)
    last = store.last_for_order("ORDER1", "acme:workday")
    assert last is not None
    assert last.outcome_unknown
    assert _owner(store, row_id) == owner_token()
    stored = store.get(row_id)
    assert stored is not None
    assert stored.request["attachments"][0]["sha256"] == "ab" * 32

    done = store.complete_attempt("key-1", entry(http_status=200, warnings=("w",)))
    assert done == row_id
    assert store.count() == 1
    completed = store.get(row_id)
    assert completed is not None
    assert completed.outcome is OutcomeKind.SUCCESS
    assert not completed.outcome_unknown
    assert completed.warnings == ("w",)
    assert _owner(store, row_id) is None
    assert store.recover_interrupted() == []  # nothing left in flight


def test_completing_an_attempt_that_was_never_begun_records_it(store: HistoryStore) -> None:
    row_id = store.complete_attempt("never-begun", entry(outcome=OutcomeKind.CANCELLED))
    record = store.get(row_id)
    assert record is not None
    assert record.outcome is OutcomeKind.CANCELLED
    assert store.count() == 1


def test_an_attempt_whose_process_died_becomes_interrupted_and_unknown(
    store: HistoryStore,
) -> None:
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        token = owner_token().rsplit(":", 1)[0] + f":{sleeper.pid}"
        row_id = store.begin_attempt(entry(), "key-2")
        raw = sqlite3.connect(store.path)
        with raw:
            raw.execute("UPDATE sends SET in_flight_owner = ? WHERE id = ?", (token, row_id))
        raw.close()
        assert owner_alive(token)
        assert store.recover_interrupted() == []  # its desk is still sending: left alone
    finally:
        sleeper.send_signal(signal.SIGKILL)
        sleeper.wait(10)
    assert not owner_alive(token)
    assert store.recover_interrupted() == [row_id]
    record = store.get(row_id)
    assert record is not None
    assert record.outcome is OutcomeKind.INTERRUPTED
    assert record.outcome_unknown
    assert record.error_message == INTERRUPTED_MESSAGE
    assert record.response == {"kind": "interrupted", "message": INTERRUPTED_MESSAGE}
    assert store.recover_interrupted() == []  # once
    # A late completion (cannot happen after a kill, but must not lose the row) still lands.
    assert store.complete_attempt("key-2", entry()) == row_id


def test_a_version_2_history_is_migrated_and_keeps_its_rows(desk_home: Path) -> None:
    path = desk_home / "history.sqlite3"
    raw = sqlite3.connect(path)
    for script in MIGRATIONS[:2]:
        raw.executescript(script)
    raw.execute("PRAGMA user_version = 2")
    raw.execute(
        "INSERT INTO sends (id, sent_at, base_url, order_id, outcome, outcome_unknown)"
        " VALUES (4, '2024-05-01T10:00:00.000000Z', ?, 'OLD', 'network_error', 1)",
        (BASE,),
    )
    raw.execute("INSERT INTO send_bodies (send_id, request) VALUES (4, '{}')")
    raw.commit()
    raw.close()
    store = HistoryStore.open(path)
    try:
        assert store.problem is None
        assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.recover_interrupted() == []  # old rows were never in flight
        old = store.get(4)
        assert old is not None
        assert old.outcome is OutcomeKind.NETWORK_ERROR
        assert old.outcome_unknown
        assert store.integrity_check() == "ok"
    finally:
        store.close()

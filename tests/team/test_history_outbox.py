"""The local side of team history: every attempt has a UUID, who and why, a revision, and each
revision is queued in the outbox in the same transaction as the row."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.store.history import (
    MIGRATIONS,
    SCHEMA_VERSION,
    HistoryEntry,
    HistoryFilter,
    HistoryStore,
    OutcomeKind,
)
from app.store.history_model import desk_host, desk_user

BASE = "https://api.kombo.dev/v1"


def entry(order_id: str = "ORDER1", **overrides: object) -> HistoryEntry:
    values: dict[str, object] = {
        "order_id": order_id,
        "outcome": OutcomeKind.SUCCESS,
        "base_url": BASE,
        "integration_id": "acme:workday",
        "profile": "Production EU",
        "request": {"status": "COMPLETED"},
    }
    values.update(overrides)
    return HistoryEntry(**values)  # type: ignore[arg-type]


@pytest.fixture
def store(desk_home: Path) -> HistoryStore:
    opened = HistoryStore.open(desk_home / "history.sqlite3")
    assert opened.problem is None
    yield opened  # type: ignore[misc]
    opened.close()


def test_a_record_is_queued_with_its_uuid_operator_reason_and_desk(store: HistoryStore) -> None:
    row_id = store.record(
        entry(operator_name="Anna Keller", reason_note="wrong score", reason_ticket="ZD-48213")
    )
    record = store.get(row_id)
    assert record is not None
    assert record.record_uuid
    assert record.revision == 1
    assert (record.operator_user, record.operator_host) == (desk_user(), desk_host())
    [item] = store.outbox_pending()
    assert (item.record_uuid, item.revision) == (record.record_uuid, 1)
    assert item.payload["operator_name"] == "Anna Keller"
    assert item.payload["reason_ticket"] == "ZD-48213"
    assert item.payload["desk_id"] == store.desk_id()
    assert "id" not in item.payload
    store.outbox_delivered([item.id])
    assert store.outbox_count() == 0


def test_begin_then_complete_queues_two_revisions_of_one_uuid(store: HistoryStore) -> None:
    row_id = store.begin_attempt(
        entry(reason_note="customer asked", batch_id="batch-7"), attempt_key="k1"
    )
    assert store.complete_attempt("k1", entry(http_status=200)) == row_id
    first, second = store.outbox_pending()
    assert first.record_uuid == second.record_uuid
    assert (first.revision, second.revision) == (1, 2)
    assert first.payload["outcome"] == "in_flight"
    assert second.payload["outcome"] == "success"
    # Who, why and the batch stay as begun when the completing entry leaves them unset.
    assert second.payload["reason_note"] == "customer asked"
    assert second.payload["batch_id"] == "batch-7"


def test_an_interrupted_attempt_is_queued_as_its_next_revision(store: HistoryStore) -> None:
    store.begin_attempt(entry(), attempt_key="k2")
    assert len(store.recover_interrupted(alive=lambda _owner: False)) == 1
    revisions = [(i.revision, i.payload["outcome"]) for i in store.outbox_pending()]
    assert revisions == [(1, "in_flight"), (2, "interrupted")]


def test_a_failed_write_queues_nothing(store: HistoryStore) -> None:
    store.record(entry("FIRST"))
    duplicate = entry("SECOND", record_uuid=store.outbox_pending()[0].record_uuid)
    with pytest.raises(sqlite3.IntegrityError):
        store.record_many([entry("THIRD"), duplicate])
    assert [i.payload["order_id"] for i in store.outbox_pending()] == ["FIRST"]


def test_search_matches_reason_note_ticket_and_operator(store: HistoryStore) -> None:
    store.record(entry("A1", reason_note="Candidate disputed the score", reason_ticket="ZD-48213"))
    store.record(entry("B2", operator_name="Bruno Meier"))
    store.record(entry("C3"))

    def found(text: str) -> list[str]:
        return [s.order_id for s in store.query(HistoryFilter(text=text))]

    assert found("disputed") == ["A1"]
    assert found("zd-482") == ["A1"]
    assert found("meier") == ["B2"]
    summary = store.query(HistoryFilter(text="A1"))[0]
    assert summary.reason_ticket == "ZD-48213"


def test_v3_rows_get_distinct_uuids_and_are_not_queued(desk_home: Path) -> None:
    path = desk_home / "history.sqlite3"
    raw = sqlite3.connect(path, isolation_level=None)
    for script in MIGRATIONS[:3]:
        raw.executescript(script)
    raw.execute("PRAGMA user_version = 3")
    for n in range(3):
        raw.execute(
            "INSERT INTO sends (sent_at, base_url, order_id, outcome) VALUES (?, ?, ?, ?)",
            ("2026-01-01T00:00:00.000000Z", BASE, f"OLD{n}", "success"),
        )
    raw.close()
    store = HistoryStore.open(path)
    try:
        assert store.problem is None
        uuids = {s.record_uuid for s in store.query()}
        assert len(uuids) == 3
        assert None not in uuids
        assert all(len(u or "") == 36 and (u or "")[14] == "4" for u in uuids)
        assert store.outbox_count() == 0
        check = sqlite3.connect(path)
        assert check.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        check.close()
    finally:
        store.close()

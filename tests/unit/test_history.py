"""The send history: schema and migrations, refusal of newer files, damaged files moved aside,
disk trouble leaves it disabled (not crashed), queries and filters, exports, retention."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import sqlite3
import textwrap
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from disk_faults import run_confined

from app.kombo.models import Attachment, FileRef, ResultBody
from app.store.history import (
    SCHEMA_VERSION,
    HistoryEntry,
    HistoryFilter,
    HistoryStore,
    HistoryTooNewError,
    HistoryUnavailableError,
    OutcomeKind,
    request_from_body,
    request_with_file_refs,
    sanitize_request,
)

# The schema as version 1 shipped it, frozen here so that the v1 -> current migration is
# tested against what real v1 files contain, whatever the code says today.
V1_SCHEMA = """
CREATE TABLE sends (
    id INTEGER PRIMARY KEY AUTOINCREMENT, sent_at TEXT NOT NULL, profile TEXT,
    base_url TEXT NOT NULL, integration_id TEXT, order_id TEXT NOT NULL, outcome TEXT NOT NULL,
    http_status INTEGER, outcome_unknown INTEGER NOT NULL DEFAULT 0,
    warnings TEXT NOT NULL DEFAULT '[]', error_code TEXT, error_title TEXT, error_message TEXT,
    log_url TEXT, duration_ms INTEGER, retries INTEGER NOT NULL DEFAULT 0,
    request TEXT NOT NULL, response TEXT);
CREATE INDEX sends_order ON sends(order_id);
CREATE INDEX sends_sent_at ON sends(sent_at);
PRAGMA user_version = 1;
"""

BASE = "https://api.kombo.dev/v1"


def entry(**overrides: object) -> HistoryEntry:
    values: dict[str, object] = {
        "order_id": "ORDER000000000000000001",
        "outcome": OutcomeKind.SUCCESS,
        "base_url": BASE,
        "integration_id": "acme:workday",
        "profile": "Production EU",
        "request": {"status": "COMPLETED", "result_url": "https://example.com/r/1"},
        "http_status": 200,
        "duration_s": 0.25,
    }
    values.update(overrides)
    return HistoryEntry(**values)  # type: ignore[arg-type]


@pytest.fixture
def db_path(desk_home: Path) -> Path:
    return desk_home / "history.sqlite3"


@pytest.fixture
def store(db_path: Path) -> HistoryStore:
    opened = HistoryStore.open(db_path)
    assert opened.problem is None
    yield opened  # type: ignore[misc]
    opened.close()


# --- schema ---------------------------------------------------------------------------------


def test_fresh_database_has_current_schema_wal_and_search_indexes(store: HistoryStore) -> None:
    raw = sqlite3.connect(store.path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    indexes = {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"sends_order_id", "sends_error_code", "sends_candidate", "sends_outcome"} <= indexes
    plan = " ".join(
        str(row[3])
        for row in raw.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM sends WHERE order_id LIKE 'ABC%' ESCAPE '\\'"
        )
    )
    assert "sends_order_id" in plan  # order-ID prefix search uses the index
    plan = " ".join(
        str(row[3])
        for row in raw.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM sends WHERE order_id = ?1 COLLATE NOCASE"
            " AND order_id = ?1",
            ("X",),
        )
    )
    assert "sends_order_id" in plan  # so does last_for_order's exact match
    raw.close()


def test_v1_database_is_migrated_forward_and_keeps_its_rows(db_path: Path) -> None:
    raw = sqlite3.connect(db_path)
    raw.executescript(V1_SCHEMA)
    raw.execute(
        "INSERT INTO sends (id, sent_at, base_url, order_id, outcome, warnings, request,"
        " http_status) VALUES (9, '2024-05-01T10:00:00.000000Z', ?, 'OLD1', 'success',"
        ' \'["a","b"]\', \'{"status":"OPEN"}\', 200)',
        (BASE,),
    )
    raw.commit()
    raw.close()

    store = HistoryStore.open(db_path)
    assert store.problem is None
    (old,) = store.query()
    assert (old.order_id, old.warning_count, old.candidate) == ("OLD1", 2, None)
    old_record = store.get(old.id)
    assert old_record is not None
    assert old_record.warnings == ("a", "b")
    assert old_record.request == {"status": "OPEN"}
    new_id = store.record(entry(candidate="Ada Lovelace"))
    assert new_id == 10  # ids keep counting up: a deleted or migrated id is never reused
    assert store.query(HistoryFilter(text="lovelace"))[0].id == new_id
    store.close()
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_newer_schema_is_refused_and_the_file_left_untouched(db_path: Path) -> None:
    raw = sqlite3.connect(db_path)
    raw.execute("CREATE TABLE sends_v9 (x)")
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 7}")
    raw.commit()
    raw.close()
    before = db_path.read_bytes()
    mtime = db_path.stat().st_mtime_ns

    store = HistoryStore.open(db_path)
    assert isinstance(store.problem, HistoryTooNewError)
    assert store.problem.found == SCHEMA_VERSION + 7
    assert "newer version of Result Desk" in store.problem.message
    assert not store.available
    with pytest.raises(HistoryTooNewError):
        store.record(entry())
    assert store.query() == []
    assert store.count() == 0
    assert store.get(1) is None
    store.close()
    assert db_path.read_bytes() == before
    assert db_path.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in db_path.parent.iterdir() if "corrupt" in p.name) == []


# --- damaged files --------------------------------------------------------------------------


def test_a_file_that_is_not_a_database_is_moved_aside_never_deleted(db_path: Path) -> None:
    garbage = os.urandom(8192)
    db_path.write_bytes(garbage)
    store = HistoryStore.open(db_path)
    assert store.problem is None
    (moved,) = list(db_path.parent.glob("history.sqlite3.corrupt-*"))
    assert moved.read_bytes() == garbage
    assert len(store.notices) == 1
    assert moved.name in store.notices[0]
    assert store.record(entry()) == 1
    assert store.integrity_check() == "ok"
    store.close()


def test_damaged_pages_fail_quick_check_and_are_moved_aside(db_path: Path) -> None:
    store = HistoryStore.open(db_path)
    for n in range(400):
        store.record(entry(order_id=f"ORD{n:05d}", request={"pad": "x" * 300}))
    store.close()
    with open(db_path, "r+b") as handle:
        handle.seek(4096 * 5)
        handle.write(os.urandom(4096 * 3))
    damaged = db_path.read_bytes()

    store = HistoryStore.open(db_path)
    assert store.problem is None
    assert store.count() == 0
    (moved,) = list(db_path.parent.glob("history.sqlite3.corrupt-*"))
    assert moved.read_bytes() == damaged
    assert "moved aside" in store.notices[0]
    store.close()


# --- disk trouble: disabled with a reason, never a crash --------------------------------------

_PROBE = textwrap.dedent(
    """
    import json
    from app.store.history import HistoryStore, HistoryEntry, OutcomeKind, HistoryProblem
    store = HistoryStore.open_default()
    out = {"available": store.available, "kind": type(store.problem).__name__,
           "message": store.problem.message if store.problem else None}
    try:
        store.record(HistoryEntry(order_id="X", outcome=OutcomeKind.SUCCESS, base_url="b",
                                  request={}))
        out["recorded"] = True
    except HistoryProblem as exc:
        out["recorded"] = False
        out["record_error"] = type(exc).__name__
    out["rows"] = store.count()
    print(json.dumps(out))
    """
)


def test_read_only_folder_without_history_disables_the_store(desk_home: Path) -> None:
    result = run_confined(desk_home, "readonly", _PROBE)
    assert result["available"] is False
    assert result["kind"] == "HistoryUnavailableError"
    assert "cannot be written" in result["message"]
    assert "Sending still works" in result["message"]
    assert result["recorded"] is False
    assert result["record_error"] == "HistoryUnavailableError"


def test_read_only_folder_with_an_existing_history_disables_it_and_keeps_the_file(
    desk_home: Path, db_path: Path
) -> None:
    store = HistoryStore.open(db_path)
    store.record(entry())
    store.close()
    before = db_path.read_bytes()
    result = run_confined(desk_home, "readonly", _PROBE)
    assert result["available"] is False
    assert result["recorded"] is False
    assert db_path.read_bytes() == before


def test_full_disk_disables_history_after_the_rows_that_fit(desk_home: Path) -> None:
    script = textwrap.dedent(
        """
        import json
        from app.store.history import HistoryStore, HistoryEntry, OutcomeKind, HistoryProblem
        store = HistoryStore.open_default()
        assert store.available, store.problem
        written, error = 0, None
        for n in range(10000):
            try:
                store.record(HistoryEntry(order_id=f"O{n}", outcome=OutcomeKind.SUCCESS,
                                          base_url="b", request={"pad": "x" * 2000}))
                written += 1
            except HistoryProblem as exc:
                error = exc
                break
        print(json.dumps({"written": written, "error": type(error).__name__,
                          "message": error.message if error else None,
                          "available": store.available}))
        """
    )
    result = run_confined(desk_home, "full", script, size="256k")
    assert result["written"] > 0
    assert result["error"] == "HistoryUnavailableError"
    assert "full" in result["message"]
    assert result["available"] is False


class _TinyStore(HistoryStore):
    """SQLite's own page limit gives the same SQLITE_FULL a full disk gives, without root."""

    def _configure(self, conn: sqlite3.Connection) -> None:
        super()._configure(conn)
        conn.execute("PRAGMA max_page_count = 40")


def test_database_full_disables_the_store_and_earlier_rows_stay(db_path: Path) -> None:
    store = _TinyStore.open(db_path)
    written, error = 0, None
    for n in range(1000):
        try:
            store.record(entry(order_id=f"O{n}", request={"pad": "x" * 2000}))
        except HistoryUnavailableError as exc:
            error = exc
            break
        written += 1
    assert error is not None
    assert "disk is full" in error.message
    assert written > 0
    assert not store.available
    store.close()
    reopened = HistoryStore.open(db_path)
    assert reopened.count() == written
    assert reopened.integrity_check() == "ok"
    reopened.close()


# --- queries and filters --------------------------------------------------------------------


@pytest.fixture
def filled(store: HistoryStore) -> HistoryStore:
    now = datetime.now(UTC)
    rows = [
        entry(order_id="AAA111", candidate="Ada Lovelace", sent_at=now - timedelta(days=40)),
        entry(
            order_id="AAA222",
            outcome=OutcomeKind.API_ERROR,
            http_status=400,
            error_code="PLATFORM.INPUT_INVALID",
            error_message="bad",
            log_url="https://app.kombo.dev/logs/1",
            sent_at=now - timedelta(days=3),
        ),
        entry(
            order_id="BBB333",
            outcome=OutcomeKind.NETWORK_ERROR,
            http_status=None,
            outcome_unknown=True,
            profile="Staging",
            sent_at=now - timedelta(hours=2),
        ),
        entry(order_id="bbb444", candidate="Grace Hopper", warnings=("renamed", "converted")),
        entry(order_id="CCC_55%", outcome=OutcomeKind.CANCELLED, profile="Staging"),
    ]
    for row in rows:
        store.record(row)
    return store


def ids(store: HistoryStore, **criteria: object) -> list[str]:
    return [s.order_id for s in store.query(HistoryFilter(**criteria))]  # type: ignore[arg-type]


def test_query_is_newest_first_and_count_matches(filled: HistoryStore) -> None:
    assert ids(filled) == ["CCC_55%", "bbb444", "BBB333", "AAA222", "AAA111"]
    assert filled.count() == 5
    assert filled.count(HistoryFilter(profile="Staging")) == 2


def test_text_search_matches_order_prefix_candidate_and_error_code(filled: HistoryStore) -> None:
    assert ids(filled, text="bbb") == ["bbb444", "BBB333"]  # case-insensitive prefix
    assert ids(filled, text="333") == []  # order IDs match from the start
    assert ids(filled, text="hopper") == ["bbb444"]
    assert ids(filled, text="input_invalid") == ["AAA222"]
    assert ids(filled, text="aaa lovelace") == ["AAA111"]  # every word must match
    # LIKE wildcards typed by the person are literal characters.
    assert ids(filled, text="CCC_") == ["CCC_55%"]
    assert ids(filled, text="CCC%") == []
    assert ids(filled, text="A_A") == []


def test_filters_by_outcome_unknown_profile_and_dates(filled: HistoryStore) -> None:
    now = datetime.now(UTC)
    errors = frozenset({OutcomeKind.API_ERROR, OutcomeKind.NETWORK_ERROR})
    assert ids(filled, outcomes=errors) == ["BBB333", "AAA222"]
    assert ids(filled, unknown_only=True) == ["BBB333"]
    assert ids(filled, profile="Staging") == ["CCC_55%", "BBB333"]
    assert ids(filled, since=now - timedelta(days=7)) == ["CCC_55%", "bbb444", "BBB333", "AAA222"]
    assert ids(filled, until=now - timedelta(days=1)) == ["AAA222", "AAA111"]
    assert ids(filled, text="aaa", outcomes=frozenset({OutcomeKind.SUCCESS})) == ["AAA111"]
    assert filled.profiles() == ["Production EU", "Staging"]


def test_keyset_paging_returns_every_row_exactly_once(store: HistoryStore) -> None:
    for n in range(57):
        store.record(entry(order_id=f"P{n:03d}"))
    seen: list[int] = []
    before: int | None = None
    while page := store.query(limit=10, before_id=before):
        seen += [s.id for s in page]
        before = page[-1].id
    assert seen == sorted(seen, reverse=True)
    assert len(set(seen)) == 57
    assert [s.order_id for s in store.query(limit=3, offset=2)] == ["P054", "P053", "P052"]


def test_get_returns_every_field_and_last_for_order(filled: HistoryStore) -> None:
    unknown = filled.last_for_order("BBB333")
    assert unknown is not None
    assert unknown.outcome_unknown
    assert filled.last_for_order("BBB333", integration_id="other:one") is None
    assert filled.last_for_order("nope") is None
    filled.record(entry(order_id="BBB333", outcome=OutcomeKind.SUCCESS))
    latest = filled.last_for_order("BBB333")
    assert latest is not None
    assert not latest.outcome_unknown

    error = filled.get(filled.query(HistoryFilter(text="AAA222"))[0].id)
    assert error is not None
    assert (error.http_status, error.error_code, error.log_url) == (
        400,
        "PLATFORM.INPUT_INVALID",
        "https://app.kombo.dev/logs/1",
    )
    assert error.duration_s == 0.25
    assert error.integration_id == "acme:workday"
    assert filled.get(999) is None


def test_retention_deletes_only_older_attempts(filled: HistoryStore) -> None:
    assert filled.delete_older_than(30) == 1
    assert "AAA111" not in ids(filled)
    assert filled.delete_older_than(0) == 0
    assert filled.count() == 4


def test_concurrent_writers_on_threads_lose_nothing(store: HistoryStore) -> None:
    def write(prefix: str) -> None:
        for n in range(150):
            store.record(entry(order_id=f"{prefix}{n}"))

    threads = [threading.Thread(target=write, args=(p,)) for p in "XYZ"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert store.count() == 450
    assert store.integrity_check() == "ok"


# --- request bodies and exports -------------------------------------------------------------


def test_attachment_content_is_replaced_by_metadata(tmp_path: Path) -> None:
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF-1.7 fake" * 100)
    info = report.stat()
    inline = "aGVsbG8gd29ybGQ="  # "hello world"
    body = ResultBody.model_validate(
        {
            "status": "COMPLETED",
            "result_url": "https://example.com/r",
            "completed_at": "2024-05-01T10:00:00Z",
            "attachments": [
                Attachment(
                    name="report.pdf",
                    data=FileRef(path=str(report), size=info.st_size, mtime_ns=info.st_mtime_ns),
                    content_type="application/pdf",
                ),
                {"name": "note.txt", "data": inline, "content_type": "text/plain"},
                {"name": "link.pdf", "data_url": "https://example.com/f.pdf"},
            ],
        }
    )
    request = request_from_body(body)
    file_item, inline_item, link_item = request["attachments"]
    assert file_item == {
        "name": "report.pdf",
        "content_type": "application/pdf",
        "size": info.st_size,
        "sha256": hashlib.sha256(report.read_bytes()).hexdigest(),
        "source_path": str(report),
        "mtime_ns": info.st_mtime_ns,
    }
    assert inline_item["size"] == 11
    assert inline_item["source_path"] is None
    assert inline_item["sha256"] == hashlib.sha256(b"hello world").hexdigest()
    assert link_item == {"name": "link.pdf", "data_url": "https://example.com/f.pdf"}
    assert inline not in json.dumps(request)
    assert sanitize_request(request) == request  # idempotent

    report.write_bytes(b"changed")  # a changed file is not hashed as if it were the original
    assert request_from_body(body)["attachments"][0]["sha256"] is None


def test_the_send_record_form_needs_no_file_access_and_sanitizes_to_the_history_form(
    tmp_path: Path,
) -> None:
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF-1.7")
    info = report.stat()
    ref = FileRef(path=str(report), size=info.st_size, mtime_ns=info.st_mtime_ns)
    body = ResultBody.model_validate(
        {
            "status": "OPEN",
            "result_url": "https://example.com/r",
            "attachments": [Attachment(name="r.pdf", data=ref, content_type="application/pdf")],
        }
    )
    report.unlink()  # nothing reads the file
    sent = request_with_file_refs(body)
    assert sent["attachments"] == [
        {
            "name": "r.pdf",
            "content_type": "application/pdf",
            "file": {"path": str(report), "size": 8, "mtime_ns": info.st_mtime_ns, "sha256": None},
        }
    ]
    assert sanitize_request(sent) == request_from_body(body, hash_files=False)
    assert request_from_body(body, hash_files=False)["attachments"][0]["sha256"] is None


def test_exports_hold_the_rows_without_file_content(filled: HistoryStore, tmp_path: Path) -> None:
    inline = "c2VjcmV0IGZpbGUgY29udGVudA=="
    filled.record(
        entry(
            order_id="EXP1",
            candidate='=HYPERLINK("http://evil")',
            request={"attachments": [{"name": "a", "data": inline, "content_type": "text/plain"}]},
        )
    )
    csv_path, json_path = tmp_path / "h.csv", tmp_path / "h.json"
    assert filled.export_csv(csv_path) == 6
    assert filled.export_json(json_path, HistoryFilter(profile="Staging")) == 2
    rows = list(csv.DictReader(csv_path.open(encoding="utf-8-sig")))
    assert [r["order_id"] for r in rows][:2] == ["AAA111", "AAA222"]  # oldest first, like a log
    assert rows[-1]["candidate"].startswith("'=")  # no formula injection into spreadsheets
    assert rows[3]["warnings"] == "renamed | converted"
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert [d["order_id"] for d in data] == ["BBB333", "CCC_55%"]
    assert data[0]["outcome_unknown"] is True
    assert data[0]["outcome"] == "network_error"
    assert inline not in csv_path.read_text()
    assert inline not in json_path.read_text()
    assert not list(tmp_path.glob(".*.tmp"))
    assert filled.export_json(tmp_path / "none.json", HistoryFilter(text="zzz")) == 0
    assert json.loads((tmp_path / "none.json").read_text()) == []

"""Every send attempt on record: what was sent, where, when, and what Kombo answered.

One SQLite file (`data_dir()/history.sqlite3`, WAL) holds a row per attempt. The request body
is kept as JSON with each attachment's content replaced by its name, type, size, sha256 and
source path, so a row is small, holds no base64 and never the key, and can refill the form.

The store is synchronous and thread-agnostic: every thread gets its own connection, and the
UI runs writes on one background thread. It never raises for a disk that fails us: a folder
that is read-only or full, or a database written by a newer Result Desk, leaves the store
*disabled* with a reason the UI shows; a corrupt file is moved aside (never deleted) and a
fresh database takes its place, with a notice.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import csv
import hashlib
import json
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any, ClassVar, Self, TypeVar

from app.kombo.files import file_change, sha256_file
from app.kombo.models import FileRef, ResultBody
from app.store.atomic import atomic_open

log = logging.getLogger(__name__)
_T = TypeVar("_T")

DB_FILENAME = "history.sqlite3"
BUSY_TIMEOUT_S = 5.0
_TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"  # fixed width, so text order is time order


class OutcomeKind(StrEnum):
    SUCCESS = "success"
    API_ERROR = "api_error"
    NETWORK_ERROR = "network_error"
    INVALID_RESPONSE = "invalid_response"
    ATTACHMENT_CHANGED = "attachment_changed"
    CANCELLED = "cancelled"


# --- problems the UI shows as a banner --------------------------------------------------------


class HistoryProblem(Exception):
    """Why the history cannot be used right now, worded for the person at the desk."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class HistoryTooNewError(HistoryProblem):
    """The database was written by a newer Result Desk; it is left exactly as it is."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(
            f"The send history at {path} was written by a newer version of Result Desk "
            f"(schema {found}; this version reads up to {supported}). It was left untouched; "
            "update Result Desk to see and extend it. Sending still works, but sends are not "
            "recorded."
        )
        self.path = path
        self.found = found
        self.supported = supported


class HistoryUnavailableError(HistoryProblem):
    """The data folder cannot be written (read-only, full, missing) or the file cannot be read."""


# --- what is recorded -------------------------------------------------------------------------


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, kw_only=True)
class HistoryEntry:
    """One send attempt, as it is written. `request` is already free of file content."""

    order_id: str
    outcome: OutcomeKind
    base_url: str
    request: Mapping[str, Any]
    profile: str | None = None
    integration_id: str | None = None
    http_status: int | None = None
    warnings: tuple[str, ...] = ()
    error_code: str | None = None
    error_title: str | None = None
    error_message: str | None = None
    log_url: str | None = None
    outcome_unknown: bool = False
    duration_s: float | None = None
    retries: int = 0
    candidate: str | None = None
    # What Kombo answered, as JSON (the success body or the error envelope); no headers.
    response: Mapping[str, Any] | None = None
    sent_at: datetime = field(default_factory=_now)


@dataclass(frozen=True, kw_only=True)
class HistoryRecord(HistoryEntry):
    """A stored entry with its row id."""

    id: int


@dataclass(frozen=True, kw_only=True)
class HistorySummary:
    """The columns a list of sends shows; no request or response JSON, so pages stay light."""

    id: int
    sent_at: datetime
    profile: str | None
    base_url: str
    integration_id: str | None
    order_id: str
    candidate: str | None
    outcome: OutcomeKind
    http_status: int | None
    outcome_unknown: bool
    error_code: str | None
    error_message: str | None
    warning_count: int
    duration_s: float | None
    retries: int
    log_url: str | None


@dataclass(frozen=True)
class HistoryFilter:
    """What to list. Every given criterion must hold; an empty filter lists everything.

    `text` is split on spaces; each word must match the start of the order ID, or part of the
    error code or the candidate's name (case-insensitive).
    """

    text: str = ""
    outcomes: frozenset[OutcomeKind] = frozenset()
    unknown_only: bool = False
    profile: str | None = None
    since: datetime | None = None  # inclusive
    until: datetime | None = None  # exclusive


# --- request bodies without file content -----------------------------------------------------


def _inline_metadata(data: str) -> tuple[int | None, str | None]:
    try:
        raw = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        return None, None
    return len(raw), hashlib.sha256(raw).hexdigest()


def _attachment_metadata(item: Mapping[str, Any]) -> dict[str, Any]:
    # The file's metadata sits under `data` (a FileRef dumped) or `file` (the send record).
    data = item.get("data", item.get("file"))
    if data is None:  # a data_url attachment: the link is what was sent
        return {key: value for key, value in item.items() if key not in ("data", "file")}
    meta: dict[str, Any] = {"name": item.get("name"), "content_type": item.get("content_type")}
    if isinstance(data, Mapping):  # a file reference (FileRef fields or already metadata)
        meta["size"] = data.get("size")
        meta["sha256"] = data.get("sha256")
        meta["source_path"] = data.get("source_path", data.get("path"))
        if data.get("mtime_ns") is not None:
            meta["mtime_ns"] = data.get("mtime_ns")
    elif isinstance(data, str):  # inline base64: keep what identifies it, not the bytes
        meta["size"], meta["sha256"] = _inline_metadata(data)
        meta["source_path"] = None
        meta["inline"] = True
    return meta


def sanitize_request(request: Mapping[str, Any]) -> dict[str, Any]:
    """A request body fit for the history: every attachment's content becomes its metadata.

    Accepts attachments whose `data` is inline base64 or a FileRef-shaped mapping (`path`,
    `size`, `mtime_ns`, `sha256`), or whose `file` is such a mapping (the send record's
    form). Attachments already reduced to metadata are kept as they are.
    """
    clean = dict(request)
    attachments = clean.get("attachments")
    if isinstance(attachments, list):
        out: list[Any] = []
        for item in attachments:
            if isinstance(item, Mapping) and ("data" in item or "file" in item):
                out.append(_attachment_metadata(item))
            else:
                out.append(item)
        clean["attachments"] = out
    return clean


def request_with_file_refs(body: ResultBody) -> dict[str, Any]:
    """The body as JSON with each file attachment's `data` replaced by `file`: its path, size,
    mtime_ns and sha256 as the FileRef knows them. No file access, so the loop thread may call
    it (the sender does); inline base64 is kept. `sanitize_request` makes it the history form.
    """

    def placeholder(_attachment: object, _ref: FileRef) -> str:
        return ""

    data = body.to_jsonable(file_data=placeholder)
    for attachment, item in zip(body.attachments or [], data.get("attachments", []), strict=True):
        ref = attachment.data
        if isinstance(ref, FileRef):
            item.pop("data", None)
            item["file"] = {
                "path": ref.path,
                "size": ref.size,
                "mtime_ns": ref.mtime_ns,
                "sha256": ref.sha256,
            }
    return data


def request_from_body(body: ResultBody, *, hash_files: bool = True) -> dict[str, Any]:
    """The history form of a body. With `hash_files`, files whose sha256 is unknown are hashed
    (see `complete_file_hashes`): then call it off the UI thread."""
    request = request_with_file_refs(body)
    return complete_file_hashes(request) if hash_files else sanitize_request(request)


def complete_file_hashes(request: Mapping[str, Any]) -> dict[str, Any]:
    """`request` (history form) with the sha256 of every file attachment that lacks one.

    Blocking (reads the files): run it off the UI thread. A file that is gone or changed
    since it was attached keeps `sha256: null`; its hash would describe other bytes.
    """
    clean = sanitize_request(request)
    if isinstance(clean.get("attachments"), list):  # copies: the caller's dicts stay as they are
        clean["attachments"] = [
            dict(item) if isinstance(item, Mapping) else item for item in clean["attachments"]
        ]
    for item in clean.get("attachments") or []:
        if not isinstance(item, dict) or item.get("sha256") or not item.get("source_path"):
            continue
        if not isinstance(item.get("size"), int):
            continue
        path = str(item["source_path"])
        if file_change(path, item["size"], item.get("mtime_ns")) is None:
            with contextlib.suppress(OSError):
                item["sha256"] = sha256_file(path)
    return clean


# --- schema -----------------------------------------------------------------------------------

# Each step takes the schema from version N-1 to N inside one transaction. Never edit a step
# that has shipped; add a new one.
_V1 = """
CREATE TABLE sends (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    sent_at TEXT NOT NULL,
    profile TEXT,
    base_url TEXT NOT NULL,
    integration_id TEXT,
    order_id TEXT NOT NULL,
    outcome TEXT NOT NULL,
    http_status INTEGER,
    outcome_unknown INTEGER NOT NULL DEFAULT 0,
    warnings TEXT NOT NULL DEFAULT '[]',
    error_code TEXT,
    error_title TEXT,
    error_message TEXT,
    log_url TEXT,
    duration_ms INTEGER,
    retries INTEGER NOT NULL DEFAULT 0,
    request TEXT NOT NULL,
    response TEXT
);
CREATE INDEX sends_order ON sends(order_id);
CREATE INDEX sends_sent_at ON sends(sent_at);
"""

# v2: the list columns and the bodies part ways, so that searching and paging read a narrow
# table (~250 bytes a row) instead of one carrying every request; plus the candidate's name
# (the orders panel knows it), a warning count, and case-insensitive indexes for search.
_V2 = """
CREATE TABLE send_bodies (
    send_id INTEGER PRIMARY KEY,
    warnings TEXT NOT NULL DEFAULT '[]',
    error_title TEXT,
    request TEXT NOT NULL,
    response TEXT
);
INSERT INTO send_bodies (send_id, warnings, error_title, request, response)
    SELECT id, warnings, error_title, request, response FROM sends;
CREATE TABLE sends_v2 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    sent_at TEXT NOT NULL,
    profile TEXT,
    base_url TEXT NOT NULL,
    integration_id TEXT,
    order_id TEXT NOT NULL,
    candidate TEXT,
    outcome TEXT NOT NULL,
    http_status INTEGER,
    outcome_unknown INTEGER NOT NULL DEFAULT 0,
    error_code TEXT,
    error_message TEXT,
    warning_count INTEGER NOT NULL DEFAULT 0,
    duration_ms INTEGER,
    retries INTEGER NOT NULL DEFAULT 0,
    log_url TEXT
);
INSERT INTO sends_v2 (id, sent_at, profile, base_url, integration_id, order_id, outcome,
        http_status, outcome_unknown, error_code, error_message, warning_count, duration_ms,
        retries, log_url)
    SELECT id, sent_at, profile, base_url, integration_id, order_id, outcome, http_status,
        outcome_unknown, error_code, error_message,
        CASE WHEN json_valid(warnings) THEN json_array_length(warnings) ELSE 0 END,
        duration_ms, retries, log_url
    FROM sends;
DROP TABLE sends;
ALTER TABLE sends_v2 RENAME TO sends;
CREATE INDEX sends_sent_at ON sends(sent_at);
CREATE INDEX sends_order_id ON sends(order_id COLLATE NOCASE, id);
CREATE INDEX sends_error_code ON sends(error_code COLLATE NOCASE);
CREATE INDEX sends_candidate ON sends(candidate COLLATE NOCASE);
CREATE INDEX sends_outcome ON sends(outcome, id);
CREATE INDEX sends_profile ON sends(profile, id);
"""

MIGRATIONS: tuple[str, ...] = (_V1, _V2)
SCHEMA_VERSION = len(MIGRATIONS)


def _format_time(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime(_TIME_FORMAT)


def _parse_time(text: str) -> datetime:
    return datetime.fromisoformat(text)  # the fixed format above, "Z" included (3.11+)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _loads(text: str | None) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _where(flt: HistoryFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    for word in flt.text.split():
        escaped = _like_escape(word)
        clauses.append(
            "(order_id LIKE ? ESCAPE '\\' OR error_code LIKE ? ESCAPE '\\'"
            " OR candidate LIKE ? ESCAPE '\\')"
        )
        params += [f"{escaped}%", f"%{escaped}%", f"%{escaped}%"]
    if flt.outcomes:
        marks = ",".join("?" * len(flt.outcomes))
        clauses.append(f"outcome IN ({marks})")
        params += sorted(str(o) for o in flt.outcomes)
    if flt.unknown_only:
        clauses.append("outcome_unknown = 1")
    if flt.profile is not None:
        clauses.append("profile = ?")
        params.append(flt.profile)
    if flt.since is not None:
        clauses.append("sent_at >= ?")
        params.append(_format_time(flt.since))
    if flt.until is not None:
        clauses.append("sent_at < ?")
        params.append(_format_time(flt.until))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


_SUMMARY_COLUMNS = (
    "id, sent_at, profile, base_url, integration_id, order_id, candidate, outcome, http_status,"
    " outcome_unknown, error_code, error_message, warning_count, duration_ms, retries, log_url"
)
_FULL_SELECT = (
    "SELECT s.id, sent_at, profile, base_url, integration_id, order_id, candidate, outcome,"
    " http_status, outcome_unknown, warnings, error_code, error_title, error_message, log_url,"
    " duration_ms, retries, request, response"
    " FROM sends AS s LEFT JOIN send_bodies AS b ON b.send_id = s.id"
)


def _outcome(text: str) -> OutcomeKind:
    try:
        return OutcomeKind(text)
    except ValueError:  # a newer version's kind in a shared file: show it as an error
        return OutcomeKind.API_ERROR


# Columns that a summary and a record take as they are stored.
_PLAIN_COLUMNS = (
    "profile",
    "base_url",
    "integration_id",
    "order_id",
    "candidate",
    "http_status",
    "error_code",
    "error_message",
    "log_url",
    "retries",
)


def _shared_fields(row: sqlite3.Row) -> dict[str, Any]:
    """The fields that `HistorySummary` and `HistoryRecord` read alike from a row."""
    duration_ms = row["duration_ms"]
    return {
        "id": row["id"],
        "sent_at": _parse_time(row["sent_at"]),
        "outcome": _outcome(row["outcome"]),
        "outcome_unknown": bool(row["outcome_unknown"]),
        "duration_s": None if duration_ms is None else duration_ms / 1000,
        **{name: row[name] for name in _PLAIN_COLUMNS},
    }


def _summary(row: sqlite3.Row) -> HistorySummary:
    return HistorySummary(**_shared_fields(row), warning_count=row["warning_count"])


def _record(row: sqlite3.Row) -> HistoryRecord:
    warnings = _loads(row["warnings"])
    request = _loads(row["request"])
    response = _loads(row["response"])
    return HistoryRecord(
        **_shared_fields(row),
        warnings=tuple(str(w) for w in warnings) if isinstance(warnings, list) else (),
        error_title=row["error_title"],
        request=request if isinstance(request, dict) else {},
        response=response if isinstance(response, dict) else None,
    )


def record_to_jsonable(record: HistoryRecord) -> dict[str, Any]:
    """A record as plain JSON data (the JSON export and the details pane use it)."""
    out: dict[str, Any] = {"id": record.id}  # first, then the fields in declaration order
    for f in fields(record):
        value = getattr(record, f.name)
        if isinstance(value, datetime):
            value = _format_time(value)
        elif isinstance(value, tuple):
            value = list(value)
        elif isinstance(value, StrEnum):
            value = str(value)
        out[f.name] = value
    return out


_CSV_COLUMNS = (
    "id",
    "sent_at",
    "profile",
    "base_url",
    "integration_id",
    "order_id",
    "candidate",
    "outcome",
    "outcome_unknown",
    "http_status",
    "error_code",
    "error_title",
    "error_message",
    "log_url",
    "warnings",
    "duration_s",
    "retries",
    "request",
)


# Columns copied from the row as they are; the others are formatted for people.
_CSV_FROM_ROW = tuple(
    name for name in _CSV_COLUMNS if name not in {"outcome_unknown", "warnings", "duration_s"}
)


def _csv_cell(value: Any) -> str:
    text = "" if value is None else str(value)
    # A cell that a spreadsheet would run as a formula is quoted as text (CSV injection).
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        text = "'" + text
    return text


def _is_disk_problem(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return any(
        phrase in text
        for phrase in (
            "readonly database",
            "read-only",
            "disk is full",
            "disk i/o error",
            "unable to open database file",
            "database or disk is full",
        )
    )


def _is_corruption(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text or "file is encrypted" in text


class HistoryStore:
    """The send history. Construct it with `HistoryStore.open(path)`.

    Every method may be called from any thread; each thread uses its own connection.
    When `problem` is set the store is disabled: writes raise `HistoryUnavailableError` (or
    the problem itself) and reads return nothing.
    """

    PAGE_SIZE: ClassVar[int] = 200

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem: HistoryProblem | None = None
        self.notices: list[str] = []
        self._local = threading.local()
        self._lock = threading.Lock()
        self._connections: list[sqlite3.Connection] = []
        self._closed = False

    # --- opening ------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path) -> Self:
        """Open (creating or migrating) the history at `path`; never raises for disk trouble."""
        store = cls(path)
        try:
            store._prepare()
        except HistoryProblem as problem:
            store._disable(problem)
        except (sqlite3.Error, OSError) as exc:
            store._disable(store._unavailable(exc))
        return store

    @classmethod
    def open_default(cls) -> Self:
        from app.store.paths import data_dir

        try:
            folder = data_dir()
        except OSError as exc:
            store = cls(Path(os.environ.get("RESULT_DESK_HOME", "~")) / DB_FILENAME)
            store._disable(
                HistoryUnavailableError(
                    f"The data folder cannot be created ({exc.strerror or exc}). Sends are not "
                    "recorded in the history; sending still works."
                )
            )
            return store
        return cls.open(folder / DB_FILENAME)

    @property
    def available(self) -> bool:
        return self.problem is None and not self._closed

    def _unavailable(self, exc: BaseException) -> HistoryUnavailableError:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return HistoryUnavailableError(
            f"The send history at {self.path} cannot be written ({reason}). Check that the "
            "data folder is writable and the disk has room. Sending still works, but sends "
            "are not recorded."
        )

    def _disable(self, problem: HistoryProblem) -> None:
        # Connections stay open until close(): another thread may be reading with its own.
        with self._lock:
            if self.problem is None:
                self.problem = problem
                log.warning("history disabled: %s", problem.message)

    def _raw_connect(self) -> sqlite3.Connection:
        # Autocommit mode: transactions are explicit (BEGIN IMMEDIATE), so a writer never
        # upgrades a read lock and deadlocks another process.
        conn = sqlite3.connect(
            self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
        )
        conn.row_factory = sqlite3.Row
        return conn

    def _configure(self, conn: sqlite3.Connection) -> None:
        """Per-connection settings (tests override this to shrink the database limit)."""
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        # WAL makes NORMAL safe against corruption; a power cut may lose the last commits.
        conn.execute("PRAGMA synchronous = NORMAL")
        # Room for the whole list table of a large history, so searches stay in memory.
        conn.execute("PRAGMA cache_size = -16000")

    def _prepare(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        existed = self.path.exists() and self.path.stat().st_size > 0
        try:
            self._check_and_migrate(existed)
        except sqlite3.DatabaseError as exc:
            if not (existed and _is_corruption(exc)):
                raise
            self._move_aside(str(exc))
            self._check_and_migrate(existed=False)

    def _check_and_migrate(self, existed: bool) -> None:
        conn = self._raw_connect()
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise HistoryTooNewError(self.path, version, SCHEMA_VERSION)
            if existed:
                result = [row[0] for row in conn.execute("PRAGMA quick_check")]
                if result != ["ok"]:
                    raise sqlite3.DatabaseError("database disk image is malformed: " + result[0])
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                log.warning("history: journal_mode is %s, not WAL", mode)
            self._configure(conn)
            self._migrate(conn)
        except BaseException:
            conn.close()
            raise
        self._adopt(conn)

    def _migrate(self, conn: sqlite3.Connection) -> None:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version == SCHEMA_VERSION:
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another Result Desk may have migrated while this one waited for the lock.
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise HistoryTooNewError(self.path, version, SCHEMA_VERSION)
            for number in range(version + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[number - 1].split(";"):
                    if statement.strip():
                        conn.execute(statement)
                log.info("history: migrated schema to version %d", number)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _move_aside(self, reason: str) -> None:
        stamp = _now().strftime("%Y%m%dT%H%M%SZ")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        serial = 1
        while target.exists():
            serial += 1
            target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{serial}")
        os.replace(self.path, target)
        # The journal files belong to the damaged file: keep them with it.
        for suffix in ("-wal", "-shm", "-journal"):
            companion = self.path.with_name(self.path.name + suffix)
            if companion.exists():
                os.replace(companion, target.with_name(target.name + suffix))
        log.error("history: corrupt database (%s) moved aside to %s", reason, target)
        self.notices.append(
            f"The send history was damaged and could not be read; it was moved aside to "
            f"{target.name} (nothing was deleted) and a new history was started."
        )

    def _adopt(self, conn: sqlite3.Connection) -> None:
        with self._lock:
            self._connections.append(conn)
        self._local.conn = conn

    def _conn(self) -> sqlite3.Connection:
        if self.problem is not None:
            raise self.problem
        if self._closed:
            raise HistoryUnavailableError("The history is closed.")
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._raw_connect()
            self._configure(conn)
            self._adopt(conn)
        return conn

    def close(self) -> None:
        self._closed = True
        self._close_connections()

    def _close_connections(self) -> None:
        with self._lock:
            connections, self._connections = self._connections, []
        for conn in connections:
            with contextlib.suppress(sqlite3.Error):
                conn.close()
        self._local = threading.local()

    @contextlib.contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection | None]:
        """A connection for a read, or None when the store is disabled."""
        if not self.available:
            yield None
            return
        try:
            yield self._conn()
        except sqlite3.DatabaseError as exc:
            if _is_corruption(exc):
                problem = HistoryUnavailableError(
                    f"The send history became unreadable ({exc}). It is checked and "
                    "moved aside the next time Result Desk starts."
                )
                self._disable(problem)
                raise problem from exc
            raise

    # --- writing ------------------------------------------------------------------------------

    def record(self, entry: HistoryEntry) -> int:
        """Store one attempt and return its row id. Raises a `HistoryProblem` if it cannot."""
        return self.record_many([entry])[0]

    def record_many(self, entries: Sequence[HistoryEntry]) -> list[int]:
        """Store several attempts in one transaction (imports, benchmarks)."""
        rows = [self._row_values(entry) for entry in entries]

        def write(conn: sqlite3.Connection) -> list[int]:
            ids: list[int] = []
            for summary, body in rows:
                cursor = conn.execute(
                    "INSERT INTO sends (sent_at, profile, base_url, integration_id, order_id,"
                    " candidate, outcome, http_status, outcome_unknown, error_code,"
                    " error_message, warning_count, duration_ms, retries, log_url)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    summary,
                )
                row_id = cursor.lastrowid
                assert row_id is not None
                conn.execute(
                    "INSERT INTO send_bodies (send_id, warnings, error_title, request, response)"
                    " VALUES (?,?,?,?,?)",
                    (row_id, *body),
                )
                ids.append(row_id)
            return ids

        return self._transaction(write)

    @staticmethod
    def _row_values(entry: HistoryEntry) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
        summary = (
            _format_time(entry.sent_at),
            entry.profile,
            entry.base_url,
            entry.integration_id,
            entry.order_id,
            entry.candidate,
            str(entry.outcome),
            entry.http_status,
            int(entry.outcome_unknown),
            entry.error_code,
            entry.error_message,
            len(entry.warnings),
            None if entry.duration_s is None else round(entry.duration_s * 1000),
            entry.retries,
            entry.log_url,
        )
        body = (
            _dumps(list(entry.warnings)),
            entry.error_title,
            _dumps(sanitize_request(entry.request)),
            None if entry.response is None else _dumps(entry.response),
        )
        return summary, body

    def delete_older_than(self, days: int) -> int:
        """Retention: delete attempts older than `days` days; returns how many went."""
        if days <= 0:
            return 0
        cutoff = _format_time(_now() - timedelta(days=days))

        def delete(conn: sqlite3.Connection) -> int:
            conn.execute(
                "DELETE FROM send_bodies WHERE send_id IN (SELECT id FROM sends WHERE sent_at < ?)",
                (cutoff,),
            )
            return conn.execute("DELETE FROM sends WHERE sent_at < ?", (cutoff,)).rowcount

        return self._transaction(delete)

    def _transaction(self, work: Callable[[sqlite3.Connection], _T]) -> _T:
        """Run `work` in one write transaction; disk trouble disables the store and raises."""
        conn = self._conn()
        try:
            # IMMEDIATE takes the write lock up front: waiting for it honours the busy timeout
            # instead of failing half-way when another Result Desk writes too.
            conn.execute("BEGIN IMMEDIATE")
            try:
                result = work(conn)
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            if _is_disk_problem(exc) or _is_corruption(exc):
                problem = self._unavailable(exc)
                self._disable(problem)
                raise problem from exc
            raise
        return result

    # --- reading ------------------------------------------------------------------------------

    def query(
        self,
        flt: HistoryFilter | None = None,
        limit: int = PAGE_SIZE,
        offset: int = 0,
        *,
        before_id: int | None = None,
    ) -> list[HistorySummary]:
        """Newest first. Page with `before_id` (the last id seen) rather than a large offset."""
        where, params = _where(flt or HistoryFilter())
        if before_id is not None:
            where += (" AND " if where else " WHERE ") + "id < ?"
            params.append(before_id)
        sql = f"SELECT {_SUMMARY_COLUMNS} FROM sends{where} ORDER BY id DESC LIMIT ? OFFSET ?"
        with self._reading() as conn:
            if conn is None:
                return []
            return [_summary(row) for row in conn.execute(sql, [*params, limit, offset])]

    def count(self, flt: HistoryFilter | None = None) -> int:
        where, params = _where(flt or HistoryFilter())
        with self._reading() as conn:
            if conn is None:
                return 0
            return int(conn.execute(f"SELECT COUNT(*) FROM sends{where}", params).fetchone()[0])

    def get(self, row_id: int) -> HistoryRecord | None:
        with self._reading() as conn:
            if conn is None:
                return None
            found = conn.execute(f"{_FULL_SELECT} WHERE s.id = ?", (row_id,)).fetchone()
            return None if found is None else _record(found)

    def last_for_order(
        self, order_id: str, integration_id: str | None = None
    ) -> HistorySummary | None:
        """The latest attempt for this order (in this integration, when one is given)."""
        # The NOCASE term lets the search index find the rows; the plain one keeps it exact.
        sql = (
            f"SELECT {_SUMMARY_COLUMNS} FROM sends"
            " WHERE order_id = ?1 COLLATE NOCASE AND order_id = ?1"
        )
        params: list[Any] = [order_id]
        if integration_id is not None:
            sql += " AND integration_id = ?2"
            params.append(integration_id)
        sql += " ORDER BY id DESC LIMIT 1"
        with self._reading() as conn:
            if conn is None:
                return None
            found = conn.execute(sql, params).fetchone()
            return None if found is None else _summary(found)

    def profiles(self) -> list[str]:
        """Every profile name that has sends, for the filter."""
        with self._reading() as conn:
            if conn is None:
                return []
            rows = conn.execute(
                "SELECT DISTINCT profile FROM sends WHERE profile IS NOT NULL ORDER BY profile"
            )
            return [row[0] for row in rows]

    def _iter_rows(self, flt: HistoryFilter | None) -> Iterator[sqlite3.Row]:
        where, params = _where(flt or HistoryFilter())
        with self._reading() as conn:
            if conn is None:
                return
            # Oldest first, like a log; one read transaction, so concurrent writes do not
            # tear the export.
            conn.execute("BEGIN")
            try:
                yield from conn.execute(f"{_FULL_SELECT}{where} ORDER BY id ASC", params)
            finally:
                conn.execute("COMMIT")

    def export_csv(self, path: Path, flt: HistoryFilter | None = None) -> int:
        """Write the matching attempts to a CSV file (oldest first); returns the row count."""

        def write(handle: Any) -> int:
            writer = csv.writer(handle)
            writer.writerow(_CSV_COLUMNS)
            count = 0
            for row in self._iter_rows(flt):
                warnings = _loads(row["warnings"])
                values = {name: row[name] for name in _CSV_FROM_ROW}
                values["outcome_unknown"] = "yes" if row["outcome_unknown"] else "no"
                if isinstance(warnings, list):
                    values["warnings"] = " | ".join(map(str, warnings))
                if row["duration_ms"] is not None:
                    values["duration_s"] = row["duration_ms"] / 1000
                writer.writerow([_csv_cell(values.get(name)) for name in _CSV_COLUMNS])
                count += 1
            return count

        with atomic_open(path) as handle:
            return write(handle)

    def export_json(self, path: Path, flt: HistoryFilter | None = None) -> int:
        """Write the matching attempts as a JSON array (oldest first); returns the count."""

        def write(handle: Any) -> int:
            handle.write("[")
            count = 0
            for row in self._iter_rows(flt):
                handle.write(",\n  " if count else "\n  ")
                handle.write(json.dumps(record_to_jsonable(_record(row)), ensure_ascii=False))
                count += 1
            handle.write("\n]\n" if count else "]\n")
            return count

        with atomic_open(path) as handle:
            return write(handle)

    def integrity_check(self) -> str:
        """`ok`, or SQLite's first complaint (tests and the diagnostics use it)."""
        with self._reading() as conn:
            if conn is None:
                return "unavailable"
            return str(conn.execute("PRAGMA integrity_check").fetchone()[0])

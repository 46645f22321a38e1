"""Every send attempt on record: what was sent, where, when, and what Kombo answered.

One SQLite file (`data_dir()/history.sqlite3`, WAL) holds a row per attempt. The request body
is kept as JSON with each attachment's content replaced by its name, type, size, sha256 and
source path (`history_requests`), so a row is small, holds no base64 and never the key, and can
refill the form. An attempt is written before its first byte leaves (`begin_attempt`) and
completed with its outcome (`complete_attempt`); one that never completed is found at the next
start (`recover_interrupted`) and becomes an unknown outcome.

The store is synchronous and thread-agnostic: every thread gets its own connection, and the
UI runs writes on one background thread. It never raises for a disk that fails us: a folder
that is read-only or full, or a database written by a newer Result Desk, leaves the store
*disabled* with a reason the UI shows; a corrupt file is moved aside (never deleted) and a
fresh database takes its place, with a notice. The SQL that completes or recovers an attempt is
in `history_attempts`, the CSV/JSON exports in `history_export`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar, Literal, Self, TypeVar

from app.store.atomic import atomic_open
from app.store.history_attempts import complete, mark_interrupted, queued
from app.store.history_model import (
    INTERRUPTED_MESSAGE,
    HistoryEntry,
    HistoryFilter,
    HistoryProblem,
    HistoryRecord,
    HistorySummary,
    HistoryTooNewError,
    HistoryUnavailableError,
    OutcomeKind,
    now_utc,
)
from app.store.history_outbox import OutboxItem, desk_id, pending
from app.store.history_requests import (
    complete_file_hashes,
    request_from_body,
    request_with_file_refs,
    sanitize_request,
)
from app.store.history_rows import (
    FULL_SELECT,
    SUMMARY_COLUMNS,
    insert_row,
    record_from_row,
    record_to_jsonable,
    row_values,
    summary_from_row,
    where_clause,
)
from app.store.history_schema import (
    MIGRATIONS,
    SCHEMA_VERSION,
    format_time,
    is_corruption,
    is_disk_problem,
    parse_time,
)
from app.store.process_owner import owner_alive, owner_token

# The names other modules import from here (the store's public surface).
__all__ = [
    "BUSY_TIMEOUT_S",
    "DB_FILENAME",
    "INTERRUPTED_MESSAGE",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "HistoryEntry",
    "HistoryFilter",
    "HistoryProblem",
    "HistoryRecord",
    "HistoryStore",
    "HistorySummary",
    "HistoryTooNewError",
    "HistoryUnavailableError",
    "OutboxItem",
    "OutcomeKind",
    "complete_file_hashes",
    "record_to_jsonable",
    "request_from_body",
    "request_with_file_refs",
    "sanitize_request",
]

log = logging.getLogger(__name__)
_T = TypeVar("_T")

DB_FILENAME = "history.sqlite3"
BUSY_TIMEOUT_S = 5.0
# Per connection, in KiB (SQLite's own default): see `_configure`.
PAGE_CACHE_KB = 2000


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
        # SQLite's default 2 MB page cache: 16 MB per connection filled up with the pages
        # each send writes (bodies, team outbox; 11 KB a send), +8.8 MB of RSS over a
        # 1,000-send session (issue 17), and the 50,000-row history window searched no faster
        # with it (tests/perf/history_50k.py: 41 vs 63 ms, 24 vs 32 ms; the OS caches the file).
        conn.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KB}")

    def _prepare(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        existed = self.path.exists() and self.path.stat().st_size > 0
        try:
            self._check_and_migrate(existed)
        except sqlite3.DatabaseError as exc:
            if not (existed and is_corruption(exc)):
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
        stamp = now_utc().strftime("%Y%m%dT%H%M%SZ")
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
            if is_corruption(exc):
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
        rows = [row_values(entry) for entry in entries]

        def write(conn: sqlite3.Connection) -> list[int]:
            return [queued(conn, insert_row(conn, summary, body)) for summary, body in rows]

        return self._transaction(write)

    # --- attempts in flight -------------------------------------------------------------------

    def begin_attempt(self, entry: HistoryEntry, attempt_key: str) -> int:
        """Record an attempt before its first byte leaves: outcome `in_flight` (unknown until
        completed), owned by this process. Committed durably (fsync) before it returns."""
        summary, body = row_values(
            replace(entry, outcome=OutcomeKind.IN_FLIGHT, outcome_unknown=True)
        )
        conn = self._conn()
        # FULL for this one commit: the record must outlive a power cut, not only a crash.
        conn.execute("PRAGMA synchronous = FULL")
        try:
            return self._transaction(
                lambda c: queued(c, insert_row(c, summary, body, attempt_key, owner_token()))
            )
        finally:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("PRAGMA synchronous = NORMAL")

    def complete_attempt(self, attempt_key: str, entry: HistoryEntry) -> int:
        """Give the attempt begun under `attempt_key` its outcome; if it was never begun (the
        history was not writable then, or the send ended before), record it now."""
        summary, body = row_values(entry)
        return self._transaction(lambda conn: complete(conn, attempt_key, summary, body))

    def recover_interrupted(self, alive: Callable[[str], bool] = owner_alive) -> list[int]:
        """At start-up: every attempt whose process is gone becomes `interrupted`, outcome
        unknown (Result Desk stopped during the send). Returns their row ids."""
        with self._reading() as conn:
            if conn is None:
                return []
            rows = conn.execute(
                "SELECT id, in_flight_owner FROM sends WHERE in_flight_owner IS NOT NULL"
            ).fetchall()
        stale = [(int(row[0]), str(row[1])) for row in rows if not alive(str(row[1]))]
        if not stale:
            return []
        recovered = self._transaction(lambda conn: mark_interrupted(conn, stale))
        if recovered:
            log.warning(
                "history: %d attempt(s) interrupted by a stop: %s", len(recovered), recovered
            )
        return recovered

    def delete_older_than(self, days: int) -> int:
        """Retention: delete attempts older than `days` days; returns how many went. Outbox
        entries queued before the cutoff go too (a desk that never joins a team, or stays
        offline longer than its retention, does not keep a queue forever)."""
        if days <= 0:
            return 0
        cutoff = format_time(now_utc() - timedelta(days=days))

        def delete(conn: sqlite3.Connection) -> int:
            conn.execute(
                "DELETE FROM send_bodies WHERE send_id IN (SELECT id FROM sends WHERE sent_at < ?)",
                (cutoff,),
            )
            conn.execute("DELETE FROM team_outbox WHERE queued_at < ?", (cutoff,))
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
            if is_disk_problem(exc) or is_corruption(exc):
                problem = self._unavailable(exc)
                self._disable(problem)
                raise problem from exc
            raise
        return result

    # --- the team outbox -----------------------------------------------------------------------

    def desk_id(self) -> str:
        """This history file's identity on the team server."""
        with self._reading() as conn:
            if conn is None:
                raise self.problem or HistoryUnavailableError("The history is closed.")
            return desk_id(conn)

    def outbox_pending(self, limit: int = 500) -> list[OutboxItem]:
        """The oldest queued revisions, up to `limit` (nothing when the store is disabled)."""
        with self._reading() as conn:
            return [] if conn is None else pending(conn, limit)

    def outbox_count(self) -> int:
        with self._reading() as conn:
            if conn is None:
                return 0
            return int(conn.execute("SELECT COUNT(*) FROM team_outbox").fetchone()[0])

    def outbox_delivered(self, ids: Sequence[int]) -> None:
        """Forget queued revisions the team server has committed."""
        if not ids:
            return
        marks = ",".join("?" * len(ids))
        self._transaction(
            lambda c: c.execute(f"DELETE FROM team_outbox WHERE id IN ({marks})", list(ids))
        )

    # --- reading ------------------------------------------------------------------------------

    def query(
        self,
        flt: HistoryFilter | None = None,
        limit: int = PAGE_SIZE,
        offset: int = 0,
        *,
        before_id: int | None = None,
        by_order: Literal["asc", "desc"] | None = None,
    ) -> list[HistorySummary]:
        """Newest first. Page with `before_id` (the last id seen) rather than a large offset.

        `by_order`: sorted by order ID instead (its index), each order's attempts oldest first
        (asc) or newest first (desc); page with `offset`."""
        where, params = where_clause(flt or HistoryFilter())
        if before_id is not None:
            where += (" AND " if where else " WHERE ") + "id < ?"
            params.append(before_id)
        order = "id DESC"
        if by_order is not None:
            way = "ASC" if by_order == "asc" else "DESC"
            order = f"order_id COLLATE NOCASE {way}, id {way}"
        sql = f"SELECT {SUMMARY_COLUMNS} FROM sends{where} ORDER BY {order} LIMIT ? OFFSET ?"
        with self._reading() as conn:
            if conn is None:
                return []
            return [summary_from_row(row) for row in conn.execute(sql, [*params, limit, offset])]

    def count(self, flt: HistoryFilter | None = None) -> int:
        where, params = where_clause(flt or HistoryFilter())
        with self._reading() as conn:
            if conn is None:
                return 0
            return int(conn.execute(f"SELECT COUNT(*) FROM sends{where}", params).fetchone()[0])

    def get(self, row_id: int) -> HistoryRecord | None:
        with self._reading() as conn:
            if conn is None:
                return None
            found = conn.execute(f"{FULL_SELECT} WHERE s.id = ?", (row_id,)).fetchone()
            return None if found is None else record_from_row(found)

    def last_for_order(
        self, order_id: str, integration_id: str | None = None
    ) -> HistorySummary | None:
        """The latest attempt for this order (in this integration, when one is given)."""
        # The NOCASE term lets the search index find the rows; the plain one keeps it exact.
        sql = (
            f"SELECT {SUMMARY_COLUMNS} FROM sends"
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
            return None if found is None else summary_from_row(found)

    def later_successes(self, row_ids: Sequence[int]) -> dict[int, datetime]:
        """For each of these attempts, when a later attempt wrote the same order (same
        integration) successfully, if one did: what makes an unknown outcome moot."""
        if not row_ids:
            return {}
        marks = ",".join("?" * len(row_ids))
        # The NOCASE term lets the order index find the later rows; the plain one keeps it exact.
        sql = (
            "SELECT u.id, MIN(s.sent_at) FROM sends AS u JOIN sends AS s"
            " ON s.order_id = u.order_id COLLATE NOCASE AND s.order_id = u.order_id"
            " AND s.id > u.id AND s.outcome = 'success'"
            " AND s.integration_id IS u.integration_id"
            f" WHERE u.id IN ({marks}) GROUP BY u.id"
        )
        with self._reading() as conn:
            if conn is None:
                return {}
            return {row[0]: parse_time(row[1]) for row in conn.execute(sql, list(row_ids))}

    def last_written(
        self, order_id: str, integration_id: str | None, since: datetime
    ) -> HistoryRecord | None:
        """The latest successful write of this order in this integration since `since`."""
        sql = (
            "SELECT id FROM sends WHERE order_id = ?1 COLLATE NOCASE AND order_id = ?1"
            " AND integration_id IS ?2 AND outcome = 'success' AND sent_at >= ?3"
            " ORDER BY id DESC LIMIT 1"
        )
        with self._reading() as conn:
            if conn is None:
                return None
            found = conn.execute(sql, (order_id, integration_id, format_time(since))).fetchone()
        return None if found is None else self.get(int(found[0]))

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
        where, params = where_clause(flt or HistoryFilter())
        with self._reading() as conn:
            if conn is None:
                return
            # Oldest first, like a log; one read transaction, so concurrent writes do not
            # tear the export.
            conn.execute("BEGIN")
            try:
                yield from conn.execute(f"{FULL_SELECT}{where} ORDER BY id ASC", params)
            finally:
                conn.execute("COMMIT")

    def export_csv(self, path: Path, flt: HistoryFilter | None = None) -> int:
        """Write the matching attempts to a CSV file (oldest first); returns the row count."""
        from app.store.history_export import write_csv  # csv: on export, not when opening

        with atomic_open(path) as handle:
            return write_csv(handle, self._iter_rows(flt))

    def export_json(self, path: Path, flt: HistoryFilter | None = None) -> int:
        """Write the matching attempts as a JSON array (oldest first); returns the count."""
        from app.store.history_export import write_json

        with atomic_open(path) as handle:
            return write_json(handle, self._iter_rows(flt))

    def integrity_check(self) -> str:
        """`ok`, or SQLite's first complaint (tests and the diagnostics use it)."""
        with self._reading() as conn:
            if conn is None:
                return "unavailable"
            return str(conn.execute("PRAGMA integrity_check").fetchone()[0])

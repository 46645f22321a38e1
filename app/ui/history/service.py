"""The history and the drafts for the UI: every file operation off the Qt thread.

Three background threads, each running its jobs in order: one writes the history (open,
migrate, record, retention, export), one reads it (the list and the details), one writes
drafts. A job's result comes back to the Qt thread through a queued signal, so callbacks may
touch widgets. The stores themselves are plain synchronous objects (`app.store`).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

from app.store.drafts import Draft, DraftError, DraftStore
from app.store.history import (
    HistoryEntry,
    HistoryProblem,
    HistoryRecord,
    HistoryStore,
    complete_file_hashes,
)
from app.ui.common.placeholders import arg

log = logging.getLogger(__name__)
T = TypeVar("T")


class _Relay(QObject):
    """Runs callables on the thread it lives in (the Qt thread), posted from any thread."""

    _posted = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._alive = True
        self._posted.connect(self._run, Qt.ConnectionType.QueuedConnection)
        self.destroyed.connect(self._died)

    def _died(self) -> None:
        self._alive = False

    def post(self, thunk: Callable[[], None]) -> None:
        if not self._alive:
            return
        # The relay may be deleted while the job ran (window closed): drop the result.
        with contextlib.suppress(RuntimeError):
            self._posted.emit(thunk)

    @Slot(object)
    def _run(self, thunk: Callable[[], None]) -> None:
        thunk()


class Worker:
    """One background thread; results and errors are handed back on the Qt thread."""

    def __init__(self, name: str, relay: _Relay) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._relay = relay
        self._closed = False

    def submit(
        self,
        job: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Future[T] | None:
        if self._closed:
            return None

        def run() -> T:
            try:
                result = job()
            except BaseException as exc:
                if on_error is not None:
                    handler, error = on_error, exc
                    self._relay.post(lambda: handler(error))
                else:
                    log.exception("background job failed")
                raise
            if on_done is not None:
                self._relay.post(lambda: on_done(result))
            return result

        return self._pool.submit(run)

    def shutdown(self, wait: bool = True) -> None:
        self._closed = True
        self._pool.shutdown(wait=wait)


class HistoryService(QObject):
    """Owns the history store and the draft store for one window.

    `problem` carries banner text (history disabled, a damaged file moved aside, a drafts
    folder that cannot be written); `recorded` the row id of each attempt written with its
    outcome (an attempt begun before its send only emits `changed`).
    """

    opened = Signal(object)  # HistoryStore, possibly disabled
    problem = Signal(str)
    recorded = Signal(int)
    changed = Signal()  # rows were added or deleted

    def __init__(
        self,
        history_path: Path | None = None,
        drafts: DraftStore | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._history_path = history_path
        self._relay = _Relay(self)
        self._writer = Worker("history-writer", self._relay)
        self._reader = Worker("history-reader", self._relay)
        self._draft_writer = Worker("draft-writer", self._relay)
        self.drafts = drafts or DraftStore()
        self.store: HistoryStore | None = None
        self._open_done = threading.Event()
        self._draft_problem_shown = False

    # --- lifecycle ----------------------------------------------------------------------------

    def start(self, retention_days: int = 0) -> None:
        """Open the history (and apply retention) on the writer thread."""

        def open_store() -> HistoryStore:
            try:
                store = (
                    HistoryStore.open(self._history_path)
                    if self._history_path is not None
                    else HistoryStore.open_default()
                )
                if store.available:
                    # Attempts a stopped Result Desk left in flight: outcome unknown. A failure
                    # sets store.problem, which the banner shows.
                    with contextlib.suppress(HistoryProblem):
                        store.recover_interrupted()
                if store.available and retention_days > 0:
                    try:
                        gone = store.delete_older_than(retention_days)
                        if gone:
                            log.info("history retention: deleted %d sends", gone)
                    except HistoryProblem:
                        pass  # store.problem now says why
                self.store = store
                return store
            finally:
                self._open_done.set()  # readers never wait forever, even after a bug

        def done(store: HistoryStore) -> None:
            for notice in store.notices:
                self.problem.emit(notice)
            if store.problem is not None:
                self.problem.emit(store.problem.message)
            self.opened.emit(store)

        self._writer.submit(open_store, done, self._unexpected)

    def wait_opened(self, timeout: float = 10.0) -> bool:
        """Block until the store is open (tests and the self-check only)."""
        return self._open_done.wait(timeout)

    def close(self) -> None:
        """Finish pending writes (a record must not be lost on quit), then close."""
        self._draft_writer.shutdown(wait=True)
        self._writer.shutdown(wait=True)
        self._reader.shutdown(wait=True)
        if self.store is not None:
            self.store.close()

    def _unexpected(self, exc: BaseException) -> None:
        log.error("history job failed: %s", exc, exc_info=exc)
        self.problem.emit(arg(self.tr("The send history failed: %1"), exc))

    # --- history ------------------------------------------------------------------------------

    def begin_attempt(self, entry: HistoryEntry, attempt_key: str) -> Future[int] | None:
        """Write an attempt before it is sent (on the writer thread, after the store opened);
        the future ends once it is committed (its row id; -1 when the history is not usable)."""

        def write() -> int:
            store = self.store
            if store is None or not store.available:
                return -1
            try:
                return store.begin_attempt(entry, attempt_key)
            except HistoryProblem:
                return -2

        def done(row_id: int) -> None:
            if row_id == -2 and self.store is not None and self.store.problem is not None:
                self.problem.emit(self.store.problem.message)
            elif row_id > 0:
                self.changed.emit()  # `recorded` waits for the outcome

        return self._writer.submit(write, done, self._unexpected)

    def record(self, entry: HistoryEntry, attempt_key: str | None = None) -> None:
        """Write one attempt's outcome in the background (file hashes are completed there too);
        with `attempt_key`, the row begun for it is completed."""

        def write() -> int:
            store = self.store
            if store is None or not store.available:
                return -1
            complete = HistoryEntry(
                **{**_entry_fields(entry), "request": complete_file_hashes(entry.request)}
            )
            try:
                if attempt_key is not None:
                    return store.complete_attempt(attempt_key, complete)
                return store.record(complete)
            except HistoryProblem:
                return -2

        self._writer.submit(write, self._written, self._unexpected)

    def _written(self, row_id: int) -> None:
        if row_id == -2 and self.store is not None and self.store.problem is not None:
            self.problem.emit(self.store.problem.message)
        elif row_id > 0:
            self.recorded.emit(row_id)
            self.changed.emit()

    def write(
        self,
        job: Callable[[HistoryStore], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run `job(store)` on the writer thread (exports, retention)."""

        def run() -> T:
            if self.store is None:
                raise HistoryProblem(self.tr("The send history is not open."))
            return job(self.store)

        self._writer.submit(run, on_done, on_error or self._unexpected)

    def read(
        self,
        job: Callable[[HistoryStore], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run `job(store)` on the reader thread, once the store is open."""

        def run() -> T:
            self._open_done.wait()
            if self.store is None:
                raise HistoryProblem(self.tr("The send history could not be opened."))
            return job(self.store)

        self._reader.submit(run, on_done, on_error or self._unexpected)

    def last_written(
        self, order_id: str, integration_id: str | None, since: datetime
    ) -> HistoryRecord | None:
        """The latest successful write of this order since `since`, on the calling thread:
        two indexed lookups (well under a millisecond with 50,000 sends), fine on the Qt
        thread before a send. None while the history is not open or not usable."""
        store = self.store
        if store is None or not store.available:
            return None
        try:
            return store.last_written(order_id, integration_id, since)
        except Exception:  # a failing disk must not stop a send; the question is a courtesy
            log.exception("looking up the last write of an order failed")
            return None

    # --- drafts -------------------------------------------------------------------------------

    def save_draft(
        self,
        profile: str,
        state: dict[str, Any],
        on_saved: Callable[[Draft], None] | None = None,
    ) -> None:
        def save() -> Draft:
            return self.drafts.save(profile, state)

        self._draft_writer.submit(save, self._draft_saved(on_saved), self._draft_failed)

    def discard_draft(self, profile: str) -> None:
        self._draft_writer.submit(lambda: self.drafts.discard(profile), None, self._draft_failed)

    def load_draft(self, profile: str, on_loaded: Callable[[Draft | None], None]) -> None:
        def load() -> Draft | None:
            return self.drafts.load(profile)

        def done(draft: Draft | None) -> None:
            for notice in self.drafts.notices:
                self.problem.emit(notice)
            self.drafts.notices.clear()
            on_loaded(draft)

        self._draft_writer.submit(load, done, self._draft_failed)

    def flush_drafts(self, timeout: float = 5.0) -> None:
        """Wait until every draft job queued so far is done (on quit)."""
        finished = self._draft_writer.submit(lambda: None)
        if finished is not None:
            finished.result(timeout)

    def _draft_saved(self, on_saved: Callable[[Draft], None] | None) -> Callable[[Draft], None]:
        def done(draft: Draft) -> None:
            self._draft_problem_shown = False
            if on_saved is not None:
                on_saved(draft)

        return done

    def _draft_failed(self, exc: BaseException) -> None:
        if isinstance(exc, DraftError):
            if not self._draft_problem_shown:  # once, not on every keystroke
                self._draft_problem_shown = True
                self.problem.emit(exc.message)
            return
        self._unexpected(exc)


def _entry_fields(entry: HistoryEntry) -> dict[str, Any]:
    from dataclasses import fields

    return {f.name: getattr(entry, f.name) for f in fields(entry)}

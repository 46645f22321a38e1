"""The window's batch work without widgets: read and check a sheet, find an earlier batch of it,
check with Kombo, send (pause, resume, cancel). Everything is `app.batch`'s: the journal, the
shared limiter, the paced sender with its history records, the row checks.

Blocking work (reading the sheet, checking its rows, the journal's SQLite) runs in a worker
thread through `asyncio.to_thread`; the coroutines run on the qasync loop and return there.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.batch.journal import BatchInfo, BatchJournal, RowOutcome
from app.batch.mapping import ColumnMapping, guess_mapping
from app.batch.orders_check import check_orders
from app.batch.pacing import DEFAULT_CONCURRENCY, SharedLimiter
from app.batch.resume import file_sha256, resumed_reason, rows_to_send
from app.batch.rows import RowCheck, check_sheet, zone_from_name
from app.batch.sender import BatchRow, BatchSender, Connection, make_client
from app.batch.sheet import Sheet, read_sheet
from app.kombo.responses import Order
from app.store.history import HistoryStore
from app.store.send_reason import SendReason
from app.ui.common.connection import ConnectionInfo

__all__ = ["BatchSession", "Earlier", "OpenedSheet", "batch_connection", "check_rows", "open_sheet"]


@dataclass
class OpenedSheet:
    sheet: Sheet
    mapping: ColumnMapping
    sha256: str


def open_sheet(path: Path) -> OpenedSheet:
    """Read the sheet and guess its mapping (blocking: run it in a thread)."""
    sheet = read_sheet(path)
    return OpenedSheet(sheet, guess_mapping(sheet.headers), file_sha256(path))


def check_rows(sheet: Sheet, mapping: ColumnMapping) -> tuple[list[str], list[RowCheck]]:
    """The mapping's problems and every row checked (blocking: run it in a thread)."""
    return mapping.issues(sheet.headers), check_sheet(
        sheet, mapping, zone_from_name(mapping.time_zone)
    )


def batch_connection(info: ConnectionInfo) -> Connection:
    return Connection(info.base_url.rstrip("/"), info.integration_id, info.name, info.verify)


@dataclass
class Earlier:
    """What the journal knows of this sheet on this connection."""

    unfinished: BatchInfo | None = None  # a batch to continue
    recovered: int = 0  # rows it left in flight, now unknown
    outcomes: dict[int, RowOutcome] = field(default_factory=dict)
    sent_in_full: BatchInfo | None = None  # the latest batch, every row written


RowDone = Callable[[BatchRow, RowOutcome], None]


class BatchSession:
    def __init__(self, journal: BatchJournal, history: HistoryStore | None) -> None:
        self.journal = journal
        self.history = history
        self.batch_id: str | None = None
        self.sender: BatchSender | None = None
        self.limiter: SharedLimiter | None = None

    @classmethod
    def open_default(cls) -> BatchSession:
        """The journal and the history beside it (blocking: run it in a thread)."""
        history = HistoryStore.open_default()
        return cls(BatchJournal.open_default(), history if history.available else None)

    def close(self) -> None:
        self.journal.close()
        if self.history is not None:
            self.history.close()

    async def find_earlier(self, sha256: str, connection: Connection) -> Earlier:
        """An unfinished batch of this sheet becomes the session's batch (in-flight rows of a
        process that died are unknown from now on); else a finished one is reported."""

        def look() -> Earlier:
            journal = self.journal
            found = journal.unfinished(sha256, connection.base_url, connection.integration_id)
            if found is None:
                latest = journal.latest(sha256, connection.base_url, connection.integration_id)
                outcomes = {}
                if latest is not None:
                    outcomes = {r.row_index: r.outcome for r in journal.rows(latest.id)}
                return Earlier(sent_in_full=latest, outcomes=outcomes)
            recovered = journal.recover(found.id)
            outcomes = {r.row_index: r.outcome for r in journal.rows(found.id)}
            return Earlier(found, recovered, outcomes)

        earlier = await asyncio.to_thread(look)
        self.batch_id = earlier.unfinished.id if earlier.unfinished is not None else None
        return earlier

    async def check_orders(
        self, connection: Connection, key: str, checks: list[RowCheck], mapping: ColumnMapping
    ) -> dict[str, Order]:
        """Look the orders up (pages of IDs); rows Kombo would refuse get a problem."""
        limiter = SharedLimiter(DEFAULT_CONCURRENCY)
        async with make_client(connection, key, limiter) as client:
            return await check_orders(client, checks, mapping)

    async def send(
        self,
        connection: Connection,
        key: str,
        opened: OpenedSheet,
        checks: list[RowCheck],
        on_row: RowDone,
        *,
        resend_unknown: frozenset[int] = frozenset(),
        concurrency: int = DEFAULT_CONCURRENCY,
        on_start: Callable[[int], None] | None = None,
        reason: SendReason | None = None,
    ) -> dict[int, RowOutcome]:
        """Send the rows the journal has not seen written (a new batch of the ready rows if
        none is open); unknown rows only when named in `resend_unknown`. A new batch keeps
        `reason`; a resumed one the reason it started with (as `result-desk batch --resume`)."""
        if self.batch_id is not None:
            reason = await asyncio.to_thread(self._resumed_reason, self.batch_id, reason)
        else:
            ready = [(c.index, c.order_id) for c in checks if c.ready]
            self.batch_id = await asyncio.to_thread(
                self.journal.create,
                sheet_path=str(opened.sheet.path.resolve()),
                sheet_sha256=opened.sha256,
                base_url=connection.base_url,
                integration_id=connection.integration_id,
                profile=connection.profile,
                mapping=opened.mapping.to_json(),
                rows=ready,
                reason=reason,
            )
        by_index = {c.index: c for c in checks}
        send, _rows = await asyncio.to_thread(
            rows_to_send, self.journal, self.batch_id, by_index, resend_unknown
        )
        if on_start is not None:
            on_start(len(send))
        self.limiter = SharedLimiter(concurrency)
        async with make_client(connection, key, self.limiter) as client:
            self.sender = BatchSender(
                client,
                self.limiter,
                self.journal,
                self.batch_id,
                connection,
                history=self.history,
                on_row=on_row,
                reason=reason,
            )
            try:
                return await self.sender.run(send)
            finally:
                self.sender = None

    def _resumed_reason(self, batch_id: str, given: SendReason | None) -> SendReason | None:
        info = self.journal.batch(batch_id)
        return given if info is None else resumed_reason(self.journal, info, given)

    def outcomes(self) -> dict[int, RowOutcome]:
        if self.batch_id is None:
            return {}
        return {r.row_index: r.outcome for r in self.journal.rows(self.batch_id)}

"""Sending a batch: workers take rows in turn, each write paced by the shared limiter.

For each row: the limiter gives a slot, the journal commits `in_flight`, the client writes,
the journal commits the outcome and the attempt goes to the history. A 429 (Kombo refused
before doing anything) and a connection that could not be made put the row back to `pending`
and try it again after the limiter's wait; anything that may have been written (a timeout
after sending, a dropped connection, a 5xx) is `unknown` and never retried here.

The client is built with `NO_RETRY`: its own 429 retry would make each worker wait alone,
where the limiter makes them wait together.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx

from app.batch.journal import BatchJournal, RowOutcome, RowState
from app.batch.pacing import ObservingTransport, SharedLimiter
from app.kombo.client import KomboClient, Timeouts
from app.kombo.errors import (
    AttachmentChangedError,
    KomboApiError,
    KomboInvalidResponse,
    KomboNetworkError,
)
from app.kombo.models import ResultBody
from app.kombo.retry import NO_RETRY
from app.store.history import HistoryEntry, HistoryStore, OutcomeKind, request_from_body
from app.store.send_reason import SendReason

log = logging.getLogger(__name__)

MAX_REFUSALS_PER_ROW = 8  # 429s and refused connections before a row is given up (failed)


@dataclass(frozen=True)
class BatchRow:
    index: int
    order_id: str
    body: ResultBody


@dataclass(frozen=True)
class Connection:
    base_url: str
    integration_id: str | None
    profile: str | None = None
    verify: bool | str = True


RowCallback = Callable[[BatchRow, RowOutcome], None]


def make_client(connection: Connection, api_key: str, limiter: SharedLimiter) -> KomboClient:
    """A client whose answers all pass the limiter, and which never retries on its own."""
    from app.kombo.client import _ssl_context  # the same TLS settings as every other client

    inner = httpx.AsyncHTTPTransport(
        verify=_ssl_context(connection.verify), limits=httpx.Limits(max_keepalive_connections=32)
    )
    return KomboClient(
        connection.base_url,
        api_key,
        connection.integration_id,
        retry=NO_RETRY,
        timeouts=Timeouts(),
        verify=connection.verify,
        transport=ObservingTransport(inner, limiter),
    )


class BatchSender:
    def __init__(
        self,
        client: KomboClient,
        limiter: SharedLimiter,
        journal: BatchJournal,
        batch_id: str,
        connection: Connection,
        *,
        history: HistoryStore | None = None,
        on_row: RowCallback | None = None,
        reason: SendReason | None = None,
    ) -> None:
        self.client = client
        self.limiter = limiter
        self.journal = journal
        self.batch_id = batch_id
        self.connection = connection
        self.history = history
        self.on_row = on_row
        # Who corrects these rows and why: on every row's history record (the store adds the
        # OS user@host itself), as a single send from the form.
        self.reason = reason
        self.outcomes: dict[int, RowOutcome] = {}
        # Pause, resume and stop (the window's buttons): workers finish the row they hold and
        # wait at the gate before taking the next; a stopped sender takes no more rows.
        self._gate = asyncio.Event()
        self._gate.set()
        self._stopped = False

    @property
    def paused(self) -> bool:
        return not self._gate.is_set()

    def pause(self) -> None:
        self._gate.clear()

    def resume(self) -> None:
        self._gate.set()

    def stop(self) -> None:
        """Take no more rows; rows in flight end as they would (nothing becomes unknown)."""
        self._stopped = True
        self._gate.set()

    async def run(self, rows: Sequence[BatchRow]) -> dict[int, RowOutcome]:
        queue: asyncio.Queue[BatchRow] = asyncio.Queue()
        for row in rows:
            queue.put_nowait(row)
        workers = [
            asyncio.create_task(self._worker(queue), name=f"batch-worker-{n}")
            for n in range(min(self.limiter.max_concurrency, max(1, len(rows))))
        ]
        try:
            await asyncio.gather(*workers)
        finally:
            for task in workers:
                task.cancel()
            await asyncio.gather(*workers, return_exceptions=True)
        return self.outcomes

    async def _worker(self, queue: asyncio.Queue[BatchRow]) -> None:
        while True:
            await self._gate.wait()
            if self._stopped:
                return
            try:
                row = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            outcome = await self.send_row(row)
            self.outcomes[row.index] = outcome
            if self.on_row is not None:
                self.on_row(row, outcome)

    async def send_row(self, row: BatchRow) -> RowOutcome:
        refusals = 0
        while True:
            await self.limiter.acquire()
            started = time.monotonic()
            sent_at = datetime.now(UTC)
            try:
                await asyncio.to_thread(self.journal.mark_in_flight, self.batch_id, row.index)
                result = await self.client.put_result(row.order_id, row.body)
            except asyncio.CancelledError:
                # Stopped mid-request: the body may have reached Kombo.
                self.limiter.release()
                self.journal.finish(
                    self.batch_id,
                    row.index,
                    RowOutcome(RowState.UNKNOWN, message="The batch was stopped during the send."),
                )
                raise
            except KomboApiError as error:
                self.limiter.release()
                if error.http_status == 429 and refusals < MAX_REFUSALS_PER_ROW:
                    refusals += 1
                    hint = error.rate_limit.retry_after_seconds
                    self.limiter.refused(error.code, hint)
                    await self._back_to_pending(row, error)
                    continue
                outcome = RowOutcome(
                    RowState.UNKNOWN if error.outcome_unknown else RowState.FAILED,
                    error.http_status,
                    error.code,
                    error.message,
                    error.log_url,
                )
                kind = OutcomeKind.API_ERROR
            except KomboNetworkError as error:
                self.limiter.release()
                refused = not error.outcome_unknown and error.kind == "connect"
                if refused and refusals < MAX_REFUSALS_PER_ROW:
                    refusals += 1
                    await self._back_to_pending(row, error)
                    await asyncio.sleep(min(8.0, 0.5 * 2**refusals))
                    continue
                state = RowState.UNKNOWN if error.outcome_unknown else RowState.FAILED
                outcome = RowOutcome(state, message=error.message, error_code=error.kind)
                kind = OutcomeKind.NETWORK_ERROR
            except KomboInvalidResponse as error:
                self.limiter.release()
                state = RowState.UNKNOWN if error.outcome_unknown else RowState.FAILED
                outcome = RowOutcome(state, error.http_status, message=error.message)
                kind = OutcomeKind.INVALID_RESPONSE
            except AttachmentChangedError as error:
                self.limiter.release()
                outcome = RowOutcome(RowState.FAILED, message=str(error))
                kind = OutcomeKind.ATTACHMENT_CHANGED
            else:
                self.limiter.release()
                warnings = tuple(w.message for w in result.response.warnings)
                outcome = RowOutcome(RowState.WRITTEN, result.http_status, warnings=warnings)
                kind = OutcomeKind.SUCCESS
            await asyncio.to_thread(self.journal.finish, self.batch_id, row.index, outcome)
            await self._record(row, outcome, kind, sent_at, time.monotonic() - started, refusals)
            return outcome

    async def _back_to_pending(self, row: BatchRow, error: Exception) -> None:
        outcome = RowOutcome(RowState.PENDING, message=str(error))
        await asyncio.to_thread(self.journal.finish, self.batch_id, row.index, outcome)

    async def _record(
        self,
        row: BatchRow,
        outcome: RowOutcome,
        kind: OutcomeKind,
        sent_at: datetime,
        duration_s: float,
        retries: int,
    ) -> None:
        if self.history is None or not self.history.available:
            return
        entry = HistoryEntry(
            batch_id=self.batch_id,
            order_id=row.order_id,
            outcome=kind,
            base_url=self.connection.base_url,
            request=request_from_body(row.body, hash_files=False),
            profile=self.connection.profile,
            integration_id=self.connection.integration_id,
            http_status=outcome.http_status,
            warnings=outcome.warnings,
            error_code=outcome.error_code,
            error_message=outcome.message,
            log_url=outcome.log_url,
            outcome_unknown=outcome.state is RowState.UNKNOWN,
            duration_s=duration_s,
            retries=retries,
            sent_at=sent_at,
            operator_name=self.reason.operator_name if self.reason else None,
            reason_note=self.reason.note if self.reason else None,
            reason_ticket=self.reason.ticket if self.reason else None,
        )
        try:
            await asyncio.to_thread(self.history.record, entry)
        except Exception:  # a history that cannot be written must not stop the batch
            log.exception("could not record row %d of batch %s", row.index, self.batch_id)

"""The team history for the desk: a small, QObject-free service on the running asyncio loop.

The window wires it with plain callbacks: `on_status` for the status line, `listen` for
teammates' sends, `wake()` after each local record. Sending results never waits for it; every
failure is a status ("unreachable since 10:42"), and the outbox keeps the records meanwhile.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

import psycopg

from app.store.history import HistoryStore
from app.store.history_model import now_utc
from app.team.connection import AsyncConn, connect, open_checked
from app.team.errors import TeamHistoryError, TeamUnreachableError, describe_connect_error
from app.team.queries import TeamFilter, TeamPage, TeamSend, recent_sends, search
from app.team.replication import BATCH_SIZE, push_outbox
from app.team.schema import NOTIFY_CHANNEL
from app.team.settings import PasswordProvider, TeamSettings

log = logging.getLogger(__name__)
_T = TypeVar("_T")


@dataclass(frozen=True)
class TeamStatus:
    """What the status line says."""

    waiting: int
    unreachable_since: datetime | None = None
    problem: str | None = None

    @property
    def text(self) -> str:
        if self.unreachable_since is not None:
            since = self.unreachable_since.astimezone().strftime("%H:%M")
            text = f"Team history: unreachable since {since}"
            return text + (
                f" — {self.waiting} {_records(self.waiting)} waiting" if self.waiting else ""
            )
        if self.problem is not None:
            return f"Team history: {self.problem}"
        if self.waiting:
            return f"Team history: {self.waiting} {_records(self.waiting)} waiting"
        return "Team history: up to date"


def _records(n: int) -> str:
    return "record" if n == 1 else "records"


class TeamHistory:
    """Replication, status, queries and notifications for one desk's history."""

    def __init__(
        self,
        settings: TeamSettings,
        password: PasswordProvider,
        store: HistoryStore,
        *,
        on_status: Callable[[TeamStatus], None] | None = None,
        batch_size: int = BATCH_SIZE,
    ) -> None:
        self.settings = settings
        self.store = store
        self._password = password
        self._on_status = on_status
        self._batch_size = batch_size
        self._conn: AsyncConn | None = None
        self._lock = asyncio.Lock()
        self._wake = asyncio.Event()
        self._unreachable_since: datetime | None = None
        self._problem: str | None = None

    # --- status -------------------------------------------------------------------------------

    def status(self) -> TeamStatus:
        """The status now (reads the outbox count from SQLite: cheap, any thread)."""
        return TeamStatus(self.store.outbox_count(), self._unreachable_since, self._problem)

    def _report(self, error: TeamHistoryError | None) -> None:
        if error is None:
            self._unreachable_since = None
            self._problem = None
        elif isinstance(error, TeamUnreachableError):
            self._unreachable_since = self._unreachable_since or now_utc()
            self._problem = None
        else:  # wrong password, TLS, schema: not a matter of waiting
            self._unreachable_since = None
            self._problem = error.message
        if self._on_status is not None:
            self._on_status(self.status())

    # --- the connection -----------------------------------------------------------------------

    async def _connection(self) -> AsyncConn:
        if self._conn is not None and not self._conn.closed and not self._conn.broken:
            return self._conn
        self._conn = await open_checked(self.settings, self._password)
        return self._conn

    async def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(psycopg.Error):
                await conn.close()

    async def test(self) -> str:
        """Connect and check the schema (the preferences' "Test"); a line for the person."""
        async with self._lock:
            try:
                conn = await self._connection()
                version = conn.info.server_version
            except TeamHistoryError as error:
                self._report(error)
                raise
            self._report(None)
        major, minor = divmod(version, 10000)
        return f"Connected to PostgreSQL {major}.{minor} at {self.settings.target}."

    # --- replication --------------------------------------------------------------------------

    async def push(self) -> int:
        """Deliver what is queued now; returns how many revisions went. Raises a
        `TeamHistoryError` (and reports it) when the server cannot take them."""
        return await self._on_server(
            lambda conn: push_outbox(self.store, conn, batch_size=self._batch_size)
        )

    async def _on_server(self, work: Callable[[AsyncConn], Awaitable[_T]]) -> _T:
        """Run `work` on the (checked) connection; a kept connection that turns out dead
        (the server restarted) is replaced once. Failures are reported and raised as a
        `TeamHistoryError`."""
        async with self._lock:
            for attempt in (1, 2):
                reused = self._conn is not None
                try:
                    result = await work(await self._connection())
                except TeamHistoryError as error:
                    await self._drop()
                    self._report(error)
                    raise
                except psycopg.Error as exc:
                    await self._drop()
                    if isinstance(exc, psycopg.OperationalError) and reused and attempt == 1:
                        continue
                    failure = describe_connect_error(exc, self.settings.target)
                    self._report(failure)
                    raise failure from exc
                self._report(None)
                return result
        raise AssertionError("unreachable")  # pragma: no cover

    def wake(self) -> None:
        """Push soon (call after recording an attempt)."""
        self._wake.set()

    async def run(self, interval_s: float = 10.0) -> None:
        """Push forever: when woken, else every `interval_s` (retries while unreachable)."""
        while True:
            self._wake.clear()
            with contextlib.suppress(TeamHistoryError):
                await self.push()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), interval_s)

    # --- queries ------------------------------------------------------------------------------

    async def recent_sends(
        self,
        order_id: str,
        hours: float = 24,
        exclude_desk: str | None = None,
        integration_id: str | None = None,
    ) -> list[TeamSend]:
        """Sends to `order_id` in the last `hours` by other desks (by default: all but this
        one). Raises a `TeamHistoryError` when the server cannot answer."""
        desk = exclude_desk if exclude_desk is not None else self.store.desk_id()
        return await self._on_server(
            lambda conn: recent_sends(
                conn, order_id, hours=hours, exclude_desk=desk, integration_id=integration_id
            )
        )

    async def search(self, flt: TeamFilter, page: TeamPage | None = None) -> list[TeamSend]:
        return await self._on_server(lambda conn: search(conn, flt, page))

    # --- notifications ------------------------------------------------------------------------

    async def listen(
        self,
        callback: Callable[[TeamSend], None],
        *,
        order_id: Callable[[], str | None] | None = None,
        reconnect_s: float = 5.0,
        ready: asyncio.Event | None = None,
    ) -> None:
        """Call `callback` with every teammate's send (other desks only) as it is recorded on
        the server; with `order_id`, only sends to the order it names at that moment (the one
        open in the form). Runs until cancelled, reconnecting after `reconnect_s`."""
        own = self.store.desk_id()
        while True:
            try:
                conn = await connect(self.settings, self._password, autocommit=True)
            except TeamHistoryError:
                await asyncio.sleep(reconnect_s)
                continue
            try:
                await conn.execute(f"LISTEN {NOTIFY_CHANNEL}".encode())
                if ready is not None:
                    ready.set()
                async for note in conn.notifies():
                    send = _parse_notification(note.payload)
                    if send is None or send.desk_id == own:
                        continue
                    wanted = order_id() if order_id is not None else None
                    if order_id is None or wanted == send.order_id:
                        callback(send)
            except psycopg.Error as exc:
                log.info("team history: listening stopped (%s); reconnecting", exc)
            finally:
                with contextlib.suppress(psycopg.Error):
                    await conn.close()
            await asyncio.sleep(reconnect_s)

    async def close(self) -> None:
        async with self._lock:
            await self._drop()


def _parse_notification(payload: str) -> TeamSend | None:
    try:
        return TeamSend.from_mapping(json.loads(payload))
    except (ValueError, TypeError, KeyError):
        log.warning("team history: a notification this desk cannot read was ignored")
        return None


@dataclass(frozen=True)
class Delivery:
    """What a push before exit achieved: revisions delivered, still queued, and why not all."""

    delivered: int
    waiting: int
    problem: str | None = None


async def deliver(
    store: HistoryStore,
    settings: TeamSettings,
    password: PasswordProvider,
    timeout_s: float = 10.0,
) -> Delivery:
    """For the command line: push the outbox, waiting up to `timeout_s` (0: do not try)."""
    before = await asyncio.to_thread(store.outbox_count)
    problem: str | None = None
    if before and timeout_s > 0:
        team = TeamHistory(settings, password, store)
        try:
            await asyncio.wait_for(team.push(), timeout_s)
        except TeamHistoryError as exc:
            problem = exc.message
        except TimeoutError:
            problem = f"no answer within {timeout_s:g} s"
        finally:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(team.close(), 2.0)
        if problem is not None:  # the caller says it; the log keeps it
            log.info("team history: not all records delivered before exit (%s)", problem)
    elif before:
        problem = "not tried"
    waiting = await asyncio.to_thread(store.outbox_count)
    return Delivery(max(0, before - waiting), waiting, problem)


async def deliver_before_exit(
    store: HistoryStore,
    settings: TeamSettings,
    password: PasswordProvider,
    timeout_s: float = 10.0,
) -> int:
    """For the command line: push the outbox, waiting up to `timeout_s`; returns how many
    revisions are still queued (delivered at the next start)."""
    return (await deliver(store, settings, password, timeout_s)).waiting

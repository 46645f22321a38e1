"""Pages of `GET /assessment/orders` for the orders panel, loaded on the qasync loop.

The loader is the only part of the panel that talks to Kombo, through a `KomboClient` it builds
from the current connection (and closes when the connection changes). It owns the paging:

- the filters are resent with every cursor, because Kombo does not carry them in it;
- a new query cancels the page in flight. Cancelling the task is not enough on its own, since a
  response can already be parsed when the cancel arrives, so every request also carries the
  generation it belongs to and results of an older generation are dropped;
- packages are read once per connection, beside the first page, so the table can show package
  names; if that read fails the table shows package ids and nothing else is affected;
- rate limits are waited out by the client's retry policy and announced through `retrying`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.applog import register_secret
from app.ui.common.context import ConnectionInfo, KeyProvider
from app.ui.common.placeholders import arg

if TYPE_CHECKING:
    import asyncio  # loaded with the qasync loop, after the first paint

    # httpx (about 60 ms and several MB) loads with the first client, not with the window.
    from app.kombo.client import KomboClient
    from app.kombo.responses import Order, OrdersPage, Package
    from app.kombo.retry import RetryNotice

log = logging.getLogger(__name__)

DEFAULT_PAGE_SIZE = 100
_ID_SEPARATORS = re.compile(r"[\s,;]+")

ClientFactory = Callable[[ConnectionInfo, str], "KomboClient"]


@dataclass(frozen=True)
class OrderFilters:
    """What the server is asked to filter by; an empty field means "any"."""

    statuses: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()
    created_after: datetime | None = None

    def as_params(self) -> dict[str, Any]:
        return {
            "statuses": self.statuses,
            "ids": self.ids,
            "created_after": self.created_after,
        }


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrdersLoader", text)


def parse_order_ids(text: str) -> tuple[str, ...]:
    """Order IDs typed or pasted as a list: commas, semicolons, spaces or new lines between."""
    return tuple(dict.fromkeys(p for p in _ID_SEPARATORS.split(text) if p))


class MissingKeyError(Exception):
    """The connection has no API key to send (none stored, or the keyring is unavailable)."""


@dataclass(frozen=True)
class LoadError:
    """A failed request, worded for the panel and the log."""

    message: str
    code: str | None = None
    log_url: str | None = None
    first_page: bool = True


def describe_error(error: BaseException) -> tuple[str, str | None, str | None]:
    """(message, code, log_url) for a failure of an orders or packages request."""
    # Here, not at import: the Kombo errors (~2 ms of dataclasses) are not needed to paint.
    from app.kombo.errors import KomboApiError, KomboInvalidResponse, KomboNetworkError

    if isinstance(error, KomboApiError):
        text = error.message
        if error.title and error.title not in text:
            joiner = " " if error.title.rstrip()[-1:] in ".!?" else ": "
            text = f"{error.title.rstrip()}{joiner}{text}"
        return text, error.code or f"HTTP {error.http_status}", error.log_url
    if isinstance(error, KomboNetworkError | KomboInvalidResponse | MissingKeyError):
        return str(error), None, None
    if isinstance(error, ValueError):  # a connection the client refuses (bad URL, no ID)
        return str(error), None, None
    text = arg(_tr("Unexpected error: %1"), f"{error.__class__.__name__}: {error}")
    return text, None, None


def _default_client_factory(connection: ConnectionInfo, key: str) -> KomboClient:
    from app.kombo.client import KomboClient

    return KomboClient(
        connection.base_url, key, connection.integration_id, verify=connection.verify
    )


class OrdersLoader(QObject):
    """Runs the orders requests for one connection at a time; see the module docstring.

    Signals:
    - `loading(first_page)` when a request starts;
    - `page_loaded(orders, first_page)` with a `list[Order]`; a first page replaces the rows;
    - `packages_loaded(names)` with `dict[package_id, name]`, once per connection;
    - `failed(LoadError)`; `retry()` repeats the failed request;
    - `retrying(RetryNotice)` before the client waits out a rate limit or a refused connection;
    - `finished()` when the last page of the current query has been loaded.
    """

    loading = Signal(bool)
    page_loaded = Signal(object, bool)
    packages_loaded = Signal(object)
    failed = Signal(object)
    retrying = Signal(object)
    finished = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        client_factory: ClientFactory = _default_client_factory,
    ) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self._client_factory = client_factory
        self._connection: ConnectionInfo | None = None
        self._key_provider: KeyProvider | None = None
        self._client: KomboClient | None = None
        # Made on first use: the panel is built before the qasync loop (and asyncio) starts.
        self._client_lock: asyncio.Lock | None = None
        self._package_names: dict[str, str] | None = None
        self._packages_task: asyncio.Task[None] | None = None
        self._task: asyncio.Task[None] | None = None
        self._generation = 0
        self._filters = OrderFilters()
        self._next_cursor: str | None = None
        self._started = False  # a query has been issued for this connection
        self._at_end = False
        self._last_request_first_page = True

    # --- state ----------------------------------------------------------------------------

    @property
    def connection(self) -> ConnectionInfo | None:
        return self._connection

    @property
    def key_provider(self) -> KeyProvider | None:
        return self._key_provider

    @property
    def filters(self) -> OrderFilters:
        return self._filters

    @property
    def is_loading(self) -> bool:
        return self._task is not None and not self._task.done()

    @property
    def has_more(self) -> bool:
        """A further page exists (its cursor is known)."""
        return self._next_cursor is not None and not self._at_end

    @property
    def at_end(self) -> bool:
        return self._at_end

    @property
    def package_names(self) -> dict[str, str]:
        return dict(self._package_names or {})

    # --- commands -------------------------------------------------------------------------

    def set_connection(
        self, connection: ConnectionInfo | None, key_provider: KeyProvider | None
    ) -> None:
        """Switch to another connection: stops everything in flight and forgets its client."""
        if connection == self._connection and key_provider is self._key_provider:
            return
        self._cancel()
        self._drop_client()
        self._connection = connection
        self._key_provider = key_provider
        self._package_names = None
        self._next_cursor = None
        self._started = False
        self._at_end = False

    def load(self, filters: OrderFilters | None = None) -> None:
        """Start a new query from its first page (the current filters if none are given)."""
        if filters is not None:
            self._filters = filters
        self._cancel()
        self._next_cursor = None
        self._at_end = False
        self._started = True
        self._start(first_page=True, cursor=None)

    def refresh(self) -> None:
        self.load(self._filters)

    def load_more(self) -> bool:
        """Load the next page if there is one and nothing is loading; True if it started."""
        if self.is_loading or not self.has_more:
            return False
        self._start(first_page=False, cursor=self._next_cursor)
        return True

    def retry(self) -> None:
        """Repeat the request that failed last (the first page, or the next one)."""
        if self.is_loading:
            return
        if self._last_request_first_page or not self._started:
            self.load(self._filters)
        else:
            self._start(first_page=False, cursor=self._next_cursor)

    def cancel(self) -> None:
        """Stop the request in flight; its result, should it still arrive, is dropped."""
        self._cancel()

    async def aclose(self) -> None:
        """Cancel everything and close the HTTP client (on shutdown)."""
        self._cancel()
        if self._packages_task is not None:
            self._packages_task.cancel()
            self._packages_task = None
        client, self._client = self._client, None
        if client is not None:
            await client.aclose()

    # --- machinery ------------------------------------------------------------------------

    def _cancel(self) -> None:
        self._generation += 1
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = None

    def _drop_client(self) -> None:
        if self._packages_task is not None:
            self._packages_task.cancel()
            self._packages_task = None
        client, self._client = self._client, None
        if client is not None:
            _spawn(client.aclose())

    def _start(self, *, first_page: bool, cursor: str | None) -> None:
        self._generation += 1
        generation = self._generation
        self._last_request_first_page = first_page
        self.loading.emit(first_page)
        self._task = _spawn(self._fetch(generation, self._filters, cursor, first_page))

    async def _fetch(
        self, generation: int, filters: OrderFilters, cursor: str | None, first_page: bool
    ) -> None:
        import asyncio

        from app.kombo.errors import KomboApiError, KomboError

        try:
            client = await self._ensure_client()
            if self._package_names is None and self._packages_task is None:
                self._packages_task = _spawn(self._load_packages(client))
            page: OrdersPage = await client.list_orders(
                **filters.as_params(),
                page_size=self.page_size,
                cursor=cursor,
                on_retry=lambda notice: self._announce_retry(generation, notice),
            )
        except asyncio.CancelledError:
            raise
        except Exception as error:
            if generation != self._generation:
                return
            if isinstance(error, KomboApiError) and error.http_status == 401:
                self._drop_client()  # the key may be fixed before Retry: read it again then
            if not isinstance(error, KomboError | MissingKeyError | ValueError):
                log.exception("Loading orders failed unexpectedly")
            message, code, log_url = describe_error(error)
            self._task = None
            self.failed.emit(LoadError(message, code, log_url, first_page))
            return
        if generation != self._generation:
            return  # a newer query started while this page was on its way
        self._task = None
        self._next_cursor = page.next or None
        self._at_end = self._next_cursor is None
        orders: list[Order] = list(page.results)
        self.page_loaded.emit(orders, first_page)
        if self._at_end:
            self.finished.emit()

    def _announce_retry(self, generation: int, notice: RetryNotice) -> None:
        if generation == self._generation:
            self.retrying.emit(notice)

    async def _ensure_client(self) -> KomboClient:
        import asyncio

        if self._client_lock is None:
            self._client_lock = asyncio.Lock()
        async with self._client_lock:
            if self._client is not None:
                return self._client
            connection, provider = self._connection, self._key_provider
            if connection is None or provider is None:
                raise MissingKeyError(_tr("No connection is selected."))
            try:
                key = await provider(connection)
            except asyncio.CancelledError:
                raise
            except Exception as error:  # the keyring's messages never hold the key
                log.warning("no key for %s: %s", connection.name, type(error).__name__)
                message = arg(_tr("The API key could not be read: %1"), error)
                raise MissingKeyError(message) from None
            if connection != self._connection:
                raise asyncio.CancelledError  # switched while the keyring answered
            if not key:
                raise MissingKeyError(
                    arg(
                        _tr(
                            "No API key for “%1”. Set KOMBO_API_KEY or store a key for this "
                            "connection."
                        ),
                        connection.name,
                    )
                )
            if connection.key_source != "demo":  # the demo key is public and would mangle logs
                register_secret(key)
            self._client = self._client_factory(connection, key)
            return self._client

    async def _load_packages(self, client: KomboClient) -> None:
        import asyncio

        try:
            packages: Sequence[Package] = await client.get_packages()
        except asyncio.CancelledError:
            raise
        except Exception as error:
            # Names are a nicety: the table shows package ids instead.
            log.info("Package names unavailable: %s", describe_error(error)[0])
            self._package_names = {}
            return
        finally:
            # A cancelled request may end after a newer one started: leave that one known.
            if self._packages_task is asyncio.current_task():
                self._packages_task = None
        if client is not self._client:
            return
        self._package_names = {p.id: p.name for p in packages if p.name}
        self.packages_loaded.emit(dict(self._package_names))


# The loop keeps only weak references to tasks: one nobody holds (a client's aclose after a
# switch) could be collected before it ends.
_running: set[asyncio.Task[None]] = set()


def _spawn(coro: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
    import asyncio

    task = asyncio.ensure_future(coro)
    _running.add(task)
    task.add_done_callback(_running.discard)
    return task

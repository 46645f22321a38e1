"""A local, Kombo-compatible HTTP server for the demo mode and the tests.

Standard library only (`http.server.ThreadingHTTPServer`, HTTP/1.1 keep-alive), one thread per
connection, loopback by default. Endpoints (all under `/v1`, see `tests/contract/`):

- `GET  /check-api-key`
- `GET  /integrations/{integration_id}` (customer, ATS, status and setup status: `integration.py`)
- `GET  /assessment/packages`, `PUT /assessment/packages`
- `GET  /assessment/orders` (`statuses`, `ids`, `created_after`, `page_size` 1..250, `cursor`),
  newest first; a cursor holds the position only, so the filters must be resent
- `GET  /assessment/orders/open` (deprecated shape: items without `status`)
- `PUT  /assessment/orders/{assessment_order_id}/result`, judged by the contract's schema and
  the rules Kombo states in prose, each listed with its source in `result_rules.py`; never by
  the desk's own stricter form models
- `GET  /_sandbox/orders` (IDs with created_at and ATS) and `GET /_sandbox/orders/{id}/result`
  (the last result written, attachments as name, content type, size and sha256)

Authentication is `Authorization: Bearer <api_key>`; `/assessment/*` also needs
`X-Integration-Id`. Every error uses Kombo's envelope with a code from the contract's enum
(missing or wrong key: 401 `PLATFORM.AUTHENTICATION_INVALID`; no `X-Integration-Id`: 400
`PLATFORM.INPUT_INVALID`; an unknown one: 404 `PLATFORM.INTEGRATION_NOT_FOUND`).

Request size limit: a body larger than `max_body_bytes` (64 MiB by default, `--max-body-mb` on
the command line) is answered with HTTP 413 and `PLATFORM.INPUT_INVALID`; the body is drained
first so the client reads that answer instead of a reset connection.
"""

from __future__ import annotations

import contextlib
import secrets
import selectors
import socket
import string
import threading
from collections.abc import Callable
from datetime import datetime
from http.server import ThreadingHTTPServer
from types import TracebackType
from typing import Any

from app.sandbox.answers import RateWindow
from app.sandbox.faults import SandboxFaults
from app.sandbox.handler import RequestHandler
from app.sandbox.integration import IntegrationState
from app.sandbox.limits import SandboxLimits
from app.sandbox.requestlog import LoggedRequest
from app.sandbox.store import OrderStore

DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024
_ID_CHARS = string.ascii_letters + string.digits


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = True  # server_close() joins the handler threads

    def __init__(self, address: tuple[str, int], sandbox: SandboxServer, family: int) -> None:
        self.address_family = family
        self.sandbox = sandbox
        self.active: set[socket.socket] = set()
        self.active_lock = threading.Lock()
        # A socket pair wakes the accept loop at once on stop (no polling interval to wait out).
        self._wake_r, self._wake_w = socket.socketpair()
        super().__init__(address, RequestHandler)

    def serve_until_woken(self) -> None:
        with selectors.DefaultSelector() as selector:
            selector.register(self.socket, selectors.EVENT_READ)
            selector.register(self._wake_r, selectors.EVENT_READ)
            while True:
                for key, _ in selector.select():
                    if key.fileobj is self._wake_r:
                        return
                    self.handle_request()  # readable: accepts without blocking

    def wake(self) -> None:
        self._wake_w.send(b"\0")

    def server_close(self) -> None:
        super().server_close()
        self._wake_r.close()
        self._wake_w.close()

    def process_request(self, request: Any, client_address: Any) -> None:
        with self.active_lock:
            self.active.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self.active_lock:
            self.active.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client vanishing mid-request is normal here (faults, cancelled uploads).
        pass


class SandboxServer:
    """A local Kombo: start it, point a client at `base_url`, stop it.

    ```python
    with SandboxServer() as server:
        client = KomboClient(server.base_url, "sandbox", "sandbox:demo")
        server.faults.rate_limit_next(1, retry_after_ms=200)
    ```
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        api_key: str = "sandbox",
        integration_id: str = "sandbox:demo",
        seed_orders: int = 120,
        seed: int = 7,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        now: datetime | None = None,
    ) -> None:
        if max_body_bytes < 1:
            raise ValueError("max_body_bytes must be positive")
        self.host = host
        self._requested_port = port
        self.api_key = api_key
        self.integration_id = integration_id
        self.max_body_bytes = max_body_bytes
        self.faults = SandboxFaults()
        self.integration = IntegrationState()  # GET /integrations/{id}; settable for tests
        self.limits = SandboxLimits()  # off until set (--rate-limit, ...)
        self.store = OrderStore(seed_orders, seed, now)
        self.request_log: list[LoggedRequest] = []
        self.on_request: Callable[[LoggedRequest], None] | None = None
        self._log_lock = threading.Lock()
        self.rate_window = RateWindow()
        self.stopping = threading.Event()
        self._in_flight = 0
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle -----------------------------------------------------------------------

    def start(self) -> None:
        if self._httpd is not None:
            raise RuntimeError("the sandbox is already running")
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        self.stopping.clear()
        self._httpd = _HTTPServer((self.host, self._requested_port), self, family)
        self._thread = threading.Thread(
            target=self._httpd.serve_until_woken,
            name=f"sandbox-{self.port}",
            daemon=True,
        )
        self._thread.start()

    def stop(self) -> None:
        """Stop accepting, cut open connections (even mid-request) and join every thread."""
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        self.stopping.set()
        httpd.wake()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        with httpd.active_lock:
            active = list(httpd.active)
        for connection in active:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        httpd.server_close()  # joins the handler threads

    def __enter__(self) -> SandboxServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._httpd is not None

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("the sandbox is not running; call start() first")
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/v1"

    # --- for tests and the demo ----------------------------------------------------------

    def written_result(self, order_id: str) -> dict[str, Any] | None:
        """The last result written to the order, as `GET /v1/_sandbox/orders/{id}/result`."""
        return self.store.written_result(order_id)

    def order_ids(self, status: str | None = None) -> list[str]:
        """Order IDs, newest first; only those in `status` when given."""
        return self.store.order_ids(status)

    @property
    def active_requests(self) -> int:
        """Requests being handled right now (read, waited on or answered)."""
        with self._log_lock:
            return self._in_flight

    def logged_requests(self) -> list[LoggedRequest]:
        """A copy of the request log (what GET /v1/_sandbox/requests lists)."""
        with self._log_lock:
            return list(self.request_log)

    def clear_request_log(self) -> None:
        with self._log_lock:
            self.request_log.clear()

    # --- used by the request handler (handler.py) ----------------------------------------

    def track_in_flight(self, delta: int) -> None:
        with self._log_lock:
            self._in_flight += delta

    def record_request(self, entry: LoggedRequest) -> None:
        with self._log_lock:
            self.request_log.append(entry)
        callback = self.on_request
        if callback is not None:
            callback(entry)

    def new_interaction_id(self) -> str:
        """For `log_url`: random, like Kombo's, so two runs never share a log link."""
        return "".join(secrets.choice(_ID_CHARS) for _ in range(24))

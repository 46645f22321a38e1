"""A local, Kombo-compatible HTTP server for the demo mode and the tests.

Standard library only (`http.server.ThreadingHTTPServer`, HTTP/1.1 keep-alive), one thread per
connection, loopback by default. Endpoints (all under `/v1`, see `shared/contract/`):

- `GET  /check-api-key`
- `GET  /assessment/packages`, `PUT /assessment/packages`
- `GET  /assessment/orders` (`statuses`, `ids`, `created_after`, `page_size` 1..250, `cursor`)
- `GET  /assessment/orders/open` (deprecated shape: items without `status`)
- `PUT  /assessment/orders/{assessment_order_id}/result`
- `GET  /_sandbox/orders` and `GET /_sandbox/orders/{id}/result` (what was written; sandbox only)

Authentication is `Authorization: Bearer <api_key>`; `/assessment/*` also needs
`X-Integration-Id`. Every error uses Kombo's envelope with a code from the contract's enum.

Request size limit: a body larger than `max_body_bytes` (64 MiB by default, `--max-body-mb` on
the command line) is answered with HTTP 413 and `PLATFORM.INPUT_INVALID`; the body is drained
first so the client can read that answer instead of a reset connection.

Faults (`SandboxFaults`) are applied in this order: dropped connection (before the body is
read in full), latency, non-JSON page, then, after authentication, 429 and 5xx.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import math
import secrets
import selectors
import socket
import string
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, cast
from urllib.parse import parse_qs, unquote, urlsplit

from app.kombo.models import FileRef, OrderStatus
from app.kombo.timefmt import KOMBO_DATETIME_PATTERN
from app.kombo.validation import FieldIssue, validate_result
from app.sandbox.ats import write_warnings
from app.sandbox.faults import DropFault, FailFault, NonJsonFault, RateLimitFault, SandboxFaults
from app.sandbox.seed import SeedPackage
from app.sandbox.store import InvalidCursor, OrderStore, StatusRuleViolation

DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024
MIB = 1024 * 1024
CHUNK = 64 * 1024
RATE_LIMIT = 300
RATE_WINDOW_S = 60.0
PAGE_SIZE_MAX = 250
PACKAGE_TYPES = (
    "BEHAVIORAL",
    "VIDEO_INTERVIEW",
    "SKILLS_TEST",
    "BACKGROUND_CHECK",
    "REFERENCE_CHECK",
)
LOG_URL = "https://app.kombo.dev/sandbox/logs?interactionId={}"

INPUT_INVALID = "PLATFORM.INPUT_INVALID"
TITLES = {
    "PLATFORM.AUTHENTICATION_INVALID": "The API key is invalid.",
    "PLATFORM.INTEGRATION_NOT_FOUND": "The integration could not be found.",
    INPUT_INVALID: "The input is invalid.",
    "PLATFORM.RATE_LIMIT_EXCEEDED": "Too many requests.",
    "PLATFORM.UNKNOWN_ERROR": "An unknown error occurred.",
}


# --- the request log ---------------------------------------------------------------------


class Headers(Mapping[str, str]):
    """Request headers with case-insensitive lookup, as tests expect from HTTP."""

    def __init__(self, items: list[tuple[str, str]]) -> None:
        self._items = dict(items)
        self._lower = {key.lower(): value for key, value in items}

    def __getitem__(self, key: str) -> str:
        return self._lower[key.lower()]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key.lower() in self._lower

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Headers({self._items!r})"


def _masked(name: str, value: str) -> str:
    if name.lower() != "authorization":
        return value
    scheme, _, _ = value.partition(" ")
    return f"{scheme} ***" if scheme.lower() == "bearer" else "***"


@dataclass
class LoggedRequest:
    """One request as the server saw it. The Authorization value is masked (`Bearer ***`)."""

    method: str
    path: str  # the raw path as sent, percent-encoding intact, without the query
    query: str  # the raw query string
    headers: Headers
    interaction_id: str
    status: int | None = None  # None: the connection closed without an answer
    body_size: int = 0  # body bytes read
    order_id: str | None = None  # decoded order ID on the result routes
    outcome: str = ""  # "answered", "dropped" (fault) or "client disconnected"


# --- routing -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Route:
    name: str
    methods: tuple[str, ...]
    order_id: str | None = None  # decoded once from one raw segment
    needs_integration: bool = False
    sandbox_only: bool = False


def match_route(raw_path: str) -> Route | None:
    """Match the raw (still percent-encoded) path; the order ID is one segment, decoded once."""
    if not raw_path.startswith("/v1/"):
        return None
    parts = raw_path[len("/v1/") :].split("/")
    if parts == ["check-api-key"]:
        return Route("check_api_key", ("GET",))
    if parts == ["assessment", "packages"]:
        return Route("packages", ("GET", "PUT"), needs_integration=True)
    if parts == ["assessment", "orders"]:
        return Route("orders", ("GET",), needs_integration=True)
    if parts == ["assessment", "orders", "open"]:
        return Route("open_orders", ("GET",), needs_integration=True)
    if len(parts) == 4 and parts[:2] == ["assessment", "orders"] and parts[3] == "result":
        return Route("result", ("PUT",), _decode_segment(parts[2]), needs_integration=True)
    if parts == ["_sandbox", "orders"]:
        return Route("sandbox_orders", ("GET",), sandbox_only=True)
    if len(parts) == 4 and parts[:2] == ["_sandbox", "orders"] and parts[3] == "result":
        return Route("sandbox_result", ("GET",), _decode_segment(parts[2]), sandbox_only=True)
    return None


def _decode_segment(segment: str) -> str:
    try:
        return unquote(segment, errors="strict")
    except UnicodeDecodeError:
        return segment  # undecodable: no order has this ID, the lookup answers 404


# --- answers -----------------------------------------------------------------------------


@dataclass
class Answer:
    status: int
    body: bytes
    content_type: str = "application/json; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    close: bool = False


def json_answer(status: int, payload: Any, headers: dict[str, str] | None = None) -> Answer:
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Answer(status, body, headers=dict(headers or {}))


def error_answer(
    status: int,
    code: str | None,
    message: str,
    interaction_id: str,
    *,
    title: str | None = None,
    headers: dict[str, str] | None = None,
) -> Answer:
    envelope = {
        "status": "error",
        "error": {
            "code": code,
            "title": title if title is not None else TITLES.get(code or ""),
            "message": message,
            "log_url": LOG_URL.format(interaction_id),
        },
    }
    return json_answer(status, envelope, headers)


def _html_page(status: int) -> bytes:
    phrase = (
        f"{status} {HTTPStatus(status).phrase}"
        if status in HTTPStatus._value2member_map_
        else str(status)
    )
    return (
        f"<html>\r\n<head><title>{phrase}</title></head>\r\n<body>\r\n<center><h1>{phrase}</h1>"
        "</center>\r\n<hr><center>awselb/2.0</center>\r\n</body>\r\n</html>\r\n"
    ).encode()


class _RateWindow:
    """`ratelimit-*` headers for a fixed 60 s window; informational, never enforced."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._start = time.monotonic()
        self._count = 0

    def headers(self) -> dict[str, str]:
        with self._lock:
            now = time.monotonic()
            if now - self._start >= RATE_WINDOW_S:
                self._start, self._count = now, 0
            self._count += 1
            remaining = max(RATE_LIMIT - self._count, 0)
            reset = max(math.ceil(self._start + RATE_WINDOW_S - now), 1)
        return {
            "ratelimit-limit": str(RATE_LIMIT),
            "ratelimit-remaining": str(remaining),
            "ratelimit-reset": str(reset),
        }


# --- the server --------------------------------------------------------------------------


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
        super().__init__(address, _Handler)

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
        self.store = OrderStore(seed_orders, seed, now)
        self.request_log: list[LoggedRequest] = []
        self.on_request: Callable[[LoggedRequest], None] | None = None
        self._log_lock = threading.Lock()
        self._rate = _RateWindow()
        self._stopping = threading.Event()
        self._in_flight = 0
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle -----------------------------------------------------------------------

    def start(self) -> None:
        if self._httpd is not None:
            raise RuntimeError("the sandbox is already running")
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        self._stopping.clear()
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
        self._stopping.set()
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

    def _track(self, delta: int) -> None:
        with self._log_lock:
            self._in_flight += delta

    def clear_request_log(self) -> None:
        with self._log_lock:
            self.request_log.clear()

    def _record(self, entry: LoggedRequest) -> None:
        with self._log_lock:
            self.request_log.append(entry)
        callback = self.on_request
        if callback is not None:
            callback(entry)

    def _new_interaction_id(self) -> str:
        return "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(24))


class _Disconnected(Exception):
    """The client went away before sending the whole body."""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "KomboSandbox/1.0"
    sys_version = ""
    timeout = 120  # seconds a connection may sit idle or stall mid-body
    disable_nagle_algorithm = True
    server: _HTTPServer

    # --- plumbing ------------------------------------------------------------------------

    def handle_one_request(self) -> None:
        try:
            self.raw_requestline = self.rfile.readline(65537)
            if len(self.raw_requestline) > 65536:
                self.requestline = ""
                self.request_version = self.default_request_version
                self.command = ""
                self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
                return
            if not self.raw_requestline:
                self.close_connection = True
                return
            if not self.parse_request():
                return
            self.sandbox._track(+1)
            try:
                self._dispatch()
            finally:
                self.sandbox._track(-1)
        except (OSError, _Disconnected):
            self.close_connection = True

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # Malformed requests (bad request line, huge headers) still get Kombo's envelope.
        self.close_connection = True
        text = message or HTTPStatus(code).phrase
        answer = error_answer(
            code,
            INPUT_INVALID if code < 500 else "PLATFORM.UNKNOWN_ERROR",
            f"Malformed HTTP request: {text}.",
            self.sandbox._new_interaction_id(),
        )
        answer.close = True
        self._send(answer)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the request log and `on_request` replace stderr logging

    @property
    def sandbox(self) -> SandboxServer:
        return self.server.sandbox

    def _send(self, answer: Answer) -> None:
        if answer.close:
            self.close_connection = True
        headers = {
            **self.sandbox._rate.headers(),
            **answer.headers,
            "Content-Type": answer.content_type,
            "Content-Length": str(len(answer.body)),
            "Date": self.date_time_string(),
            "Server": self.server_version,
        }
        if self.close_connection:
            headers["Connection"] = "close"
        phrase = (
            HTTPStatus(answer.status).phrase
            if answer.status in HTTPStatus._value2member_map_
            else ""
        )
        head = f"HTTP/1.1 {answer.status} {phrase}\r\n" + "".join(
            f"{name}: {value}\r\n" for name, value in headers.items()
        )
        # One write: headers and body together (no Nagle stalls on keep-alive connections).
        self.wfile.write(head.encode("latin-1") + b"\r\n" + answer.body)
        self.wfile.flush()

    def _wait(self, seconds: float) -> None:
        if seconds > 0:
            self.sandbox._stopping.wait(seconds)
        if self.sandbox._stopping.is_set():
            raise _Disconnected

    # --- body ----------------------------------------------------------------------------

    def _body_length(self) -> int | None:
        """Content-Length, or None for a chunked body. Raises ValueError when malformed."""
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return None
        value = self.headers.get("Content-Length")
        if value is None:
            return 0
        length = int(value.strip())
        if length < 0:
            raise ValueError(value)
        return length

    def _read(self, n: int, delay_per_mb: float) -> bytes:
        parts: list[bytes] = []
        left = n
        while left > 0:
            chunk = self.rfile.read(min(CHUNK, left))
            if not chunk:
                raise _Disconnected
            parts.append(chunk)
            left -= len(chunk)
            self._wait(delay_per_mb * len(chunk) / MIB)
        return b"".join(parts)

    def _drain(self, n: int) -> None:
        deadline = time.monotonic() + 30
        while n > 0 and time.monotonic() < deadline:
            chunk = self.rfile.read(min(CHUNK, n))
            if not chunk:
                return
            n -= len(chunk)

    def _read_chunked(self, limit: int, delay_per_mb: float) -> tuple[bytes, bool]:
        """A chunked body; (body, too_large). Over the limit the rest is drained."""
        parts: list[bytes] = []
        size_total = 0
        while True:
            line = self.rfile.readline(1024)
            if not line:
                raise _Disconnected
            size = int(line.split(b";", 1)[0].strip(), 16)
            if size == 0:
                while self.rfile.readline(8192) not in (b"\r\n", b"\n", b""):
                    pass
                return b"".join(parts), size_total > limit
            size_total += size
            if size_total > limit:
                self._drain(size)
            else:
                parts.append(self._read(size, delay_per_mb))
            self.rfile.readline(8)

    # --- the pipeline --------------------------------------------------------------------

    def _dispatch(self) -> None:
        sandbox = self.sandbox
        target = self.path
        if target.startswith(("http://", "https://")):
            split = urlsplit(target)
            target = split.path + (f"?{split.query}" if split.query else "")
        raw_path, _, query = target.partition("?")
        query = query.partition("#")[0]
        entry = LoggedRequest(
            method=self.command,
            path=raw_path,
            query=query,
            headers=Headers([(k, _masked(k, v)) for k, v in self.headers.items()]),
            interaction_id=sandbox._new_interaction_id(),
        )
        route = match_route(raw_path)
        if route is not None:
            entry.order_id = route.order_id
        api_route = route is not None and not route.sandbox_only
        is_write = (
            api_route and route is not None and route.name == "result" and self.command == "PUT"
        )
        is_read = api_route and self.command == "GET"
        faults = sandbox.faults
        delay = faults.read_delay_per_mb
        try:
            length = self._body_length()
        except ValueError:
            self._finish(
                entry, self._error(entry, 400, "The Content-Length header is invalid."), close=True
            )
            return

        if is_write or is_read:
            drop = faults.take(DropFault, is_write=is_write)
            if isinstance(drop, DropFault):
                if length:
                    take = min(drop.after_body_bytes, length)
                    entry.body_size = len(self._read(take, delay)) if take else 0
                entry.outcome = "dropped"
                sandbox._record(entry)
                self.close_connection = True
                with contextlib.suppress(OSError):
                    self.connection.shutdown(socket.SHUT_RDWR)
                return

        try:
            if length is None:
                body, too_large = self._read_chunked(sandbox.max_body_bytes, delay)
            elif length > sandbox.max_body_bytes:
                self._drain(length)
                body, too_large = b"", True
            else:
                body, too_large = self._read(length, delay), False
        except _Disconnected:
            entry.outcome = "client disconnected"
            sandbox._record(entry)
            raise
        except ValueError:
            self._finish(
                entry, self._error(entry, 400, "The chunked body is malformed."), close=True
            )
            return
        entry.body_size = len(body) if not too_large else (length or 0)

        if api_route:
            self._wait(faults.latency)
        if too_large:
            limit_mb = sandbox.max_body_bytes / MIB
            answer = self._error(
                entry,
                413,
                f"The request body is larger than this server's limit of {limit_mb:g} MB "
                f"({sandbox.max_body_bytes} bytes). Send large files as data_url instead of "
                "inline data.",
                title="The request is too large.",
            )
            self._finish(entry, answer, close=True)
            return
        if is_write or is_read:
            non_json = faults.take(NonJsonFault, is_write=is_write)
            if isinstance(non_json, NonJsonFault):
                page = Answer(non_json.status, _html_page(non_json.status), "text/html")
                self._finish(entry, page)
                return
        self._finish(entry, self._route(entry, route, body, is_write, is_read))

    def _finish(self, entry: LoggedRequest, answer: Answer, *, close: bool = False) -> None:
        answer.close = answer.close or close
        entry.status = answer.status
        entry.outcome = "answered"
        # Recorded before sending, so a client that has its answer also finds it in the log.
        self.sandbox._record(entry)
        self._send(answer)

    def _error(
        self,
        entry: LoggedRequest,
        status: int,
        message: str,
        code: str | None = INPUT_INVALID,
        *,
        title: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> Answer:
        return error_answer(
            status, code, message, entry.interaction_id, title=title, headers=headers
        )

    def _route(
        self, entry: LoggedRequest, route: Route | None, body: bytes, is_write: bool, is_read: bool
    ) -> Answer:
        sandbox = self.sandbox
        if route is None:
            return self._error(
                entry,
                404,
                f"There is no endpoint {self.command} {entry.path}. Check the base URL: it ends "
                "in /v1 (for example https://api.kombo.dev/v1).",
                title="The route does not exist.",
            )
        auth_error = self._check_auth(entry)
        if auth_error is not None:
            return auth_error
        if self.command not in route.methods:
            return self._error(
                entry,
                405,
                f"{self.command} is not allowed on {entry.path}; use {' or '.join(route.methods)}.",
                title="The method is not allowed.",
                headers={"Allow": ", ".join(route.methods)},
            )
        if route.needs_integration:
            integration = self.headers.get("X-Integration-Id")
            if integration is None or not integration.strip():
                return self._error(
                    entry,
                    400,
                    "The X-Integration-Id header is required for /assessment endpoints.",
                )
            if integration.strip() != sandbox.integration_id:
                return self._error(
                    entry,
                    404,
                    f"No integration with the ID {integration.strip()!r} exists in this "
                    "environment.",
                    "PLATFORM.INTEGRATION_NOT_FOUND",
                )
        if is_write or is_read:
            limited = sandbox.faults.take(RateLimitFault, is_write=is_write)
            if isinstance(limited, RateLimitFault):
                return self._rate_limited(entry, limited)
            failed = sandbox.faults.take(FailFault, is_write=is_write)
            if isinstance(failed, FailFault):
                return self._error(
                    entry,
                    failed.status,
                    "Something went wrong on Kombo's side (a fault injected by the sandbox).",
                    failed.code,
                    title=TITLES.get(failed.code or "") if failed.code else None,
                )
        handler = getattr(self, f"_handle_{route.name}")
        return cast(Answer, handler(entry, route, body))

    def _check_auth(self, entry: LoggedRequest) -> Answer | None:
        header = self.headers.get("Authorization")
        code = "PLATFORM.AUTHENTICATION_INVALID"
        if header is None:
            return self._error(
                entry,
                401,
                "No API key was sent. Send it as 'Authorization: Bearer <API key>'.",
                code,
            )
        scheme, _, token = header.strip().partition(" ")
        if scheme.lower() != "bearer":
            return self._error(
                entry, 401, "The Authorization header must use the Bearer scheme.", code
            )
        if not hmac.compare_digest(token.strip().encode(), self.sandbox.api_key.encode()):
            return self._error(
                entry,
                401,
                "The API key is invalid. Check that it belongs to this environment.",
                code,
            )
        return None

    def _rate_limited(self, entry: LoggedRequest, fault: RateLimitFault) -> Answer:
        seconds = max(math.ceil(fault.retry_after_ms / 1000), 0)
        headers = {"ratelimit-remaining": "0", "ratelimit-reset": str(seconds)}
        if fault.header == "retry-after-ms":
            headers["retry-after-ms"] = str(fault.retry_after_ms)
        elif fault.header == "Retry-After":
            headers["Retry-After"] = str(seconds)
        return self._error(
            entry,
            429,
            "You have exceeded the rate limit. Wait before sending more requests.",
            "PLATFORM.RATE_LIMIT_EXCEEDED",
            headers=headers,
        )

    # --- endpoints -----------------------------------------------------------------------

    def _handle_check_api_key(self, entry: LoggedRequest, route: Route, body: bytes) -> Answer:
        env = self.sandbox.store.environment_id
        return json_answer(
            200, {"status": "success", "data": {"environment_id": env, "customer_id": env}}
        )

    def _handle_packages(self, entry: LoggedRequest, route: Route, body: bytes) -> Answer:
        store = self.sandbox.store
        if self.command == "GET":
            return json_answer(200, {"status": "success", "data": {"packages": store.packages()}})
        payload, error = _parse_json(body)
        if error is not None:
            return self._error(entry, 400, error)
        packages, problems = _parse_packages(payload)
        if problems:
            return self._error(entry, 400, "The request body is invalid: " + "; ".join(problems))
        store.set_packages(packages)
        return json_answer(200, {"status": "success", "data": {}, "warnings": []})

    def _handle_orders(self, entry: LoggedRequest, route: Route, body: bytes) -> Answer:
        return self._orders_page(entry, open_only=False)

    def _handle_open_orders(self, entry: LoggedRequest, route: Route, body: bytes) -> Answer:
        return self._orders_page(entry, open_only=True)

    def _orders_page(self, entry: LoggedRequest, *, open_only: bool) -> Answer:
        try:
            params = parse_qs(entry.query, keep_blank_values=True, errors="strict")
        except UnicodeDecodeError:
            return self._error(entry, 400, "The query string is not valid UTF-8.")

        def values(name: str) -> list[str]:
            # `a,b` (what the SDKs send, as a%2Cb) and repeated parameters both work.
            return [v.strip() for raw in params.get(name, []) for v in raw.split(",") if v.strip()]

        problems: list[str] = []
        page_size = 100
        if "page_size" in params:
            raw = params["page_size"][-1].strip()
            if not raw.isdigit() or not 1 <= int(raw) <= PAGE_SIZE_MAX:
                problems.append(
                    f"page_size: must be a whole number from 1 to {PAGE_SIZE_MAX} (got {raw!r})."
                )
            else:
                page_size = int(raw)
        statuses: list[str] = ["OPEN"] if open_only else values("statuses")
        known = [s.value for s in OrderStatus]
        unknown = [s for s in statuses if s not in known]
        if unknown:
            problems.append(
                f"statuses: {', '.join(map(repr, unknown))} is not a status; use "
                f"{', '.join(known)}."
            )
        created_after: datetime | None = None
        if not open_only and params.get("created_after"):
            raw = params["created_after"][-1].strip()
            created_after = _parse_created_after(raw)
            if created_after is None:
                problems.append(
                    f"created_after: {raw!r} is not a date-time in the format "
                    "YYYY-MM-DDTHH:mm:ss.sssZ."
                )
        cursor = params.get("cursor", [""])[-1].strip() or None
        if problems:
            return self._error(entry, 400, "Invalid query parameters: " + " ".join(problems))
        try:
            page = self.sandbox.store.page(
                statuses=statuses,
                ids=[] if open_only else values("ids"),
                created_after=created_after,
                page_size=page_size,
                cursor=cursor,
                with_status=not open_only,
            )
        except InvalidCursor:
            return self._error(
                entry,
                400,
                "cursor: the cursor is invalid. Use the `next` value of the previous page as is.",
            )
        return json_answer(
            200, {"status": "success", "data": {"next": page.next_cursor, "results": page.orders}}
        )

    def _handle_result(self, entry: LoggedRequest, route: Route, body: bytes) -> Answer:
        sandbox = self.sandbox
        payload, error = _parse_json(body)
        if error is not None:
            return self._error(entry, 400, error)
        outcome = validate_result(payload)
        issues = list(outcome.errors)
        if outcome.body is not None:
            for index, attachment in enumerate(outcome.body.attachments or []):
                if isinstance(attachment.data, FileRef):
                    issues.append(
                        FieldIssue(
                            ("attachments", index, "data"),
                            "Send the file content as a base64 string.",
                        )
                    )
        if issues or outcome.body is None:
            detail = "; ".join(f"{issue.dotted}: {issue.message.rstrip('.')}" for issue in issues)
            return self._error(entry, 400, f"The request body is invalid. {detail}.")
        order_id = route.order_id or ""
        order = sandbox.store.get(order_id)
        if order is None:
            return self._error(
                entry,
                404,
                f"No assessment order with the ID {order_id!r} exists in the integration "
                f"{sandbox.integration_id}.",
                title="The assessment order could not be found.",
            )
        warnings = write_warnings(outcome.body, order.ats)
        try:
            sandbox.store.write_result(order, outcome.body, cast(dict[str, Any], payload), warnings)
        except StatusRuleViolation as violation:
            current = str(violation)
            return self._error(
                entry,
                400,
                f"The order {order_id!r} is {current}; only OPEN orders can change their status. "
                + (
                    "Results can no longer be written to a rejected order."
                    if current == "REJECTED"
                    else f"Send status {current} to update the result without changing it."
                ),
            )
        return json_answer(
            200,
            {"status": "success", "data": {}, "warnings": [{"message": w} for w in warnings]},
        )

    def _handle_sandbox_orders(self, entry: LoggedRequest, route: Route, body: bytes) -> Answer:
        listing = self.sandbox.store.sandbox_listing()
        return json_answer(200, {"status": "success", "data": {"orders": listing}})

    def _handle_sandbox_result(self, entry: LoggedRequest, route: Route, body: bytes) -> Answer:
        order_id = route.order_id or ""
        if self.sandbox.store.get(order_id) is None:
            return self._error(entry, 404, f"No assessment order with the ID {order_id!r} exists.")
        written = self.sandbox.written_result(order_id)
        if written is None:
            return self._error(
                entry, 404, f"No result has been written to the order {order_id!r} yet."
            )
        return json_answer(200, written)


# --- parsing helpers ---------------------------------------------------------------------


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _parse_json(body: bytes) -> tuple[Any, str | None]:
    if not body.strip():
        return None, "The request body is empty; send a JSON object."
    try:
        return json.loads(body.decode("utf-8"), parse_constant=_reject_constant), None
    except UnicodeDecodeError:
        return None, "The request body is not valid UTF-8."
    except ValueError as exc:
        return None, f"The request body is not valid JSON: {exc}."


def _parse_created_after(raw: str) -> datetime | None:
    if not KOMBO_DATETIME_PATTERN.match(raw):
        return None
    text = raw.removesuffix("Z")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    # No offset can be given (the pattern allows only Z): the value is UTC.
    return parsed.replace(tzinfo=UTC)


def _parse_packages(payload: Any) -> tuple[list[SeedPackage], list[str]]:
    if not isinstance(payload, dict) or not isinstance(payload.get("packages"), list):
        return [], ["packages: This is required and must be a list."]
    problems: list[str] = []
    packages: list[SeedPackage] = []
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    for index, item in enumerate(payload["packages"]):
        if not isinstance(item, dict):
            problems.append(f"packages[{index}]: Expected an object.")
            continue
        for key in ("id", "name", "description", "type"):
            if not isinstance(item.get(key), str):
                problems.append(f"packages[{index}].{key}: This is required.")
        if isinstance(item.get("type"), str) and item["type"] not in PACKAGE_TYPES:
            problems.append(f"packages[{index}].type: Choose one of {', '.join(PACKAGE_TYPES)}.")
        if not problems:
            packages.append(
                SeedPackage(item["id"], item["name"], item["description"], item["type"], now)
            )
    return packages, problems

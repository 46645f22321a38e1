"""One HTTP request through the sandbox: body, faults, authentication, routing; the endpoints
themselves are in `endpoints.py`.

Order of the pipeline (the faults are documented in `SandboxFaults`):
1. a dropped-connection fault reads `after_body_bytes` and closes without answering;
2. the body is read in chunks (slowed by `read_delay_per_mb`), or drained if over the limit;
3. a held write waits (`hold_writes`); latency, then 413 for a body over the limit, then the
   non-JSON page fault;
4. route, authentication, method, `X-Integration-Id`;
5. the 429 and 5xx faults, then the endpoint.
Faults hit API writes (PUT) and, when set with `include_reads`, GETs; never `/_sandbox/*`.
"""

from __future__ import annotations

import contextlib
import hmac
import math
import socket
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import urlsplit

from app.sandbox.answers import (
    INPUT_INVALID,
    TITLES,
    Answer,
    error_answer,
    html_page,
    status_phrase,
)
from app.sandbox.endpoints import ENDPOINTS, refuse
from app.sandbox.faults import DropFault, FailFault, NonJsonFault, RateLimitFault
from app.sandbox.limits import Admission
from app.sandbox.requestlog import Headers, LoggedRequest, masked
from app.sandbox.routes import Route, match_route

if TYPE_CHECKING:
    from app.sandbox.state import SandboxState

MIB = 1024 * 1024
CHUNK = 64 * 1024


class _Disconnected(Exception):
    """The client went away before sending the whole body."""


class RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "KomboSandbox/1.0"
    sys_version = ""
    timeout = 120  # seconds a connection may sit idle or stall mid-body
    disable_nagle_algorithm = True
    _admission: Admission | None = None  # limits.py: this request's headers and slot

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
            self.sandbox.track_in_flight(+1)
            try:
                self._dispatch()
            finally:
                self.sandbox.track_in_flight(-1)
                if self._admission is not None:
                    self._admission.release()
                    self._admission = None
        except (OSError, _Disconnected):
            self.close_connection = True

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # Malformed requests (bad request line, huge headers) still get Kombo's envelope.
        self.close_connection = True
        text = message or status_phrase(code)
        answer = error_answer(
            code,
            INPUT_INVALID if code < 500 else "PLATFORM.UNKNOWN_ERROR",
            f"Malformed HTTP request: {text}.",
            self.sandbox.new_interaction_id(),
        )
        answer.close = True
        self._send(answer)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the request log and `on_request` replace stderr logging

    @property
    def sandbox(self) -> SandboxState:
        # Set by the server that owns this handler (server.py); typed by a Protocol (state.py),
        # so the handler does not import the server that imports it.
        return cast("SandboxState", getattr(self.server, "sandbox"))  # noqa: B009

    def _send(self, answer: Answer) -> None:
        if answer.close:
            self.close_connection = True
        headers = {
            # With --rate-limit, the limit's window (limits.py), never the informational one.
            **(self.sandbox.limits.window_headers() or self.sandbox.rate_window.headers()),
            **(self._admission.headers if self._admission is not None else {}),
            **answer.headers,
            "Content-Type": answer.content_type,
            "Content-Length": str(len(answer.body)),
            "Date": self.date_time_string(),
            "Server": self.server_version,
        }
        if self.close_connection:
            headers["Connection"] = "close"
        head = f"HTTP/1.1 {answer.status} {status_phrase(answer.status)}\r\n" + "".join(
            f"{name}: {value}\r\n" for name, value in headers.items()
        )
        # One write: headers and body together (no Nagle stalls on keep-alive connections).
        payload = b"" if self.command == "HEAD" else answer.body  # HEAD: headers only
        self.wfile.write(head.encode("latin-1") + b"\r\n" + payload)
        self.wfile.flush()

    def _wait(self, seconds: float) -> None:
        if seconds > 0:
            self.sandbox.stopping.wait(seconds)
        if self.sandbox.stopping.is_set():
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

    def _read_chunked(self, limit: int, delay_per_mb: float) -> tuple[bytes, int]:
        """A chunked body and its full size; past `limit` the rest is only drained."""
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
                return b"".join(parts), size_total
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
            headers=Headers([(k, masked(k, v)) for k, v in self.headers.items()]),
            interaction_id=sandbox.new_interaction_id(),
        )
        route = match_route(raw_path)
        if route is not None:
            entry.order_id = route.order_id
        api_route = route is not None and not route.sandbox_only
        # Faults hit writes (PUT) and, when asked, reads; never the _sandbox preview.
        is_write = api_route and self.command == "PUT"
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
                sandbox.record_request(entry)
                self.close_connection = True
                with contextlib.suppress(OSError):
                    self.connection.shutdown(socket.SHUT_RDWR)
                return

        try:
            if length is None:
                body, size = self._read_chunked(sandbox.max_body_bytes, delay)
            elif length > sandbox.max_body_bytes:
                self._drain(length)
                body, size = b"", length
            else:
                body = self._read(length, delay)
                size = len(body)
        except _Disconnected:
            entry.outcome = "client disconnected"
            sandbox.record_request(entry)
            raise
        except ValueError:
            self._finish(
                entry, self._error(entry, 400, "The chunked body is malformed."), close=True
            )
            return
        entry.body_size = size
        too_large = size > sandbox.max_body_bytes

        if is_write:
            faults.wait_while_held(sandbox.stopping)
        if api_route:
            self._wait(faults.latency)
        if too_large:
            limit_mb = sandbox.max_body_bytes / MIB
            answer = self._error(
                entry,
                413,
                f"The request body is larger than this server's limit of {limit_mb:g} MiB "
                f"({sandbox.max_body_bytes} bytes). Send large files as data_url instead of "
                "inline data.",
                title="The request is too large.",
            )
            self._finish(entry, answer, close=True)
            return
        if is_write or is_read:
            non_json = faults.take(NonJsonFault, is_write=is_write)
            if isinstance(non_json, NonJsonFault):
                page = Answer(non_json.status, html_page(non_json.status), "text/html")
                self._finish(entry, page)
                return
        self._finish(entry, self._route(entry, route, body, is_write, is_read))

    def _finish(self, entry: LoggedRequest, answer: Answer, *, close: bool = False) -> None:
        answer.close = answer.close or close
        entry.status = answer.status
        entry.outcome = "answered"
        # Recorded before sending, so a client that has its answer also finds it in the log.
        self.sandbox.record_request(entry)
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
        return refuse(entry, status, message, code, title=title, headers=headers)

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
            refusal = sandbox.integration.refusal()
            if refusal is not None:
                return self._error(entry, 409, refusal[1], refusal[0])
        if sandbox.limits.active and not route.sandbox_only:
            self._admission = admission = sandbox.limits.admit(
                self.headers.get("X-Integration-Id", "").strip(),
                is_write=self.command == "PUT" and route.name == "result",
            )
            if admission.refusal is not None:
                code = admission.refusal.code
                return self._error(
                    entry, 429, admission.refusal.message, code, title=TITLES.get(code)
                )
            self._wait(admission.write_latency)
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
        return ENDPOINTS[route.name](sandbox, entry, route, body)

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

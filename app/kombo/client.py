"""The async Kombo client: the result write and the few reads around it, on httpx.

What it promises the caller:
- an order ID is trimmed and sent as exactly one path segment; `.`, `..` and IDs with control
  characters are refused with `OrderIdError` before anything is sent (`order_ids.py`);
- a write is retried automatically only when it surely did not happen (HTTP 429, or no
  connection could be made), and every wait is announced through `on_retry` first;
- every failure is one of the typed errors in `errors.py`, and a network error says whether
  the request surely never reached Kombo (`outcome_unknown=False`) or might have been written
  (worded in `transport_errors.py`; answers are read in `response_parsing.py`);
- the API key is sent in one header and appears nowhere else: not in reprs, logs or errors.
"""

from __future__ import annotations

import asyncio
import logging
import os
import ssl
import time
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, TypeVar

import httpx
from pydantic import BaseModel

from app._version import __version__
from app.kombo.apikey import clean_key, is_public_key
from app.kombo.body import ProgressCallback, StreamedBody, verify_files
from app.kombo.errors import (
    KomboInvalidResponse,
    KomboNetworkError,
    RateLimitInfo,
    parse_rate_limit,
)
from app.kombo.integration import IntegrationDetails, IntegrationResponse, integration_path
from app.kombo.models import ResultBody
from app.kombo.order_ids import order_path_segment
from app.kombo.response_parsing import RawAnswer, excerpt, parse_answer
from app.kombo.responses import (
    CheckApiKeyData,
    CheckApiKeyResponse,
    OrdersPage,
    OrdersResponse,
    Package,
    PackagesResponse,
    PutResultResponse,
)
from app.kombo.retry import (
    COULD_NOT_CONNECT,
    RATE_LIMITED,
    RetryBudget,
    RetryNotice,
    RetryPolicy,
    server_wait,
)
from app.kombo.timefmt import format_kombo_datetime
from app.kombo.transport_errors import after_start_error, connect_error, is_loopback, plain_reason

__all__ = [
    "USER_AGENT",
    "KomboClient",
    "ProgressCallback",
    "PutResultOutcome",
    "RetryCallback",
    "RetryNotice",
    "RetryPolicy",
    "Timeouts",
    "order_path_segment",
]

log = logging.getLogger(__name__)

USER_AGENT = f"result-desk/{__version__}"
MAX_PAGE_SIZE = 250
# Kombo's answers are small; anything larger is not Kombo and is not read into memory.
MAX_RESPONSE_BYTES = 32 * 1024 * 1024

RetryCallback = Callable[[RetryNotice], None]
Method = Literal["GET", "PUT"]
M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Timeouts:
    """Seconds. Connecting fails fast; sending attachments and Kombo's ATS round trip may not."""

    connect: float = 10.0
    read: float = 120.0
    write: float = 120.0
    pool: float = 10.0

    def to_httpx(self) -> httpx.Timeout:
        return httpx.Timeout(connect=self.connect, read=self.read, write=self.write, pool=self.pool)


@dataclass(frozen=True)
class PutResultOutcome:
    response: PutResultResponse
    http_status: int
    duration_s: float
    attempts: int
    request_bytes: int
    rate_limit: RateLimitInfo


class _Secret:
    """Holds the key so that no repr, vars() dump or debugger view shows it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "<hidden>"

    __str__ = __repr__


def _ssl_context(verify: bool | str) -> bool | ssl.SSLContext:
    if isinstance(verify, bool):
        return verify
    if os.path.isdir(verify):
        return ssl.create_default_context(capath=verify)
    return ssl.create_default_context(cafile=verify)


# --- the client -----------------------------------------------------------------------------


class KomboClient:
    """One connection profile's view of Kombo. Use as `async with KomboClient(...) as kombo:`."""

    def __init__(
        self,
        base_url: str,
        api_key: str,
        integration_id: str | None = None,
        *,
        timeouts: Timeouts = Timeouts(),
        retry: RetryPolicy = RetryPolicy(),  # noqa: B008 - frozen, shared safely
        verify: bool | str = True,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        url = httpx.URL(base_url.strip())
        if url.scheme not in {"http", "https"} or not url.host:
            raise ValueError("The base URL must be an absolute http:// or https:// URL.")
        if url.query or url.fragment:
            raise ValueError("The base URL cannot have a query or a fragment.")
        if url.userinfo:
            # httpx would send them as Basic auth instead of the bearer key, and show them.
            raise ValueError("The base URL cannot contain a user name or password.")
        self._base = url
        self._base_path = url.raw_path.rstrip(b"/")
        self._key = _Secret(clean_key(api_key))
        self.integration_id = integration_id.strip() if integration_id else None
        self.timeouts = timeouts
        self.retry = retry
        self._http = httpx.AsyncClient(
            # A loopback server (the demo sandbox) is never reached through a proxy.
            trust_env=not is_loopback(url.host),
            timeout=timeouts.to_httpx(),
            verify=_ssl_context(verify),
            transport=transport,
            follow_redirects=False,  # a redirected PUT would be a different request
            headers={"Accept": "application/json", "User-Agent": USER_AGENT},
        )

    @property
    def base_url(self) -> str:
        return str(self._base)

    def __repr__(self) -> str:
        return f"KomboClient(base_url={self.base_url!r}, integration_id={self.integration_id!r})"

    async def __aenter__(self) -> KomboClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    # --- public calls -----------------------------------------------------------------------

    async def put_result(
        self,
        order_id: str,
        body: ResultBody,
        *,
        on_progress: ProgressCallback | None = None,
        on_retry: RetryCallback | None = None,
    ) -> PutResultOutcome:
        """Write a result. Raises OrderIdError, or AttachmentChangedError if a file changed,
        before anything is sent."""
        started = time.monotonic()
        url = self._url(b"/assessment/orders/" + order_path_segment(order_id).encode() + b"/result")
        await asyncio.to_thread(verify_files, body)
        answer = await self._call(
            "PUT", url, assessment=True, body=body, on_progress=on_progress, on_retry=on_retry
        )
        response = self._parse(PutResultResponse, answer)
        return PutResultOutcome(
            response=response,
            http_status=answer.status,
            duration_s=time.monotonic() - started,
            attempts=answer.attempts,
            request_bytes=answer.request_bytes,
            rate_limit=parse_rate_limit(answer.headers),
        )

    async def list_orders(
        self,
        *,
        statuses: Sequence[str] = (),
        ids: Sequence[str] = (),
        created_after: datetime | None = None,
        page_size: int = 100,
        cursor: str | None = None,
        on_retry: RetryCallback | None = None,
    ) -> OrdersPage:
        """One page of `GET /assessment/orders`; pass `page.next` as `cursor` for the next."""
        if not 1 <= page_size <= MAX_PAGE_SIZE:
            raise ValueError(f"page_size must be between 1 and {MAX_PAGE_SIZE}.")
        params: dict[str, str] = {"page_size": str(page_size)}
        if statuses:
            params["statuses"] = ",".join(str(s) for s in statuses)
        if ids:
            params["ids"] = ",".join(ids)
        if created_after is not None:
            params["created_after"] = format_kombo_datetime(created_after)
        if cursor:
            params["cursor"] = cursor
        answer = await self._call(
            "GET",
            self._url(b"/assessment/orders"),
            assessment=True,
            params=params,
            on_retry=on_retry,
        )
        return self._parse(OrdersResponse, answer).data

    async def iter_order_pages(
        self,
        *,
        statuses: Sequence[str] = (),
        ids: Sequence[str] = (),
        created_after: datetime | None = None,
        page_size: int = 100,
        on_retry: RetryCallback | None = None,
    ) -> AsyncIterator[OrdersPage]:
        """Every page in turn; the filters are resent with every cursor (they are not in it)."""
        cursor: str | None = None
        seen: set[str] = set()
        while True:
            page = await self.list_orders(
                statuses=statuses,
                ids=ids,
                created_after=created_after,
                page_size=page_size,
                cursor=cursor,
                on_retry=on_retry,
            )
            yield page
            if not page.next:
                return
            if page.next in seen:
                raise KomboInvalidResponse(200, "Kombo returned the same page cursor twice.")
            seen.add(page.next)
            cursor = page.next

    async def check_api_key(self) -> CheckApiKeyData:
        answer = await self._call("GET", self._url(b"/check-api-key"), assessment=False)
        return self._parse(CheckApiKeyResponse, answer).data

    async def get_integration(self, integration_id: str | None = None) -> IntegrationDetails:
        """`GET /integrations/{id}` for `integration_id`, by default this client's own."""
        wanted = self.integration_id if integration_id is None else integration_id
        if not wanted:
            raise ValueError("An integration ID is required to look the integration up.")
        answer = await self._call("GET", self._url(integration_path(wanted)), assessment=False)
        return self._parse(IntegrationResponse, answer).data

    async def get_packages(self) -> list[Package]:
        answer = await self._call("GET", self._url(b"/assessment/packages"), assessment=True)
        return self._parse(PackagesResponse, answer).data.packages

    # --- the request machinery --------------------------------------------------------------

    def _url(self, path: bytes) -> httpx.URL:
        # raw_path is sent as it is: httpx does not decode %2F or collapse dot segments in it.
        return self._base.copy_with(raw_path=self._base_path + path)

    def _headers(self, assessment: bool) -> dict[str, str]:
        headers = {"Authorization": f"Bearer {self._key.reveal()}"}
        if assessment:
            if not self.integration_id:
                raise ValueError("An integration ID is required for assessment calls.")
            headers["X-Integration-Id"] = self.integration_id
        return headers

    async def _call(
        self,
        method: Method,
        url: httpx.URL,
        *,
        assessment: bool,
        params: Mapping[str, str] | None = None,
        body: ResultBody | None = None,
        on_progress: ProgressCallback | None = None,
        on_retry: RetryCallback | None = None,
    ) -> RawAnswer:
        budget = RetryBudget(self.retry)
        while True:
            attempt = budget.start_attempt()
            headers = self._headers(assessment)
            content: StreamedBody | None = None
            if body is not None:
                content = StreamedBody(body, on_progress=on_progress)
                headers["Content-Type"] = "application/json"
                # Explicit, so httpx sends the iterable with Content-Length, not chunked.
                headers["Content-Length"] = str(content.content_length)
            request = self._http.build_request(
                method, url, params=params, headers=headers, content=content
            )
            sent_at = time.monotonic()
            try:
                answer = await self._send_once(request, method)
            except KomboNetworkError as error:
                if error.kind != "connect":
                    raise
                wait = budget.next_wait()
                if wait is None:
                    raise
                await self._wait(on_retry, RetryNotice(attempt + 1, wait, COULD_NOT_CONNECT))
                continue
            log.debug(
                "%s %s -> %d in %.2f s (attempt %d)",
                method,
                url.raw_path.decode(),
                answer.status,
                time.monotonic() - sent_at,
                attempt,
            )
            if answer.status == 429:
                wait = budget.next_wait(server_wait(answer.headers))
                if wait is not None:
                    await self._wait(on_retry, RetryNotice(attempt + 1, wait, RATE_LIMITED))
                    continue
            answer.attempts = attempt
            answer.request_bytes = content.content_length if content is not None else 0
            return answer

    async def _wait(self, on_retry: RetryCallback | None, notice: RetryNotice) -> None:
        log.info(
            "%s; retrying in %.1f s (attempt %d)",
            notice.reason,
            notice.wait_seconds,
            notice.attempt,
        )
        if on_retry is not None:
            try:
                on_retry(notice)
            except Exception:
                log.exception("retry callback failed")
        await asyncio.sleep(notice.wait_seconds)

    async def _send_once(self, request: httpx.Request, method: Method) -> RawAnswer:
        host = request.url.host
        writes = method != "GET"
        try:
            response = await self._http.send(request, stream=True)
        except httpx.ConnectTimeout:
            raise KomboNetworkError(
                f"Could not connect to {host}: no answer within {self.timeouts.connect:g} s. "
                "Nothing was sent.",
                outcome_unknown=False,
                kind="connect",
            ) from None
        except httpx.ConnectError as exc:
            raise connect_error(exc, request.url) from None
        except httpx.ProxyError as exc:
            raise KomboNetworkError(
                f"The proxy could not open a connection to {host} ({plain_reason(exc)}). "
                "Nothing was sent.",
                outcome_unknown=False,
                kind="proxy",
            ) from None
        except httpx.PoolTimeout:
            raise KomboNetworkError(
                "Too many requests were already in progress; this one was not sent.",
                outcome_unknown=False,
                kind="timeout",
            ) from None
        except httpx.TransportError as exc:
            raise self._after_start_error(exc, host, writes) from None
        try:
            raw = await self._read_capped(response)
        except httpx.DecodingError:
            raise KomboInvalidResponse(
                response.status_code,
                "Kombo's answer could not be decoded.",
                content_type=response.headers.get("content-type", ""),
            ) from None
        except httpx.TransportError as exc:
            raise self._after_start_error(exc, host, writes) from None
        finally:
            await response.aclose()
        return RawAnswer(response.status_code, response.reason_phrase, response.headers, raw, 0, 0)

    async def _read_capped(self, response: httpx.Response) -> bytes:
        raw = bytearray()
        async for chunk in response.aiter_bytes():
            raw += chunk
            if len(raw) > MAX_RESPONSE_BYTES:
                raise KomboInvalidResponse(
                    response.status_code,
                    f"The answer was larger than {MAX_RESPONSE_BYTES // (1024 * 1024)} MB; "
                    "this is not Kombo.",
                    self._redact(excerpt(bytes(raw))),
                    response.headers.get("content-type", ""),
                )
        return bytes(raw)

    def _after_start_error(
        self, exc: httpx.TransportError, host: str, writes: bool
    ) -> KomboNetworkError:
        return after_start_error(
            exc, host, writes, write_s=self.timeouts.write, read_s=self.timeouts.read
        )

    def _redact(self, text: str) -> str:
        key = self._key.reveal()
        if is_public_key(key):
            return text  # the sandbox's published key: "sandbox" in its answers stays
        return text.replace(key, "<hidden>") if key in text else text

    def _parse(self, model: type[M], answer: RawAnswer) -> M:
        return parse_answer(model, answer, self._redact)

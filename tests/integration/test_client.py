"""KomboClient against the sandbox over real loopback HTTP (nothing about httpx is mocked).

Every test runs with a distinctive API key and logging at DEBUG; the `kombo` fixture then
checks that the key appears in no log record and no request the sandbox logged, and
`failure()` checks every raised error's str, repr and args.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import socket
import subprocess
import sys
import threading
import time
import tracemalloc
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar, TypeVar
from urllib.parse import parse_qs

import httpx
import pytest

from app._version import __version__
from app.kombo.body import StreamedBody, file_ref_for, render_json_bytes, sha256_file
from app.kombo.client import KomboClient, PutResultOutcome, Timeouts, order_path_segment
from app.kombo.errors import (
    AttachmentChangedError,
    KomboApiError,
    KomboError,
    KomboInvalidResponse,
    KomboNetworkError,
    OrderIdError,
)
from app.kombo.models import FileRef, ResultBody, ResultStatus
from app.kombo.order_ids import trim_order_id
from app.kombo.retry import RetryNotice, RetryPolicy
from app.sandbox import LoggedRequest, SandboxServer

KEY = "sk-live-7Hq2Zx9Wm4Lp8Rt3uVq"
FAST = RetryPolicy(max_attempts=4, base_delay=0.01, max_delay=0.05, max_total=10)
T = TypeVar("T")

# --- harness ---------------------------------------------------------------------------------


@pytest.fixture
def kombo(sandbox: SandboxServer, caplog: pytest.LogCaptureFixture) -> Iterator[SandboxServer]:
    sandbox.api_key = KEY  # read on every request; a key that cannot occur by accident
    caplog.set_level(logging.DEBUG)
    yield sandbox
    assert KEY not in caplog.text
    assert all(KEY not in repr(entry) for entry in sandbox.request_log)


def client_for(server: SandboxServer, **options: Any) -> KomboClient:
    options.setdefault("retry", FAST)
    return KomboClient(server.base_url, KEY, server.integration_id, **options)


def call(server: SandboxServer, action: Callable[[KomboClient], Awaitable[T]], **options: Any) -> T:
    async def run() -> T:
        async with client_for(server, **options) as client:
            return await action(client)

    return asyncio.run(run())


def failure(run: Callable[[], object], secret: str = KEY) -> KomboError:
    """The KomboError that `run` raises, after checking it carries no secret."""
    with pytest.raises(KomboError) as caught:
        run()
    error = caught.value
    for text in (str(error), repr(error), repr(error.args), repr(vars(error))):
        assert secret not in text
    assert error.__cause__ is None  # no httpx exception (with its request) chained on
    return error


def puts(server: SandboxServer) -> list[LoggedRequest]:
    return [entry for entry in server.request_log if entry.method == "PUT"]


def result(**changes: Any) -> ResultBody:
    data: dict[str, Any] = {
        "status": "COMPLETED",
        "result_url": "https://assess.example.com/r/42",
        "completed_at": "2026-04-04T09:30:00Z",
        "score": 87,
        "max_score": 100,
    }
    data.update(changes)
    return ResultBody.model_validate(data)


def file_body(tmp_path: Path, size: int, name: str = "report.pdf") -> ResultBody:
    path = tmp_path / name
    path.write_bytes(os.urandom(size))
    return result(
        attachments=[{"name": name, "data": file_ref_for(path), "content_type": "application/pdf"}]
    )


def open_order(server: SandboxServer) -> str:
    return server.order_ids("OPEN")[0]


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# --- success -----------------------------------------------------------------------------------


def test_success_with_warnings_and_the_headers_kombo_expects(kombo: SandboxServer) -> None:
    order_id = open_order(kombo)
    body = result(
        attributes=[
            {"type": "TEXT", "label": "Role fit", "value": "Excellent"},
            {
                "type": "SUB_RESULT",
                "id": "t1",
                "label": "Logic",
                "status": "COMPLETED",
                "score": {"value": 9, "max": 10},
            },
        ],
        attachments=[
            {"name": "notes.bin", "data": "aGk=", "content_type": "application/octet-stream"}
        ],
        remote_fields={"someats": {"field": "value"}},
    )
    outcome = call(kombo, lambda c: c.put_result(order_id, body))

    assert isinstance(outcome, PutResultOutcome)
    assert outcome.http_status == 200
    assert outcome.attempts == 1
    assert outcome.request_bytes == len(render_json_bytes(body))
    assert outcome.rate_limit.limit is not None
    messages = [w.message for w in outcome.response.warnings]
    assert any("remote_fields.someats" in m for m in messages), messages
    assert any("application/octet-stream" in m for m in messages), messages

    (sent,) = puts(kombo)
    assert sent.path == f"/v1/assessment/orders/{order_id}/result"
    assert sent.headers["Authorization"] == "Bearer ***"  # the sandbox masks it in its log
    assert sent.headers["X-Integration-Id"] == kombo.integration_id
    assert sent.headers["Accept"] == "application/json"
    assert sent.headers["Content-Type"] == "application/json"
    assert sent.headers["User-Agent"] == f"result-desk/{__version__}"
    assert sent.headers["Content-Length"] == str(outcome.request_bytes)
    assert "Transfer-Encoding" not in sent.headers
    assert sent.body_size == outcome.request_bytes
    written = kombo.written_result(order_id)
    assert written is not None
    assert written["attributes"] == body.to_jsonable()["attributes"]
    assert order_id not in kombo.order_ids("OPEN")


def test_reads_check_key_packages_and_send_integration_only_to_assessment(
    kombo: SandboxServer,
) -> None:
    async def reads(client: KomboClient) -> tuple[Any, Any]:
        return await client.check_api_key(), await client.get_packages()

    check, packages = call(kombo, reads)
    assert check.environment_id
    assert packages
    assert all(p.id and p.name for p in packages)
    by_path = {entry.path: entry for entry in kombo.request_log}
    assert "X-Integration-Id" not in by_path["/v1/check-api-key"].headers
    assert by_path["/v1/assessment/packages"].headers["X-Integration-Id"] == kombo.integration_id
    assert all("Content-Type" not in entry.headers for entry in kombo.request_log)


# --- errors Kombo answers ------------------------------------------------------------------


def test_a_wrong_key_is_an_api_error_that_does_not_repeat_it(kombo: SandboxServer) -> None:
    wrong = "sk-wrong-Zq8Yt7Xs6Wr5"

    async def run() -> None:
        async with KomboClient(kombo.base_url, wrong, kombo.integration_id) as client:
            await client.check_api_key()

    error = failure(lambda: asyncio.run(run()), secret=wrong)
    assert isinstance(error, KomboApiError)
    assert (error.http_status, error.code) == (401, "PLATFORM.AUTHENTICATION_INVALID")
    assert error.log_url
    assert error.log_url.startswith("https://")


@pytest.mark.parametrize(
    ("case", "status", "code", "message_part"),
    [
        ("unknown integration", 404, "PLATFORM.INTEGRATION_NOT_FOUND", "sandbox:nope"),
        ("invalid body", 400, "PLATFORM.INPUT_INVALID", "completed_at"),
        ("unknown order", 404, "PLATFORM.INPUT_INVALID", "NoSuchOrder"),
        ("closed order", 400, "PLATFORM.INPUT_INVALID", "only OPEN orders"),
    ],
)
def test_each_error_kombo_answers_is_typed_and_not_retried(
    kombo: SandboxServer, case: str, status: int, code: str, message_part: str
) -> None:
    order_id = open_order(kombo)
    body = result()
    options: dict[str, Any] = {}
    if case == "unknown integration":
        options["integration_id"] = "sandbox:nope"
    elif case == "invalid body":
        # Past the models on purpose, to see the sandbox's own answer.
        body = ResultBody.model_construct(
            status=ResultStatus.COMPLETED, result_url="https://x.io/r"
        )
    elif case == "unknown order":
        order_id = "NoSuchOrder"
    else:
        order_id = kombo.order_ids("COMPLETED")[0]
        body = result(status="CANCELLED")

    async def run() -> None:
        async with KomboClient(
            kombo.base_url, KEY, options.get("integration_id", kombo.integration_id), retry=FAST
        ) as client:
            await client.put_result(order_id, body)

    error = failure(lambda: asyncio.run(run()))
    assert isinstance(error, KomboApiError)
    assert (error.http_status, error.code) == (status, code)
    assert message_part in error.message
    assert error.log_url
    assert not error.outcome_unknown
    assert len(puts(kombo)) == 1


def test_a_5xx_is_reported_as_outcome_unknown_and_not_retried(kombo: SandboxServer) -> None:
    kombo.faults.fail_next(1, status=502, code="REMOTE.SERVICE_UNAVAILABLE")
    notices: list[RetryNotice] = []
    order_id = open_order(kombo)
    error = failure(
        lambda: call(kombo, lambda c: c.put_result(order_id, result(), on_retry=notices.append))
    )
    assert isinstance(error, KomboApiError)
    assert (error.http_status, error.code) == (502, "REMOTE.SERVICE_UNAVAILABLE")
    assert error.outcome_unknown
    assert notices == []
    assert len(puts(kombo)) == 1


def test_a_non_json_503_is_an_invalid_response_with_an_excerpt(kombo: SandboxServer) -> None:
    kombo.faults.non_json_next(1, status=503)
    order_id = open_order(kombo)
    error = failure(lambda: call(kombo, lambda c: c.put_result(order_id, result())))
    assert isinstance(error, KomboInvalidResponse)
    assert error.http_status == 503
    assert error.content_type.startswith("text/html")
    assert "503" in error.body_excerpt
    assert len(error.body_excerpt) <= 301
    assert error.outcome_unknown
    assert len(puts(kombo)) == 1


def test_a_body_over_the_server_limit_gets_its_413_envelope(
    kombo: SandboxServer, tmp_path: Path
) -> None:
    kombo.max_body_bytes = 100_000
    order_id = open_order(kombo)
    error = failure(
        lambda: call(kombo, lambda c: c.put_result(order_id, file_body(tmp_path, 300_000)))
    )
    assert isinstance(error, KomboApiError)
    assert error.http_status == 413
    assert "data_url" in error.message
    assert len(puts(kombo)) == 1


# --- 429 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "wait_ms", "expected"),
    [("retry-after-ms", 250, 0.25), ("Retry-After", 1000, 1.0), ("ratelimit-reset", 1000, 1.0)],
)
def test_a_429_is_retried_after_the_wait_it_asked_for(
    kombo: SandboxServer, header: str, wait_ms: int, expected: float
) -> None:
    kombo.faults.rate_limit_next(1, retry_after_ms=wait_ms, header=header)
    arrivals: list[tuple[int | None, float]] = []
    kombo.on_request = lambda entry: arrivals.append((entry.status, time.monotonic()))
    notices: list[tuple[RetryNotice, float]] = []
    order_id = open_order(kombo)
    # A backoff of 20 s would show if the server's hint were ignored.
    policy = RetryPolicy(base_delay=20, max_delay=20, max_total=60)
    outcome = call(
        kombo,
        lambda c: c.put_result(
            order_id, result(), on_retry=lambda n: notices.append((n, time.monotonic()))
        ),
        retry=policy,
    )

    assert [n for n, _ in notices] == [
        RetryNotice(attempt=2, wait_seconds=expected, reason="rate limited")
    ]
    assert outcome.attempts == 2
    assert [status for status, _ in arrivals] == [429, 200]
    # A lower bound only, so no machine is too slow for it: the notice comes just before the
    # client starts waiting, and the server logs the retry after it arrived. (Not from the
    # 429's log time: the server may log that after the client has read it.)
    waited = arrivals[1][1] - notices[0][1]
    assert waited >= expected - 0.01  # asyncio may run a timer a hair early
    assert kombo.written_result(order_id) is not None


def test_429s_stop_at_the_attempt_limit_and_keep_the_rate_limit_headers(
    kombo: SandboxServer,
) -> None:
    kombo.faults.rate_limit_next(10, retry_after_ms=10)
    notices: list[RetryNotice] = []
    order_id = open_order(kombo)
    policy = RetryPolicy(max_attempts=3, max_total=10)
    error = failure(
        lambda: call(
            kombo, lambda c: c.put_result(order_id, result(), on_retry=notices.append), retry=policy
        )
    )
    assert isinstance(error, KomboApiError)
    assert (error.http_status, error.code) == (429, "PLATFORM.RATE_LIMIT_EXCEEDED")
    assert error.rate_limit.retry_after_seconds == 0.01
    assert error.rate_limit.remaining == 0
    assert [n.attempt for n in notices] == [2, 3]
    assert len(puts(kombo)) == 3
    assert kombo.written_result(order_id) is None


def test_a_429_wait_beyond_the_time_budget_is_not_waited_for(kombo: SandboxServer) -> None:
    kombo.faults.rate_limit_next(1, retry_after_ms=30_000)
    notices: list[RetryNotice] = []
    order_id = open_order(kombo)
    error = failure(
        lambda: call(
            kombo,
            lambda c: c.put_result(order_id, result(), on_retry=notices.append),
            retry=RetryPolicy(max_total=5),
        )
    )
    assert isinstance(error, KomboApiError)
    assert error.http_status == 429
    assert error.rate_limit.retry_after_seconds == 30
    assert notices == []
    assert len(puts(kombo)) == 1


def test_reads_are_retried_on_429_too(kombo: SandboxServer) -> None:
    kombo.faults.rate_limit_next(1, retry_after_ms=20, include_reads=True)
    notices: list[RetryNotice] = []
    page = call(kombo, lambda c: c.list_orders(page_size=5, on_retry=notices.append))
    assert len(page.results) == 5
    assert [n.reason for n in notices] == ["rate limited"]


# --- the network -------------------------------------------------------------------------------


def test_connection_refused_is_retried_then_reported_as_never_sent(tmp_path: Path) -> None:
    notices: list[RetryNotice] = []

    async def run() -> None:
        url = f"http://127.0.0.1:{closed_port()}/v1"
        async with KomboClient(url, KEY, "sandbox:demo", retry=FAST) as client:
            await client.put_result("abc", file_body(tmp_path, 1000), on_retry=notices.append)

    error = failure(lambda: asyncio.run(run()))
    assert isinstance(error, KomboNetworkError)
    assert error.outcome_unknown is False
    assert error.kind == "connect"
    assert "refused" in error.message
    assert [n.attempt for n in notices] == [2, 3, 4]
    assert {n.reason for n in notices} == {"could not connect"}
    assert all(0 <= n.wait_seconds <= FAST.max_delay for n in notices)


def test_a_connection_dropped_mid_upload_is_outcome_unknown_and_not_retried(
    kombo: SandboxServer, tmp_path: Path
) -> None:
    kombo.faults.drop_next(1, after_body_bytes=64 * 1024)
    notices: list[RetryNotice] = []
    order_id = open_order(kombo)
    body = file_body(tmp_path, 2_000_000)
    error = failure(
        lambda: call(kombo, lambda c: c.put_result(order_id, body, on_retry=notices.append))
    )
    assert isinstance(error, KomboNetworkError)
    assert error.outcome_unknown is True
    assert error.kind == "dropped"
    assert "check the order" in error.message
    assert notices == []
    (attempt,) = puts(kombo)  # one attempt, never repeated
    assert attempt.outcome == "dropped"
    assert kombo.written_result(order_id) is None


def test_a_read_timeout_is_outcome_unknown_and_not_retried(kombo: SandboxServer) -> None:
    kombo.faults.latency = 5.0
    order_id = open_order(kombo)
    error = failure(
        lambda: call(kombo, lambda c: c.put_result(order_id, result()), timeouts=Timeouts(read=0.3))
    )
    assert isinstance(error, KomboNetworkError)
    assert (error.kind, error.outcome_unknown) == ("timeout", True)
    assert "0.3 s" in error.message
    # The sandbox is still holding the one request (it logs a request once answered); a retry
    # would be a second one.
    assert kombo.active_requests == 1
    assert puts(kombo) == []


def test_https_to_a_plain_http_port_is_a_tls_error_never_sent(kombo: SandboxServer) -> None:
    notices: list[RetryNotice] = []

    async def run() -> None:
        url = kombo.base_url.replace("http://", "https://")
        async with KomboClient(url, KEY, kombo.integration_id, retry=FAST) as client:
            await client.put_result(open_order(kombo), result(), on_retry=notices.append)

    error = failure(lambda: asyncio.run(run()))
    assert isinstance(error, KomboNetworkError)
    assert (error.kind, error.outcome_unknown) == ("tls", False)
    assert "http://" in error.message
    assert notices == []
    assert puts(kombo) == []


def test_an_unreachable_proxy_is_named_as_the_cause(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{closed_port()}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)

    async def run() -> None:
        async with KomboClient("http://kombo.invalid/v1", KEY, retry=FAST) as client:
            await client.check_api_key()

    error = failure(lambda: asyncio.run(run()))
    assert isinstance(error, KomboNetworkError)
    assert (error.kind, error.outcome_unknown) == ("proxy", False)
    assert "proxy" in error.message


def test_loopback_ignores_proxy_settings(
    kombo: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{closed_port()}")
    assert call(kombo, lambda c: c.check_api_key()).environment_id


def test_cancelling_a_send_propagates_and_leaves_the_body_incomplete(
    kombo: SandboxServer, tmp_path: Path
) -> None:
    """Cancelled mid-upload: CancelledError reaches the caller, the body stops short of its
    Content-Length (so no server can apply it), and nothing is written."""
    kombo.faults.read_delay_per_mb = 2.0  # a slow upload; larger than the socket buffers
    order_id = open_order(kombo)
    body = file_body(tmp_path, 16 * 1024 * 1024)
    progress: list[int] = []

    async def run() -> None:
        async with client_for(kombo) as client:
            started = asyncio.Event()

            def on_progress(sent: int, _total: int) -> None:
                progress.append(sent)
                if sent > 1024 * 1024:
                    started.set()

            task = asyncio.create_task(client.put_result(order_id, body, on_progress=on_progress))
            await started.wait()
            task.cancel()
            await task

    with pytest.raises(asyncio.CancelledError):
        asyncio.run(run())
    assert 1024 * 1024 < progress[-1] < StreamedBody(body).content_length
    kombo.stop()  # ends the handler still reading what was sent, before looking
    assert [entry.status for entry in puts(kombo) if entry.status is not None] == []
    assert kombo.written_result(order_id) is None
    assert order_id in kombo.order_ids("OPEN")


def test_a_file_changed_before_sending_is_refused_before_any_request(
    kombo: SandboxServer, tmp_path: Path
) -> None:
    body = file_body(tmp_path, 5000)
    ref = body.file_attachments[0][1]
    Path(ref.path).write_bytes(b"something else entirely")
    with pytest.raises(AttachmentChangedError) as caught:
        call(kombo, lambda c: c.put_result(open_order(kombo), body))
    assert caught.value.path == ref.path
    assert kombo.request_log == []


# --- pages and paths ---------------------------------------------------------------------------


def test_pagination_resends_the_filters_with_every_cursor(kombo: SandboxServer) -> None:
    statuses = ["OPEN", "CANCELLED"]
    since = datetime(2000, 1, 1, tzinfo=UTC)

    async def all_pages(client: KomboClient) -> list[Any]:
        return [
            page
            async for page in client.iter_order_pages(
                statuses=statuses, created_after=since, page_size=7
            )
        ]

    pages = call(kombo, all_pages)
    ids = [order.id for page in pages for order in page.results]
    expected = set(kombo.order_ids("OPEN")) | set(kombo.order_ids("CANCELLED"))
    assert len(ids) == len(set(ids)) == len(expected)
    assert set(ids) == expected
    assert {order.status for page in pages for order in page.results} == set(statuses)
    assert len(pages) == -(-len(expected) // 7)
    assert pages[-1].next is None

    requests = [e for e in kombo.request_log if e.path == "/v1/assessment/orders"]
    assert len(requests) == len(pages)
    for index, entry in enumerate(requests):
        query = parse_qs(entry.query)
        assert query["statuses"] == ["OPEN,CANCELLED"]
        assert query["created_after"] == ["2000-01-01T00:00:00.000Z"]
        assert query["page_size"] == ["7"]
        assert ("cursor" in query) == (index > 0)
        if index:
            assert query["cursor"] == [pages[index - 1].next]


def test_orders_can_be_fetched_by_id_and_page_size_is_bounded(kombo: SandboxServer) -> None:
    wanted = kombo.order_ids()[:2]
    page = call(kombo, lambda c: c.list_orders(ids=wanted))
    assert sorted(o.id for o in page.results) == sorted(wanted)
    with pytest.raises(ValueError, match="250"):
        call(kombo, lambda c: c.list_orders(page_size=251))
    assert len(kombo.request_log) == 1


ESCAPES = [
    "../x",
    "a/b",
    "?x=1",
    "#f",
    "%2F",
    "%2e%2e",
    "with space",
    "ünï/cødé ✓",
    "...",
    ".a",
    "x/../../check-api-key",
    "a?b#c/../d",
    "nbsp\u00a0and\u2003inside",
    "ctrl-like \u0085 \u200b",  # C1 and zero-width: not C0/DEL, so sent (encoded)
]


@pytest.mark.parametrize("order_id", ESCAPES)
def test_order_ids_reach_the_server_as_one_path_segment(
    kombo: SandboxServer, order_id: str
) -> None:
    error = failure(lambda: call(kombo, lambda c: c.put_result(order_id, result())))
    assert isinstance(error, KomboApiError)
    assert error.http_status == 404
    assert error.title == "The assessment order could not be found."  # not "route"
    (entry,) = puts(kombo)
    assert entry.path == f"/v1/assessment/orders/{order_path_segment(order_id)}/result"
    assert entry.query == ""
    assert entry.order_id == order_id  # decoded once, on the result route


def test_an_id_that_names_a_real_order_through_dots_writes_nothing(kombo: SandboxServer) -> None:
    real = open_order(kombo)
    failure(lambda: call(kombo, lambda c: c.put_result(f"x/../{real}", result())))
    assert kombo.written_result(real) is None
    assert real in kombo.order_ids("OPEN")
    with pytest.raises(ValueError, match="order ID"):
        call(kombo, lambda c: c.put_result("  ", result()))


REFUSED_IDS = {
    ".": "not a name",
    "..": "not a name",
    " .. ": "not a name",  # trimmed first, like the form does
    "a\rb": "carriage return (U+000D)",
    "a\nb": "line feed (U+000A)",
    "abc\n": "line feed (U+000A)",  # a pasted line end is said, not silently dropped
    "a\x00b": "NUL (U+0000)",
    "\tabc": "tab (U+0009)",
    "a\x1bb": "control character (U+001B)",
    "a\x7fb": "DEL (U+007F)",
    "": "Enter the order ID.",
    " \u00a0 ": "Enter the order ID.",
}


@pytest.mark.parametrize(("order_id", "said"), REFUSED_IDS.items())
def test_dot_segments_and_control_characters_are_refused_before_anything_is_sent(
    kombo: SandboxServer, order_id: str, said: str
) -> None:
    real = open_order(kombo)
    error = failure(lambda: call(kombo, lambda c: c.put_result(order_id, result())))
    assert isinstance(error, OrderIdError)
    assert said in str(error)
    assert kombo.request_log == []  # nothing reached the server, not even a probe
    assert real in kombo.order_ids("OPEN")
    with pytest.raises(OrderIdError):
        order_path_segment(order_id)


def test_surrounding_spaces_are_trimmed_as_the_form_trims_them(kombo: SandboxServer) -> None:
    real = open_order(kombo)
    call(kombo, lambda c: c.put_result(f" \u00a0{real}  ", result()))
    (entry,) = puts(kombo)
    assert entry.path == f"/v1/assessment/orders/{real}/result"
    assert kombo.written_result(real) is not None
    assert trim_order_id(f" \u00a0{real}  ") == real


# --- the key -----------------------------------------------------------------------------------


def test_the_key_is_in_no_repr_and_no_validation_message() -> None:
    client = KomboClient("https://api.kombo.dev/v1", f"Bearer {KEY}", "sandbox:demo")
    try:
        assert KEY not in repr(client)
        assert KEY not in repr(vars(client))
        assert KEY not in str(client)
        assert "api.kombo.dev" in repr(client)
    finally:
        asyncio.run(client.aclose())
    for bad in (f"{KEY}\nX-Evil: 1", f"{KEY} ünï"):
        with pytest.raises(ValueError, match="API key") as caught:
            KomboClient("https://api.kombo.dev/v1", bad)
        assert KEY not in str(caught.value)
    with pytest.raises(ValueError, match="base URL"):
        KomboClient("api.kombo.dev/v1", KEY)


def test_a_pasted_bearer_prefix_is_not_sent_twice(kombo: SandboxServer) -> None:
    async def run() -> Any:
        async with KomboClient(kombo.base_url, f"  Bearer {KEY}\n") as client:
            return await client.check_api_key()

    assert asyncio.run(run()).environment_id


# --- answers the sandbox does not give: a small real server that misbehaves -----------------


class _OddHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    answers: ClassVar[dict[str, tuple[int, dict[str, str], bytes]]] = {}

    def do_GET(self) -> None:
        status, headers, body = self.answers[self.path.split("?")[0]]
        self.send_response(status)
        for name, value in {**headers, "Content-Length": str(len(body))}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_PUT(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        _OddHandler.puts.append(self.path)
        self.do_GET()

    puts: ClassVar[list[str]] = []

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def odd_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _OddHandler)
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()


JSON = {"Content-Type": "application/json"}


@pytest.mark.parametrize(
    ("answer", "message_part"),
    [
        ((200, {"Content-Type": "text/plain"}, b"OK"), "not with JSON"),
        ((200, JSON, b'{"status": "success", "data": {"env": 1}}'), "data.environment_id"),
        ((200, JSON, b"[" * 100_000), "not with JSON"),
        ((400, JSON, b'{"detail": "bad"}'), "unexpected JSON"),
        ((302, {"Location": "https://elsewhere.example/"}, b""), "HTTP 302"),
        ((301, {"Content-Type": "text/html"}, b"<a>moved</a>"), "redirect without saying"),
        (
            (502, {"Content-Type": "text/html"}, f"<h1>Bad gateway</h1> Bearer {KEY}".encode()),
            "HTTP 502",
        ),
    ],
)
def test_answers_that_are_not_kombo_are_invalid_responses(
    odd_server: str,
    caplog: pytest.LogCaptureFixture,
    answer: tuple[int, dict[str, str], bytes],
    message_part: str,
) -> None:
    caplog.set_level(logging.DEBUG)
    _OddHandler.answers = {"/v1/check-api-key": answer}

    async def run() -> None:
        async with KomboClient(odd_server, KEY, retry=FAST) as client:
            await client.check_api_key()

    error = failure(lambda: asyncio.run(run()))
    assert isinstance(error, KomboInvalidResponse)
    assert error.http_status == answer[0]
    assert message_part in error.message
    assert KEY not in error.body_excerpt  # an echoed key is blanked out
    assert KEY not in caplog.text


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_is_said_as_such_and_not_followed(odd_server: str, status: int) -> None:
    """A wrong base URL (http for https, a moved path) answers with a redirect: the PUT is not
    repeated elsewhere and the message says redirect, not "not Kombo's JSON"."""
    elsewhere = odd_server.replace("/v1", "/moved/v1")
    target = "/v1/assessment/orders/ORDER-1/result"
    _OddHandler.puts = []
    _OddHandler.answers = {
        target: (status, {"Location": f"{elsewhere}/assessment/orders/ORDER-1/result"}, b""),
        "/moved" + target: (200, JSON, b'{"status": "success", "data": {}, "warnings": []}'),
    }

    async def run() -> None:
        async with KomboClient(odd_server, KEY, "sandbox:demo", retry=FAST) as client:
            await client.put_result("ORDER-1", result())

    error = failure(lambda: asyncio.run(run()))
    assert isinstance(error, KomboInvalidResponse)
    assert error.http_status == status
    assert error.message.startswith(
        f"Kombo answered with a redirect to {elsewhere}/assessment/orders/ORDER-1/result"
        " — not followed"
    )
    assert "not Kombo's JSON" not in error.message
    assert not error.outcome_unknown
    assert _OddHandler.puts == [target]  # once, and never to the Location


def test_an_error_envelope_with_an_unknown_code_keeps_it(odd_server: str) -> None:
    envelope = {
        "status": "error",
        "error": {
            "code": "PLATFORM.BRAND_NEW",
            "title": None,
            "message": "Something new",
            "log_url": None,
        },
    }
    _OddHandler.answers = {"/v1/check-api-key": (409, JSON, json.dumps(envelope).encode())}

    async def run() -> None:
        async with KomboClient(odd_server, KEY) as client:
            await client.check_api_key()

    error = failure(lambda: asyncio.run(run()))
    assert isinstance(error, KomboApiError)
    assert (error.http_status, error.code, error.message) == (
        409,
        "PLATFORM.BRAND_NEW",
        "Something new",
    )


def test_a_cursor_that_repeats_stops_the_pages(odd_server: str) -> None:
    page = {"status": "success", "data": {"next": "same", "results": []}}
    _OddHandler.answers = {"/v1/assessment/orders": (200, JSON, json.dumps(page).encode())}

    async def run() -> int:
        count = 0
        async with KomboClient(odd_server, KEY, "x:y") as client:
            async for _page in client.iter_order_pages():
                count += 1
        return count

    error = failure(lambda: asyncio.run(run()))
    assert isinstance(error, KomboInvalidResponse)
    assert "cursor" in error.message


# --- on the application's loop -------------------------------------------------------------


def test_a_file_upload_on_the_qasync_loop(
    kombo: SandboxServer, tmp_path: Path, qloop: asyncio.AbstractEventLoop, qtbot: Any
) -> None:
    from async_support import run_async

    order_id = open_order(kombo)
    body = file_body(tmp_path, 700_000)
    progress: list[tuple[int, int]] = []

    async def send() -> PutResultOutcome:
        async with client_for(kombo) as client:
            return await client.put_result(
                order_id, body, on_progress=lambda s, t: progress.append((s, t))
            )

    outcome = run_async(qloop, qtbot, send())
    assert isinstance(outcome, PutResultOutcome)
    assert progress[-1] == (outcome.request_bytes, outcome.request_bytes)
    written = kombo.written_result(order_id)
    assert written is not None
    assert written["attachments"][0]["sha256"] == sha256_file(body.file_attachments[0][1].path)


# --- large files -----------------------------------------------------------------------------


@pytest.fixture
def sandbox_process() -> Iterator[str]:
    """The sandbox in its own process, so that tracemalloc sees only the client."""
    process = subprocess.Popen(
        [sys.executable, "-m", "app.sandbox", "--port", "0", "--quiet", "--api-key", KEY],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline().strip()
        assert first.startswith("Sandbox listening on "), first
        yield first.removeprefix("Sandbox listening on ")
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.mark.slow
def test_three_10_mb_files_stream_byte_exact_in_about_one_chunk_of_memory(
    sandbox_process: str, tmp_path: Path
) -> None:
    base_url = sandbox_process
    refs: list[FileRef] = []
    digests: list[str] = []
    for index in range(3):
        path = tmp_path / f"part {index}.pdf"
        with open(path, "wb") as handle:
            for _ in range(10):
                block = os.urandom(1024 * 1024)
                handle.write(block)
        refs.append(file_ref_for(path))
        digests.append(sha256_file(path))
    body = result(
        attachments=[
            {"name": f"part {i}.pdf", "data": ref, "content_type": "application/pdf"}
            for i, ref in enumerate(refs)
        ]
    )
    calls = 0

    def on_progress(_sent: int, _total: int) -> None:
        nonlocal calls
        calls += 1

    async def send() -> tuple[PutResultOutcome, str, int]:
        async with KomboClient(base_url, KEY, "sandbox:demo") as client:
            order_id = (await client.list_orders(statuses=["OPEN"], page_size=1)).results[0].id
            tracemalloc.start()
            try:
                outcome = await client.put_result(order_id, body, on_progress=on_progress)
                _current, peak = tracemalloc.get_traced_memory()
            finally:
                tracemalloc.stop()
            return outcome, order_id, peak

    outcome, order_id, peak = asyncio.run(send())
    files_mb = sum(ref.size for ref in refs) / 1e6
    print(
        f"\npeak traced memory {peak / 1e6:.2f} MB for {files_mb:.0f} MB of files "
        f"({outcome.request_bytes / 1e6:.1f} MB body) in {outcome.duration_s:.2f} s"
    )
    assert outcome.request_bytes == sum(ref.base64_length for ref in refs) + len(
        json.dumps(
            result(
                attachments=[
                    {"name": f"part {i}.pdf", "data": "", "content_type": "application/pdf"}
                    for i in range(3)
                ]
            ).to_jsonable(),
            separators=(",", ":"),
        )
    )
    assert calls > 100
    assert peak < 8 * 1024 * 1024

    written = httpx.get(
        f"{base_url}/_sandbox/orders/{order_id}/result", headers={"Authorization": f"Bearer {KEY}"}
    ).json()
    assert [a["sha256"] for a in written["attachments"]] == digests
    assert [a["size"] for a in written["attachments"]] == [10 * 1024 * 1024] * 3

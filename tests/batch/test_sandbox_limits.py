"""The sandbox with --rate-limit: every answer carries the limit's `ratelimit-*` headers (also
an unknown route, a bad key, a missing integration, a malformed request and the sandbox's own
routes), and only requests that reach the limiter are counted."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import httpx
import pytest

from app.sandbox import SandboxServer

AUTH = {"Authorization": "Bearer sandbox", "X-Integration-Id": "sandbox:demo"}


@pytest.fixture
def limited() -> Iterator[SandboxServer]:
    server = SandboxServer()
    server.limits.rate = (3, 60.0)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def window(response: httpx.Response) -> tuple[str, str, int]:
    headers = response.headers
    reset = int(headers["ratelimit-reset"])
    assert 1 <= reset <= 60, reset
    return headers["ratelimit-limit"], headers["ratelimit-remaining"], response.status_code


def raw_answer(server: SandboxServer, request: bytes) -> str:
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(request)
        answer = b""
        while b"\r\n\r\n" not in answer:
            chunk = sock.recv(4096)
            if not chunk:
                break
            answer += chunk
    return answer.decode("latin-1").lower()


def test_every_answer_carries_the_limits_window(limited: SandboxServer) -> None:
    base = limited.base_url
    with httpx.Client(base_url=base, headers=AUTH) as client:
        assert window(client.get("/assessment/orders")) == ("3", "2", 200)
        # Not counted (they never reach the limiter), but they say where the window stands.
        assert window(client.get("/no/such/route")) == ("3", "2", 404)
        assert window(client.get("/check-api-key", headers={"Authorization": "Bearer x"})) == (
            "3",
            "2",
            401,
        )
        assert window(client.get("/assessment/orders", headers={"X-Integration-Id": ""})) == (
            "3",
            "2",
            400,
        )
        assert window(client.get("/_sandbox/requests")) == ("3", "2", 200)
        assert "ratelimit-limit: 3\r\n" in raw_answer(limited, b"NONSENSE\r\n\r\n")
        assert window(client.get("/assessment/packages")) == ("3", "1", 200)
        assert window(client.get("/check-api-key")) == ("3", "0", 200)
        refused = client.get("/assessment/orders")
        assert window(refused) == ("3", "0", 429)
        assert refused.json()["error"]["code"] == "PLATFORM.RATE_LIMIT_EXCEEDED"
        assert window(client.get("/nowhere")) == ("3", "0", 404)


def test_without_a_rate_limit_the_informational_window_stays(sandbox: SandboxServer) -> None:
    answer = httpx.get(f"{sandbox.base_url}/nowhere", headers=AUTH)
    assert answer.headers["ratelimit-limit"] == "300"

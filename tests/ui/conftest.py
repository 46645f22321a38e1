"""Fixtures shared by the GUI tests: one 5,000-order sandbox for every orders test."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from orders_helpers import SEED_ORDERS, WAIT_MS

from app.sandbox import SandboxServer
from app.sandbox.requestlog import LoggedRequest

# pytest registers this file as the module `conftest`, which hides tests/conftest.py from the
# tests that import `run_async` by that bare name: hand it on.
from tests.conftest import run_async  # noqa: F401


@pytest.fixture(scope="session")
def big_sandbox() -> Iterator[SandboxServer]:
    """Seeding 5,000 orders is the slow part, so the orders tests of a run share one server.
    Use it through `sandbox5k`, which resets it for each test."""
    server = SandboxServer(seed_orders=SEED_ORDERS)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def sandbox5k(big_sandbox: SandboxServer) -> Iterator[SandboxServer]:
    """The shared 5,000-order sandbox with no faults and an empty request log.

    Tests only read its orders: one that writes a result changes what every later test sees
    and must use a sandbox of its own (the `sandbox` fixture); this fixture fails it if it
    does not."""
    _wait_until_idle(big_sandbox)  # a request left in flight by the last test lands now, not later
    big_sandbox.faults.reset()
    big_sandbox.clear_request_log()
    writes: list[LoggedRequest] = []
    big_sandbox.on_request = lambda entry: writes.append(entry) if entry.method != "GET" else None
    try:
        yield big_sandbox
    finally:
        big_sandbox.on_request = None
        big_sandbox.faults.reset()
    assert not [f"{w.method} {w.path}" for w in writes], "wrote to the shared 5,000-order sandbox"


def _wait_until_idle(server: SandboxServer) -> None:
    deadline = time.monotonic() + WAIT_MS / 1000
    while server.active_requests and time.monotonic() < deadline:
        time.sleep(0.01)  # polling against a deadline, not waiting out a delay
    assert not server.active_requests, "the shared sandbox is still answering an earlier test"

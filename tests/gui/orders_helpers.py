"""Shared by the orders panel tests: a sandbox with 5,000 orders and small helpers to wait for
the panel and read what it shows.

Each test module wraps the two generators in its own fixtures (a module-scoped server, and a
per-test view of it with no faults and an empty request log)."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qs

from pytestqt.qtbot import QtBot

from app.sandbox import SandboxServer
from app.ui.orders_panel import OrdersPanel

SEED_ORDERS = 5000
WAIT_MS = 15000


def running_sandbox() -> Iterator[SandboxServer]:
    server = SandboxServer(seed_orders=SEED_ORDERS)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def clean_sandbox(big_sandbox: SandboxServer) -> Iterator[SandboxServer]:
    big_sandbox.faults.reset()
    big_sandbox.clear_request_log()
    yield big_sandbox
    big_sandbox.faults.reset()


def wait_idle(qtbot: QtBot, panel: OrdersPanel) -> None:
    qtbot.waitUntil(lambda: not panel.loader.is_loading, timeout=WAIT_MS)


def order_requests(sandbox: SandboxServer) -> list[dict[str, list[str]]]:
    """The query of every `GET /assessment/orders` the sandbox answered, in order."""
    return [
        parse_qs(r.query)
        for r in sandbox.request_log
        if r.method == "GET" and r.path.endswith("/assessment/orders")
    ]


def shown_column(panel: OrdersPanel, column: int) -> list[str]:
    proxy = panel.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def row_center(panel: OrdersPanel, row: int) -> object:
    return panel.table.visualRect(panel.proxy.index(row, 0)).center()

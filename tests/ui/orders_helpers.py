"""Shared by the orders panel tests: small helpers to wait for the panel and read what it
shows. Their 5,000-order sandbox is the `sandbox5k` fixture in tests/gui/conftest.py."""

from __future__ import annotations

from urllib.parse import parse_qs

from pytestqt.qtbot import QtBot

from app.sandbox import SandboxServer
from app.ui.orders.panel import OrdersPanel

SEED_ORDERS = 5000
WAIT_MS = 15000


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

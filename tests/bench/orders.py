"""5. Orders panel: the first page on screen, and memory with every order loaded.

Helper orders-panel's `tests/perf/orders_bench.py` prints more about this panel (paging,
sorting, search, scrolling, tracemalloc of the model); this module measures the two figures of
issue 8 with its own small helpers, so that it does not break when that script changes. In a
fresh child process, against the sandbox in its own process seeded with N orders:

- first page: `OrdersPanel.set_connection` (what choosing a connection does) → the table's
  first paint after the page arrived, cold (first request: client, connection, packages), then
  `refresh()` warm, also from "response complete" to that paint (parse + model + paint);
- memory: VmRSS with the first page shown, then after "Load more" (page size 250) up to the
  last order, after a garbage collection; the growth per order and the process total.
Issue 8 sets no target for this panel; the figures are for the record.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from tests.bench.common import Row, Suite, median, run_child, spread


def run(suite: Suite) -> list[Row]:
    runs = 2 if suite.quick else 9
    result = run_child(
        suite, "orders", "--orders", str(suite.orders), "--runs", str(runs), timeout=600
    )
    total, after = result["refresh_ms"], result["refresh_after_response_ms"]
    rows_loaded = result["rows"]
    growth = result["rss_loaded_mb"] - result["rss_first_page_mb"]
    return [
        Row(
            "5 orders",
            "set connection → first page painted (cold)",
            result["cold_ms"],
            "ms",
            runs=1,
            note=f"page size {result['page_size']}; the client, connection and packages are new",
        ),
        Row(
            "5 orders",
            "refresh → first page painted (warm)",
            median(total),
            "ms",
            runs=len(total),
            spread=spread(total, "{:.1f}"),
            note="includes the HTTP round trip to the sandbox",
        ),
        Row(
            "5 orders",
            "response complete → first page painted",
            median(after),
            "ms",
            runs=len(after),
            spread=spread(after, "{:.1f}"),
            note="parse + model + paint",
        ),
        Row(
            "5 orders",
            f"RSS growth with {rows_loaded:,} orders loaded",
            growth,
            "MB",
            runs=1,
            note=f"{growth * 1024 * 1024 / max(rows_loaded, 1) / 1024:.2f} KB per order; "
            f"process {result['rss_loaded_mb']:.0f} MB "
            f"(peak {result['hwm_loaded_mb']:.0f} MB); loading every page took "
            f"{result['load_all_s']:.1f} s",
        ),
        Row(
            "5 orders",
            f"process RSS with {rows_loaded:,} orders loaded",
            result["rss_loaded_mb"],
            "MB",
            runs=1,
        ),
    ]


# --- the child ------------------------------------------------------------------------------------


def _child(orders: int, runs: int) -> dict[str, Any]:
    import asyncio
    import gc
    import subprocess
    import time

    import httpx
    import qasync
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from app.kombo.client import KomboClient
    from app.ui.app_context import ConnectionInfo, default_key_provider
    from app.ui.orders_loader import OrdersLoader
    from app.ui.orders_panel import OrdersPanel
    from tests.bench.common import ROOT, proc_status_mb

    class TimedTransport(httpx.AsyncBaseTransport):
        """Notes when the last orders page has been received completely."""

        def __init__(self) -> None:
            self._inner = httpx.AsyncHTTPTransport()
            self.received_at = 0.0

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            response = await self._inner.handle_async_request(request)
            body = b"".join([chunk async for chunk in response.aiter_raw()])
            await response.aclose()
            if request.url.path.endswith("/assessment/orders"):
                self.received_at = time.perf_counter()
            return httpx.Response(
                response.status_code, headers=response.headers, content=body, request=request
            )

        async def aclose(self) -> None:
            await self._inner.aclose()

    class PaintWatch(QObject):
        """The time of the first paint of a widget after `arm()`."""

        def __init__(self, widget: QObject) -> None:
            super().__init__()
            self.painted_at: float | None = None
            self._armed = False
            widget.installEventFilter(self)

        def arm(self) -> None:
            self.painted_at, self._armed = None, True

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if self._armed and event.type() == QEvent.Type.Paint:
                self.painted_at, self._armed = time.perf_counter(), False
            return False

    async def until(condition: Any, limit_s: float = 60.0) -> None:
        deadline = time.perf_counter() + limit_s
        while not condition():
            if time.perf_counter() > deadline:
                raise TimeoutError("the orders panel did not finish this step")
            await asyncio.sleep(0.0005)

    command = [sys.executable, "-m", "app.sandbox", "--quiet", "--port", "0"]
    process = subprocess.Popen(
        [*command, "--seed-orders", str(orders)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    base_url = process.stdout.readline().strip().rsplit(" ", 1)[-1]
    figures: dict[str, Any] = {}

    async def bench() -> None:
        transport = TimedTransport()

        def factory(connection: ConnectionInfo, key: str) -> KomboClient:
            return KomboClient(
                connection.base_url, key, connection.integration_id, transport=transport
            )

        loader = OrdersLoader(client_factory=factory)
        panel = OrdersPanel(loader=loader)
        panel.resize(1100, 700)
        panel.show()
        watch = PaintWatch(panel.table.viewport())
        loaded: list[float] = []

        def page_loaded(*_args: object) -> None:
            # Connected after the panel's own slot: the model holds the page by now. The next
            # paint of the table shows it; a refresh that brings identical rows may not repaint
            # by itself, so ask for one (the cost measured is then model + paint either way).
            loaded.append(time.perf_counter())
            watch.arm()
            panel.table.viewport().update()

        loader.page_loaded.connect(page_loaded)
        await asyncio.sleep(0.2)

        async def first_page(action: Any) -> tuple[float, float]:
            loaded.clear()
            watch.painted_at = None
            started = time.perf_counter()
            action()
            await until(lambda: bool(loaded) and watch.painted_at is not None)
            assert watch.painted_at is not None
            await until(lambda: not loader.is_loading)
            return watch.painted_at - started, watch.painted_at - transport.received_at

        connection = ConnectionInfo("bench", base_url, "sandbox:demo", "demo")
        cold, _ = await first_page(lambda: panel.set_connection(connection, default_key_provider))
        totals, afters = [], []
        for _ in range(runs):
            await asyncio.sleep(0.05)
            total, after = await first_page(panel.refresh)
            totals.append(total * 1000)
            afters.append(after * 1000)

        await asyncio.sleep(0.2)
        gc.collect()
        rss_first = proc_status_mb("VmRSS")
        page_size = loader.page_size
        loader.page_size = 250
        started = time.perf_counter()
        while loader.has_more:
            loaded.clear()
            panel.load_more()
            await until(lambda: bool(loaded) and not loader.is_loading, limit_s=120)
        load_all = time.perf_counter() - started
        await asyncio.sleep(0.2)
        gc.collect()
        figures.update(
            cold_ms=cold * 1000,
            refresh_ms=totals,
            refresh_after_response_ms=afters,
            page_size=page_size,
            rows=panel.model.rowCount(),
            rss_first_page_mb=rss_first,
            rss_loaded_mb=proc_status_mb("VmRSS"),
            hwm_loaded_mb=proc_status_mb("VmHWM"),
            load_all_s=load_all,
        )
        await loader.aclose()
        panel.close()

    try:
        app = QApplication.instance() or QApplication([])
        qasync.run(bench())
        app.processEvents()
    finally:
        process.terminate()
        process.wait(10)
    return figures


def child_main(argv: list[str]) -> None:
    from tests.bench.common import emit

    parser = argparse.ArgumentParser()
    parser.add_argument("--child", action="store_true", required=True)
    parser.add_argument("--orders", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args(argv)
    emit(_child(args.orders, args.runs))


if __name__ == "__main__":
    child_main(sys.argv[1:])

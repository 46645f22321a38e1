"""5. Orders panel: the first page on screen, and memory with every order loaded.

`tests/perf/orders_bench.py` prints more about this panel (paging, sorting, search, scrolling,
tracemalloc of the model); this module measures the two figures of issue 8 with that script's
timing helpers (`TimedTransport`, `PaintWatch`, `until`). In a fresh child process, against the
sandbox in its own process seeded with N orders:

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
    import time

    import qasync
    from PySide6.QtWidgets import QApplication

    from app.kombo.client import KomboClient
    from app.ui.common.context import ConnectionInfo, default_key_provider
    from app.ui.orders.loader import OrdersLoader
    from app.ui.orders.panel import OrdersPanel
    from tests.bench.common import proc_status_mb, start_sandbox
    from tests.perf.orders_bench import PaintWatch, TimedTransport, until

    process, base_url = start_sandbox("--seed-orders", str(orders))
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
            panel.table.viewport().update()

        def painted() -> float | None:
            return watch.first_after(loaded[0]) if loaded else None

        loader.page_loaded.connect(page_loaded)
        await asyncio.sleep(0.2)

        async def first_page(action: Any) -> tuple[float, float]:
            loaded.clear()
            started = time.perf_counter()
            action()
            await until(lambda: painted() is not None)
            shown = painted()
            assert shown is not None
            await until(lambda: not loader.is_loading)
            return shown - started, shown - transport.received_at

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

"""How quickly the orders panel shows a page, and what 10,000 loaded orders cost.

    .venv/bin/python tests/perf/orders_bench.py [--orders 10000] [--runs 15]

(offscreen unless QT_QPA_PLATFORM says otherwise).

The sandbox runs in its own process (so its data does not count towards this process's memory),
seeded with `--orders` orders. The panel is shown offscreen and measured the way it is used:

1. first page: from the moment the HTTP response is complete (headers and body received) to the
   first paint of the table's viewport with the rows, split into parse (client) and
   model + paint (panel); median and max of `--runs` refreshes, for page sizes 100 and 250;
2. every order loaded with "Load more" (page size 250): time per appended page to its paint;
3. with all orders loaded: sort by candidate, search as typed, scroll to the end (each to the
   next paint), RSS (VmRSS and VmHWM from /proc/self/status), and the model's own memory by
   tracemalloc, compared with keeping the pydantic `Order`s themselves.

Prints numbers only; no assertions.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_API"] = "pyside6"

import httpx  # noqa: E402
import qasync  # noqa: E402
from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.kombo.client import KomboClient  # noqa: E402
from app.kombo.responses import Order  # noqa: E402
from app.ui.common.context import ConnectionInfo, default_key_provider  # noqa: E402
from app.ui.orders.loader import OrdersLoader  # noqa: E402
from app.ui.orders.model import COL_CANDIDATE, OrdersModel  # noqa: E402
from app.ui.orders.panel import OrdersPanel  # noqa: E402
from tests.bench.common import proc_status_mb as proc_status  # noqa: E402
from tests.bench.common import start_sandbox  # noqa: E402

# TimedTransport, PaintWatch and until are also used by `python -m tests.bench` (its orders
# bench, which tests/test_bench_quick.py runs): keep their behaviour, or change both.


class TimedTransport(httpx.AsyncBaseTransport):
    """Notes when the last orders page has been received completely (not the packages)."""

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
    """Records when a widget paints."""

    def __init__(self, widget: QObject) -> None:
        super().__init__()
        self.paints: list[float] = []
        widget.installEventFilter(self)

    def first_after(self, moment: float) -> float | None:
        """The time of the first paint at or after `moment`, if there was one yet."""
        return next((t for t in self.paints if t >= moment), None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints.append(time.perf_counter())
        return False


async def until(condition: Callable[[], bool], limit_s: float = 60.0) -> None:
    deadline = time.perf_counter() + limit_s
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the orders panel did not finish this benchmark step")
        await asyncio.sleep(0.0005)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


async def bench(args: argparse.Namespace, base_url: str) -> None:
    transport = TimedTransport()

    def factory(connection: ConnectionInfo, key: str) -> KomboClient:
        return KomboClient(connection.base_url, key, connection.integration_id, transport=transport)

    loader = OrdersLoader(page_size=100, client_factory=factory)
    # Connected before the panel's own slot, so it marks the moment the page is handed over.
    loaded_at: list[float] = []
    loader.page_loaded.connect(lambda *_: loaded_at.append(time.perf_counter()))
    panel = OrdersPanel(loader=loader)
    panel.resize(1100, 700)
    panel.show()
    watch = PaintWatch(panel.table.viewport())
    connection = ConnectionInfo("bench", base_url, "sandbox:demo", "demo")
    panel.set_connection(connection, default_key_provider)
    await until(lambda: panel.model.rowCount() > 0 and not loader.is_loading)
    await asyncio.sleep(0.2)
    gc.collect()
    rss_first_page = proc_status("VmRSS")

    print(f"Orders panel benchmark: {args.orders} orders in the sandbox, {args.runs} runs each")
    print(f"Python {sys.version.split()[0]}, Qt platform {QApplication.platformName()}")
    print()
    print("1. First page: response received -> rows painted (median / max)")
    for page_size in (100, 250):
        loader.page_size = page_size
        totals, parses, shows = [], [], []
        for _ in range(args.runs):
            loaded_at.clear()
            panel.refresh()
            await until(lambda: bool(loaded_at) and watch.first_after(loaded_at[0]) is not None)
            painted = watch.first_after(loaded_at[0])
            assert painted is not None
            totals.append(painted - transport.received_at)
            parses.append(loaded_at[0] - transport.received_at)
            shows.append(painted - loaded_at[0])
            await asyncio.sleep(0.05)
        print(
            f"   page size {page_size:3d}: total {ms(statistics.median(totals))}"
            f" / {ms(max(totals))}"
            f"   (parse {ms(statistics.median(parses))}, model + paint"
            f" {ms(statistics.median(shows))})"
        )

    print()
    print("2. Loading every order with 'Load more' (page size 250)")
    loader.page_size = 250
    panel.refresh()
    await until(lambda: not loader.is_loading)
    appends: list[float] = []
    started = time.perf_counter()
    while loader.has_more:
        loaded_at.clear()
        panel.load_more()
        await until(lambda: bool(loaded_at))
        panel.table.viewport().update()  # rows below the fold change no pixels by themselves
        await until(lambda: watch.first_after(loaded_at[0]) is not None)
        painted = watch.first_after(loaded_at[0])
        assert painted is not None
        appends.append(painted - loaded_at[0])
    total = time.perf_counter() - started
    rows = panel.model.rowCount()
    print(f"   {rows} rows in {len(appends) + 1} pages, {total:.2f} s wall time including HTTP")
    print(
        f"   appended page -> painted: median {ms(statistics.median(appends))},"
        f" max {ms(max(appends))}"
    )

    print()
    print(f"3. With {rows} orders loaded")

    async def timed(action: Callable[[], None]) -> float:
        t0 = time.perf_counter()
        action()
        panel.table.viewport().update()
        await until(lambda: watch.first_after(t0) is not None)
        painted = watch.first_after(t0)
        assert painted is not None
        return painted - t0

    sort_times = [
        await timed(lambda: panel.table.sortByColumn(COL_CANDIDATE, Qt.SortOrder.AscendingOrder)),
        await timed(lambda: panel.table.sortByColumn(COL_CANDIDATE, Qt.SortOrder.DescendingOrder)),
    ]
    await timed(lambda: panel.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder))
    print(f"   sort by candidate -> painted: {ms(statistics.median(sort_times))}")
    search_times = []
    for text in ("m", "ma", "mar", "mari", "maria", ""):
        panel.search_edit.setText(text)
        search_times.append(await timed(panel.flush_search))
    print(
        f"   search keystroke -> painted (after the {100} ms debounce): median"
        f" {ms(statistics.median(search_times))}, max {ms(max(search_times))}"
    )
    bar = panel.table.verticalScrollBar()
    scroll = await timed(lambda: bar.setValue(bar.maximum()))
    print(f"   jump to the last row -> painted: {ms(scroll)}")

    # For the record: Qt's own proxy sort, which calls into Python for every comparison.
    plain = QSortFilterProxyModel()
    plain.setSourceModel(panel.model)
    t0 = time.perf_counter()
    plain.sort(COL_CANDIDATE)
    print(f"   (QSortFilterProxyModel's own sort of the same rows: {ms(time.perf_counter() - t0)})")
    plain.setSourceModel(None)  # type: ignore[arg-type]

    gc.collect()
    print(
        f"   process RSS: {proc_status('VmRSS'):.0f} MB now ({rss_first_page:.0f} MB with the"
        f" first page of 100), {proc_status('VmHWM'):.0f} MB peak"
    )

    orders = panel.model.orders()
    # Bytes, as the client parses them: a str payload would also keep its UTF-8 copy alive.
    payloads = [o.model_dump_json().encode() for o in orders]
    del orders
    gc.collect()
    tracemalloc.start()
    model = OrdersModel()
    for start in range(0, len(payloads), 250):
        page = [Order.model_validate_json(p) for p in payloads[start : start + 250]]
        model.append_orders(page)
        del page
    gc.collect()
    compact = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    tracemalloc.start()
    kept = [Order.model_validate_json(p) for p in payloads]
    gc.collect()
    pydantic_cost = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    n = len(payloads)
    print(
        f"   model memory (tracemalloc): {compact / 1e6:.1f} MB for {n} rows"
        f" ({compact / n / 1024:.2f} KB per row: display strings, search text, the order's JSON)"
    )
    print(
        f"   keeping the pydantic Orders instead: {pydantic_cost / 1e6:.1f} MB"
        f" ({pydantic_cost / n / 1024:.2f} KB per order)"
    )
    del kept, model
    await loader.aclose()
    panel.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--orders", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    os.environ.setdefault(
        "RESULT_DESK_HOME", str(Path(os.environ.get("TMPDIR", "/tmp")) / "orders-bench-home")
    )
    process, base_url = start_sandbox("--seed-orders", str(args.orders))
    try:
        app = QApplication.instance() or QApplication([])
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        with loop:
            loop.run_until_complete(bench(args, base_url))
    finally:
        process.terminate()
        process.wait(10)


if __name__ == "__main__":
    main()

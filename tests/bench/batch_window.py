"""The batch window with 10,000 rows (issue 14): prints numbers, asserts nothing.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.bench.batch_window

open: File → Import results… on a 10,000-row CSV: read, map and check every row (a worker
      thread), fill the table and paint it, with the loop's longest gap meanwhile.
scroll: the table scrolled page by page from top to bottom, each page painted: total time and
      the slowest page (what a person feels as a stutter).
"""

from __future__ import annotations

import asyncio
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_API"] = "pyside6"

from tests.bench.batch import ROWS, _write_csv


async def _measure(path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from app.ui.batch.window import BatchWindow
    from app.ui.common.connection import demo_connection

    window = BatchWindow(lambda: demo_connection("http://127.0.0.1:9/v1"), _no_key)
    window.resize(1180, 720)
    window.show()
    QApplication.processEvents()
    gaps: list[float] = []
    ticking = True

    async def ticker() -> None:
        last = time.perf_counter()
        while ticking:
            await asyncio.sleep(0.005)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

    tick = asyncio.ensure_future(ticker())
    started = time.perf_counter()
    done = asyncio.Event()
    window.tasks.busyChanged.connect(lambda busy: None if busy else done.set())
    window.open_path(path)
    await done.wait()
    assert window.model.rowCount() == ROWS
    window.table.viewport().repaint()
    opened_s = time.perf_counter() - started
    ticking = False
    await tick
    print(
        f"open+check+show {ROWS} rows: {opened_s:.2f} s (the check alone "
        f"{window.last_check_s:.2f} s in a worker thread); "
        f"longest loop gap {max(gaps) * 1000:.0f} ms",
        flush=True,
    )

    bar = window.table.verticalScrollBar()
    pages = 0
    slowest = 0.0
    started = time.perf_counter()
    bar.setValue(0)
    while bar.value() < bar.maximum():
        page_started = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        window.table.viewport().repaint()
        slowest = max(slowest, time.perf_counter() - page_started)
        pages += 1
    scroll_s = time.perf_counter() - started
    print(
        f"scroll through: {pages} pages in {scroll_s:.2f} s, {scroll_s / pages * 1000:.1f} ms a "
        f"page, slowest {slowest * 1000:.1f} ms",
        flush=True,
    )
    window.close()


async def _no_key(_connection: object) -> str | None:
    return None


def main() -> None:
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        os.environ["RESULT_DESK_HOME"] = str(Path(folder) / "home")
        path = Path(folder) / "rows.csv"
        _write_csv(path)
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        with loop:
            loop.run_until_complete(_measure(path))


if __name__ == "__main__":
    main()

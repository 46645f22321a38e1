"""3. Sending five attachments to the sandbox, running in its own process, on loopback.

Result Desk: `KomboClient.put_result` with the files as `FileRef`s (streamed from disk, base64
in a worker thread), its progress shown in a QProgressBar as the window does. Reference: a
plain `httpx.AsyncClient().put` of the same bytes, built in memory with `render_json_bytes`
before the clock starts. Both run in a fresh child process per measurement, inside a
QApplication with the qasync loop (as the app sends), after one small warm-up request on the
same client (connection and lazy imports ready), and take turns.

In each child: wall time of the send; RSS growth during it (VmRSS before; VmHWM after, with the
peak reset just before the send through /proc/self/clear_refs); the longest gap between beats of
a 10 ms QTimer on the loop while the send runs.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import urllib.request
from pathlib import Path
from typing import Any

from tests.bench.common import (
    MB,
    Row,
    Suite,
    child_env,
    median,
    run_child,
    spread,
    start_sandbox,
)

FILES = 5
MAX_BODY_MB = 200
TARGET_RATIO = 1.3
TARGET_RSS_MB = 25.0
TARGET_GAP_MS = 50.0
HEARTBEAT_MS = 10
API_KEY = "sandbox"
INTEGRATION_ID = "sandbox:demo"


# --- the parent ---------------------------------------------------------------------------------


def open_order(base_url: str) -> str:
    """An OPEN order: written COMPLETED once, it takes COMPLETED again on every later run."""
    request = urllib.request.Request(
        f"{base_url}/assessment/orders?statuses=OPEN&page_size=1",
        headers={"Authorization": f"Bearer {API_KEY}", "X-Integration-Id": INTEGRATION_ID},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return str(json.load(response)["data"]["results"][0]["id"])


def make_files(suite: Suite) -> list[Path]:
    folder = suite.workdir / "attachments"
    folder.mkdir(exist_ok=True)
    files = []
    for index in range(FILES):
        path = folder / f"report-{index + 1}.pdf"
        with path.open("wb") as handle:  # random bytes: nothing on the way can compress them
            for _ in range(suite.attachment_mb):
                handle.write(os.urandom(MB))
        files.append(path)
    return files


def run(suite: Suite) -> list[Row]:
    files = make_files(suite)
    process, base_url = start_sandbox("--max-body-mb", str(MAX_BODY_MB), env=child_env(suite))
    try:
        order = open_order(base_url)
        args = ["--base-url", base_url, "--order", order, *map(str, files)]
        results: dict[str, list[dict[str, Any]]] = {"client": [], "plain": []}
        for index in range(suite.send_runs):
            order_of_modes = ("client", "plain") if index % 2 == 0 else ("plain", "client")
            for mode in order_of_modes:
                results[mode].append(run_child(suite, "send", mode, *args))
    finally:
        process.terminate()
        process.wait(10)
    return rows(suite, results)


def rows(suite: Suite, results: dict[str, list[dict[str, Any]]]) -> list[Row]:
    def values(mode: str, key: str) -> list[float]:
        return [r[key] for r in results[mode]]

    size = f"{FILES} × {suite.attachment_mb} MB"
    wall, plain_wall = values("client", "wall_ms"), values("plain", "wall_ms")
    growth, plain_growth = values("client", "rss_growth_mb"), values("plain", "rss_growth_mb")
    gap, plain_gap = values("client", "max_gap_ms"), values("plain", "max_gap_ms")
    request_mb = results["client"][0]["request_bytes"] / MB
    peak_note = "" if all(r["peak_reset"] for r in results["client"]) else "peak not reset"
    runs = len(wall)
    return [
        Row(
            "3 send",
            f"wall time, {size} ({request_mb:.0f} MB body)",
            median(wall),
            "ms",
            median(plain_wall),
            "plain httpx PUT",
            f"≤ {TARGET_RATIO}× plain",
            median(wall) <= TARGET_RATIO * median(plain_wall),
            runs,
            spread(wall),
        ),
        Row(
            "3 send",
            "client peak RSS growth during the send",
            median(growth),
            "MB",
            median(plain_growth),
            "plain PUT, body already in memory",
            f"≤ {TARGET_RSS_MB:.0f} MB",
            median(growth) <= TARGET_RSS_MB,
            runs,
            spread(growth, "{:.1f}"),
            note=peak_note,
        ),
        Row(
            "3 send",
            f"longest gap of a {HEARTBEAT_MS} ms Qt timer during the send",
            median(gap),
            "ms",
            median(plain_gap),
            "plain httpx PUT",
            f"≤ {TARGET_GAP_MS:.0f} ms",
            median(gap) <= TARGET_GAP_MS,
            runs,
            spread(gap),
        ),
    ]


# --- the child ------------------------------------------------------------------------------------


def _child(mode: str, base_url: str, order: str, paths: list[str]) -> dict[str, Any]:
    import asyncio
    import gc
    import time

    import httpx
    import qasync
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressBar

    from app.kombo.body import file_ref_for, render_json_bytes
    from app.kombo.client import KomboClient
    from app.kombo.validation import validate_result
    from tests.bench.common import proc_status_mb, reset_peak_rss

    outcome = validate_result(
        {
            "status": "COMPLETED",
            "result_url": "https://assessments.example.com/results/bench",
            "completed_at": "2026-04-04T09:30:00.000Z",
            "score": 87.5,
            "max_score": 100,
            "attachments": [
                {"name": Path(p).name, "content_type": "application/pdf", "data": file_ref_for(p)}
                for p in paths
            ],
        }
    )
    body = outcome.body
    if body is None:
        raise SystemExit(f"benchmark body is invalid: {outcome.errors}")
    url = f"{base_url}/assessment/orders/{order}/result"
    headers = {
        "Authorization": f"Bearer {API_KEY}",
        "X-Integration-Id": INTEGRATION_ID,
        "Content-Type": "application/json",
    }

    async def measured() -> dict[str, Any]:
        beats: list[float] = []
        heartbeat = QTimer()
        heartbeat.setInterval(HEARTBEAT_MS)
        heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))

        async def timed(send: Any) -> tuple[float, float, float, bool]:
            gc.collect()
            before = proc_status_mb("VmRSS")
            reset = reset_peak_rss()
            heartbeat.start()
            started = time.perf_counter()
            beats.append(started)
            await send()
            ended = time.perf_counter()
            heartbeat.stop()
            beats.append(ended)
            gaps = [b - a for a, b in itertools.pairwise(beats)]
            return (
                (ended - started) * 1000,
                proc_status_mb("VmHWM") - before,
                max(gaps) * 1000,
                reset,
            )

        if mode == "client":
            async with KomboClient(base_url, API_KEY, INTEGRATION_ID) as client:
                await client.check_api_key()  # warm-up: connection, lazy imports
                sent: dict[str, int] = {}

                bar = QProgressBar()  # as the window shows it: one update per chunk sent
                bar.setRange(0, 1000)
                bar.show()

                def progress(done: int, total: int) -> None:
                    bar.setValue(int(1000 * done / total))

                async def send() -> None:
                    result = await client.put_result(order, body, on_progress=progress)
                    sent["bytes"] = result.request_bytes

                wall, growth, gap, reset = await timed(send)
                request_bytes = sent["bytes"]
        else:
            data = await asyncio.to_thread(render_json_bytes, body)
            request_bytes = len(data)
            async with httpx.AsyncClient() as http:
                await http.get(f"{base_url}/check-api-key", headers=headers)  # warm-up

                async def send() -> None:
                    response = await http.put(url, content=data, headers=headers)
                    response.raise_for_status()

                wall, growth, gap, reset = await timed(send)
        return {
            "wall_ms": wall,
            "rss_growth_mb": growth,
            "max_gap_ms": gap,
            "peak_reset": reset,
            "request_bytes": request_bytes,
        }

    app = QApplication.instance() or QApplication([])
    figures: dict[str, Any] = qasync.run(measured())
    app.processEvents()
    return figures


def child_main(argv: list[str]) -> None:
    from tests.bench.common import emit

    parser = argparse.ArgumentParser()
    parser.add_argument("--child", choices=("client", "plain"), required=True)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--order", required=True)
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args(argv)
    emit(_child(args.child, args.base_url, args.order, args.paths))


if __name__ == "__main__":
    child_main(sys.argv[1:])

"""Bulk corrections benchmark (issue 14): prints numbers, asserts nothing.

    .venv/bin/python -m tests.bench.batch            # both parts
    .venv/bin/python -m tests.bench.batch --part open
    .venv/bin/python -m tests.bench.batch --part send

open: a 10,000-row CSV and XLSX (TEXT and SUB_RESULT columns): time to read, map and check
      every row with the form's models, and the RSS growth (targets: ≤ 3 s, ≤ 60 MB).
send: 300 rows with 2 small attachments each through `result-desk batch` (a process) against
      `python -m app.sandbox --rate-limit 100/10 --concurrency-limit 8 --write-latency 0.1:0.4`:
      total time against the rate limit's floor (targets: ≤ 1.15×, ≤ 5 answers of 429, every
      order written exactly once, from /_sandbox/requests).
"""

from __future__ import annotations

import argparse
import csv
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.bench.common import Row, Suite, emit, run_child

ROWS = 10_000
SEND_ROWS = 300
RATE, WINDOW = 100, 10.0
CONCURRENCY_LIMIT = 8
LATENCY = (0.1, 0.4)
# The sandbox's concurrency limit: at the default 4, 100 writes of 0.1-0.4 s need ~6 s.
CONCURRENCY = int(os.environ.get("BATCH_BENCH_CONCURRENCY", "8"))
HEADERS = [
    "Order ID",
    "Status",
    "Completed at",
    "Result URL",
    "Score",
    "Max score",
    "text:Comment",
    "sub:num:score",
    "sub:num:max",
    "sub:num:status",
]


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return math.nan


def _row(n: int) -> list[object]:
    return [
        f"ord_{n:06d}",
        "COMPLETED",
        "2026-03-01 10:30",
        f"https://r.example/{n}",
        n % 100,
        100,
        f"re-scored {n}",
        n % 50,
        50,
        "COMPLETED",
    ]


def _write_csv(path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        writer.writerows(_row(n) for n in range(ROWS))


def _write_xlsx(path: Path) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, HEADERS)
    for n in range(ROWS):
        sheet.write_row(n + 1, 0, _row(n))
    book.close()


def bench_open(folder: Path) -> list[dict[str, Any]]:
    from app.batch.mapping import guess_mapping
    from app.batch.rows import check_sheet
    from app.batch.sheet import read_sheet

    figures: list[dict[str, Any]] = []
    for suffix, write in ((".csv", _write_csv), (".xlsx", _write_xlsx)):
        path = folder / f"rows{suffix}"
        write(path)
        before = _rss_mb()
        started = time.perf_counter()
        sheet = read_sheet(path)
        read_s = time.perf_counter() - started
        checks = check_sheet(sheet, guess_mapping(sheet.headers))
        total_s = time.perf_counter() - started
        growth = _rss_mb() - before
        ready = sum(1 for c in checks if c.ready)
        print(
            f"open {suffix[1:]:4}: {ROWS} rows, read {read_s:.2f} s, read+map+check "
            f"{total_s:.2f} s (target ≤ 3 s), RSS +{growth:.0f} MB (target ≤ 60), "
            f"{ready} ready",
            flush=True,
        )
        figures.append({"format": suffix[1:], "seconds": total_s, "rss_mb": growth})
        del sheet, checks
    return figures


def bench_send(folder: Path) -> dict[str, Any]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "batch"))
    from batch_helpers import count_429, open_orders, start_sandbox, write_sheet, writes_per_order

    proc, base_url = start_sandbox(
        "--rate-limit",
        f"{RATE}/{WINDOW:g}",
        "--concurrency-limit",
        str(CONCURRENCY_LIMIT),
        "--write-latency",
        f"{LATENCY[0]:g}:{LATENCY[1]:g}",
        seed_orders=1500,
    )
    try:
        small = []
        for n, size in enumerate((2_000, 6_000), start=1):
            path = folder / f"report-{n}.pdf"
            path.write_bytes(b"%PDF-1.4 " + os.urandom(size))
            small.append(path)
        orders = open_orders(base_url, SEND_ROWS)
        sheet = write_sheet(folder / "send.csv", orders, small)
        env = {
            **os.environ,
            "KOMBO_API_KEY": "sandbox",
            "RESULT_DESK_HOME": str(folder / "home"),
        }
        command = [
            sys.executable,
            "-m",
            "app",
            "batch",
            str(sheet),
            "--base-url",
            base_url,
            "--integration-id",
            "sandbox:demo",
            "--concurrency",
            str(CONCURRENCY),
        ]
        started = time.perf_counter()
        runner = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        assert runner.stdout is not None
        out: list[str] = []
        row_times: list[float] = []  # when each row's outcome line arrived, from the start
        for line in runner.stdout:
            out.append(line)
            if line.startswith("line "):
                row_times.append(time.perf_counter() - started)
        stderr = runner.stderr.read() if runner.stderr is not None else ""
        returncode = runner.wait(60)
        total = time.perf_counter() - started
        # The first `RATE` writes go at once, then one window per further `RATE`.
        floor = (math.ceil(SEND_ROWS / RATE) - 1) * WINDOW
        writes = writes_per_order(base_url)
        once = sum(1 for order in orders if writes.get(order) == 1)
        print(
            f"send: {SEND_ROWS} rows × 2 attachments, --concurrency {CONCURRENCY}, "
            f"exit {returncode}, total {total:.1f} s "
            f"(CLI start-up included), floor {floor:.0f} s, ratio {total / floor:.2f} "
            f"(target ≤ 1.15); 429 answers {count_429(base_url)} (target ≤ 5); "
            f"written exactly once {once}/{SEND_ROWS}, more than once "
            f"{sum(1 for c in writes.values() if c > 1)}",
            flush=True,
        )
        # What the limits allow at best: the rate floor plus the last window's writes, which
        # cannot go faster than the concurrency limit at the mean write latency. Not the
        # issue's target (that is the ratio above); printed to show what is left to gain.
        last = SEND_ROWS - (math.ceil(SEND_ROWS / RATE) - 1) * RATE
        drain = last * sum(LATENCY) / 2 / min(CONCURRENCY, CONCURRENCY_LIMIT)
        print(
            f"      rate floor + the last window's {last} writes at {CONCURRENCY_LIMIT} in flight "
            f"(≥ {drain:.1f} s): {floor + drain:.1f} s, ratio {total / (floor + drain):.2f}",
            flush=True,
        )
        if len(row_times) == SEND_ROWS:
            _print_breakdown(row_times, total)
        if returncode != 0:
            print("".join(out)[-2000:], stderr[-2000:], sep="\n")
        return {
            "exit": returncode,
            "seconds": total,
            "floor": floor,
            "floor_with_drain": floor + drain,
            "answers_429": count_429(base_url),
            "written_once": once,
            "written_twice": sum(1 for c in writes.values() if c > 1),
        }
    finally:
        proc.terminate()
        proc.wait(10)


def _print_breakdown(row_times: list[float], total: float) -> None:
    """Where the time went, from when each row's outcome arrived: start-up, each window's
    writes (first to last answer), the waits between windows, and the exit."""
    parts = [f"start-up → first answer {row_times[0]:.2f} s"]
    for n in range(0, SEND_ROWS, RATE):
        chunk = row_times[n : n + RATE]
        parts.append(f"window {n // RATE + 1}: {chunk[0]:.2f}–{chunk[-1]:.2f} s")
    gaps = [
        row_times[n] - row_times[n - 1] for n in range(RATE, SEND_ROWS, RATE)
    ]  # last answer of a window → first answer of the next
    parts.append("gaps " + ", ".join(f"{g:.2f}" for g in gaps) + " s")
    parts.append(f"last answer → exit {total - row_times[-1]:.2f} s")
    print("      " + "; ".join(parts), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.batch")
    parser.add_argument("--part", choices=("open", "send", "all"), default="all")
    parser.add_argument("--child", action="store_true", help="for python -m tests.bench")
    args = parser.parse_args()
    figures: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="batch-bench-") as tmp:
        folder = Path(tmp)
        os.environ["RESULT_DESK_HOME"] = str(folder / "home")
        if args.part in ("open", "all"):
            figures["open"] = bench_open(folder)
        if args.part in ("send", "all"):
            figures["send"] = bench_send(folder)
    if args.child:
        emit(figures)


def run(suite: Suite) -> list[Row]:
    """For `python -m tests.bench` (not --quick): both parts in a fresh process."""
    figures = run_child(suite, "batch", timeout=900)
    rows = [
        Row(
            "7 batch",
            f"open, map and check 10,000 rows ({f['format'].upper()})",
            f["seconds"],
            "s",
            target="≤ 3 s",
            passed=f["seconds"] <= 3.0,
            runs=1,
            note=f"RSS growth {f['rss_mb']:.0f} MB (target ≤ 60 MB)",
        )
        for f in figures["open"]
    ]
    send = figures["send"]
    ratio = send["seconds"] / send["floor"]
    rows.append(
        Row(
            "7 batch",
            f"{SEND_ROWS} rows at --rate-limit {RATE}/{WINDOW:g}: total / the rate's floor",
            send["seconds"],
            "s",
            reference=send["floor"],
            reference_label="the rate limit's floor",
            target="≤ 1.15×",
            passed=ratio <= 1.15 and send["written_twice"] == 0 and send["answers_429"] <= 5,
            runs=1,
            note=f"exit {send['exit']}; 429 answers {send['answers_429']} (≤ 5); written once "
            f"{send['written_once']}/{SEND_ROWS}, twice {send['written_twice']}; floor with the "
            f"last window's writes at the concurrency limit {send['floor_with_drain']:.1f} s "
            f"({send['seconds'] / send['floor_with_drain']:.2f}×)",
        )
    )
    return rows


if __name__ == "__main__":
    main()

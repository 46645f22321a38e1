"""How fast a 50,000-row send history opens, shows its first page and filters.

    .venv/bin/python tests/perf/history_50k.py [--rows 50000] [--keep DIR]

Builds a realistic history (request bodies with attributes and attachment metadata, a mix of
outcomes, profiles, candidates and error codes over a year) in a temporary folder, then
prints median timings of what the history window does. Prints numbers only; no assertions.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.store.history import (
    HistoryEntry,
    HistoryFilter,
    HistoryStore,
    OutcomeKind,
)

FIRST = ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Margaret", "Ken", "Frances"]
LAST = ["Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Hamilton", "Thompson"]
CODES = ["PLATFORM.INPUT_INVALID", "ATS.JOB_CLOSED", "PLATFORM.RATE_LIMIT_EXCEEDED", None]
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
# Outcomes of finished sends (not IN_FLIGHT or INTERRUPTED), weighted in make_entry.
FINISHED = [
    OutcomeKind.SUCCESS,
    OutcomeKind.API_ERROR,
    OutcomeKind.NETWORK_ERROR,
    OutcomeKind.INVALID_RESPONSE,
    OutcomeKind.ATTACHMENT_CHANGED,
    OutcomeKind.CANCELLED,
]


def make_entry(rng: random.Random, now: datetime, n: int, rows: int) -> HistoryEntry:
    outcome = rng.choices(FINISHED, weights=[80, 10, 4, 2, 1, 3], k=1)[0]
    error = outcome is OutcomeKind.API_ERROR
    return HistoryEntry(
        order_id="".join(rng.choice(ALNUM) for _ in range(24)),
        outcome=outcome,
        base_url="https://api.kombo.dev/v1",
        integration_id=f"acme:{rng.choice(['workday', 'greenhouse', 'lever'])}",
        profile=rng.choice(["Production EU", "Production US", "Staging"]),
        candidate=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        http_status=400 if error else (200 if outcome is OutcomeKind.SUCCESS else None),
        warnings=("Attachment renamed to report.pdf",) if rng.random() < 0.3 else (),
        error_code=rng.choice(CODES) if error else None,
        error_message="The input is invalid." if error else None,
        log_url="https://app.kombo.dev/logs/abc" if error else None,
        outcome_unknown=outcome is OutcomeKind.NETWORK_ERROR and rng.random() < 0.5,
        duration_s=rng.uniform(0.1, 3),
        retries=rng.choice([0, 0, 0, 1]),
        request={
            "status": "COMPLETED",
            "result_url": "https://assess.example.com/results/" + str(n),
            "completed_at": "2026-04-04T09:30:00.000Z",
            "score": rng.randint(0, 100),
            "max_score": 100,
            "attributes": [
                {"type": "TEXT", "label": "Role fit", "value": "Strong match " * 5},
                {
                    "type": "SUB_RESULT",
                    "id": "personality",
                    "label": "Personality",
                    "score": {"value": 87, "max": 100},
                    "status": "COMPLETED",
                },
            ],
            "attachments": [
                {
                    "name": "report.pdf",
                    "content_type": "application/pdf",
                    "size": 182_000,
                    "sha256": f"{rng.getrandbits(256):064x}",
                    "source_path": "/home/support/reports/report.pdf",
                }
            ],
        },
        response={"status": "success", "data": {}, "warnings": []},
        sent_at=now - timedelta(seconds=(rows - n) * 630),  # a year, oldest first
    )


def timed(fn: Callable[[], object], repeat: int = 5) -> tuple[float, object]:
    samples, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--keep", type=Path, help="build the history in this folder and keep it")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="history-perf-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "history.sqlite3"
    rng = random.Random(7)
    now = datetime.now(UTC)

    if not path.exists():
        start = time.perf_counter()
        store = HistoryStore.open(path)
        for first in range(0, args.rows, 5000):  # the app writes row by row; this is quicker
            last = min(first + 5000, args.rows)
            store.record_many([make_entry(rng, now, n, args.rows) for n in range(first, last)])
        store.close()
        print(
            f"built {args.rows} rows in {time.perf_counter() - start:.1f} s "
            f"({path.stat().st_size / 1e6:.1f} MB) at {path}"
        )

    single_ms, _ = timed(lambda: _record_one(path, rng, now, args.rows), repeat=3)

    def open_store() -> HistoryStore:
        opened = HistoryStore.open(path)
        opened.close()
        return opened

    open_ms, _ = timed(open_store, repeat=3)
    store = HistoryStore.open(path)
    print(f"open (schema check + quick_check):  {open_ms:7.1f} ms")
    print(f"open + record one row + close:      {single_ms:7.1f} ms")

    some_order = store.query(limit=1, offset=12_345)[0].order_id
    cases: list[tuple[str, HistoryFilter]] = [
        ("everything", HistoryFilter()),
        ("order ID, full", HistoryFilter(text=some_order)),
        ("order ID, first 4 chars", HistoryFilter(text=some_order[:4])),
        ("candidate 'hopper'", HistoryFilter(text="hopper")),
        ("error code 'job_closed'", HistoryFilter(text="job_closed")),
        ("rare word 'zzz' (no match)", HistoryFilter(text="zzz")),
        ("outcome = api_error", HistoryFilter(outcomes=frozenset({OutcomeKind.API_ERROR}))),
        ("outcome unknown only", HistoryFilter(unknown_only=True)),
        ("profile = Staging", HistoryFilter(profile="Staging")),
        ("last 7 days", HistoryFilter(since=now - timedelta(days=7))),
        (
            "Staging + api_error + 30 days",
            HistoryFilter(
                profile="Staging",
                outcomes=frozenset({OutcomeKind.API_ERROR}),
                since=now - timedelta(days=30),
            ),
        ),
    ]
    print(f"{'filter':34} {'first page':>11} {'count':>9} {'next page':>10} {'rows':>7}")
    for label, flt in cases:
        page_ms, page = timed(lambda flt=flt: store.query(flt, limit=200))
        count_ms, count = timed(lambda flt=flt: store.count(flt))
        rows = page if isinstance(page, list) else []
        if rows:
            last = rows[-1].id
            next_ms, _ = timed(lambda flt=flt, last=last: store.query(flt, 200, before_id=last))
        else:
            next_ms = 0.0
        print(f"{label:34} {page_ms:8.1f} ms {count_ms:6.1f} ms {next_ms:7.1f} ms {count:7}")

    first_id = store.query(limit=1)[0].id
    get_ms, _ = timed(lambda: store.get(first_id))
    last_ms, _ = timed(lambda: store.last_for_order(some_order))
    print(f"details of one row (get):           {get_ms:7.2f} ms")
    print(f"last_for_order:                     {last_ms:7.2f} ms")
    export_ms, _ = timed(
        lambda: store.export_csv(folder / "export.csv", HistoryFilter(profile="Staging")), 1
    )
    print(f"export CSV (Staging, ~1/3 of rows):  {export_ms:7.0f} ms")
    store.close()
    _measure_window(path)
    return 0


def _measure_window(path: Path) -> None:
    """The history window offscreen: from creation to the first page on screen, and filters."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEventLoop
    from PySide6.QtWidgets import QApplication

    from app.ui.history.service import HistoryService
    from app.ui.history.view import HistoryWindow

    app = QApplication.instance() or QApplication([])
    clock = QElapsedTimer()
    clock.start()
    service = HistoryService(path)
    service.start()
    window = HistoryWindow(service)
    window.show()

    def wait_loaded() -> float:
        start = clock.elapsed()
        # A real event loop (sleeping between events), not a busy wait that would starve
        # the reader thread of the GIL.
        loop = QEventLoop()
        window.model.loaded.connect(loop.quit)
        loop.exec()
        window.model.loaded.disconnect(loop.quit)
        app.processEvents()  # the repaint that shows it
        return float(clock.elapsed() - start)

    first = wait_loaded()
    created = clock.elapsed()
    print(f"window: open + first page shown      {created:7.1f} ms (waited {first:.1f} ms)")
    cases = (
        ("search 'hopper'", lambda: window.search_edit.setText("hopper")),
        ("+ outcome = Refused by Kombo", lambda: window.outcome_combo.setCurrentIndex(4)),
        ("search cleared", lambda: window.search_edit.clear()),
        ("outcome = all", lambda: window.outcome_combo.setCurrentIndex(0)),
    )
    for attempt in ("first", "again"):
        for label, action in cases:
            start = clock.elapsed()
            action()
            window.apply_filter()  # without the 250 ms typing debounce
            wait_loaded()
            took = clock.elapsed() - start
            print(f"window ({attempt}): {label:28} {took:5.0f} ms -> {window.count_label.text()}")
    window.close()
    service.close()


def _record_one(path: Path, rng: random.Random, now: datetime, rows: int) -> None:
    store = HistoryStore.open(path)
    store.record(make_entry(rng, now, rows, rows))
    store.close()


if __name__ == "__main__":
    raise SystemExit(main())

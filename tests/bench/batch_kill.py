"""Kill `result-desk batch` at a random row, resume, ten times (issue 14): prints numbers.

    .venv/bin/python -m tests.bench.batch_kill [--kills 10] [--rows 200] [--seed N]

The batch (a process) sends a sheet to the sandbox (a process, with Kombo's limits and a slow
ATS) and is SIGKILLed after a random number of rows; the next run resumes it (`--resume`).
After the last kill one more run finishes the batch. Then, from the sandbox's own request log
and the desk's files: how often each order was written (never more than once is the target),
the rows whose outcome is unknown (each must be reported by the last run, never sent again),
and `PRAGMA integrity_check` of the batch journal and the history.
"""

from __future__ import annotations

import argparse
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from tests.bench.common import Row, Suite, emit, run_child

ROOT = Path(__file__).resolve().parents[2]
LIMITS = ("--rate-limit", "100/5", "--concurrency-limit", "6", "--write-latency", "0.05:0.3")


@dataclass
class KillResult:
    rows: int
    kills: int
    killed_after: list[int] = field(default_factory=list)  # rows answered before each kill
    recovered: list[int] = field(default_factory=list)  # rows found in flight at each resume
    final_exit: int | None = None
    written_once: int = 0
    written_twice: int = 0  # orders written more than once (target: 0)
    never_written: int = 0
    unknown: int = 0  # rows whose outcome is unknown at the end
    unknown_reported: int = 0  # of those, listed by the last run
    unknown_written: int = 0  # of those, the sandbox did receive (it cannot be known locally)
    not_in_sheet: int = 0  # writes to orders the sheet does not hold (target: 0)
    journal_check: str = ""
    history_check: str = ""
    history_records: int = 0
    written_rows: int = 0  # rows the journal has as written
    written_recorded: int = 0  # of those, with a successful attempt in the history
    seconds: float = 0.0

    def lines(self) -> list[str]:
        return [
            f"batch kill: {self.rows} rows, killed {self.kills} times at a random row "
            f"(after {', '.join(map(str, self.killed_after))} answers), resumed each time; "
            f"{self.seconds:.0f} s",
            f"  rows found in flight at each resume (now unknown): "
            f"{', '.join(map(str, self.recovered))}",
            f"  orders written exactly once {self.written_once}/{self.rows}, more than once "
            f"{self.written_twice} (target 0), never {self.never_written}, outside the sheet "
            f"{self.not_in_sheet}",
            f"  unknown rows {self.unknown}: reported by the last run {self.unknown_reported}/"
            f"{self.unknown}, not sent again; of them the sandbox had received "
            f"{self.unknown_written}",
            f"  last run exit {self.final_exit} (1: some rows unknown); journal integrity "
            f"{self.journal_check}, history integrity {self.history_check} "
            f"({self.history_records} records; written rows with their attempt in the history "
            f"{self.written_recorded}/{self.written_rows})",
        ]

    @property
    def passed(self) -> bool:
        return (
            self.written_twice == 0
            and self.not_in_sheet == 0
            and self.unknown_reported == self.unknown
            and self.written_once + self.never_written == self.rows
            and self.journal_check == self.history_check == "ok"
            and self.written_recorded == self.written_rows
        )


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def run_kills(folder: Path, *, kills: int, rows: int, seed: int) -> KillResult:
    sys.path.insert(0, str(ROOT / "tests" / "batch"))
    from batch_helpers import (
        batch_command,
        batch_env,
        open_orders,
        read_report,
        requests_log,
        start_sandbox,
        write_sheet,
    )

    result = KillResult(rows, kills)
    home = folder / "home"
    env = {**batch_env(), "RESULT_DESK_HOME": str(home)}
    rng = random.Random(seed)
    proc, base_url = start_sandbox(*LIMITS, seed_orders=max(400, rows * 3))
    started = time.perf_counter()
    try:
        attachment = folder / "report.pdf"
        attachment.write_bytes(b"%PDF-1.4 " + bytes(rng.randrange(256) for _ in range(3000)))
        orders = open_orders(base_url, rows)
        sheet = write_sheet(folder / "kill.csv", orders, [attachment])
        # Spread the kills over the sheet: each run sends a few rows at most.
        most = max(2, rows // (kills + 1))
        for run in range(kills):
            extra = ("--resume",) if run else ()
            batch = subprocess.Popen(
                batch_command(sheet, base_url, *extra),
                env=env,
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
            )
            assert batch.stdout is not None
            stop_after, seen = rng.randint(1, most), 0
            for line in batch.stdout:
                if " being sent when the batch stopped" in line:
                    result.recovered.append(int(line.split()[0]))
                if line.startswith("line "):
                    seen += 1
                    if seen == stop_after:
                        batch.send_signal(signal.SIGKILL)
                        break
            batch.wait(60)
            if batch.returncode != -signal.SIGKILL:
                raise RuntimeError(f"run {run + 1} ended (exit {batch.returncode}) before its kill")
            if run and len(result.recovered) < run:
                result.recovered.append(0)
            result.killed_after.append(seen)
        report = folder / "final.csv"
        final = subprocess.run(
            batch_command(sheet, base_url, "--resume", "--report", str(report)),
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=600,
        )
        result.seconds = time.perf_counter() - started
        result.final_exit = final.returncode
        for line in final.stdout.splitlines():
            if " being sent when the batch stopped" in line:
                result.recovered.append(int(line.split()[0]))
                break
        else:
            result.recovered.append(0)
        writes = Counter(
            r["order_id"]
            for r in requests_log(base_url)
            if r["method"] == "PUT" and r["path"].endswith("/result") and r["status"] == 200
        )
    finally:
        proc.terminate()
        proc.wait(10)
    states = {r["order_id"]: r["state"] for r in read_report(report)}
    unknown = [order for order, state in states.items() if state == "unknown"]
    result.written_once = sum(1 for order in orders if writes.get(order) == 1)
    result.written_twice = sum(1 for count in writes.values() if count > 1)
    result.never_written = sum(1 for order in orders if order not in writes)
    result.not_in_sheet = len(set(writes) - set(orders))
    result.unknown = len(unknown)
    result.unknown_reported = sum(1 for order in unknown if f" {order}: unknown" in final.stdout)
    result.unknown_written = sum(1 for order in unknown if order in writes)
    result.journal_check = _integrity(home / "batches.sqlite3")
    from app.store.history import HistoryStore

    store = HistoryStore.open(home / "history.sqlite3")
    try:
        result.history_check = store.integrity_check()
        records = [store.get(s.id) for s in store.query(limit=100_000)]
    finally:
        store.close()
    recorded = {r.order_id for r in records if r is not None and r.outcome == "success"}
    result.history_records = len(records)
    result.written_recorded = len(recorded & {o for o, s in states.items() if s == "written"})
    result.written_rows = sum(1 for s in states.values() if s == "written")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.batch_kill")
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--rows", type=int, default=200)
    parser.add_argument("--seed", type=int, default=None, help="default: a new one each run")
    parser.add_argument("--child", action="store_true", help="for python -m tests.bench")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    with tempfile.TemporaryDirectory(prefix="batch-kill-") as tmp:
        result = run_kills(Path(tmp), kills=args.kills, rows=args.rows, seed=seed)
    for line in result.lines():
        print(line)
    print(f"  seed {seed}; verdict: {'pass' if result.passed else 'FAIL'}")
    if args.child:
        emit({**asdict(result), "passed": result.passed, "seed": seed, "lines": result.lines()})
        return
    raise SystemExit(0 if result.passed else 1)


def run(suite: Suite) -> list[Row]:
    """For `python -m tests.bench` (not --quick): ten kills in a fresh process."""
    f = run_child(suite, "batch_kill", timeout=900)
    return [
        Row(
            "8 batch kill",
            f"orders written more than once after {f['kills']} kills and resumes",
            float(f["written_twice"]),
            "",
            target="0, unknown rows reported, files intact",
            passed=bool(f["passed"]),
            runs=1,
            note=f"{f['rows']} rows: written once {f['written_once']}, unknown "
            f"{f['unknown']} (reported {f['unknown_reported']}), never written "
            f"{f['never_written']}; journal {f['journal_check']}, history {f['history_check']}; "
            f"seed {f['seed']}",
        )
    ]


if __name__ == "__main__":
    main()

"""`result-desk batch` as a process against the sandbox (a process too) with Kombo's limits."""

from __future__ import annotations

import random
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from batch_helpers import (
    batch_command,
    batch_env,
    count_429,
    open_orders,
    read_report,
    start_sandbox,
    write_sheet,
    writes_per_order,
)

pytestmark = pytest.mark.slow


@pytest.fixture
def limited_sandbox() -> Iterator[str]:
    proc, base_url = start_sandbox(
        "--rate-limit", "20/2", "--concurrency-limit", "3", "--write-latency", "0.02:0.1"
    )
    try:
        yield base_url
    finally:
        proc.terminate()
        proc.wait(10)


def test_sixty_rows_are_each_written_once_at_kombos_pace(
    limited_sandbox: str, tmp_path: Path
) -> None:
    orders = open_orders(limited_sandbox, 60)
    sheet = write_sheet(tmp_path / "sixty.csv", orders)
    report = tmp_path / "report.csv"
    done = subprocess.run(
        batch_command(sheet, limited_sandbox, "--check-orders", "--report", str(report)),
        env=batch_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert writes_per_order(limited_sandbox) == dict.fromkeys(orders, 1)
    # 60 writes + 1 look-up at 20 per 2 s: the limiter waits instead of hammering.
    assert count_429(limited_sandbox) <= 3
    assert report.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read_report(report)
    assert [r["order_id"] for r in rows] == orders
    assert {r["state"] for r in rows} == {"written"}

    again = subprocess.run(
        batch_command(sheet, limited_sandbox), env=batch_env(), capture_output=True, text=True
    )
    assert again.returncode == 2
    assert "already sent in full" in again.stderr
    assert writes_per_order(limited_sandbox) == dict.fromkeys(orders, 1)


def test_bad_rows_stop_the_batch_before_anything_is_sent(
    limited_sandbox: str, tmp_path: Path
) -> None:
    sheet = tmp_path / "bad.csv"
    sheet.write_text(
        "Order ID,Status,Result URL\nA1,COMPLETED,https://r.example/a\nB2,OPEN,not a url\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        batch_command(sheet, limited_sandbox), env=batch_env(), capture_output=True, text=True
    )
    assert done.returncode == 2
    assert "line 2: error: completed_at: A completion time is required" in done.stderr
    assert "line 3, column 'Result URL': error: " in done.stderr
    assert writes_per_order(limited_sandbox) == {}


def test_killed_batches_resume_without_writing_any_order_twice(
    limited_sandbox: str, tmp_path: Path
) -> None:
    orders = open_orders(limited_sandbox, 60)
    sheet = write_sheet(tmp_path / "kill.csv", orders)
    rng = random.Random(20260401)
    for run in range(4):
        extra = ("--resume",) if run else ()
        proc = subprocess.Popen(
            batch_command(sheet, limited_sandbox, *extra),
            env=batch_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert proc.stdout is not None
        stop_after = rng.randint(3, 10)
        seen = 0
        for line in proc.stdout:
            if line.startswith("line "):
                seen += 1
                if seen == stop_after:
                    proc.send_signal(signal.SIGKILL)
                    break
        proc.wait(30)
        assert proc.returncode == -signal.SIGKILL, f"run {run} ended before its kill"
    report = tmp_path / "final.csv"
    final = subprocess.run(
        batch_command(sheet, limited_sandbox, "--resume", "--report", str(report)),
        env=batch_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    states = {r["order_id"]: r["state"] for r in read_report(report)}
    unknown = {order for order, state in states.items() if state == "unknown"}
    assert set(states.values()) <= {"written", "unknown"}
    assert final.returncode == (1 if unknown else 0), final.stdout + final.stderr
    for order in unknown:
        assert f" {order}: unknown" in final.stdout  # reported, not sent again
    writes = writes_per_order(limited_sandbox)
    assert all(count == 1 for count in writes.values()), writes
    assert {o for o, state in states.items() if state == "written"} <= set(writes)
    assert set(writes) <= set(orders)


def test_every_attempt_is_in_the_history_with_the_batch_id(
    limited_sandbox: str, tmp_path: Path
) -> None:
    from app.store.history import HistoryStore

    orders = open_orders(limited_sandbox, 5)
    sheet = write_sheet(tmp_path / "five.csv", orders)
    done = subprocess.run(
        batch_command(sheet, limited_sandbox), env=batch_env(), capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    batch_id = done.stdout.split("Batch ", 1)[1].split(":", 1)[0]
    store = HistoryStore.open_default()
    try:
        records = [store.get(s.id) for s in store.query()]
    finally:
        store.close()
    assert sorted(r.order_id for r in records if r is not None) == sorted(orders)
    assert {r.batch_id for r in records if r is not None} == {batch_id}

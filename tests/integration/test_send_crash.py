"""SIGKILL in the middle of a real send: every attempt is on record, and the next send asks.

A child process (`crash_sender.py`: the real Sender, KomboClient and history journal) sends one
result with a file to the sandbox in this process, which reads the body slowly and waits before
it writes (so kills land before, during and after the upload, and after the write). It is
killed at a point chosen by a seeded generator; the next child opens the same history as the
desk does at start and says what the check before a send finds for the killed order.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from app.sandbox import SandboxServer

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
KILLS = 20
# Where the kill lands: after the child is ready (the attempt may not be begun yet), part-way
# through the upload, after the whole body went out (the sandbox still waits, then writes), once
# the sandbox has written the result, and after the outcome is recorded (the control: known).
PHASES = ("ready", "uploading", "sent", "written", "recorded")

pytestmark = pytest.mark.slow


def _env(home: Path) -> dict[str, str]:
    return {
        **os.environ,
        "RESULT_DESK_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(REPO),
    }


def _lines(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    return lines if text.endswith("\n") else lines[:-1]  # a kill may cut the last line


def _start(
    home: Path, sandbox: SandboxServer, order: str, file: Path, previous: str
) -> tuple[subprocess.Popen[bytes], Path]:
    out = home / f"child-{order}.out"
    with open(out, "w", encoding="utf-8") as handle:
        child = subprocess.Popen(
            [
                sys.executable,
                str(HERE / "crash_sender.py"),
                sandbox.base_url,
                order,
                str(file),
                previous,
            ],
            env=_env(home),
            stdout=handle,
            stderr=subprocess.DEVNULL,
        )
    return child, out


def _kill_when(
    child: subprocess.Popen[bytes], out: Path, ready: object, budget_s: float = 30.0
) -> list[str]:
    """Poll the child's output until `ready(lines)` holds, then SIGKILL it; its lines."""
    deadline = time.monotonic() + budget_s
    try:
        while not ready(_lines(out)):  # type: ignore[operator]
            assert child.poll() is None, f"the child ended early: {_lines(out)}"
            assert time.monotonic() < deadline, f"the kill point never came: {_lines(out)}"
            time.sleep(0.002)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    return _lines(out)


def _progress(lines: list[str]) -> tuple[int, int]:
    for line in reversed(lines):
        if line.startswith("PROGRESS "):
            _, sent, total = line.split()
            return int(sent), int(total)
    return 0, 0


def _rows(home: Path, order: str) -> list[tuple[str, int]]:
    conn = sqlite3.connect(f"file:{home / 'history.sqlite3'}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute(
            "SELECT outcome, outcome_unknown FROM sends WHERE order_id = ?", (order,)
        ).fetchall()
    finally:
        conn.close()


def _wait_idle(sandbox: SandboxServer) -> None:
    deadline = time.monotonic() + 10
    while sandbox.active_requests:
        assert time.monotonic() < deadline, "the sandbox kept a request open"
        time.sleep(0.01)


def test_sigkill_at_random_points_of_a_send_leaves_every_attempt_on_record(
    desk_home: Path, sandbox: SandboxServer
) -> None:
    rng = random.Random(20260417)
    sandbox.faults.read_delay_per_mb = 1.5  # ~0.6 s upload
    sandbox.faults.latency = 0.3  # between the last byte read and the write
    file = desk_home / "report.pdf"
    file.write_bytes(b"%PDF-1.4\n" + rng.randbytes(300_000))
    orders = sandbox.order_ids("OPEN")[: KILLS + 1]
    phases = [PHASES[i % len(PHASES)] for i in range(KILLS)]
    rng.shuffle(phases)
    started = time.monotonic()
    seen: Counter[str] = Counter()
    previous = "-"
    expected_previous: tuple[str, str] | None = None
    for order, phase in zip(orders, phases, strict=False):
        child, out = _start(desk_home, sandbox, order, file, previous)
        fraction = rng.uniform(0.05, 0.95)
        pause = rng.uniform(0.0, 0.25)
        mark: dict[str, float] = {}

        def ready(
            lines: list[str],
            phase: str = phase,
            fraction: float = fraction,
            pause: float = pause,
            order: str = order,
            mark: dict[str, float] = mark,
        ) -> bool:
            if "READY" not in lines:
                return False
            if phase == "ready":
                return True
            sent, total = _progress(lines)
            if phase == "uploading":
                return total > 0 and sent >= fraction * total
            if phase == "sent":
                if total == 0 or sent < total:
                    return False
                mark.setdefault("at", time.monotonic())
                return time.monotonic() - mark["at"] >= pause
            if phase == "written":
                return sandbox.written_result(order) is not None
            return any(line.startswith("RECORDED ") for line in lines)

        lines = _kill_when(child, out, ready)
        # The previous kill, as the desk sees it after a start: unknown unless its outcome was
        # recorded (then the answer is known and sending again needs no question).
        if expected_previous is not None:
            head = next(line for line in lines if line.startswith("PREVIOUS "))
            assert head.split()[1:3] == list(expected_previous), (phase, head)
        _wait_idle(sandbox)  # the sandbox finishes with the dead child's request (and writes)

        rows = _rows(desk_home, order)
        reached = any(r.order_id == order for r in sandbox.logged_requests())
        written = sandbox.written_result(order) is not None
        recorded = any(line.startswith("RECORDED ") for line in lines)
        if reached or written:
            assert len(rows) == 1, (phase, lines[-3:], rows)  # every attempt that left
        assert len(rows) <= 1
        if rows and not recorded:
            assert rows[0] == ("in_flight", 1), (phase, rows)  # recovered at the next start
            expected_previous = (order, "unknown")
        elif rows:
            assert rows[0][0] == "success"
            expected_previous = (order, "known")
        else:
            expected_previous = (order, "missing")  # killed before anything was on record
        seen[f"{phase}:{expected_previous[1]}"] += 1
        seen[f"written_by_sandbox:{written}"] += 1
        previous = order

    # One last start only checks the last kill.
    final = subprocess.run(
        [sys.executable, str(HERE / "crash_sender.py"), sandbox.base_url, "-", "-", previous],
        env=_env(desk_home),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert expected_previous is not None
    assert final.stdout.split()[1:3] == list(expected_previous)
    conn = sqlite3.connect(desk_home / "history.sqlite3")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        left = conn.execute("SELECT COUNT(*) FROM sends WHERE outcome = 'in_flight'").fetchone()
        interrupted = conn.execute(
            "SELECT COUNT(*) FROM sends WHERE outcome = 'interrupted' AND outcome_unknown = 1"
        ).fetchone()
    finally:
        conn.close()
    assert left == (0,)  # every start recovered what the kill before it left
    # Kills landed in every phase, and some after the sandbox had written the result without
    # the desk learning it: exactly the sends that must ask before going again.
    assert interrupted[0] >= KILLS // 2
    assert seen["written_by_sandbox:True"] >= 5
    print(json.dumps({"elapsed_s": round(time.monotonic() - started, 1), **seen}))

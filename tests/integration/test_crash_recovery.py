"""SIGKILL while typing and while sends are recorded: the draft survives whole, the history
stays intact, and the next start restores the draft with its notice.

The program runs as a separate process (`crash_typist.py`: the real MainWindow and history
wiring, typing into itself and recording send attempts) and is killed at random moments,
many times over. Finally the real program (`python -m app --demo`) starts on the same folder
and restores the draft.
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
from pathlib import Path

import pytest

from app.store.drafts import DraftStore
from app.ui.common.context import DEMO_CONNECTION_NAME

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE))

from crash_typist import state_hash  # noqa: E402

KILLS = 12
TOTAL_BUDGET_S = 120.0

pytestmark = pytest.mark.slow


def _env(home: Path) -> dict[str, str]:
    env = {**os.environ, "RESULT_DESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHONPATH"] = str(REPO)
    return env


def _run_and_kill(home: Path, seed: int, delay: float) -> list[str]:
    """Start the typist, let it work `delay` seconds after READY, SIGKILL it; its output."""
    out_path = home / f"typist-{seed}.out"
    with open(out_path, "w", encoding="utf-8") as out:
        process = subprocess.Popen(
            [sys.executable, str(HERE / "crash_typist.py"), str(seed)],
            env=_env(home),
            stdout=out,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 30
            while "READY" not in out_path.read_text(encoding="utf-8"):
                assert process.poll() is None, "the typist ended before it was ready"
                assert time.monotonic() < deadline, "the typist did not start"
                time.sleep(0.02)
            time.sleep(delay)
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait(10)
    assert process.returncode == -signal.SIGKILL
    text = out_path.read_text(encoding="utf-8")
    lines = text.splitlines()
    return lines if text.endswith("\n") else lines[:-1]  # the kill may cut the last line


def _integrity(home: Path) -> tuple[str, int]:
    conn = sqlite3.connect(home / "history.sqlite3")
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        count = conn.execute("SELECT COUNT(*) FROM sends").fetchone()[0]
        bodies = conn.execute("SELECT COUNT(*) FROM send_bodies").fetchone()[0]
        assert bodies == count, "every send row has its body (one transaction)"
        return str(result), int(count)
    finally:
        conn.close()


def test_sigkill_while_typing_and_recording_loses_nothing_that_was_saved(
    desk_home: Path,
) -> None:
    rng = random.Random(20260404)
    started = time.monotonic()
    requested: list[str] = []  # every draft state a save was asked for, in order
    committed_rows = 0
    expected_restore: str | None = None
    runs = 0
    interrupted = 0
    leftovers = 0
    for seed in range(KILLS):
        if time.monotonic() - started > TOTAL_BUDGET_S:
            break
        lines = _run_and_kill(desk_home, seed, delay=rng.uniform(0.05, 1.2))
        runs += 1

        # What this start found: the draft left by the previous kill, whole, with a notice.
        head = lines[0]
        if expected_restore is None:
            assert head == "NOTHING"
        else:
            assert head == f"RESTORED {expected_restore}", (seed, lines[:3])
            assert lines[1].startswith("NOTICE Restored your unsent draft for order ")

        saving = [line.split()[1] for line in lines if line.startswith("SAVING ")]
        saved = [line.split()[1] for line in lines if line.startswith("SAVED ")]
        requested += saving
        recorded = [int(line.split()[1]) for line in lines if line.startswith("RECORDED ")]
        committed_rows += len(recorded)

        # The draft on disk parses and is one of the states a save was asked for, and not
        # older than the last save that was reported done.
        draft = DraftStore().load(DEMO_CONNECTION_NAME)
        assert draft is not None
        assert not DraftStore().notices  # never torn, never moved aside
        digest = state_hash(draft.state)
        assert digest in requested, "the draft is a state that was saved at some point"
        if saved:
            assert _last_index(requested, digest) >= _last_index(requested, saved[-1])
            if digest != saved[-1]:
                interrupted += 1  # killed between asking for a save and its "saved" report
        expected_restore = digest

        # The history is intact and holds every row that was reported committed.
        result, count = _integrity(desk_home)
        assert result == "ok"
        assert count >= committed_rows
        # A kill inside a save leaves its temp file (cleaned up once stale); the draft itself
        # was still the previous, whole one.
        leftovers = len(list((desk_home / "drafts").glob(".*.tmp")))
        assert leftovers <= runs

    assert runs >= 5
    assert committed_rows > 100  # rows were really being written when the kills came

    # The real program on the same folder restores the draft (its log says so).
    log_file = desk_home / "logs" / "result-desk.log"
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "--demo"],
        env=_env(desk_home),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=REPO,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            text = log_file.read_text(encoding="utf-8") if log_file.exists() else ""
            if "restored the draft" in text:
                break
            assert process.poll() is None, "the program ended"
            assert time.monotonic() < deadline, "the program did not restore the draft"
            time.sleep(0.05)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(10)
    assert f"restored the draft of {DEMO_CONNECTION_NAME!r}" in text
    result, _count = _integrity(desk_home)
    assert result == "ok"
    print(
        json.dumps(
            {
                "kills": runs,
                "history_rows": committed_rows,
                "draft_saves": len(requested),
                "kills_after_a_save_was_asked": interrupted,
                "kills_inside_a_write": leftovers,
            }
        )
    )


def _last_index(items: list[str], item: str) -> int:
    return len(items) - 1 - items[::-1].index(item)

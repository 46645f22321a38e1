"""Issue 12 item 10: a second start brings the first window forward instead of running twice
(two real processes, offscreen, on one RESULT_DESK_HOME); another data folder runs its own."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
WAIT_S = 60.0


def _env(home: Path) -> dict[str, str]:
    return dict(
        os.environ,
        RESULT_DESK_HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        PYTHONDONTWRITEBYTECODE="1",
    )


def _start(home: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "app", "--base-url", "http://127.0.0.1:9/v1", *args],
        cwd=ROOT,
        env=_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _log(home: Path) -> str:
    path = home / "logs" / "result-desk.log"
    if not path.exists():
        found = list(home.rglob("result-desk.log"))
        path = found[0] if found else path
    return path.read_text(encoding="utf-8") if path.exists() else ""


def _wait_for_log(home: Path, text: str, first: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + WAIT_S
    while text not in _log(home):
        assert first.poll() is None, first.communicate()
        assert time.monotonic() < deadline, f"{text!r} never logged:\n{_log(home)}"
        time.sleep(0.05)  # polling a file against a deadline


def test_a_second_start_brings_the_first_forward_and_exits(tmp_path: Path) -> None:
    home = tmp_path / "desk"
    home.mkdir()
    first = _start(home)
    try:
        _wait_for_log(home, "single instance: listening as", first)
        second = subprocess.run(
            [sys.executable, "-m", "app", "--integration-id", "acme:workday"],
            cwd=ROOT,
            env=_env(home),
            capture_output=True,
            text=True,
            timeout=WAIT_S,
            check=False,
        )
        assert second.returncode == 0, second.stderr
        _wait_for_log(home, "a second start brought this window forward", first)
        assert "'--integration-id', 'acme:workday'" in _log(home)  # its arguments arrived
        assert first.poll() is None  # the first runs on
        # The second never built a window of its own: one "listening" in the shared log.
        assert _log(home).count("single instance: listening as") == 1

        # Another data folder is another desk: it runs on its own.
        other_home = tmp_path / "other"
        other_home.mkdir()
        other = _start(other_home)
        try:
            _wait_for_log(other_home, "single instance: listening as", other)
        finally:
            other.terminate()
            other.wait(WAIT_S)
    finally:
        first.terminate()
        first.wait(WAIT_S)

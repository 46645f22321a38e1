"""test_rendering.py on the 1,366×768 offscreen screen it needs, in a process of its own
(the screen is the platform's, fixed when the QApplication starts)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCREEN = ROOT / "tests" / "i18n" / "screen-1366x768.json"


def test_every_window_in_german_and_french_at_1366x768_shows_its_texts_whole() -> None:
    if "configfile=" in os.environ.get("QT_QPA_PLATFORM", ""):
        return  # this run is already on that screen: test_rendering.py runs in it directly
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={SCREEN}", "QT_API": "pyside6"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "-q",
            str(ROOT / "tests" / "i18n" / "test_rendering.py"),
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout[-8000:] + done.stderr[-2000:]
    assert " passed" in done.stdout
    assert "skipped" not in done.stdout.splitlines()[-1], done.stdout[-2000:]

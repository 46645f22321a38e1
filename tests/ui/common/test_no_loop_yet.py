"""The profiles, the keys, the orders loader, the order lookup and the sender are made before
the qasync loop starts (the window paints first), so their modules must not need asyncio to
load and their locks are made on first use, on the loop."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_made_before_any_loop_and_used_on_the_qasync_loop(desk_home: Path) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        PYTHONPATH=str(ROOT),
    )
    result = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("no_loop_yet.py"))],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["before"] == []  # neither asyncio, qasync nor concurrent.futures loaded
    assert report["saved"] == ["Acme", "Beta"]  # both changes passed the store's lock
    assert json.loads((desk_home / "profiles.json").read_text())["default"] == "Acme"
    assert "keyring" in report["keyring"].lower()
    assert report["loader"].startswith("No API key for “Acme”")
    assert report["lookup"] == "No API key for “Acme”."
    assert report["sender"].startswith("No API key for “Acme”")

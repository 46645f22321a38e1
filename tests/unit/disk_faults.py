"""Run a snippet of Python against a data folder that is really read-only or really full.

As root, permission bits do not stop writes, so the folder is made read-only with a read-only
bind mount, and "full" is a tiny tmpfs, each inside a private mount namespace (`unshare`) that
disappears with the child process. As an ordinary user, read-only is `chmod 555`; a full disk
then cannot be made and the caller skips.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]


def _can_unshare() -> bool:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "true"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


def _python_command(script: str) -> list[str]:
    return [sys.executable, "-c", script]


def run_confined(folder: Path, mode: str, script: str, *, size: str = "256k") -> dict[str, Any]:
    """Run `script` with `folder` read-only (`mode="readonly"`) or tiny (`mode="full"`).

    The script runs with RESULT_DESK_HOME=`folder` and must print one JSON object as its last
    line, which is returned.
    """
    env = {**os.environ, "RESULT_DESK_HOME": str(folder), "PYTHONPATH": str(REPO)}
    python = shlex.join(_python_command(script))
    target = shlex.quote(str(folder))
    if _can_unshare():
        if mode == "readonly":
            inner = f"mount --bind -o ro {target} {target} && exec {python}"
        elif mode == "full":
            inner = f"mount -t tmpfs -o size={size},mode=0700 tmpfs {target} && exec {python}"
        else:
            raise ValueError(mode)
        command = ["unshare", "--mount", "--propagation", "private", "sh", "-c", inner]
    elif mode == "readonly" and os.geteuid() != 0:
        for path in [folder, *folder.rglob("*")]:
            mode_bits = path.stat().st_mode
            path.chmod(mode_bits & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
        command = _python_command(script)
    else:
        pytest.skip("a full disk can only be simulated as root with unshare")
    try:
        done = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=60, check=False
        )
    finally:
        if mode == "readonly" and os.geteuid() != 0:
            for path in [folder, *folder.rglob("*")]:
                path.chmod(path.stat().st_mode | stat.S_IWUSR)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]

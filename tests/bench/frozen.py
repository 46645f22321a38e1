"""1f. Start-up of the installed bundle against a bare window frozen the same way (`--frozen`).

Users start `/usr/bin/result-desk` (the .deb's PyInstaller bundle), not `python -m app`, so
this compares it with `tests/bench/bare_window.py` built by PyInstaller as a one-dir bundle too
(cached under `build/bench-frozen/`, rebuilt when bare_window.py changes; about a minute).
Neither can be started through `probe.py`: the bare bundle writes the first-paint mark itself
when frozen, the app when `RESULT_DESK_FIRST_PAINT_MARK` is set (bundles built before that
existed report no first paint, and that row then says so). Spawn → exit and peak RSS need no
mark: `--exit-on-first-paint` quits once start-up has finished, the bare bundle after its paint.

Runs alternate between the two after one unmeasured warm-up round, as in startup.py.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from tests.bench import FIRST_PAINT_MARK as MARK
from tests.bench.common import ROOT, Row, Suite, child_env, median, spread
from tests.bench.memory import TARGET_EXTRA_MB
from tests.bench.startup import TARGET_EXIT_RATIO, TARGET_RATIO

INSTALLED = Path("/usr/bin/result-desk")
BUILD = ROOT / "build" / "bench-frozen"
SOURCE = ROOT / "tests" / "bench" / "bare_window.py"
BARE_NAME = "bare-window"
FROZEN_BARE = "frozen bare"
FROZEN_APP = "installed bundle"


@dataclass
class Run:
    variant: str
    first_paint_ms: float | None
    exit_ms: float
    peak_rss_mb: float


def bare_bundle() -> Path:
    """The frozen bare window, built with PyInstaller unless the cached one is up to date."""
    executable = BUILD / "dist" / BARE_NAME / BARE_NAME
    if executable.exists() and executable.stat().st_mtime >= SOURCE.stat().st_mtime:
        return executable
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    command = [
        str(pyinstaller),
        "--noconfirm",
        "--onedir",
        "--name",
        BARE_NAME,
        "--distpath",
        str(BUILD / "dist"),
        "--workpath",
        str(BUILD / "work"),
        "--specpath",
        str(BUILD),
        str(SOURCE),
    ]
    env = dict(os.environ, PYINSTALLER_CONFIG_DIR=str(ROOT / "build" / "pyinstaller-cache"))
    print("    building the frozen bare window (PyInstaller, cached) ...", flush=True)
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True)
    return executable


def _launch(suite: Suite, variant: str, command: list[str]) -> Run:
    home = suite.workdir / f"home-{re.sub(r'[^a-z]+', '-', variant)}"
    home.mkdir(exist_ok=True)
    env = dict(child_env(suite, home), RESULT_DESK_FIRST_PAINT_MARK="1")
    started = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert process.stderr is not None
    err = process.stderr.read().decode(errors="replace")
    _pid, status, usage = os.wait4(process.pid, 0)
    ended = time.monotonic()
    process.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        tail = " | ".join(err.strip().splitlines()[-5:])
        raise RuntimeError(f"{variant} exited {code}: {tail}")
    painted = re.search(re.escape(MARK) + r" ([0-9.]+)", err)
    first_paint = (float(painted.group(1)) - started) * 1000 if painted else None
    return Run(variant, first_paint, (ended - started) * 1000, usage.ru_maxrss / 1024)


def run(suite: Suite) -> list[Row]:
    if not INSTALLED.exists():
        return [
            Row(
                "1f frozen",
                "installed bundle",
                None,
                "ms",
                note=f"{INSTALLED} is not installed (install the .deb from dist/ to measure it)",
            )
        ]
    commands = {
        FROZEN_BARE: [str(bare_bundle())],
        FROZEN_APP: [
            str(INSTALLED),
            *("--base-url", "http://127.0.0.1:9/v1", "--integration-id", "x:y"),
            "--exit-on-first-paint",
        ],
    }
    for variant, command in commands.items():  # warm-up
        _launch(suite, variant, command)
    runs: list[Run] = []
    for _ in range(1 if suite.quick else suite.runs):
        for variant, command in commands.items():
            runs.append(_launch(suite, variant, command))

    def of(variant: str, attr: str) -> list[float]:
        values = [getattr(r, attr) for r in runs if r.variant == variant]
        return [v for v in values if v is not None]

    out = []
    paint, bare_paint = of(FROZEN_APP, "first_paint_ms"), of(FROZEN_BARE, "first_paint_ms")
    if paint and bare_paint:
        value, reference = median(paint), median(bare_paint)
        out.append(
            Row(
                "1f frozen",
                "spawn → first paint (installed bundle)",
                value,
                "ms",
                reference,
                "frozen bare window",
                f"≤ {TARGET_RATIO}× bare",
                value <= TARGET_RATIO * reference,
                len(paint),
                spread(paint),
            )
        )
    else:
        out.append(
            Row(
                "1f frozen",
                "spawn → first paint (installed bundle)",
                None,
                "ms",
                note="the installed bundle writes no first-paint mark (built before "
                "RESULT_DESK_FIRST_PAINT_MARK): rebuild the .deb to measure it",
            )
        )
    exits, bare_exits = of(FROZEN_APP, "exit_ms"), of(FROZEN_BARE, "exit_ms")
    value, reference = median(exits), median(bare_exits)
    out.append(
        Row(
            "1f frozen",
            "spawn → start-up finished (installed bundle)",
            value,
            "ms",
            reference,
            "frozen bare window, spawn → exit",
            f"≤ {TARGET_EXIT_RATIO}× bare",
            value <= TARGET_EXIT_RATIO * reference,
            len(exits),
            spread(exits),
        )
    )
    rss, bare_rss = of(FROZEN_APP, "peak_rss_mb"), of(FROZEN_BARE, "peak_rss_mb")
    value, reference = median(rss), median(bare_rss)
    out.append(
        Row(
            "1f frozen",
            "peak RSS after start-up (installed bundle)",
            value,
            "MB",
            reference,
            "frozen bare window",
            f"≤ bare + {TARGET_EXTRA_MB:.0f} MB",
            value - reference <= TARGET_EXTRA_MB,
            len(rss),
            spread(rss, "{:.1f}"),
            ratio_text=f"{value - reference:+.1f} MB",
        )
    )
    return out

"""Instructions to the first paint, counted by callgrind: the start-up A/B that noise can't blur.

    .venv/bin/python -m tests.bench --only instructions

Wall times on a shared two-core machine move by ±10 % from run to run (the same start-up
measured twice gave 1.76× and 1.94× the bare window); instruction counts move by well under
1 %. Each variant (the bare window, `app --base-url`) runs once under
`valgrind --tool=callgrind`, started through tests.bench.probe with
RESULT_DESK_BENCH_EXIT_AT_PAINT set, so the process ends at its first paint and the count is
start-up alone. About a minute per variant; full runs only, and only where valgrind is installed
(not part of .ci/setup). No target: the ratio of rows 1 is what the issue judges; this one says
whether a change moved it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

from tests.bench.common import ROOT, Row, Suite, child_env, fresh_home
from tests.bench.startup import APP_URL, BARE, VARIANTS

_COLLECTED = re.compile(r"Collected : (\d+)")


def count(suite: Suite, variant: str) -> int:
    """Instructions (callgrind's Ir) of one start of `variant`, spawn to first paint."""
    env = dict(child_env(suite, fresh_home(suite)), RESULT_DESK_BENCH_EXIT_AT_PAINT="1")
    python = [sys.executable, "-m", "tests.bench.probe", *VARIANTS[variant]]
    # One start without valgrind first: .pyc files written, the data folder created.
    subprocess.run(python, cwd=ROOT, env=env, capture_output=True, timeout=120, check=False)
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *python],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip
    found = _COLLECTED.search(done.stderr)
    if found is None:
        tail = " | ".join(done.stderr.strip().splitlines()[-4:])
        raise RuntimeError(f"callgrind gave no count for {variant}: {tail}")
    return int(found.group(1))


def run(suite: Suite) -> list[Row]:
    measure = "instructions to the first paint (--base-url, callgrind)"
    if shutil.which("valgrind") is None:
        return [Row("1i instructions", measure, None, "M instr", note="valgrind is not installed")]
    bare, app = round(count(suite, BARE) / 1e6, 1), round(count(suite, APP_URL) / 1e6, 1)
    return [Row("1i instructions", measure, app, "M instr", bare, "bare window", runs=1)]

"""Start-up time of Result Desk: spawn to first paint, for several ways of starting it.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/bench_startup.py \
        --runs 15 "/usr/bin/result-desk" ".venv/bin/python -m app"

Each command gets `--exit-on-first-paint` appended and runs `--runs` times, interleaved so
that machine noise hits all alike; prints the median and the quartiles of the wall time and
the median peak RSS. Every run gets a fresh RESULT_DESK_HOME. Prints numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shlex
import statistics
import subprocess
import tempfile
import time


def run_once(command: list[str], home: str) -> tuple[float, int]:
    env = dict(os.environ, RESULT_DESK_HOME=home)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    process = subprocess.Popen(
        [*command, "--exit-on-first-paint"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{shlex.join(command)} exited with {os.waitstatus_to_exitcode(status)}")
    return elapsed, usage.ru_maxrss // 1024  # ru_maxrss is in KiB on Linux


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("commands", nargs="+", help="each a shell-quoted command line")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--warmup", type=int, default=2, help="untimed runs first (disk cache)")
    args = parser.parse_args()
    commands = [shlex.split(c) for c in args.commands]
    times: dict[int, list[float]] = {i: [] for i in range(len(commands))}
    rss: dict[int, list[int]] = {i: [] for i in range(len(commands))}
    with tempfile.TemporaryDirectory() as base:
        for round_ in range(args.warmup + args.runs):
            for i, command in enumerate(commands):
                home = tempfile.mkdtemp(dir=base)
                elapsed, peak = run_once(command, home)
                if round_ >= args.warmup:
                    times[i].append(elapsed)
                    rss[i].append(peak)
    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    print(f"spawn to first paint, {args.runs} runs each ({platform}):")
    for i, command in enumerate(commands):
        q1, median, q3 = statistics.quantiles(times[i], n=4)
        print(
            f"  {shlex.join(command):40}  median {median * 1000:5.0f} ms"
            f"  (quartiles {q1 * 1000:.0f}-{q3 * 1000:.0f} ms)"
            f"  peak RSS {statistics.median(rss[i]):.0f} MB"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

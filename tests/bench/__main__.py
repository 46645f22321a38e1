"""`python -m tests.bench [--quick] [--runs N] [--json PATH] [--markdown PATH] [--only NAMES]`

Runs the benchmarks of issue 8 (and of issues 14, 15 and 17) side by side and prints one
table: Result Desk's medians, the reference's, their ratio, the target and the verdict, then
the machine and the profiles that explain the figures. `--quick` runs everything once with
small sizes (CI: it proves that every benchmark runs; targets are not judged by its exit
code). A full run exits 1 when a target is missed, 2 when a benchmark could not run. batch,
batch_kill and team_search take minutes and run in full runs only.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from tests.bench import frozen, memory, orders, send, session, startup, validation
from tests.bench.common import Row, Suite, failed_row, rows_json, table_lines

NAMES = (
    "startup",
    "memory",
    "frozen",
    "send",
    "validation",
    "orders",
    "session",
    "batch",
    "batch_kill",
    "team_search",
    "instructions",
)
# Minutes each (a rate-limited batch, ten kills, a million PostgreSQL rows, callgrind): full
# runs only, never in --quick, which CI runs to prove the suite works.
FULL_ONLY = frozenset({"batch", "batch_kill", "team_search", "instructions"})


def full_only(name: str) -> Any:
    return importlib.import_module(f"tests.bench.{name}")


def machine_info() -> dict[str, str]:
    info: dict[str, str] = {}
    info["date"] = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    cores = os.cpu_count() or 0
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cores
    info["cores"] = f"{usable} usable of {cores}"
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                info["memory"] = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    info["cpu"] = cpu
    info["os"] = f"{platform.system()} {platform.release()}"
    info["python"] = platform.python_version()
    versions = []
    for package in ("PySide6-Essentials", "qasync", "httpx", "pydantic"):
        try:
            versions.append(f"{package} {metadata.version(package)}")
        except metadata.PackageNotFoundError:
            continue
    try:
        from PySide6.QtCore import qVersion

        versions.append(f"Qt {qVersion()}")
    except ImportError:
        pass
    info["versions"] = ", ".join(versions)
    info["qt platform"] = "offscreen"
    if hasattr(os, "getloadavg"):
        info["load at start"] = "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    return info


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="every benchmark once, small sizes")
    parser.add_argument("--runs", type=int, default=7, help="start-up runs per variant (default 7)")
    parser.add_argument("--json", metavar="PATH", help="also write the figures as JSON")
    parser.add_argument(
        "--markdown", metavar="PATH", help="also write the table and the machine as Markdown"
    )
    parser.add_argument(
        "--frozen",
        action="store_true",
        help="also start the installed bundle (/usr/bin/result-desk) against a bare window "
        "frozen by PyInstaller (built once, cached under build/bench-frozen/)",
    )
    parser.add_argument(
        "--only", metavar="NAMES", help=f"comma-separated subset of {', '.join(NAMES)}"
    )
    args = parser.parse_args(argv)
    chosen = NAMES if not args.only else tuple(n.strip() for n in args.only.split(","))
    unknown = set(chosen) - set(NAMES)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    workdir = Path(tempfile.mkdtemp(prefix="result-desk-bench-"))
    suite = Suite(quick=args.quick, runs=args.runs, workdir=workdir, frozen=args.frozen)
    info = machine_info()
    mode = "quick (sizes reduced, one run each: not for judging)" if args.quick else "full"
    print(f"Result Desk benchmarks, {mode}; started {info['date']}", flush=True)
    rows: list[Row] = []
    started = time.perf_counter()
    try:
        samples: list[startup.Sample] = []

        def run_startup() -> list[Row]:
            samples.extend(startup.measure(suite))
            suite.sections.append(startup.import_profile(suite))
            return startup.rows(samples)

        def run_memory() -> list[Row]:
            if not samples:
                samples.extend(startup.measure(suite))
            return memory.rows(samples)

        steps: dict[str, tuple[str, Callable[[], list[Row]]]] = {
            "startup": ("1 start-up", run_startup),
            "memory": ("2 memory", run_memory),
            "frozen": ("1f frozen", lambda: frozen.run(suite)),
            "send": ("3 send", lambda: send.run(suite)),
            "validation": ("4 validation", lambda: validation.run(suite)),
            "orders": ("5 orders", lambda: orders.run(suite)),
            "session": ("6 session", lambda: session.run(suite)),
            # Imported when run: team_search imports the app and psycopg, which the parent of
            # the measurements must not load.
            "batch": ("7 batch", lambda: full_only("batch").run(suite)),
            "batch_kill": ("8 batch kill", lambda: full_only("batch_kill").run(suite)),
            "team_search": ("9 team search", lambda: full_only("team_search").run(suite)),
            "instructions": ("1i instructions", lambda: full_only("instructions").run(suite)),
        }
        for name in NAMES:
            if name not in chosen:
                continue
            if name == "frozen" and not args.frozen:
                continue
            if args.quick and name in FULL_ONLY:
                print(f"  skipping {name} (full runs only)", flush=True)
                continue
            label, step = steps[name]
            print(f"  running {label} ...", flush=True)
            step_started = time.perf_counter()
            try:
                rows.extend(step())
            except Exception as error:  # one broken benchmark must not hide the others
                rows.append(failed_row(label, "benchmark", error))
                print(f"    {label} failed: {error}", file=sys.stderr, flush=True)
            print(f"    done in {time.perf_counter() - step_started:.1f} s", flush=True)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if hasattr(os, "getloadavg"):
        info["load at end"] = "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    info["duration"] = f"{time.perf_counter() - started:.0f} s"

    print()
    for line in table_lines(rows):
        print(line)
    notes = [f"  {r.bench} / {r.measure}: {r.note}" for r in rows if r.note]
    if notes:
        print("\nNotes:")
        print("\n".join(notes))
    print("\nMachine: " + "; ".join(f"{key}: {value}" for key, value in info.items()))
    busy = [v for k, v in info.items() if k.startswith("load") and float(v.split()[0]) > 1.0]
    if busy and hasattr(os, "getloadavg"):
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
        if max(float(v.split()[0]) for v in busy) > cores:
            print(
                "Warning: the machine was busy (1-minute load above its core count): wall "
                "times are inflated; the ratios and CPU times are steadier. Run again when idle."
            )
    for section in suite.sections:
        print()
        print(section)

    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    "machine": info,
                    "quick": args.quick,
                    "rows": rows_json(rows),
                    "sections": suite.sections,
                },
                indent=2,
                ensure_ascii=False,
            )
            + "\n"
        )
    if args.markdown:
        machine = ", ".join(f"{key}: {value}" for key, value in info.items())
        bullets = [f"- {r.bench}, {r.measure}: {r.note}" for r in rows if r.note]
        Path(args.markdown).write_text(
            "\n".join(
                [*table_lines(rows, markdown=True), "", *bullets, "", f"Machine: {machine}.", ""]
            )
        )
    if any(r.value is None and r.note.startswith("did not run") for r in rows):
        return 2
    if not args.quick and any(r.passed is False for r in rows):
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

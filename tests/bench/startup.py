"""1. Start-up: process spawn to the main window's first paint, against a bare QMainWindow.

Every variant is started the same way, `python -m tests.bench.probe MODULE ARGS`, which reports
the first QMainWindow paint on stderr (see probe.py); the variants take turns run after run so
that the machine's noise falls on all of them alike. One unmeasured warm-up round fills the
page cache and the `.pyc` files first. The same runs give the peak RSS (memory.py), from
`os.wait4`'s rusage of that very child.

`--exit-on-first-paint` does not quit at the first paint: it quits once start-up has finished
(the first paint, then the orders dock, the history and the team history; see `app/main.py`),
so "spawn → process exit" spans all of start-up. A new form's validator (pydantic) is not part
of it: it loads at idle after start-up, which the "app warm" runs measure (ended once it has).
`--demo` starts the sandbox only after start-up (and not at all with `--exit-on-first-paint`),
so the window is also measured as a normal start with a connection from the command line
(`--base-url`), which needs no sandbox at all.

Also reported: what the app imports before its first paint (`python -X importtime` through the
same probe; only the lines written before the first-paint mark count), with medians over runs.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass

from tests.bench import FIRST_PAINT_MARK as MARK
from tests.bench.common import ROOT, Row, Suite, child_env, median, spread

BARE = "bare"
APP_DEMO = "app --demo"
APP_URL = "app --base-url"
APP_WARM = "app warm"  # the --base-url start, ended once the validator warmed up at idle
VARIANTS: dict[str, list[str]] = {
    BARE: ["tests.bench.bare_window"],
    APP_DEMO: ["app", "--demo", "--exit-on-first-paint"],
    # Port 9 (discard) on loopback: a realistic connection that is never contacted at start-up.
    APP_URL: [
        "app",
        "--base-url",
        "http://127.0.0.1:9/v1",
        "--integration-id",
        "x:y",
        "--exit-on-first-paint",
    ],
}
# Issue 13's targets: first paint ≤ 1.8× the bare window's; spawn → start-up finished
# (`--exit-on-first-paint` exit) ≤ 3.5× the bare window's spawn → exit.
TARGET_RATIO = 1.8
TARGET_EXIT_RATIO = 3.5
# Imports worth naming in the report when they happen before the first paint.
HEAVY = ("pydantic", "httpx", "keyring", "qasync", "asyncio", "sqlite3", "ssl", "app.sandbox")


@dataclass
class Sample:
    variant: str
    first_paint_ms: float | None  # None: the probe saw no paint (the run still counts for exit)
    exit_ms: float
    cpu_ms: float  # user + system CPU time of the whole run: steadier than wall time under load
    peak_rss_mb: float
    exit_code: int


def launch(
    suite: Suite, variant: str, extra_python_args: tuple[str, ...] = ()
) -> tuple[Sample, str]:
    """Spawn one variant, wait for it, and return its sample and its stderr."""
    command = [
        sys.executable,
        *extra_python_args,
        "-m",
        "tests.bench.probe",
        *VARIANTS[variant],
    ]
    # One data folder per variant, kept across its runs: the warm-up run is the first start
    # (settings, history database created), the measured ones are the everyday starts.
    home = suite.workdir / f"home-{re.sub(r'[^a-z]+', '-', variant)}"
    home.mkdir(exist_ok=True)
    env = child_env(suite, home)
    started = time.monotonic()
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    assert process.stderr is not None
    err = process.stderr.read().decode(errors="replace")
    # wait4, not Popen.wait: its rusage is this child's own peak RSS (ru_maxrss, in KiB).
    _pid, status, usage = os.wait4(process.pid, 0)
    ended = time.monotonic()
    process.returncode = os.waitstatus_to_exitcode(status)
    process.stderr.close()
    painted = re.search(re.escape(MARK) + r" ([0-9.]+)", err)
    first_paint = (float(painted.group(1)) - started) * 1000 if painted else None
    sample = Sample(
        variant,
        first_paint,
        (ended - started) * 1000,
        (usage.ru_utime + usage.ru_stime) * 1000,
        usage.ru_maxrss / 1024,
        process.returncode,
    )
    return sample, err


WARM_MARK = "[bench] validator-ready"


def launch_until_warm(suite: Suite) -> Sample:
    """The --base-url start without --exit-on-first-paint, ended (SIGTERM) once the validator
    has warmed up at idle (`Desk.warm_up_validator`): its peak RSS is the window's at rest with
    everything start-up and the warm-up load; `exit_ms` is spawn → validator ready."""
    command = [sys.executable, "-m", "tests.bench.probe", *VARIANTS[APP_URL][:-1]]
    home = suite.workdir / "home-app-warm"
    home.mkdir(exist_ok=True)
    env = dict(child_env(suite, home), RESULT_DESK_FIRST_PAINT_MARK="1")
    started = time.monotonic()
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    assert process.stderr is not None
    ready = None
    for raw in process.stderr:
        line = raw.decode(errors="replace")
        if line.startswith(WARM_MARK):
            ready = (float(line.split()[2]) - started) * 1000
            process.terminate()
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    process.stderr.close()
    if ready is None:
        raise RuntimeError(f"app exited {process.returncode} before its validator warmed up")
    return Sample(
        "app warm", None, ready, (usage.ru_utime + usage.ru_stime) * 1000,
        usage.ru_maxrss / 1024, 0,
    )  # fmt: skip


def measure(suite: Suite) -> list[Sample]:
    runs = 1 if suite.quick else suite.runs
    for variant in VARIANTS:  # warm-up, not counted: .pyc files, page cache, first start
        launch(suite, variant)
    samples = []
    for _ in range(runs):
        for variant in VARIANTS:
            sample, err = launch(suite, variant)
            if sample.exit_code != 0:
                tail = " | ".join(err.strip().splitlines()[-5:])
                raise RuntimeError(f"{variant} exited {sample.exit_code}: {tail}")
            samples.append(sample)
    # Fewer: each waits out the warm-up's idle delay, and the figure is a side note.
    samples.extend(launch_until_warm(suite) for _ in range(1 if suite.quick else 5))
    return samples


def rows(samples: list[Sample]) -> list[Row]:
    def of(variant: str, attr: str) -> list[float]:
        values = [getattr(s, attr) for s in samples if s.variant == variant]
        return [v for v in values if v is not None]

    bare_paint = of(BARE, "first_paint_ms")
    bare_exit = of(BARE, "exit_ms")
    out = []
    for variant, label in ((APP_URL, "--base-url"), (APP_DEMO, "--demo")):
        paint = of(variant, "first_paint_ms")
        value, reference = median(paint), median(bare_paint)
        out.append(
            Row(
                "1 start-up",
                f"spawn → first paint ({label})",
                value,
                "ms",
                reference,
                "bare window",
                f"≤ {TARGET_RATIO}× bare",
                value <= TARGET_RATIO * reference,
                len(paint),
                spread(paint),
            )
        )
    cpu = of(APP_URL, "cpu_ms")
    out.append(
        Row(
            "1 start-up",
            "CPU time, spawn → exit (--base-url)",
            median(cpu),
            "ms",
            median(of(BARE, "cpu_ms")),
            "bare window",
            runs=len(cpu),
            spread=spread(cpu),
            note="user + system time of the process: less sensitive to other load than wall time",
        )
    )
    exits = of(APP_URL, "exit_ms")
    out.append(
        Row(
            "1 start-up",
            "spawn → start-up finished, exit (--base-url)",
            median(exits),
            "ms",
            median(bare_exit),
            "bare window, spawn → exit",
            f"≤ {TARGET_EXIT_RATIO}× bare",
            median(exits) <= TARGET_EXIT_RATIO * median(bare_exit),
            runs=len(exits),
            spread=spread(exits),
            note="--exit-on-first-paint quits once start-up has finished (orders panel, "
            "history, team history; a new form's validator loads later, at idle); includes "
            "quitting and interpreter shutdown, as the bare one's",
        )
    )
    warm = of(APP_WARM, "exit_ms")
    out.append(
        Row(
            "1 start-up",
            "spawn → validator warmed up at idle (--base-url)",
            median(warm),
            "ms",
            runs=len(warm),
            spread=spread(warm),
            note="not start-up: Desk.warm_up_validator loads pydantic and the models at idle "
            "(VALIDATOR_WARM_UP_DELAY_MS after it), one part per loop turn",
        )
    )
    return out


# --- what is imported before the first paint ----------------------------------------------------

_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")


def _tree(text: str) -> tuple[list[str], dict[str, list[str]], dict[str, tuple[int, int]]]:
    """Top-level imports, each module's children, and (self, cumulative) µs per module.

    `-X importtime` prints a module after everything it imported (post-order), indented by
    depth: the lines one level deeper that came just before a module are its children.
    """
    pending: dict[int, list[str]] = defaultdict(list)
    children: dict[str, list[str]] = {}
    times: dict[str, tuple[int, int]] = {}
    for match in _LINE.finditer(text):
        own, cumulative, indent, name = match.groups()
        depth = (len(indent) - 1) // 2
        children[name] = pending.pop(depth + 1, [])
        pending[depth].append(name)
        times[name] = (int(own), int(cumulative))
    return pending.get(0, []), children, times


def import_profile(suite: Suite) -> str:
    """`-X importtime` of the app up to its first paint: medians per module, as text."""
    runs = 1 if suite.quick else 3
    own_us: dict[str, list[int]] = defaultdict(list)
    cumulative_us: dict[str, list[int]] = defaultdict(list)
    roots: list[str] = []
    children: dict[str, list[str]] = {}
    totals = []
    for run in range(runs):
        _sample, err = launch(suite, APP_URL, ("-X", "importtime"))
        before_paint = err.split(MARK, 1)[0]
        run_roots, run_children, times = _tree(before_paint)
        if run == 0:
            roots, children = run_roots, run_children
        for name, (own, cumulative) in times.items():
            own_us[name].append(own)
            cumulative_us[name].append(cumulative)
        totals.append(sum(own for own, _ in times.values()))

    def own(name: str) -> float:
        return median(own_us[name]) / 1000

    def cumulative(name: str) -> float:
        return median(cumulative_us[name]) / 1000

    packages: dict[str, float] = defaultdict(float)
    for name in own_us:
        head = name.split(".")[0]
        head = {"shiboken6": "PySide6", "shibokensupport": "PySide6"}.get(head, head)
        head = {"pydantic_core": "pydantic", "annotated_types": "pydantic"}.get(head, head)
        if head == "app":
            head = ".".join(name.split(".")[:2])
        packages[head] += own(name)
    lines = [
        f"Imports before the first paint (python -X importtime of `app --base-url`, {runs} "
        f"run(s), medians; -X importtime itself slows imports down): {len(own_us)} modules, "
        f"{median(totals) / 1000:.0f} ms.",
        "  by package (own time, summed):",
    ]
    ranked = sorted(packages.items(), key=lambda kv: -kv[1])
    for head, cost in ranked[:14]:
        lines.append(f"    {head:<30} {cost:7.1f} ms")
    threshold = 5.0 if suite.quick else 8.0
    lines.append(
        f"  the import tree, where it costs at least {threshold:.0f} ms (cumulative / own):"
    )

    def walk(name: str, depth: int) -> None:
        if cumulative(name) < threshold or depth > 4:
            return
        label = "  " * depth + name
        lines.append(f"    {label:<46} {cumulative(name):7.1f} / {own(name):5.1f} ms")
        for child in sorted(children.get(name, []), key=lambda c: -cumulative(c)):
            walk(child, depth + 1)

    for root in sorted(roots, key=lambda r: -cumulative(r)):
        walk(root, 0)
    present = [h for h in HEAVY if any(n == h or n.startswith(h + ".") for n in own_us)]
    absent = [h for h in HEAVY if h not in present]
    lines.append(
        f"  imported before the first paint: {', '.join(present) or 'none of the heavy ones'}"
    )
    lines.append(f"  kept off the first-paint path: {', '.join(absent) or 'none'}")
    return "\n".join(lines)

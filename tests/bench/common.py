"""What every benchmark shares: rows of the table, child processes, statistics, /proc readings.

The parent process (`python -m tests.bench`) never imports Qt or the app: each measurement runs
in a child started with `child_command`, which prints its figures as one `BENCH-JSON {...}` line.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
JSON_MARK = "BENCH-JSON "
MB = 1024 * 1024


@dataclass
class Row:
    """One line of the table: Result Desk's figure, the reference's, and the verdict."""

    bench: str  # "1 start-up"
    measure: str  # what was measured, briefly
    value: float | None  # Result Desk's median (None: could not be measured)
    unit: str  # "ms", "MB", "s"
    reference: float | None = None  # the reference's median, same unit
    reference_label: str = ""  # what the reference is ("bare window", "plain httpx PUT")
    target: str = ""  # "≤ 1.3× bare", "≤ +35 MB", "< 16 ms"; "" for figures without a target
    passed: bool | None = None  # None: no target, or not measured
    runs: int = 0
    spread: str = ""  # e.g. "min 301, max 355"
    note: str = ""
    ratio_text: str = ""  # shown instead of the ratio when the target is a difference

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.reference:
            return None
        return self.value / self.reference


@dataclass
class Suite:
    """Sizes and repetitions: `quick` only proves that everything runs."""

    quick: bool
    runs: int  # start-up runs per variant; the other benchmarks scale from it
    workdir: Path
    frozen: bool = False  # also the installed bundle against a frozen bare window
    sections: list[str] = field(default_factory=list)  # free text printed after the table

    @property
    def attachment_mb(self) -> int:
        return 1 if self.quick else 10

    @property
    def send_runs(self) -> int:
        return 1 if self.quick else max(3, self.runs - 2)

    @property
    def orders(self) -> int:
        return 1000 if self.quick else 10_000


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def spread(values: Sequence[float], fmt: str = "{:.0f}") -> str:
    if len(values) < 2:
        return ""
    return f"min {fmt.format(min(values))}, max {fmt.format(max(values))}"


def child_env(suite: Suite, home: Path | None = None) -> dict[str, str]:
    """The environment of every child: offscreen Qt, a private data folder, no keyring, no key.

    Bytecode is cached in the suite's own folder (an installed app has its .pyc files; without
    them every start would compile the app's sources again), whatever PYTHONDONTWRITEBYTECODE
    the calling shell sets, and without writing into the source tree.
    """
    env = dict(os.environ)
    env.pop("KOMBO_API_KEY", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        PYTHONPYCACHEPREFIX=str(suite.workdir / "pycache"),
        QT_QPA_PLATFORM="offscreen",
        QT_API="pyside6",
        RESULT_DESK_HOME=str(home or fresh_home(suite)),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p),
        # Offscreen Qt complains about size hints on stderr; keep the output readable.
        QT_LOGGING_RULES="qt.qpa.*=false",
    )
    return env


def fresh_home(suite: Suite) -> Path:
    return Path(tempfile.mkdtemp(prefix="home-", dir=suite.workdir))


def child_command(module: str, *args: str) -> list[str]:
    return [sys.executable, "-m", f"tests.bench.{module}", "--child", *args]


def run_child(
    suite: Suite, module: str, *args: str, timeout: float = 300.0, home: Path | None = None
) -> dict[str, Any]:
    """Run one measurement in a fresh process and return what it printed after JSON_MARK."""
    command = child_command(module, *args)
    done = subprocess.run(
        command,
        cwd=ROOT,
        env=child_env(suite, home),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    for line in reversed(done.stdout.splitlines()):
        if line.startswith(JSON_MARK):
            result: dict[str, Any] = json.loads(line[len(JSON_MARK) :])
            return result
    tail = (done.stderr or done.stdout).strip().splitlines()[-12:]
    raise RuntimeError(
        f"{' '.join(command[1:])} exited {done.returncode} without figures:\n  " + "\n  ".join(tail)
    )


def emit(figures: dict[str, Any]) -> None:
    """In a child: hand the figures to the parent."""
    print(JSON_MARK + json.dumps(figures), flush=True)


def proc_status_mb(field_name: str, pid: int | str = "self") -> float:
    """A field of /proc/<pid>/status in MB (VmRSS, VmHWM)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field_name + ":"):
            return int(line.split()[1]) / 1024
    raise KeyError(field_name)


def start_sandbox(
    *args: str, env: dict[str, str] | None = None
) -> tuple[subprocess.Popen[str], str]:
    """The sandbox in its own process (its data does not count towards the measured one), on a
    free port; `args` are more `python -m app.sandbox` options. Returns it and its base URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "app.sandbox", "--port", "0", "--quiet", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # it says goodbye there when stopped
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    if not line.startswith("Sandbox listening on "):
        process.kill()
        raise RuntimeError(f"the sandbox did not start: {line!r}")
    return process, line.rsplit(" ", 1)[-1]


def reset_peak_rss() -> bool:
    """Make VmHWM start again from the current RSS (Linux 4.0+); False if not allowed."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


# --- the table --------------------------------------------------------------------------------


def fmt_value(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "MB":
        return f"{value:.1f} MB"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    return f"{value:g} {unit}".strip()


def verdict(row: Row) -> str:
    if row.passed is None:
        return "—" if row.target else ""
    return "pass" if row.passed else "MISS"


def table_lines(rows: Iterable[Row], markdown: bool = False) -> list[str]:
    header = ["#", "measure", "Result Desk", "reference", "ratio", "target", "verdict", "runs"]
    body = []
    for row in rows:
        reference = fmt_value(row.reference, row.unit) if row.reference is not None else ""
        if reference and row.reference_label:
            reference = f"{reference} ({row.reference_label})"
        ratio = row.ratio_text or (f"{row.ratio:.2f}×" if row.ratio is not None else "")
        value = fmt_value(row.value, row.unit)
        if row.spread:
            value = f"{value} [{row.spread}]"
        body.append(
            [
                row.bench,
                row.measure,
                value,
                reference,
                ratio,
                row.target,
                verdict(row),
                str(row.runs or ""),
            ]
        )
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(cells) + " |" for cells in body]
        return lines
    widths = [max(len(r[i]) for r in [header, *body]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    return [line(header), line(["-" * w for w in widths]), *(line(c) for c in body)]


def rows_json(rows: Iterable[Row]) -> list[dict[str, Any]]:
    out = []
    for row in rows:
        data = asdict(row)
        data["ratio"] = row.ratio
        data["verdict"] = verdict(row)
        out.append(data)
    return out


def failed_row(bench: str, measure: str, error: BaseException) -> Row:
    """A benchmark that could not run shows up in the table instead of ending the suite."""
    lines = [line.strip() for line in str(error).strip().splitlines() if line.strip()]
    text = " … ".join(dict.fromkeys([lines[0], lines[-1]])) if lines else type(error).__name__
    return Row(bench, measure, None, "", note=f"did not run: {text}")

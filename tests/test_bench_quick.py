"""The benchmark suite runs: `python -m tests.bench --quick` finishes and prints its table.

No timing is judged here (the machine is shared and noisy); the figures are for people.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ("1 start-up", "2 memory", "3 send", "4 validation", "5 orders", "6 session")


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_quick_benchmark_runs_and_prints_the_table(tmp_path: Path) -> None:
    figures = tmp_path / "bench.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.bench", "--quick", "--json", str(figures)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=220,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    out = done.stdout
    header = next((line for line in out.splitlines() if line.startswith("#  ")), "")
    for column in ("measure", "Result Desk", "reference", "ratio", "target", "verdict"):
        assert column in header, out
    table = out.split(header, 1)[1]
    for bench in BENCHMARKS:
        assert f"\n{bench} " in table, f"no row for {bench}:\n{out}"
    assert "did not run" not in out, out
    assert "Machine: " in out
    assert "cores: " in out
    assert "Imports before the first paint" in out

    data = json.loads(figures.read_text())
    assert data["quick"] is True
    rows = data["rows"]
    assert {row["bench"] for row in rows} == set(BENCHMARKS)
    for row in rows:
        assert isinstance(row["value"], int | float), row
        if row["target"]:
            assert row["verdict"] in {"pass", "MISS"}, row

"""A sandbox process with Kombo's limits, sheets of its open orders, and the CLI as a process."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import httpx

AUTH = {"Authorization": "Bearer sandbox", "X-Integration-Id": "sandbox:demo"}


def start_sandbox(*limits: str, seed_orders: int = 400) -> tuple[subprocess.Popen[str], str]:
    command = [sys.executable, "-m", "app.sandbox", "--quiet", "--seed-orders", str(seed_orders)]
    proc = subprocess.Popen(
        [*command, *limits],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.startswith("Sandbox listening on "), line
    return proc, line.split()[-1]


def open_orders(base_url: str, count: int) -> list[str]:
    listing = httpx.get(f"{base_url}/_sandbox/orders", headers=AUTH).json()["data"]["orders"]
    ids = [o["id"] for o in listing if o["status"] == "OPEN"]
    assert len(ids) >= count, f"only {len(ids)} open orders"
    return ids[:count]


def write_sheet(path: Path, order_ids: list[str], attachments: Sequence[Path] = ()) -> Path:
    headers = ["Order ID", "Status", "Completed at", "Result URL", "Score", "Max score"]
    headers += [f"attachment:{n}" for n in range(1, len(attachments) + 1)]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        for order in order_ids:
            writer.writerow(
                [order, "COMPLETED", "2026-03-01T10:30:00Z", f"https://r.example/{order}", 80, 100]
                + [str(a) for a in attachments]
            )
    return path


def batch_command(sheet: Path, base_url: str, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "app",
        "batch",
        str(sheet),
        "--base-url",
        base_url,
        "--integration-id",
        "sandbox:demo",
        *extra,
    ]


def batch_env() -> dict[str, str]:
    return {**os.environ, "KOMBO_API_KEY": "sandbox"}


def requests_log(base_url: str) -> list[dict[str, Any]]:
    data = httpx.get(f"{base_url}/_sandbox/requests", headers=AUTH).json()["data"]
    return list(data["requests"])


def writes_per_order(base_url: str) -> Counter[str]:
    """Result writes Kombo accepted (HTTP 200), per order."""
    return Counter(
        r["order_id"]
        for r in requests_log(base_url)
        if r["method"] == "PUT" and r["path"].endswith("/result") and r["status"] == 200
    )


def count_429(base_url: str) -> int:
    return sum(1 for r in requests_log(base_url) if r["status"] == 429)


def read_report(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))

"""`python -m app.sandbox` as a process: the first line, a request, a clean shutdown."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
FIRST_LINE = "Sandbox listening on http://127.0.0.1:"


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "app.sandbox", "--port", "0", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def process() -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=10)


def base_url(proc: subprocess.Popen[str]) -> str:
    assert proc.stdout is not None
    line = proc.stdout.readline().rstrip("\n")
    assert line.startswith(FIRST_LINE), line
    url = line.removeprefix("Sandbox listening on ")
    assert url.endswith("/v1")
    return url


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_serves_and_stops_cleanly(
    process: list[subprocess.Popen[str]], stop_signal: signal.Signals
) -> None:
    proc = start("--seed-orders", "40", "--api-key", "cli-key")
    process.append(proc)
    url = base_url(proc)
    with httpx.Client(verify=False, timeout=10) as client:
        response = client.get(
            f"{url}/assessment/orders",
            params={"page_size": 250},
            headers={"Authorization": "Bearer cli-key", "X-Integration-Id": "sandbox:demo"},
        )
    assert response.status_code == 200
    assert len(response.json()["data"]["results"]) == 40
    proc.send_signal(stop_signal)
    _, stderr = proc.communicate(timeout=10)
    assert proc.returncode == 0, stderr
    assert "GET /v1/assessment/orders?page_size=250 -> 200" in stderr
    assert "Sandbox stopped." in stderr
    assert "cli-key" not in stderr


def test_faults_from_the_command_line(process: list[subprocess.Popen[str]]) -> None:
    proc = start("--quiet", "--rate-limit-next", "1", "--retry-after-ms", "250", "--fail-next", "1")
    process.append(proc)
    url = base_url(proc)
    headers = {"Authorization": "Bearer sandbox", "X-Integration-Id": "sandbox:demo"}
    with httpx.Client(verify=False, timeout=10, headers=headers) as client:
        order_id = client.get(f"{url}/assessment/orders/open").json()["data"]["results"][0]["id"]
        write = f"{url}/assessment/orders/{order_id}/result"
        body = {"status": "OPEN", "result_url": "https://assess.example/r"}
        limited = client.put(write, json=body)
        failed = client.put(write, json=body)
        written = client.put(write, json=body)
    assert limited.status_code == 429
    assert limited.headers["retry-after-ms"] == "250"
    assert failed.status_code == 500
    assert written.status_code == 200
    proc.terminate()
    _, stderr = proc.communicate(timeout=10)
    assert proc.returncode == 0
    assert "->" not in stderr  # --quiet


def test_help_documents_the_size_limit() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app.sandbox", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    assert "--max-body-mb" in result.stdout
    assert "413" in result.stdout


def test_a_busy_port_is_a_clear_error(process: list[subprocess.Popen[str]]) -> None:
    first = start("--quiet")
    process.append(first)
    port = base_url(first).rsplit(":", 1)[1].split("/")[0]
    second = subprocess.run(
        [sys.executable, "-m", "app.sandbox", "--port", port, "--quiet"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert second.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in second.stderr
    assert second.stdout == ""

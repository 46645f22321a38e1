"""The processes a keyboard walk talks to: the sandbox and Result Desk itself, each its own
process, and what they say back (the sandbox's log and results, the desk's saved draft).

The desk runs with a fresh RESULT_DESK_HOME, a fixed time zone (so a typed local time has one
known UTC value) and the caller's environment for the Secret Service and the X display.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from xdisplay import WalkError, poll, stop_process

ROOT = Path(__file__).resolve().parents[2]
SANDBOX_KEY = "sandbox"
SANDBOX_INTEGRATION = "sandbox:demo"
AUTH = {"Authorization": f"Bearer {SANDBOX_KEY}", "X-Integration-Id": SANDBOX_INTEGRATION}


@dataclass
class Sandbox:
    url: str  # http://127.0.0.1:PORT/v1

    def get(self, path: str, **params: Any) -> httpx.Response:
        return httpx.get(f"{self.url}{path}", headers=AUTH, params=params, timeout=10)

    def open_order_ids(self) -> list[str]:
        answer = self.get("/assessment/orders", statuses="OPEN", page_size=50)
        answer.raise_for_status()
        return [order["id"] for order in answer.json()["data"]["results"]]

    def requests(self) -> list[dict[str, Any]]:
        answer = self.get("/_sandbox/requests")
        answer.raise_for_status()
        requests: list[dict[str, Any]] = answer.json()["data"]["requests"]
        return requests

    def written_result(self, order_id: str) -> dict[str, Any] | None:
        """What was last written to the order, or None while nothing was."""
        answer = self.get(f"/_sandbox/orders/{order_id}/result")
        if answer.status_code == 404:
            return None
        answer.raise_for_status()
        written: dict[str, Any] = answer.json()  # the body as written, attachments summed up
        return written


@contextmanager
def sandbox_process(logs: Path) -> Iterator[Sandbox]:
    """`python -m app.sandbox` on a free loopback port; its first line gives the URL."""
    with (logs / "sandbox.err").open("ab") as err:
        process = subprocess.Popen(
            [sys.executable, "-m", "app.sandbox", "--host", "127.0.0.1", "--port", "0"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=err,
            start_new_session=True,
        )
    try:
        assert process.stdout is not None
        first = process.stdout.readline().decode()
        if not first.startswith("Sandbox listening on "):
            raise WalkError(f"the sandbox did not start: {first!r}")
        yield Sandbox(first.split()[-1])
    finally:
        stop_process(process)


@dataclass
class Desk:
    process: subprocess.Popen[bytes]
    home: Path
    log: Path

    def draft(self) -> dict[str, Any] | None:
        """The form as the desk last saved it (drafts are saved as a person types)."""
        for path in sorted((self.home / "drafts").glob("*.json")):
            try:
                saved: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue  # replaced while read: the next poll reads the new one
            state: dict[str, Any] = saved.get("state", {})
            return state
        return None

    def profiles(self) -> list[dict[str, Any]]:
        try:
            saved = json.loads((self.home / "profiles.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        profiles: list[dict[str, Any]] = saved.get("profiles", [])
        return profiles

    def wait_for_draft(self, what: str, check: Any, timeout: float = 10) -> dict[str, Any]:
        """Poll the saved draft until `check(draft)` holds; the draft."""

        def ready() -> dict[str, Any] | None:
            self.assert_running()
            draft = self.draft()
            return draft if draft is not None and check(draft) else None

        try:
            return poll(ready, timeout, what)
        except WalkError as exc:
            raise WalkError(f"{exc}; the draft is {self.draft()}") from None

    def assert_running(self) -> None:
        if self.process.poll() is not None:
            tail = self.log.read_text(errors="replace")[-2000:]
            raise WalkError(f"Result Desk exited with {self.process.returncode}:\n{tail}")


@contextmanager
def desk_process(
    home: Path, env: dict[str, str], logs: Path, *args: str, tz: str = "Europe/Berlin"
) -> Iterator[Desk]:
    """`python -m app` on the X display in `env` (which also names the Secret Service; a
    KOMBO_API_KEY in it is passed on)."""
    home.mkdir(parents=True, exist_ok=True)
    log = logs / "desk.log"
    desk_env = dict(env)
    for name in ("QT_QPA_PLATFORM", "PYTHON_KEYRING_BACKEND"):
        desk_env.pop(name, None)
    desk_env |= {
        "QT_QPA_PLATFORM": "xcb",
        "RESULT_DESK_HOME": str(home),
        "TZ": tz,
        "LC_ALL": "C.UTF-8",
        "LANG": "C.UTF-8",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    with log.open("ab") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "app", *args],
            cwd=ROOT,
            env=desk_env,
            stdout=out,
            stderr=out,
            start_new_session=True,
        )
    try:
        yield Desk(process, home, log)
    finally:
        stop_process(process)


def base_env() -> dict[str, str]:
    """This process's environment without what the test session forced on itself."""
    env = dict(os.environ)
    for name in ("PYTHON_KEYRING_BACKEND", "KOMBO_API_KEY"):
        env.pop(name, None)
    return env


def write_sandbox_connection(home: Path, sandbox: Sandbox) -> None:
    """A saved connection to `sandbox` (for tests about something else than creating one);
    its key comes from KOMBO_API_KEY."""
    home.mkdir(parents=True, exist_ok=True)
    profile = {
        "name": "Sandbox",
        "region": None,
        "base_url": sandbox.url,
        "integration_id": SANDBOX_INTEGRATION,
        "ca_bundle": None,
    }
    saved = {"schema": 1, "default": "Sandbox", "profiles": [profile]}
    (home / "profiles.json").write_text(json.dumps(saved, indent=2), encoding="utf-8")


def orders_listed(sandbox: Sandbox) -> bool:
    """The desk's Orders panel has had its first page (GET /assessment/orders answered)."""
    return any(
        r["method"] == "GET" and r["path"] == "/v1/assessment/orders" and r["status"] == 200
        for r in sandbox.requests()
    )

"""`--self-check`: the whole program, headless, against the sandbox.

The self-check proves an installed copy works end to end: it prints the versions, the Qt
platform and the keyring backend, starts the sandbox, builds the real main window, fills a
sample result with an attachment, sends it through the real client and checks that the log
panel shows success and every warning. It ends within `SELF_CHECK_TIMEOUT_S` whatever happens.
"""

from __future__ import annotations

import argparse
import asyncio
import platform
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QApplication

from app._version import __version__

if TYPE_CHECKING:
    from app.sandbox import SandboxServer
    from app.ui.common.send_record import SendRecord
    from app.ui.shell.main_window import MainWindow

SELF_CHECK_TIMEOUT_S = 60.0
KEYRING_TIMEOUT_S = 10.0
WINDOW_SIZE = (1280, 800)

# A small but real PDF, so content-type detection and the sandbox see a proper file.
_SAMPLE_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


class SelfCheckFailed(Exception):
    pass


def write_sample_files(folder: Path) -> list[Path]:
    """The attachments of the sample result: a PDF report and a plain-text summary."""
    report = folder / "Assessment report.pdf"
    report.write_bytes(_SAMPLE_PDF + b"%" + b"x" * 40_000 + b"\n")
    notes = folder / "Interviewer notes.txt"
    notes.write_text(
        "Strong structured reasoning; communication clear and concise.\n", encoding="utf-8"
    )
    return [report, notes]


def sample_state(order_id: str, files: list[Path]) -> dict[str, Any]:
    """A realistic completed result, as `MainWindow.load_form_state` takes it."""
    from datetime import UTC, datetime, timedelta

    from app.kombo.body import file_ref_for
    from app.kombo.timefmt import format_kombo_datetime

    completed = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
    attachments = []
    types = {".pdf": "application/pdf", ".txt": "text/plain"}
    for path in files:
        ref = file_ref_for(path)
        attachments.append(
            {
                "name": path.name,
                "content_type": types.get(path.suffix, "application/octet-stream"),
                "path": ref.path,
                "size": ref.size,
                "mtime_ns": ref.mtime_ns,
            }
        )
    return {
        "order_id": order_id,
        "status": "COMPLETED",
        "completed_at": format_kombo_datetime(completed),
        "result_url": f"https://assessments.example.com/results/{order_id}",
        "score": 87.5,
        "max_score": 100,
        "attributes": [
            {"type": "TEXT", "label": "Role fit", "value": "Excellent"},
            {"type": "TEXT", "label": "Assessor", "value": "M. Jansen"},
            {
                "type": "SUB_RESULT",
                "id": "numerical-reasoning",
                "label": "Numerical reasoning",
                "score": {"value": 42, "max": 50},
                "status": "COMPLETED",
            },
            {
                "type": "SUB_RESULT",
                "id": "personality",
                "label": "Personality profile",
                "score": {"value": 78, "max": 100},
                "status": "COMPLETED",
            },
        ],
        "attachments": attachments,
        "remote_fields": {
            "smartrecruiters": {"scoreLabel": "Strong match"},
            "recruitee": {"subtitle": "Senior track"},
        },
    }


def _say(line: str) -> None:
    print(line, flush=True)


async def _keyring_backend() -> str:
    """The backend the app's `SecretStore` uses (it skips the fail, null and file backends
    keyring may rank first), as `module.Class`, and why it cannot be used if it cannot."""
    from app.store.secrets import SecretStore

    store = SecretStore(timeout=KEYRING_TIMEOUT_S)
    try:
        status = await store.status()
    finally:
        store.close()
    if status.available:
        return status.backend_class
    return f"{status.backend_class} — not usable: {status.detail}"


def _versions() -> list[str]:
    import httpx
    import pydantic
    import PySide6
    from PySide6.QtCore import qVersion

    return [
        f"Result Desk {__version__}",
        f"Python {platform.python_version()} ({sys.executable})",
        f"Qt {qVersion()}, PySide6 {PySide6.__version__}",
        f"httpx {httpx.__version__}, pydantic {pydantic.VERSION}",
    ]


async def wait_for(predicate: Callable[[], bool], limit_s: float, what: str) -> None:
    """Poll `predicate` on the loop (the GUI keeps running) until true or time is up."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit_s
    while not predicate():
        if loop.time() > deadline:
            raise SelfCheckFailed(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


def _build_window(sandbox: SandboxServer) -> MainWindow:
    from app.ui.common.context import AppContext, demo_connection
    from app.ui.shell.main_window import MainWindow

    context = AppContext(connections=[demo_connection(sandbox.base_url, sandbox.integration_id)])
    window = MainWindow(context)
    window.resize(*WINDOW_SIZE)
    return window


async def _check(app: QApplication) -> None:
    for line in _versions():
        _say(line)
    _say(f"Qt platform: {app.platformName()}")
    _say(f"Keyring backend: {await _keyring_backend()}")

    from app.sandbox import SandboxServer

    sandbox = SandboxServer()
    await asyncio.to_thread(sandbox.start)
    window: MainWindow | None = None
    try:
        _say(f"Sandbox: {sandbox.base_url}")
        window = _build_window(sandbox)
        window.ask_before_closing_order = False  # no one is there to confirm
        open_orders = sandbox.order_ids("OPEN")
        if not open_orders:
            raise SelfCheckFailed("the sandbox has no OPEN order")
        order_id = open_orders[0]
        with tempfile.TemporaryDirectory(prefix="result-desk-check-") as folder:
            window.load_form_state(sample_state(order_id, write_sample_files(Path(folder))))
            outcome = window.validate_now()
            if not outcome.ok:
                raise SelfCheckFailed(f"the sample result is not valid: {outcome.summary()}")
            records: list[SendRecord] = []
            window.send_finished.connect(records.append)
            if not window.request_send():
                raise SelfCheckFailed("the window refused to send the sample result")
            await wait_for(lambda: bool(records), SELF_CHECK_TIMEOUT_S / 2, "the send to finish")
        record = records[0]
        if record.outcome != "success":
            message = (record.error or {}).get("message", "")
            raise SelfCheckFailed(f"the send failed: {record.outcome} {message}".strip())
        text = window.log_panel.plain_text()
        if "Result written" not in text:
            raise SelfCheckFailed("the log panel does not say the result was written")
        missing = [w for w in record.warnings if w not in text]
        if missing:
            raise SelfCheckFailed(f"the log panel misses a warning: {missing[0]}")
        written = sandbox.written_result(order_id)
        if not written or len(written.get("attachments", [])) != 2:
            raise SelfCheckFailed("the sandbox did not store the result with its attachments")
        _say(
            f"Sent order {order_id}: HTTP {record.http_status} in {record.duration_s:.2f} s, "
            f"{len(record.warnings)} warning{'' if len(record.warnings) == 1 else 's'} shown"
        )
    finally:
        if window is not None:
            window.close()
            window.deleteLater()
        await asyncio.to_thread(sandbox.stop)


async def run_self_check(app: QApplication, args: argparse.Namespace | None = None) -> int:
    try:
        await asyncio.wait_for(_check(app), SELF_CHECK_TIMEOUT_S)
    except TimeoutError:
        _say(f"Self-check failed: no result within {SELF_CHECK_TIMEOUT_S:g} s")
        return 1
    except SelfCheckFailed as exc:
        _say(f"Self-check failed: {exc}")
        return 1
    except Exception as exc:
        _say(f"Self-check failed: {type(exc).__name__}: {exc}")
        return 1
    _say("Self-check passed")
    return 0

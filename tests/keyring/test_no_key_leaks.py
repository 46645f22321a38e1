"""Security check: with one distinctive API key, use every feature, then look everywhere a key
could have leaked. The key must appear in no file under RESULT_DESK_HOME, no log line (raw
records at DEBUG, before the app log's redaction, and the log file), no repr or exception
text, no widget and nothing on the clipboard.

The key lives in the real Secret Service (gnome-keyring on a private bus), and the sandbox
accepts it as its API key, so the sends are real and authenticated.

Adding a feature to this check: write a function decorated with `@exercise` that uses the
feature through `ctx` and hands whatever it produced (objects, texts, exceptions) to
`ctx.saw(...)`. Files, logs, widgets and the clipboard are searched for every exercise without
further work. (History and drafts: add an exercise that sends, saves a draft and reads both
back; their files are already covered by the RESULT_DESK_HOME scan.)
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

# The main-window helpers live beside the GUI tests.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui"))

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QTextEdit
from pytestqt.qtbot import QtBot
from window_helpers import fill_sample, make_window, send_and_wait

from app import applog
from app.sandbox import SandboxServer
from app.store.profiles import Profile, ProfileStore
from app.store.secrets import SecretStore
from app.ui.connections.controller import ProfileController
from app.ui.shell.main_window import MainWindow

if TYPE_CHECKING:
    from keyring_service import KeyringService

pytestmark = pytest.mark.keyring
# The real Secret Service fixtures (keyring_daemon, secret_service, locked_keyring).
pytest_plugins = ["keyring_service"]

KEY = "rdLEAK-7c1e0f9a-Qz4W8pX2-do-not-log"
PROFILE = "Leak check"


class RawRecords(logging.Handler):
    """Every record as the code produced it, before any redaction filter touches it."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = record.getMessage()
        except Exception:
            text = f"{record.msg!r} {record.args!r}"
        if record.exc_info and record.exc_info[1] is not None:
            text += f" | {record.exc_info[1]!r}"
        self.lines.append(f"{record.name}: {text}")


@dataclass
class LeakContext:
    qtbot: QtBot
    loop: asyncio.AbstractEventLoop
    home: Path
    sandbox: SandboxServer
    secrets: SecretStore
    store: ProfileStore
    window: MainWindow
    controller: ProfileController
    work: Path
    seen: list[tuple[str, str]] = field(default_factory=list)

    def run(self, coro: Any) -> Any:
        task = asyncio.ensure_future(coro, loop=self.loop)
        self.qtbot.waitUntil(task.done, timeout=20000)
        return task.result()

    def saw(self, where: str, *things: object) -> None:
        """Remember the str and repr of each thing (and of an exception's args)."""
        for thing in things:
            self.seen.append((where, str(thing)))
            self.seen.append((where, repr(thing)))
            if isinstance(thing, BaseException):
                self.seen.append((where, repr(thing.args)))
                if thing.__cause__ is not None:
                    self.seen.append((where, repr(thing.__cause__)))

    def clipboard(self, where: str) -> None:
        clipboard = QGuiApplication.clipboard()
        self.seen.append((f"clipboard after {where}", clipboard.text()))


Exercise = Callable[[LeakContext], None]
EXERCISES: list[Exercise] = []


def exercise(fn: Exercise) -> Exercise:
    EXERCISES.append(fn)
    return fn


# --- the exercises, in order ------------------------------------------------------------------


@exercise
def profiles_and_keys(ctx: LeakContext) -> None:
    profile = ctx.run(
        ctx.store.add(Profile(PROFILE, None, ctx.sandbox.base_url, ctx.sandbox.integration_id))
    )
    assert ctx.run(ctx.secrets.set_key(PROFILE, f" {KEY}\n")) == "keyring"
    lookup = ctx.run(ctx.secrets.lookup(PROFILE))
    assert lookup.key == KEY
    copy = ctx.run(ctx.store.duplicate(PROFILE))
    renamed = ctx.run(ctx.store.rename(copy.name, "Leak check 2"))
    ctx.saw("profiles", profile, lookup, copy, renamed, ctx.store, ctx.secrets)
    ctx.saw("keyring status", ctx.run(ctx.secrets.status()))
    try:  # a key with a line break in the middle is refused, without repeating it
        ctx.run(ctx.secrets.set_key(PROFILE, KEY[:10] + "\n" + KEY[10:]))
    except ValueError as error:
        ctx.saw("invalid key", error)
    env_store = SecretStore(environ={"KOMBO_API_KEY": KEY})
    ctx.saw("environment key", env_store, ctx.run(env_store.lookup(PROFILE)))
    ctx.run(ctx.store.delete("Leak check 2"))
    ctx.controller.reload(prefer=PROFILE)
    assert ctx.window.current_connection().name == PROFILE
    ctx.saw("connection", ctx.window.current_connection(), ctx.window.context)


@exercise
def settings_dialog(ctx: LeakContext) -> None:
    dialog = ctx.controller.open_settings()
    ctx.qtbot.waitUntil(lambda: not dialog.pending_tasks(), timeout=15000)
    assert dialog.selected_name() == PROFILE
    # Rotation through the dialog: type the key (revealed), save it, test with the stored key.
    dialog.reveal_action.trigger()
    ctx.qtbot.keyClicks(dialog.key_edit, KEY)
    ctx.qtbot.mouseClick(dialog.save_key_button, Qt.MouseButton.LeftButton)
    ctx.qtbot.waitUntil(lambda: not dialog.pending_tasks(), timeout=15000)
    assert dialog.key_edit.text() == ""
    ctx.qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    ctx.qtbot.waitUntil(lambda: not dialog.pending_tasks(), timeout=15000)
    assert dialog.test_result_label.property("ok") is True
    # A failing test: the right key at a server that is not there.
    dialog.region_combo.setCurrentIndex(dialog.region_combo.findData("custom"))
    dialog.base_url_edit.setText("http://127.0.0.1:9/v1")
    ctx.qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    ctx.qtbot.waitUntil(lambda: not dialog.pending_tasks(), timeout=15000)
    assert dialog.test_result_label.property("ok") is False
    ctx.saw("test results", dialog.test_result_label.text(), dialog.key_state_label.text())
    dialog.revert()
    dialog.reject()
    ctx.qtbot.waitUntil(lambda: ctx.controller.dialog is None)


@exercise
def sends_previews_and_curl(ctx: LeakContext) -> None:
    window = ctx.window
    order_id = ctx.sandbox.order_ids("OPEN")[0]
    fill_sample(window, order_id, ctx.work)
    ok = send_and_wait(ctx.qtbot, window)
    assert ok.outcome == "success"
    ctx.sandbox.faults.fail_next(1, status=500)
    failed = send_and_wait(ctx.qtbot, window, again=True)
    assert failed.outcome != "success"
    ctx.saw("send records", ok, failed)
    ctx.saw("preview", window.preview_panel.preview_edit.toPlainText())
    window.copy_as_curl()
    curl = QGuiApplication.clipboard().text()
    assert "$KOMBO_API_KEY" in curl
    ctx.clipboard("copy as cURL")
    window.log_panel.copy_all()
    assert order_id in QGuiApplication.clipboard().text()
    ctx.clipboard("copy log")


@exercise
def client_directly(ctx: LeakContext) -> None:
    from app.kombo.body import preview_json
    from app.kombo.client import KomboClient, RetryPolicy
    from app.kombo.curl import curl_command
    from app.kombo.models import ResultBody

    body = ResultBody.model_validate(
        {
            "status": "COMPLETED",
            "result_url": "https://example.com/r",
            "completed_at": "2025-01-02T03:04:05.000Z",
            "score": 80,
        }
    )
    ctx.saw("preview_json", preview_json(body))
    ctx.saw("curl_command", curl_command(ctx.sandbox.base_url, "sandbox:demo", "ORDER", body))

    async def calls() -> list[object]:
        seen: list[object] = []
        async with KomboClient(
            ctx.sandbox.base_url, KEY, "sandbox:demo", retry=RetryPolicy(max_attempts=1)
        ) as client:
            seen.append(client)
            seen.append(await client.check_api_key())
            for order in ("does-not-exist", "x" * 300):
                try:
                    await client.put_result(order, body)
                except Exception as error:
                    seen.append(error)
        async with KomboClient(
            "http://127.0.0.1:9/v1", KEY, retry=RetryPolicy(max_attempts=1)
        ) as dead:
            try:
                await dead.check_api_key()
            except Exception as error:
                seen.append(error)
        return seen

    found = ctx.run(calls())
    assert any(isinstance(item, Exception) for item in found)
    ctx.saw("client", *found)


# --- the check ---------------------------------------------------------------------------------


def widget_texts() -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = []
    for top in QApplication.topLevelWidgets():
        for widget in [top, *top.findChildren(QLineEdit)]:
            if isinstance(widget, QLineEdit):
                texts.append((f"widget {widget.objectName()}", widget.text()))
        for label in top.findChildren(QLabel):
            texts.append((f"label {label.objectName()}", label.text()))
        for edit in top.findChildren(QPlainTextEdit):
            texts.append((f"text {edit.objectName()}", edit.toPlainText()))
        for edit in top.findChildren(QTextEdit):
            texts.append((f"text {edit.objectName()}", edit.toPlainText()))
        texts.append((f"window title {top.objectName()}", top.windowTitle()))
    return texts


def files_with_key(home: Path) -> list[str]:
    needle = KEY.encode()
    return [
        str(path.relative_to(home))
        for path in sorted(home.rglob("*"))
        if path.is_file() and needle in path.read_bytes()
    ]


def test_the_key_leaks_nowhere(
    secret_service: KeyringService, desk_home: Path, qtbot: QtBot, qloop, tmp_path: Path
) -> None:
    raw = RawRecords()
    root = logging.getLogger()
    root.addHandler(raw)  # before the app log's handler, so it sees records unredacted
    log_path = applog.setup_logging(logging.DEBUG)
    sandbox = SandboxServer(api_key=KEY)
    sandbox.start()
    try:
        secrets = SecretStore()
        store = ProfileStore(secrets=secrets)
        window = make_window(qtbot, connections=[])
        controller = ProfileController(window, store=store, secrets=secrets)
        ctx = LeakContext(
            qtbot, qloop, desk_home, sandbox, secrets, store, window, controller, tmp_path
        )
        for run_exercise in EXERCISES:
            run_exercise(ctx)
        ctx.clipboard("the end")
        window.save_settings()
    finally:
        sandbox.stop()
        applog.shutdown_logging()
        root.removeHandler(raw)

    assert log_path.exists()
    assert log_path.is_relative_to(desk_home)
    assert len(raw.lines) > 20  # DEBUG really was on (httpx, the client, the sender)
    # Failures name where the key was, never the line itself (test output is output too).
    assert [line.partition(":")[0] for line in raw.lines if KEY in line] == []
    assert files_with_key(desk_home) == []
    assert [where for where, text in ctx.seen if KEY in text] == []
    assert [where for where, text in widget_texts() if KEY in text] == []
    # The key was really used: it is in the keyring, and the sandbox accepted it.
    assert ctx.run(SecretStore().get_key(PROFILE)) == KEY
    assert any(entry.status == 200 for entry in sandbox.request_log)

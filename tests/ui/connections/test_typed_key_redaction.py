"""A key typed into the Connections dialog is redacted from the first keystroke: an exception
carrying it reaches neither the log file nor the crash dialog, tested or not."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from async_support import run_async
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import applog
from app.store.profiles import Profile, ProfileStore
from app.store.secrets import SecretStore
from app.ui.connections.dialog import SettingsDialog
from app.ui.shell.exception_hook import ExceptionHook

TYPED_KEY = "rd-typed-never-tested-Qm7Wx2Kp"


def test_a_typed_key_is_redacted_in_log_and_crash_dialog(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, desk_home: Path
) -> None:
    secrets = SecretStore(memory_only=True)
    store = ProfileStore(secrets=secrets).load()
    run_async(qloop, qtbot, store.add(Profile("A", integration_id="x:1")))
    dialog = SettingsDialog(store, secrets, select="A")
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.key_edit.setFocus()
    qtbot.waitUntil(dialog.key_edit.hasFocus)
    qtbot.keyClicks(QApplication.focusWidget(), TYPED_KEY)  # typed, neither saved nor tested

    log_path = applog.setup_logging()
    hook = ExceptionHook(log_path)
    hook.install()
    try:
        try:
            raise RuntimeError(f"a library quoted its input: {TYPED_KEY}")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
        qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible())
        assert hook.dialog is not None
        shown = hook.dialog.text() + hook.dialog.informativeText() + hook.dialog.detailedText()
        assert TYPED_KEY not in shown
        assert applog.REDACTED in shown
        hook.dialog.close()
    finally:
        hook.uninstall()
        applog.shutdown_logging()
    text = log_path.read_text(encoding="utf-8")
    assert TYPED_KEY not in text
    assert "a library quoted its input: [redacted]" in text

    # The last key typed stays redacted after the dialog closes; the prefixes typed on the way
    # were replaced as the typing went on, so ordinary words are not redacted for the run.
    dialog.done(0)
    assert applog.redact(TYPED_KEY) == applog.REDACTED
    assert applog.redact(TYPED_KEY[:6]) == TYPED_KEY[:6]

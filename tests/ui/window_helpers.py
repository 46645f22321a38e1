"""Helpers for the main-window tests: a window against the sandbox, filled or empty."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from editor_helpers import show_active
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.sandbox import SandboxServer
from app.ui.common.context import AppContext, ConnectionInfo, demo_connection
from app.ui.common.send_record import SendRecord
from app.ui.shell.main_window import MainWindow
from app.ui.shell.self_check import sample_state, write_sample_files

SIZE = (1280, 800)


def make_window(
    qtbot: QtBot,
    sandbox: SandboxServer | None = None,
    *,
    connections: list[ConnectionInfo] | None = None,
    show: bool = True,
    size: tuple[int, int] | None = SIZE,
) -> MainWindow:
    if connections is None:
        connections = [demo_connection(sandbox.base_url, sandbox.integration_id)] if sandbox else []
    window = MainWindow(AppContext(connections=connections))
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    if show:
        show_active(qtbot, window)
    return window


def fill_sample(window: MainWindow, order_id: str, folder: Path) -> dict[str, Any]:
    state = sample_state(order_id, write_sample_files(folder))
    window.load_form_state(state)
    return state


def send_and_wait(
    qtbot: QtBot, window: MainWindow, timeout: int = 20000, *, again: bool = False
) -> SendRecord:
    """Send (confirming the close-order question if it comes) and return the record.

    `again`: a deliberate second send to an order this window just wrote, as History's
    "Send again" does (the "sent minutes ago" question is then already answered)."""
    window.ask_before_closing_order = False
    with qtbot.waitSignal(window.send_finished, timeout=timeout) as blocker:
        assert window.send_confirmed_again() if again else window.request_send()
    record = blocker.args[0]
    assert isinstance(record, SendRecord)
    return record


def settle_layouts(window: QWidget, rounds: int = 20) -> None:
    """Run the window's pending layout work until no widget in it moves or resizes.

    Layouts resize in posted events that post more; this drains them round by round (no clock),
    so a check of sizes or a screenshot sees the final layout on a slow machine too."""

    def geometries() -> list[object]:
        return [w.geometry() for w in window.findChildren(QWidget)]

    before, still = geometries(), 0
    for _ in range(rounds):
        QApplication.processEvents()
        now = geometries()
        still = still + 1 if now == before else 0
        if still == 2:  # two quiet rounds: nothing left that moves widgets
            return
        before = now
    raise AssertionError(f"the layout did not settle in {rounds} rounds")

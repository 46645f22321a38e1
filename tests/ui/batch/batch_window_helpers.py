"""Driving the batch window as a person: File → Import results…, the file dialog, the buttons."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import httpx
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from app.batch.pacing import SharedLimiter
from app.sandbox import SandboxServer
from app.ui.batch.window import BatchWindow
from app.ui.shell.main_window import MainWindow

WAIT_MS = 20000
HEADERS = ["Order ID", "Status", "Completed at", "Result URL", "Score", "Max score"]


def write_sheet(path: Path, rows: list[list[object]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        writer.writerows(rows)
    return path


def good_row(order_id: str) -> list[object]:
    return [order_id, "COMPLETED", "2026-03-01 10:30", f"https://r.example/{order_id}", 80, 100]


def open_batch_window(qtbot: QtBot, window: MainWindow) -> BatchWindow:
    action = window.findChild(QAction, "importResultsAction")
    assert action is not None
    assert action in window.file_menu.actions()
    action.trigger()
    batch = window.batch.windows.widget
    assert batch is not None
    qtbot.waitExposed(batch)
    return batch


def type_into_file_dialog(qtbot: QtBot, name: str, path: Path) -> None:
    """The open file dialog: the file picked (Qt's completer popup eats typed keys offscreen),
    then Enter in the name field, as a person confirms it."""
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()
    )
    assert dialog.objectName() == name
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    assert edit is not None
    dialog.selectFile(str(path))
    assert edit.text() == path.name
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def open_sheet(qtbot: QtBot, batch: BatchWindow, path: Path, rows: int) -> None:
    qtbot.mouseClick(batch.open_button, Qt.MouseButton.LeftButton)
    type_into_file_dialog(qtbot, "batchOpenDialog", path)

    def loaded() -> None:
        assert not batch.tasks.busy, batch.status.text()
        assert batch.model.rowCount() == rows, (batch.status.text(), batch.banner.text)

    qtbot.waitUntil(loaded, timeout=WAIT_MS)


def click_send(qtbot: QtBot, batch: BatchWindow) -> None:
    assert batch.panel.send_button.isEnabled()
    qtbot.mouseClick(batch.panel.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: batch._sending, timeout=WAIT_MS)


def sending_limiter(qtbot: QtBot, batch: BatchWindow) -> SharedLimiter:
    """The batch's limiter once the send made it: `_sending` goes up before the journal is
    written, the limiter only after, so reading it at once races a slow machine."""
    session = batch.session
    assert session is not None
    qtbot.waitUntil(lambda: session.limiter is not None, timeout=WAIT_MS)
    assert session.limiter is not None
    return session.limiter


def wait_idle(qtbot: QtBot, batch: BatchWindow) -> None:
    qtbot.waitUntil(lambda: not batch._sending and not batch.tasks.busy, timeout=WAIT_MS)


def writes(server: SandboxServer) -> Counter[str]:
    """Result writes the sandbox received, per order, as GET /v1/_sandbox/requests lists them."""
    answer = httpx.get(
        f"{server.base_url}/_sandbox/requests",
        headers={"Authorization": "Bearer sandbox", "X-Integration-Id": server.integration_id},
    )
    return Counter(
        r["order_id"]
        for r in answer.json()["data"]["requests"]
        if r["method"] == "PUT" and r["path"].endswith("/result")
    )

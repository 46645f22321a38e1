"""Issue 12 item 10: the History's CSV export starts with a UTF-8 byte order mark, so Excel
shows "María García" (without it, Excel reads the file in the system's code page)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from editor_helpers import press, type_text
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from window_helpers import make_window

from app.sandbox import SandboxServer
from app.store.history import HistoryEntry, OutcomeKind
from app.ui.history.controller import HistoryController


def test_csv_export_typed_into_the_file_dialog_has_a_bom(
    qtbot: QtBot, qloop: Any, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = make_window(qtbot, sandbox)
    history = HistoryController(window)
    assert history.service.wait_opened()
    store = history.service.store
    assert store is not None
    store.record(
        HistoryEntry(
            order_id="ORD-MARIA",
            outcome=OutcomeKind.SUCCESS,
            base_url="https://api.kombo.dev/v1",
            integration_id="acme:workday",
            request={"status": "COMPLETED"},
            candidate="María García",
        )
    )
    view = history.show_history()
    qtbot.waitUntil(lambda: view.model.total == 1)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)

    # Export ▸ "Export as CSV…" from the keyboard: Space on the button, C in its menu.
    def choose_csv() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(20, choose_csv)
            return
        qtbot.keyClick(menu, Qt.Key.Key_C)

    view.export_button.setFocus()
    qtbot.waitUntil(view.export_button.hasFocus)
    QTimer.singleShot(0, choose_csv)
    press(qtbot, Qt.Key.Key_Space)  # the menu runs its own loop until C chose
    dialog = view.findChild(QFileDialog, "historyExportDialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.waitUntil(lambda: QApplication.focusWidget().window() is dialog)  # type: ignore[union-attr]
    target = tmp_path / "for-excel.csv"
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, str(target))
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Exported 1 send to" in view.status_label.text(), timeout=10000)
    # The dialog goes with its answer: a kept one (one per export) could show its file-name
    # completer's list later, over whatever window is in front then.
    qtbot.waitUntil(lambda: view.findChild(QFileDialog, "historyExportDialog") is None)

    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the UTF-8 byte order mark Excel looks for
    assert "María García".encode() in data
    rows = list(csv.DictReader(target.open(encoding="utf-8-sig")))
    assert rows[0]["id"]  # the first column's name is clean for readers that skip the mark
    assert rows[0]["candidate"] == "María García"
    history.close()

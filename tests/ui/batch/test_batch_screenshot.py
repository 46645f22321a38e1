"""The batch window after a send with a bad row and Check with Kombo, saved to artifacts/ (and
to resources/screenshots/ for the README when RESULT_DESK_UPDATE_SCREENSHOTS=1)."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

from batch_window_helpers import click_send, good_row, open_batch_window, open_sheet, wait_idle
from batch_window_helpers import write_sheet as write_rows
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from window_helpers import make_window, settle_layouts

from app.sandbox import SandboxServer
from app.ui.batch.rows_view import RowFilter


def test_batch_window_screenshot(
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
    sandbox: SandboxServer,
    tmp_path: Path,
    artifacts_dir: Path,
) -> None:
    orders = sandbox.order_ids("OPEN")[:7]
    rows = [good_row(o) for o in orders[:5]]
    rows.append([orders[5], "COMPLETED", "yesterday", f"https://r.example/{orders[5]}", 80, 100])
    rows.append([orders[6], "COMPLETED", "2026-03-01 10:30", "https://r.example/x", 120, 100])
    rows.append(
        ["ord_does_not_exist", "COMPLETED", "2026-03-01 10:30", "https://r.example/y", 1, 2]
    )
    sheet = write_rows(tmp_path / "corrections.csv", rows)
    window = make_window(qtbot, sandbox)
    batch = open_batch_window(qtbot, window)
    batch.resize(1180, 640)
    open_sheet(qtbot, batch, sheet, rows=8)
    qtbot.mouseClick(batch.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(batch.model.orders), timeout=10000)
    click_send(qtbot, batch)
    wait_idle(qtbot, batch)
    counts = batch.model.counts()
    assert counts[RowFilter.SENT] == 6  # the score above its maximum is only a warning
    assert counts[RowFilter.PROBLEMS] == 2  # a date that is not one, an order Kombo lacks
    assert counts[RowFilter.WARNINGS] >= 1
    settle_layouts(batch)
    path = artifacts_dir / "batch-window.png"
    assert batch.grab().save(str(path))
    if os.environ.get("RESULT_DESK_UPDATE_SCREENSHOTS") == "1":
        readme_copy = Path(__file__).resolve().parents[3] / "resources" / "screenshots"
        (readme_copy / "batch-window.png").write_bytes(path.read_bytes())

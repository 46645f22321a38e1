"""The batch window against the sandbox over loopback, driven as a person drives it."""

from __future__ import annotations

import asyncio
from pathlib import Path

from batch_window_helpers import (
    WAIT_MS,
    click_send,
    good_row,
    open_batch_window,
    open_sheet,
    sending_limiter,
    type_into_file_dialog,
    wait_idle,
    write_sheet,
    writes,
)
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from window_helpers import make_window

from app.sandbox import SandboxServer
from app.ui.batch.rows_view import RowFilter
from app.ui.batch.table_model import Column


def test_import_check_send_and_export(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, sandbox: SandboxServer, tmp_path: Path
) -> None:
    good, bad = sandbox.order_ids("OPEN")[:2]
    bad_row = [bad, "COMPLETED", "2026-03-01 10:30", "not a url", 80, 100]
    sheet = write_sheet(tmp_path / "two.csv", [good_row(good), bad_row])
    window = make_window(qtbot, sandbox)
    batch = open_batch_window(qtbot, window)
    open_sheet(qtbot, batch, sheet, rows=2)

    # The bad row's problem is at its Result URL cell, with the form's message.
    url_column = Column.FIXED + 3
    cell = batch.model.index(1, url_column)
    assert batch.model.data(cell, Qt.ItemDataRole.DecorationRole) is not None
    assert "URL" in batch.model.data(cell, Qt.ItemDataRole.ToolTipRole)
    assert batch.model.data(batch.model.index(0, url_column), Qt.ItemDataRole.ToolTipRole) is None
    assert batch.model.counts()[RowFilter.PROBLEMS] == 1
    batch.filter_combo.setFocus()
    qtbot.keyClick(batch.filter_combo, Qt.Key.Key_Down)  # "Problems"
    assert batch.proxy.rowCount() == 1

    # Check with Kombo: candidate and current status beside the rows.
    qtbot.mouseClick(batch.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(batch.model.orders), timeout=10000)
    status = batch.model.data(batch.model.index(0, Column.KOMBO_STATUS))
    assert status == "OPEN"
    assert batch.model.data(batch.model.index(0, Column.CANDIDATE))

    click_send(qtbot, batch)
    wait_idle(qtbot, batch)
    assert writes(sandbox) == {good: 1}
    state = batch.model.data(batch.model.index(0, Column.STATE))
    assert state.startswith("Written")
    if "warning" in state:  # the sandbox warns about some ATSs: Kombo's words beside the row
        assert batch.model.data(batch.model.index(0, Column.ANSWER))
    assert batch.model.data(batch.model.index(0, Column.HTTP)) == 200

    qtbot.mouseClick(batch.panel.export_button, Qt.MouseButton.LeftButton)
    out = tmp_path / "outcome.csv"
    type_into_file_dialog(qtbot, "batchSaveDialog", out)
    qtbot.waitUntil(out.exists, timeout=5000)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert f"{good},written,200".encode() in data


def test_pause_resume_then_cancel_and_reopen_resumes_only_unwritten_rows(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, sandbox: SandboxServer, tmp_path: Path
) -> None:
    orders = sandbox.order_ids("OPEN")[:12]
    sheet = write_sheet(tmp_path / "twelve.csv", [good_row(o) for o in orders])
    window = make_window(qtbot, sandbox)
    batch = open_batch_window(qtbot, window)
    open_sheet(qtbot, batch, sheet, rows=12)

    # The sandbox holds the writes it receives, so each click lands while a known set of rows
    # is in flight (one per worker), however fast or slow the machine is.
    sandbox.faults.hold_writes()
    click_send(qtbot, batch)
    limiter = sending_limiter(qtbot, batch)
    workers = limiter.max_concurrency
    assert 2 * workers < 12
    qtbot.waitUntil(lambda: sandbox.faults.held_writes == workers, timeout=WAIT_MS)
    qtbot.mouseClick(batch.panel.pause_button, Qt.MouseButton.LeftButton)
    assert batch.panel.resume_button.isVisible()
    sandbox.faults.release_writes()
    qtbot.waitUntil(lambda: batch.model.counts()[RowFilter.SENT] == workers, timeout=WAIT_MS)
    assert limiter.in_flight == 0
    held = sum(writes(sandbox).values())
    qtbot.wait(400)  # paused: a worker that took another row would have written it by now
    assert sum(writes(sandbox).values()) == held == workers
    assert "Paused" in batch.panel.label.text()

    sandbox.faults.hold_writes()
    qtbot.mouseClick(batch.panel.resume_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sandbox.faults.held_writes == workers, timeout=WAIT_MS)
    qtbot.mouseClick(batch.panel.cancel_button, Qt.MouseButton.LeftButton)
    sandbox.faults.release_writes()
    wait_idle(qtbot, batch)
    first = writes(sandbox)
    assert 0 < sum(first.values()) == 2 * workers < 12
    assert all(count == 1 for count in first.values())
    assert batch.model.counts()[RowFilter.UNKNOWN] == 0  # cancel lets rows in flight finish

    batch.close()
    qtbot.waitUntil(lambda: window.batch.windows.widget is None, timeout=5000)
    again = open_batch_window(qtbot, window)
    assert again is not batch
    open_sheet(qtbot, again, sheet, rows=12)
    qtbot.waitUntil(again.banner.isVisible, timeout=5000)
    assert "stopped before every row was written" in again.banner.text
    assert again.model.counts()[RowFilter.SENT] == sum(first.values())
    click_send(qtbot, again)
    wait_idle(qtbot, again)
    assert writes(sandbox) == dict.fromkeys(orders, 1)
    assert again.model.counts()[RowFilter.SENT] == 12

"""The batch window's Reason and Ticket: typed as a person types them, on every row's history
record with the operator's name from Preferences; kept by a resumed batch; required when
Preferences say so (Send refused with the message at the field, nothing sent)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from batch_window_helpers import (
    WAIT_MS,
    click_send,
    good_row,
    open_batch_window,
    open_sheet,
    sending_limiter,
    wait_idle,
    write_sheet,
    writes,
)
from editor_helpers import press, type_text
from history_records import saved_history
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot
from screen_checks import mnemonic
from window_helpers import make_window

from app.sandbox import SandboxServer
from app.ui.batch.rows_view import RowFilter
from app.ui.batch.window import BatchWindow
from app.ui.common.language import install_translations
from app.ui.common.preferences import DeskPreferences
from app.ui.shell.main_window import MainWindow


def _type_reason(qtbot: QtBot, batch: BatchWindow, note: str, ticket: str) -> None:
    """Alt+N (the Reason label's mnemonic) puts the cursor in the note; Tab goes on to Ticket."""
    row = batch.panel.reason_row
    batch.activateWindow()
    qtbot.waitUntil(batch.isActiveWindow, timeout=3000)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert row.note_edit.hasFocus()
    type_text(qtbot, note)
    press(qtbot, Qt.Key.Key_Tab)
    assert row.ticket_edit.hasFocus()
    type_text(qtbot, ticket)


ANNA = DeskPreferences(operator_name="Anna Keller")


def _batch_with_sheet(
    qtbot: QtBot, sandbox: SandboxServer, tmp_path: Path, rows: int, preferences: DeskPreferences
) -> tuple[list[str], Path, MainWindow, BatchWindow]:
    """A window with these Preferences and its batch room open on `rows` good open orders."""
    orders = sandbox.order_ids("OPEN")[:rows]
    sheet = write_sheet(tmp_path / f"{rows}.csv", [good_row(o) for o in orders])
    window = make_window(qtbot, sandbox)
    window.context.preferences = preferences
    batch = open_batch_window(qtbot, window)
    open_sheet(qtbot, batch, sheet, rows=rows)
    return orders, sheet, window, batch


def test_a_typed_reason_and_ticket_are_on_every_rows_history(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, sandbox: SandboxServer, tmp_path: Path
) -> None:
    orders, _sheet, _window, batch = _batch_with_sheet(qtbot, sandbox, tmp_path, 3, ANNA)
    _type_reason(qtbot, batch, "Scoring bug of March", "ZD-48213")
    press(qtbot, Qt.Key.Key_Tab)
    assert batch.panel.send_button.hasFocus()  # Reason → Ticket → Send
    click_send(qtbot, batch)
    wait_idle(qtbot, batch)
    assert writes(sandbox) == dict.fromkeys(orders, 1)
    records = saved_history()
    assert sorted(r.order_id for r in records) == sorted(orders)
    assert {(r.operator_name, r.reason_note, r.reason_ticket) for r in records} == {
        ("Anna Keller", "Scoring bug of March", "ZD-48213")
    }
    assert all(r.batch_id for r in records)
    assert "Scoring bug" not in str(sandbox.written_result(orders[0]))  # never sent to Kombo


def test_a_required_reason_blocks_send_at_the_field(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, sandbox: SandboxServer, tmp_path: Path
) -> None:
    cleo = DeskPreferences(operator_name="Cleo Brandt", reason_required=True)
    orders, _sheet, _window, batch = _batch_with_sheet(qtbot, sandbox, tmp_path, 2, cleo)
    row = batch.panel.reason_row
    batch.activateWindow()
    qtbot.waitUntil(batch.isActiveWindow, timeout=3000)
    qtbot.mouseClick(batch.panel.send_button, Qt.MouseButton.LeftButton)
    assert row.message_label.isVisible()
    assert "reason" in row.message_label.text()
    assert row.note_edit.hasFocus()  # the cursor waits at the field
    assert not batch._sending
    assert not batch.tasks.busy
    assert writes(sandbox) == {}

    type_text(qtbot, "duplicate in ATS")
    assert not row.message_label.isVisible()
    click_send(qtbot, batch)
    wait_idle(qtbot, batch)
    assert writes(sandbox) == dict.fromkeys(orders, 1)
    assert {(r.operator_name, r.reason_note) for r in saved_history()} == {
        ("Cleo Brandt", "duplicate in ATS")
    }


def test_a_batch_continued_in_a_new_window_keeps_its_reason(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, sandbox: SandboxServer, tmp_path: Path
) -> None:
    orders, sheet, window, batch = _batch_with_sheet(qtbot, sandbox, tmp_path, 12, ANNA)
    _type_reason(qtbot, batch, "ATS outage", "INC-7")
    sandbox.faults.hold_writes()
    click_send(qtbot, batch)
    limiter = sending_limiter(qtbot, batch)
    qtbot.waitUntil(lambda: sandbox.faults.held_writes == limiter.max_concurrency, timeout=WAIT_MS)
    qtbot.mouseClick(batch.panel.cancel_button, Qt.MouseButton.LeftButton)
    sandbox.faults.release_writes()
    wait_idle(qtbot, batch)
    first = sum(writes(sandbox).values())
    assert 0 < first < 12
    batch.close()
    qtbot.waitUntil(lambda: window.batch.windows.widget is None, timeout=5000)

    # Someone else continues it, with Preferences requiring a reason: the batch's own is shown
    # (not editable) and recorded.
    window.context.preferences = DeskPreferences(operator_name="Ben Ott", reason_required=True)
    again = open_batch_window(qtbot, window)
    open_sheet(qtbot, again, sheet, rows=12)
    row = again.panel.reason_row
    qtbot.waitUntil(lambda: row.note() == "ATS outage", timeout=5000)
    assert row.ticket() == "INC-7"
    assert row.note_edit.isReadOnly()
    click_send(qtbot, again)
    wait_idle(qtbot, again)
    assert writes(sandbox) == dict.fromkeys(orders, 1)
    assert again.model.counts()[RowFilter.SENT] == 12
    records = saved_history()
    assert {r.order_id for r in records} == set(orders)
    assert {(r.operator_name, r.reason_note, r.reason_ticket) for r in records} == {
        ("Anna Keller", "ATS outage", "INC-7")
    }


@pytest.mark.parametrize("language", ["en", "de", "fr"])
def test_every_alt_letter_in_the_batch_window_has_one_owner(
    language: str, qtbot: QtBot, qapp: QApplication
) -> None:
    """Alt+letter reaches one field or button in every language (French once gave Alt+O to
    "M&otif" and "&Ouvrir une feuille…", English Alt+P to "Ma&pping" and "&Pause")."""
    default = QLocale()  # install_translations also sets the default locale
    installed = install_translations(qapp, language) if language != "en" else []
    try:
        batch = BatchWindow(lambda: None, _no_key)
        qtbot.addWidget(batch)
        owners: dict[str, list[str]] = {}
        for widget in batch.findChildren(QLabel) + batch.findChildren(QAbstractButton):
            if letter := mnemonic(widget.text()):
                owners.setdefault(letter, []).append(widget.text())
        row = batch.panel.reason_row
        assert all(mnemonic(label.text()) for label in row.findChildren(QLabel) if label.text())
        assert {k: v for k, v in owners.items() if len(v) > 1} == {}, language
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(default)  # later tests read numbers as "1.23 s", not "1,23 s"


async def _no_key(_info: object) -> str | None:
    return None

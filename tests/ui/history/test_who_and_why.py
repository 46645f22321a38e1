"""Issue 15, "Every send says who and why", in the local History window: the Operator and
Reason / ticket columns, the details pane, the search box (typed) and the CSV/JSON export."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from editor_helpers import press, show_active, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from window_helpers import make_window

from app.sandbox import SandboxServer
from app.store.history import HistoryEntry, OutcomeKind
from app.ui.history.controller import HistoryController
from app.ui.history.details import operator_text, reason_text
from app.ui.history.model import Column
from app.ui.history.view import HistoryWindow

ANNA = {
    "operator_name": "Anna Keller",
    "operator_user": "akeller",
    "operator_host": "desk-7",
    "reason_note": "Candidate disputed\nthe score",
    "reason_ticket": "ZD-48213",
}
BRUNO = {
    "operator_name": "Bruno Meier",
    "operator_user": "bmeier",
    "operator_host": "desk-2",
    "reason_note": "ATS outage re-send",
    "reason_ticket": "ZD-50001",
}


def _entry(order_id: str, **who_and_why: Any) -> HistoryEntry:
    return HistoryEntry(
        order_id=order_id,
        outcome=OutcomeKind.SUCCESS,
        base_url="https://api.kombo.dev/v1",
        integration_id="acme:workday",
        profile="Production EU",
        request={"status": "COMPLETED"},
        http_status=200,
        **who_and_why,
    )


@pytest.fixture
def history(qtbot: QtBot, qloop: Any, sandbox: SandboxServer) -> Iterator[HistoryWindow]:
    window = make_window(qtbot, sandbox)
    controller = HistoryController(window)
    assert controller.service.wait_opened()
    store = controller.service.store
    assert store is not None
    store.record(_entry("ORD-ANNA-1", **ANNA))
    store.record(_entry("ORD-BRUNO-1", **BRUNO))
    store.record(_entry("ORD-NOBODY-1"))  # an older desk's send: no name, no reason
    view = controller.show_history()
    qtbot.waitUntil(lambda: view.model.total == 3 and not view.model.busy)
    show_active(qtbot, view)
    yield view
    controller.close()


def _cells(view: HistoryWindow, row: int) -> dict[Column, str]:
    return {column: view.model.index(row, column).data() for column in Column}


def _search(qtbot: QtBot, view: HistoryWindow, text: str, total: int) -> None:
    """Ctrl+F from wherever the focus is, then type: the list follows the typed words."""
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is view.search_edit
    press(qtbot, Qt.Key.Key_Delete)  # Ctrl+F selected what was there
    type_text(qtbot, text)

    def listed() -> bool:  # the typed words searched (after the pause), and the answer in
        return view.model.filter.text == text and not view.model.busy

    qtbot.waitUntil(listed, timeout=5000)
    assert view.model.total == total


def test_a_typed_ticket_finds_the_send_and_the_table_says_who_and_why(
    qtbot: QtBot, history: HistoryWindow
) -> None:
    view = history
    header = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert "Operator" in header
    assert "Reason / ticket" in header

    _search(qtbot, view, "zd-482", total=1)
    cells = _cells(view, 0)
    assert cells[Column.ORDER] == "ORD-ANNA-1"
    assert cells[Column.OPERATOR] == "Anna Keller"
    assert cells[Column.REASON] == "ZD-48213 · Candidate disputed the score"  # one line
    tip = view.model.index(0, Column.OPERATOR).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Anna Keller (akeller@desk-7)"

    # The details pane of the selected send: name, OS user and host; the note and the ticket.
    # The search's one row is selected: wait for its details (not the row selected before).
    qtbot.waitUntil(
        lambda: view.current_record is not None and view.current_record.order_id == "ORD-ANNA-1"
    )
    summary = view.summary_label.text()
    assert "Anna Keller (akeller@desk-7)" in summary
    assert "Candidate disputed<br>the score" in summary
    assert "ZD-48213" in summary

    # The operator's name and a word of the note find theirs too; Bruno's row has no Anna.
    _search(qtbot, view, "meier", total=1)
    assert _cells(view, 0)[Column.ORDER] == "ORD-BRUNO-1"
    _search(qtbot, view, "outage", total=1)
    assert _cells(view, 0)[Column.REASON] == "ZD-50001 · ATS outage re-send"
    _search(qtbot, view, "nobody-has-this", total=0)
    assert view.count_label.text() == "No send matches."


def test_a_send_without_operator_or_reason_leaves_the_cells_empty(
    qtbot: QtBot, history: HistoryWindow
) -> None:
    _search(qtbot, history, "ORD-NOBODY", total=1)
    cells = _cells(history, 0)
    assert cells[Column.REASON] == ""
    # The store gives an unnamed send this desk's OS user and host: the column shows the user.
    qtbot.waitUntil(lambda: history.current_record is not None)
    record = history.current_record
    assert record is not None
    assert cells[Column.OPERATOR] == (record.operator_user or "")
    assert "Reason" not in history.summary_label.text()


def test_the_export_of_a_ticket_search_carries_who_and_why(
    qtbot: QtBot, history: HistoryWindow, tmp_path: Path
) -> None:
    view = history
    _search(qtbot, view, "ZD-48213", total=1)
    csv_path, json_path = tmp_path / "history.csv", tmp_path / "history.json"
    for path, kind in ((csv_path, "csv"), (json_path, "json")):
        view.export_to(path, kind)
        said = f"Exported 1 send to {path}"  # one, not "1 sends"
        qtbot.waitUntil(lambda said=said: view.status_label.text() == said, timeout=10000)

    rows = list(csv.DictReader(csv_path.open(encoding="utf-8-sig")))
    assert len(rows) == 1  # the search is what is exported
    assert {key: rows[0][key] for key in ANNA} == ANNA
    (record,) = json.loads(json_path.read_text(encoding="utf-8"))
    assert {key: record[key] for key in ANNA} == ANNA


def test_operator_and_reason_words() -> None:
    from app.store.history import HistoryRecord

    def record(**fields: Any) -> HistoryRecord:
        return HistoryRecord(
            id=1, order_id="O", outcome=OutcomeKind.SUCCESS, base_url="u", request={}, **fields
        )

    assert operator_text(record(**ANNA)) == "Anna Keller"
    assert operator_text(record(**ANNA), full=True) == "Anna Keller (akeller@desk-7)"
    assert operator_text(record(operator_user="akeller"), full=True) == "akeller"
    assert operator_text(record(operator_user="a", operator_host="h"), full=True) == "a@h"
    assert operator_text(record(operator_name="Anna"), full=True) == "Anna"
    assert operator_text(record()) == ""
    assert reason_text(record(reason_note="  two\n lines ")) == "two lines"
    assert reason_text(record(reason_ticket="ZD-1")) == "ZD-1"
    assert reason_text(record()) == ""

"""batch/rows_view.py: how a batch row reads (state, answer, filters, time left) and the row as
the main form's state. Pure functions, with real sheets and the real checks."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from batch_window_helpers import open_batch_window, open_sheet
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from window_helpers import make_window

from app.batch.journal import RowOutcome, RowState
from app.batch.mapping import guess_mapping
from app.batch.rows import CellProblem, RowCheck, check_sheet, zone_from_name
from app.batch.sheet import cell_datetime, read_sheet
from app.kombo.validation import validate_result
from app.sandbox import SandboxServer
from app.ui.batch.rows_view import (
    FILTERS,
    CheckSummary,
    RowFilter,
    answer_text,
    form_state_from_row,
    matches,
    state_text,
    time_left,
)
from app.ui.form import form_state as fs

READY = CheckSummary(errors=0, warnings=0, ready=True)
TWO_PROBLEMS = CheckSummary(errors=2, warnings=0, ready=False)
WARNED = CheckSummary(errors=0, warnings=1, ready=True)

WRITTEN = RowOutcome(RowState.WRITTEN, 200)
WRITTEN_WARNED = RowOutcome(RowState.WRITTEN, 200, warnings=("Renamed to cv.pdf", "Truncated"))
FAILED = RowOutcome(RowState.FAILED, 400, "PLATFORM.INPUT_INVALID", "score too high")
UNKNOWN = RowOutcome(RowState.UNKNOWN, None, None, "no answer within 30 s")
PENDING = RowOutcome(RowState.PENDING)
IN_FLIGHT = RowOutcome(RowState.IN_FLIGHT)


def test_the_state_says_the_outcome_once_sent_else_what_the_checks_found() -> None:
    assert state_text(READY, None) == "Ready"
    assert state_text(TWO_PROBLEMS, None).startswith("2 problem")
    assert state_text(READY, PENDING) == "Not sent yet"  # in a batch, not sent yet
    assert state_text(TWO_PROBLEMS, PENDING).startswith("2 problem")
    assert state_text(READY, IN_FLIGHT) == "Sending…"
    assert state_text(READY, WRITTEN) == "Written"
    assert state_text(READY, WRITTEN_WARNED).startswith("Written, 2 warning")
    assert state_text(READY, FAILED) == "Failed"
    assert state_text(READY, UNKNOWN) == "Unknown outcome"
    # An outcome outweighs the checks: a row fixed after its send still says what happened.
    assert state_text(TWO_PROBLEMS, WRITTEN) == "Written"


def test_the_answer_is_kombos_error_or_its_warnings_in_one_line() -> None:
    assert answer_text(None) == ""
    assert answer_text(WRITTEN) == ""
    assert answer_text(FAILED) == "PLATFORM.INPUT_INVALID — score too high"
    assert answer_text(UNKNOWN) == "no answer within 30 s"
    assert answer_text(WRITTEN_WARNED) == "Renamed to cv.pdf — Truncated"
    # A success's message is not an error to show.
    assert answer_text(RowOutcome(RowState.WRITTEN, 200, message="ok")) == ""


@pytest.mark.parametrize(
    ("summary", "outcome", "shown_by"),
    [
        (READY, None, {RowFilter.READY}),
        (TWO_PROBLEMS, None, {RowFilter.PROBLEMS}),
        (WARNED, None, {RowFilter.READY, RowFilter.WARNINGS}),
        (READY, PENDING, {RowFilter.READY}),
        (READY, IN_FLIGHT, set()),
        (READY, WRITTEN, {RowFilter.SENT}),
        (READY, WRITTEN_WARNED, {RowFilter.SENT, RowFilter.WARNINGS}),
        (READY, FAILED, {RowFilter.FAILED}),
        (READY, UNKNOWN, {RowFilter.UNKNOWN}),
    ],
)
def test_each_filter_shows_the_rows_it_names(
    summary: CheckSummary, outcome: RowOutcome | None, shown_by: set[RowFilter]
) -> None:
    shown = {which for which in RowFilter if matches(which, summary, outcome)}
    assert shown == shown_by | {RowFilter.ALL}


def test_the_filter_box_lists_every_filter_once_all_rows_first() -> None:
    assert [which for which, _label in FILTERS] == list(RowFilter)
    assert FILTERS[0][1] == "All rows"


def test_check_summary_counts_errors_and_warnings_apart() -> None:
    check = RowCheck(
        0,
        "ORD-1",
        None,
        [
            CellProblem(0, "Score", "Enter a number."),
            CellProblem(0, "Result URL", "Use https.", "warning"),
            CellProblem(0, None, "Enter an order ID."),
        ],
    )
    assert CheckSummary.of(check) == CheckSummary(errors=2, warnings=1, ready=False)


def test_time_left_follows_the_pace_so_far() -> None:
    assert time_left(0, 40, 0.0) == "0 of 40 rows done, 40 left"  # no pace yet: no guess
    # 12 rows in 30 s: 2.5 s a row, 28 rows left = 70 s.
    assert time_left(12, 40, 30.0) == "12 of 40 rows done, 28 left, about 1:10 left"
    assert time_left(40, 40, 99.0) == "40 of 40 rows done, 0 left"
    assert time_left(41, 40, 99.0) == "41 of 40 rows done, 0 left"  # never a negative count


HEADERS = (
    "Order ID,Status,Completed at,Result URL,Score,Max score,text:Reviewer,"
    "sub:logic:score,sub:logic:max,sub:logic:label,sub:logic:status,"
    "attachment:1,attachment:2,remote:stage.name"
)
ROW = (
    "ORD-1,completed,2026-03-01 10:30,https://r.example/1,80,100,Ada,7,10,Logic,completed,"
    "files/report.pdf,https://files.example/cv%20final.pdf,Final"
)


def _sheet(folder: Path) -> Path:
    (folder / "files").mkdir()
    (folder / "files" / "report.pdf").write_bytes(b"%PDF-1.4 report")
    path = folder / "results.csv"
    path.write_text(f"{HEADERS}\n{ROW}\n", encoding="utf-8")
    return path


def test_a_row_becomes_the_form_state_that_sends_what_the_check_saw(tmp_path: Path) -> None:
    sheet = read_sheet(_sheet(tmp_path))
    mapping = guess_mapping(sheet.headers)
    zone = zone_from_name("Europe/Berlin")
    (check,) = check_sheet(sheet, mapping, zone)
    assert check.ready, check.problems

    state = form_state_from_row(sheet, 0, mapping, zone)

    assert json.loads(json.dumps(state)) == state  # plain JSON, as drafts and history keep it
    assert state["order_id"] == "ORD-1"
    assert state["status"] == "COMPLETED"
    assert state["completed_at"] == "2026-03-01T09:30:00.000Z"  # 10:30 in Berlin, in UTC
    assert state["attributes"][0] == {"type": "TEXT", "label": "Reviewer", "value": "Ada"}
    assert state["attributes"][1]["id"] == "logic"
    report, link = state["attachments"]
    assert report["path"] == str(tmp_path / "files" / "report.pdf")  # relative to the sheet
    assert report["size"] == len(b"%PDF-1.4 report")
    assert report["content_type"] == "application/pdf"
    assert link == {
        "name": "cv final.pdf",
        "content_type": "",
        "data_url": "https://files.example/cv%20final.pdf",
    }
    assert state["remote_fields"] == {"stage": {"name": "Final"}}
    # The form validates it into the very body the batch would send.
    outcome = validate_result(fs.model_input(state))
    assert outcome.ok, outcome.errors
    assert outcome.body == check.body


def test_a_double_clicked_row_fills_the_main_form(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = make_window(qtbot, sandbox)
    batch = open_batch_window(qtbot, window)
    open_sheet(qtbot, batch, _sheet(tmp_path), rows=1)
    batch.table.setFocus()
    rect = batch.table.visualRect(batch.proxy.index(0, 0))
    qtbot.mouseClick(batch.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(batch.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.order_id_edit.text() == "ORD-1")
    state: dict[str, Any] = window.form_state()
    opened = batch.opened
    assert opened is not None
    zone = zone_from_name(opened.mapping.time_zone)  # the computer's, unless chosen
    assert state["completed_at"] == cell_datetime("2026-03-01 10:30", zone)
    assert [a["name"] for a in state["attachments"]] == ["report.pdf", "cv final.pdf"]
    assert window.validate_now().body is not None

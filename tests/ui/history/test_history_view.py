"""The history window: search, filters, details, lazy paging, Open in form (byte for byte),
Send again (with the outcome-unknown question), export, retention, banners, screenshots."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from editor_helpers import app_palette, dark_palette, press
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from window_helpers import fill_sample, make_window, send_and_wait

from app.kombo.body import render_json_bytes
from app.sandbox import SandboxServer
from app.store.history import (
    SCHEMA_VERSION,
    HistoryEntry,
    HistoryStore,
    OutcomeKind,
)
from app.ui.common.context import ConnectionInfo, demo_connection
from app.ui.history.controller import HistoryController
from app.ui.history.view import PAGE_SIZE, HistoryWindow, retention_days
from app.ui.shell.main_window import MainWindow


class Desk:
    """The main window with its history wiring, against the sandbox."""

    def __init__(self, qtbot: QtBot, window: MainWindow, controller: HistoryController) -> None:
        self.qtbot = qtbot
        self.window = window
        self.controller = controller

    @property
    def store(self) -> HistoryStore:
        store = self.controller.service.store
        assert store is not None
        return store

    def send(self) -> int:
        """Send the form as it is; the history row id."""
        with self.qtbot.waitSignal(self.controller.service.recorded, timeout=20000) as row:
            send_and_wait(self.qtbot, self.window)
        return int(row.args[0])

    def history(self) -> HistoryWindow:
        view = self.controller.show_history()
        self.qtbot.waitUntil(lambda: view.model.total is not None and not view.model.busy)
        return view

    def body_bytes(self) -> bytes:
        body = self.window.validate_now().body
        assert body is not None, self.window.validate_now().errors
        return render_json_bytes(body)


@pytest.fixture
def desk(qtbot: QtBot, qloop: Any, sandbox: SandboxServer) -> Iterator[Desk]:
    window = make_window(qtbot, sandbox)
    controller = HistoryController(window)
    assert controller.service.wait_opened()
    yield Desk(qtbot, window, controller)
    controller.close()


def _entries(count: int, now: datetime) -> list[HistoryEntry]:
    """A varied history, oldest first (ids follow time, as real sends do)."""
    entries = []
    for n in range(count):
        kind = [OutcomeKind.SUCCESS, OutcomeKind.API_ERROR, OutcomeKind.NETWORK_ERROR][n % 3]
        entries.append(
            HistoryEntry(
                order_id=f"ORD{n:05d}Xk3mP9qL2vN8rT4w"[:24],
                outcome=kind,
                base_url="https://api.kombo.dev/v1",
                integration_id="acme:workday",
                profile=["Production EU", "Staging"][n % 2],
                candidate=["Ada Lovelace", "Grace Hopper", None][n % 3],
                http_status={OutcomeKind.SUCCESS: 200, OutcomeKind.API_ERROR: 400}.get(kind),
                warnings=("Attachment renamed to report.pdf",) if n % 6 == 0 else (),
                error_code="PLATFORM.INPUT_INVALID" if kind is OutcomeKind.API_ERROR else None,
                error_message="score must not exceed max_score"
                if kind is OutcomeKind.API_ERROR
                else None,
                log_url=f"https://app.kombo.dev/logs/{n}"
                if kind is OutcomeKind.API_ERROR
                else None,
                outcome_unknown=kind is OutcomeKind.NETWORK_ERROR and n % 2 == 0,
                duration_s=0.4,
                request={"status": "COMPLETED", "result_url": f"https://r.example/{n}"},
                sent_at=now - timedelta(hours=count - n),
            )
        )
    return entries


def _click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _wait_details(qtbot: QtBot, view: HistoryWindow, row_id: int) -> None:
    qtbot.waitUntil(lambda: view.current_record is not None and view.current_record.id == row_id)


def _answer_resend(qtbot: QtBot, desk: Desk) -> None:
    """Click "Send again" in Send again's one question."""
    qtbot.waitUntil(lambda: desk.controller.resend.box is not None)
    box = desk.controller.resend.box
    assert box is not None
    button = box.findChild(QPushButton, "resendConfirmButton")
    assert button is not None
    _click(qtbot, button)


# --- search, filters, details ---------------------------------------------------------------


def _record_unknown_outcome(desk: Desk, order_id: str, log_url: str) -> None:
    """A send whose outcome is unknown (HTTP 500), with the log URL Kombo gave."""
    desk.store.record(
        HistoryEntry(
            order_id=order_id,
            outcome=OutcomeKind.API_ERROR,
            base_url="https://api.kombo.dev/v1",
            integration_id="sandbox:demo",
            request={},
            http_status=500,
            outcome_unknown=True,
            log_url=log_url,
        )
    )


class _RecordingBrowser(QObject):
    """Stands in for the desktop's URL handler: notes what would have been opened."""

    def __init__(self, opened: list[QUrl]) -> None:
        super().__init__()
        self._opened = opened

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self._opened.append(url)


def test_search_filters_and_details(qtbot: QtBot, desk: Desk) -> None:
    now = datetime.now(UTC)
    desk.store.record_many(_entries(60, now))
    view = desk.history()
    for name in (
        "historyTable",
        "historySearchEdit",
        "historyDetails",
        "historyOutcomeFilter",
        "historyProfileFilter",
        "historyDateFilter",
        "historyOpenInFormButton",
        "historySendAgainButton",
        "historyExportButton",
        "historyRetentionSpin",
        "historyCountLabel",
    ):
        assert view.findChild(QWidget, name) is not None, name
    assert view.count_label.text() == "60 sends"
    newest = view.model.summary(0)
    assert newest is not None
    assert newest.order_id.startswith("ORD00059")
    _wait_details(qtbot, view, newest.id)  # the newest is selected and shown

    # Search as the person types (debounced): candidate, order prefix, error code.
    view.search_edit.setFocus()
    qtbot.keyClicks(view.search_edit, "hopper")
    qtbot.waitUntil(lambda: view.count_label.text() == "20 sends")
    assert {view.model.summary(r).candidate for r in range(20)} == {"Grace Hopper"}  # type: ignore[union-attr]
    view.search_edit.clear()
    qtbot.keyClicks(view.search_edit, "ord0001")
    qtbot.waitUntil(lambda: view.count_label.text() == "10 sends")
    view.search_edit.setText("input_invalid")
    qtbot.waitUntil(lambda: view.count_label.text() == "20 sends")
    view.search_edit.setText("nothing-like-this")
    qtbot.waitUntil(lambda: view.count_label.text() == "No send matches.")
    assert view.current_record is None
    assert not view.open_button.isEnabled()
    view.search_edit.clear()

    # Outcome, connection and date filters.
    view.outcome_combo.setCurrentText("Outcome unknown")
    qtbot.waitUntil(lambda: view.count_label.text() == "10 sends")
    view.outcome_combo.setCurrentText("Refused by Kombo")
    qtbot.waitUntil(lambda: view.count_label.text() == "20 sends")
    qtbot.waitUntil(lambda: view.profile_combo.count() == 3)
    view.profile_combo.setCurrentText("Staging")
    qtbot.waitUntil(lambda: view.count_label.text() == "10 sends")
    view.outcome_combo.setCurrentIndex(0)
    view.profile_combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: view.count_label.text() == "60 sends")
    view.date_combo.setCurrentText("Custom range")
    assert view.from_date.isVisible()
    yesterday = (now - timedelta(days=1)).astimezone()
    view.from_date.setDate(yesterday.date())
    view.to_date.setDate(yesterday.date())
    expected = sum(
        1
        for n in range(60)
        if (now - timedelta(hours=60 - n)).astimezone().date() == yesterday.date()
    )
    qtbot.waitUntil(lambda: view.count_label.text() == f"{expected} sends")
    view.date_combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: view.count_label.text() == "60 sends")

    # Details of a refused send: the error, its code and the log link, request and response.
    view.outcome_combo.setCurrentText("Refused by Kombo")
    qtbot.waitUntil(lambda: view.count_label.text() == "20 sends")
    first = view.model.summary(0)
    assert first is not None
    view.table.selectRow(0)
    _wait_details(qtbot, view, first.id)
    summary = view.summary_label.text()
    assert "Refused by Kombo" in summary
    assert "PLATFORM.INPUT_INVALID" in summary
    assert "score must not exceed max_score" in summary
    assert f'href="{first.log_url}"' in summary
    request = json.loads(view.request_view.toPlainText())
    assert request["status"] == "COMPLETED"
    response = json.loads(view.response_view.toPlainText())
    assert response["error_code"] == "PLATFORM.INPUT_INVALID"

    opened: list[QUrl] = []
    browser = _RecordingBrowser(opened)
    QDesktopServices.setUrlHandler("https", browser, "open")
    try:
        view.summary_label.linkActivated.emit(first.log_url)
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert [u.toString() for u in opened] == [first.log_url]


def test_rows_are_fetched_page_by_page_as_the_table_scrolls(qtbot: QtBot, desk: Desk) -> None:
    desk.store.record_many(_entries(PAGE_SIZE * 2 + 50, datetime.now(UTC)))
    view = desk.history()
    assert view.count_label.text() == f"{PAGE_SIZE * 2 + 50} sends"
    assert view.model.rowCount() == PAGE_SIZE  # only the first page was read
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() > PAGE_SIZE)
    while view.model.rowCount() < PAGE_SIZE * 2 + 50:
        before = view.model.rowCount()
        view.table.scrollToBottom()
        qtbot.waitUntil(lambda before=before: view.model.rowCount() > before)
    assert not view.model.canFetchMore()
    ids = [view.model.summary(r).id for r in range(view.model.rowCount())]  # type: ignore[union-attr]
    assert ids == sorted(ids, reverse=True)
    assert len(set(ids)) == PAGE_SIZE * 2 + 50


def test_a_new_send_appears_in_an_open_history_window(
    qtbot: QtBot, desk: Desk, sandbox: SandboxServer, tmp_path: Path
) -> None:
    view = desk.history()
    assert view.count_label.text() == "No sends recorded yet."
    fill_sample(desk.window, sandbox.order_ids("OPEN")[0], tmp_path)
    row_id = desk.send()
    qtbot.waitUntil(lambda: view.count_label.text() == "1 send")
    _wait_details(qtbot, view, row_id)
    # On record as "Sending…" before the send, then completed in place with its outcome.
    qtbot.waitUntil(lambda: "Written" in view.summary_label.text())
    assert view.model.rowCount() == 1


# --- Open in form and Send again ------------------------------------------------------------


def test_open_in_form_reproduces_the_body_byte_for_byte(
    qtbot: QtBot, desk: Desk, sandbox: SandboxServer, tmp_path: Path
) -> None:
    order_id = sandbox.order_ids("OPEN")[0]
    fill_sample(desk.window, order_id, tmp_path)
    original = desk.body_bytes()
    original_state = desk.window.form_state()
    row_id = desk.send()

    desk.window.new_result()  # an empty form
    assert desk.window.form_state()["order_id"] == ""
    view = desk.history()
    _wait_details(qtbot, view, row_id)
    _click(qtbot, view.open_button)
    qtbot.waitUntil(lambda: desk.window.form_state()["order_id"] == order_id)
    assert desk.window.is_ready_to_send()
    assert desk.body_bytes() == original
    assert desk.window.form_state()["attachments"] == original_state["attachments"]
    assert order_id in view.status_label.text()


def test_open_in_form_flags_files_that_are_gone_or_changed(
    qtbot: QtBot, desk: Desk, sandbox: SandboxServer, tmp_path: Path
) -> None:
    state = fill_sample(desk.window, sandbox.order_ids("OPEN")[1], tmp_path)
    row_id = desk.send()
    report, notes = (Path(a["path"]) for a in state["attachments"])

    # Same size and time, other bytes: only the sha256 tells.
    info = report.stat()
    data = bytearray(report.read_bytes())
    data[-2] = ord("Q")
    report.write_bytes(bytes(data))
    os.utime(report, ns=(info.st_atime_ns, info.st_mtime_ns))
    notes.unlink()

    desk.window.new_result()
    view = desk.history()
    _wait_details(qtbot, view, row_id)
    view.open_in_form()
    qtbot.waitUntil(lambda: bool(desk.window.form_state()["attachments"]))
    assert not desk.window.is_ready_to_send()
    assert not desk.window.send_button.isEnabled()
    problems = desk.window.problems_label.text()
    assert "changed" in problems
    log_text = desk.window.log_panel.plain_text()
    assert "its content changed" in log_text
    assert str(report) in log_text
    # The gone file is flagged at its attachment too (the form's own file check).
    assert any(str(notes) in issue.message for issue in desk.window.editor._extra_issues)


def test_a_file_touched_but_not_changed_is_taken_as_it_is(
    qtbot: QtBot, desk: Desk, sandbox: SandboxServer, tmp_path: Path
) -> None:
    state = fill_sample(desk.window, sandbox.order_ids("OPEN")[2], tmp_path)
    original = desk.body_bytes()
    row_id = desk.send()
    report = Path(state["attachments"][0]["path"])
    os.utime(report, ns=(report.stat().st_atime_ns, report.stat().st_mtime_ns + 5_000_000_000))
    desk.window.new_result()
    view = desk.history()
    _wait_details(qtbot, view, row_id)
    view.open_in_form()
    qtbot.waitUntil(lambda: bool(desk.window.form_state()["attachments"]))
    assert desk.window.is_ready_to_send()
    assert desk.body_bytes() == original


def test_send_again_sends_the_same_bytes_to_the_same_order(
    qtbot: QtBot, desk: Desk, sandbox: SandboxServer, tmp_path: Path
) -> None:
    order_id = sandbox.order_ids("OPEN")[3]
    fill_sample(desk.window, order_id, tmp_path)
    original = desk.body_bytes()
    first_id = desk.send()
    first_written = sandbox.written_result(order_id)
    assert first_written is not None
    puts = [r for r in sandbox.request_log if r.method == "PUT"]
    assert puts[-1].body_size == len(original)

    desk.window.new_result()
    view = desk.history()
    _wait_details(qtbot, view, first_id)
    desk.window.ask_before_closing_order = False
    _click(qtbot, view.send_again_button)
    with qtbot.waitSignal(desk.controller.service.recorded, timeout=20000) as row:
        _answer_resend(qtbot, desk)
    second = desk.store.get(row.args[0])
    assert second is not None
    assert second.outcome is OutcomeKind.SUCCESS
    assert second.order_id == order_id
    assert desk.body_bytes() == original
    puts = [r for r in sandbox.request_log if r.method == "PUT"]
    assert puts[-1].body_size == len(original)
    again = sandbox.written_result(order_id)
    assert again is not None
    first_written.pop("written_at")
    again.pop("written_at")
    assert again == first_written


def test_sending_an_order_of_unknown_outcome_again_asks_first(
    qtbot: QtBot, desk: Desk, sandbox: SandboxServer, tmp_path: Path
) -> None:
    order_id = sandbox.order_ids("OPEN")[4]
    fill_sample(desk.window, order_id, tmp_path)
    desk.window.ask_before_closing_order = False
    sandbox.faults.fail_next(1, status=502, code=None)
    unknown_id = desk.send()
    unknown = desk.store.get(unknown_id)
    assert unknown is not None
    assert unknown.outcome_unknown

    def question() -> QMessageBox:
        box = desk.window.findChild(QMessageBox, "outcomeUnknownDialog")
        assert box is not None
        assert box.isVisible()
        return box

    # From the main window: the question comes, non-blocking; Cancel sends nothing.
    sandbox.clear_request_log()
    assert desk.window.request_send()
    qtbot.waitUntil(lambda: desk.window.findChild(QMessageBox, "outcomeUnknownDialog") is not None)
    box = question()
    assert order_id in box.text()
    assert "Check Kombo's log" in box.informativeText()
    assert box.findChild(QPushButton, "sendAnywayButton") is not None
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: desk.controller.guard.box is None)
    assert not [r for r in sandbox.request_log if r.method == "PUT"]
    assert not desk.window.sender_.busy

    # From the history's Send again: its one question says so too; "Send again" sends.
    view = desk.history()
    _wait_details(qtbot, view, unknown_id)
    _click(qtbot, view.send_again_button)
    qtbot.waitUntil(lambda: desk.controller.resend.box is not None)
    resend = desk.controller.resend.box
    assert resend is not None
    assert "no clear answer" in resend.informativeText()
    assert resend.defaultButton() is resend.button(QMessageBox.StandardButton.Cancel)
    with qtbot.waitSignal(desk.controller.service.recorded, timeout=20000) as row:
        _answer_resend(qtbot, desk)
    assert desk.controller.guard.box is None
    resent = desk.store.get(row.args[0])
    assert resent is not None
    assert resent.outcome is OutcomeKind.SUCCESS
    # The latest outcome is now known: no question any more (the one about an order written
    # minutes ago, tested in test_send_flow, is passed as a person would confirm it).
    with qtbot.waitSignal(desk.controller.service.recorded, timeout=20000):
        assert desk.window.send_confirmed_again()
    assert desk.controller.guard.box is None


def test_a_question_with_a_log_url_can_open_kombos_log(qtbot: QtBot, desk: Desk) -> None:
    _record_unknown_outcome(desk, "UNKNOWNORDER000000000001", "https://app.kombo.dev/logs/xyz")
    connection = desk.window.current_connection()
    assert connection is not None
    proceeded: list[bool] = []
    assert not desk.controller.check_before_send(
        "UNKNOWNORDER000000000001", connection, lambda: proceeded.append(True)
    )
    box = desk.controller.guard.box
    assert box is not None
    assert "https://app.kombo.dev/logs/xyz" in box.informativeText()
    opened: list[QUrl] = []
    browser = _RecordingBrowser(opened)
    QDesktopServices.setUrlHandler("https", browser, "open")
    try:
        box.findChild(QPushButton, "openKomboLogButton").click()
        qtbot.waitUntil(lambda: desk.controller.guard.box is None)
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert [u.toString() for u in opened] == ["https://app.kombo.dev/logs/xyz"]
    assert proceeded == []  # looking at the log sends nothing
    # Another order, or the same order in another integration, is not asked about.
    assert desk.controller.check_before_send("OTHER", connection, lambda: None)


def test_a_log_url_that_is_not_a_web_link_is_never_opened(qtbot: QtBot, desk: Desk) -> None:
    """The log URL comes from the server: `file:` or an application's scheme stays shut."""
    _record_unknown_outcome(desk, "UNKNOWNORDER000000000002", "file:///etc/passwd")
    opened: list[QUrl] = []
    browser = _RecordingBrowser(opened)
    connection = desk.window.current_connection()
    assert connection is not None
    for scheme in ("file", "evil"):
        QDesktopServices.setUrlHandler(scheme, browser, "open")
    try:
        assert not desk.controller.check_before_send(
            "UNKNOWNORDER000000000002", connection, lambda: None
        )
        box = desk.controller.guard.box
        assert box is not None
        box.findChild(QPushButton, "openKomboLogButton").click()
        qtbot.waitUntil(lambda: desk.controller.guard.box is None)
        view = desk.history()
        view.summary_label.linkActivated.emit("evil://run?payload=1")
        view.summary_label.linkActivated.emit("file:///etc/passwd")
    finally:
        for scheme in ("file", "evil"):
            QDesktopServices.unsetUrlHandler(scheme)
    assert opened == []


# --- export, retention, banners -------------------------------------------------------------


def test_export_csv_and_json_from_the_window(qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    desk.store.record_many(_entries(30, datetime.now(UTC)))
    view = desk.history()
    view.profile_combo.setCurrentText("Staging")
    qtbot.waitUntil(lambda: view.count_label.text() == "15 sends")
    view.export_to(tmp_path / "h.csv", "csv")
    qtbot.waitUntil(lambda: "Exported 15 sends" in view.status_label.text())
    rows = list(csv.DictReader((tmp_path / "h.csv").open(encoding="utf-8-sig")))
    assert len(rows) == 15
    assert {r["profile"] for r in rows} == {"Staging"}
    view.export_to(tmp_path / "h.json", "json")
    qtbot.waitUntil(lambda: "h.json" in view.status_label.text())
    assert len(json.loads((tmp_path / "h.json").read_text(encoding="utf-8"))) == 15
    view.export_to(tmp_path / "missing-folder" / "h.csv", "csv")
    qtbot.waitUntil(view.banner.isVisible)
    assert "could not be exported" in view.banner.text


def test_retention_from_the_window_asks_then_deletes(qtbot: QtBot, desk: Desk) -> None:
    now = datetime.now(UTC)
    old = [
        HistoryEntry(
            order_id=f"OLD{n}",
            outcome=OutcomeKind.SUCCESS,
            base_url="b",
            request={},
            sent_at=now - timedelta(days=100 + n),
        )
        for n in range(3)
    ]
    desk.store.record_many([*old, *_entries(5, now)])
    view = desk.history()
    assert view.count_label.text() == "8 sends"
    view.retention_spin.setValue(90)
    _click(qtbot, view.apply_retention_button)
    qtbot.waitUntil(lambda: view._retention_box is not None)
    box = view._retention_box
    assert box is not None
    assert "Delete 3 sends older than 90 days" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert desk.store.count() == 8
    assert retention_days() == 90  # the setting is kept for the next start-up

    _click(qtbot, view.apply_retention_button)
    qtbot.waitUntil(lambda: view._retention_box is not None)
    view._retention_box.findChild(QPushButton, "historyRetentionDeleteButton").click()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: view.count_label.text() == "5 sends")
    assert desk.store.count() == 5
    assert "Deleted 3 old sends" in view.status_label.text()


def test_retention_is_applied_at_start_up(qtbot: QtBot, qloop: Any, desk_home: Path) -> None:
    store = HistoryStore.open(desk_home / "history.sqlite3")
    now = datetime.now(UTC)
    store.record_many(
        [
            HistoryEntry(order_id="OLD", outcome=OutcomeKind.SUCCESS, base_url="b", request={},
                         sent_at=now - timedelta(days=400)),
            HistoryEntry(order_id="NEW", outcome=OutcomeKind.SUCCESS, base_url="b", request={}),
        ]
    )  # fmt: skip
    store.close()
    window = make_window(qtbot, show=False)
    controller = HistoryController(window)  # the default keeps 365 days
    assert controller.service.wait_opened()
    assert [s.order_id for s in controller.service.store.query()] == ["NEW"]  # type: ignore[union-attr]
    controller.close()


def test_a_history_from_a_newer_version_shows_a_banner_and_sending_still_works(
    qtbot: QtBot, qloop: Any, desk_home: Path, sandbox: SandboxServer, tmp_path: Path
) -> None:
    raw = sqlite3.connect(desk_home / "history.sqlite3")
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    window = make_window(qtbot, sandbox)
    controller = HistoryController(window)
    banner = window.findChild(QWidget, "historyBanner")
    assert banner is not None
    qtbot.waitUntil(banner.isVisible)
    text = banner.findChild(QLabel, "historyBannerText").text()
    assert "newer version of Result Desk" in text
    assert "Sending still works" in text
    order_id = sandbox.order_ids("OPEN")[0]
    fill_sample(window, order_id, tmp_path)
    record = send_and_wait(qtbot, window)
    assert record.outcome == "success"
    assert sandbox.written_result(order_id) is not None
    view = controller.show_history()
    qtbot.waitUntil(lambda: view.count_label.text() == "No sends recorded yet.")
    assert view.banner.isVisible()
    controller.close()


def test_a_damaged_history_is_moved_aside_with_a_banner(
    qtbot: QtBot, qloop: Any, desk_home: Path
) -> None:
    (desk_home / "history.sqlite3").write_bytes(b"this is not a database" * 100)
    window = make_window(qtbot, show=True)
    controller = HistoryController(window)
    qtbot.waitUntil(controller.banner.isVisible)
    assert "moved aside" in controller.banner.text
    moved = list(desk_home.glob("history.sqlite3.corrupt-*"))
    assert len(moved) == 1
    assert moved[0].name in controller.banner.text
    controller.close()


# --- screenshots ----------------------------------------------------------------------------


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_screenshot_of_a_filled_history(
    qtbot: QtBot, qloop: Any, desk_home: Path, artifacts_dir: Path, theme: str
) -> None:
    with app_palette(dark_palette() if theme == "dark" else None):
        window = make_window(qtbot, show=False)
        controller = HistoryController(window)
        assert controller.service.wait_opened()
        store = controller.service.store
        assert store is not None
        now = datetime.now(UTC)
        entries = _entries(240, now)
        entries[-1] = HistoryEntry(
            **{
                **{f: getattr(entries[-1], f) for f in entries[-1].__dataclass_fields__},
                "warnings": ("Sub-result “Numerical” was sent as text: Workday has no scores.",),
                "outcome": OutcomeKind.SUCCESS,
                "http_status": 200,
                "error_code": None,
                "error_message": None,
                "log_url": None,
                "outcome_unknown": False,
                "request": {
                    "status": "COMPLETED",
                    "result_url": "https://assessments.example.com/results/ORD00239",
                    "completed_at": "2026-04-04T09:30:00.000Z",
                    "score": 87.5,
                    "max_score": 100,
                    "attributes": [{"type": "TEXT", "label": "Role fit", "value": "Excellent"}],
                    "attachments": [
                        {
                            "name": "Assessment report.pdf",
                            "content_type": "application/pdf",
                            "size": 40_960,
                            "sha256": "9f2c" + "0" * 60,
                            "source_path": "/home/support/reports/Assessment report.pdf",
                        }
                    ],
                },
            }
        )
        store.record_many(entries)
        view = controller.show_history()
        view.resize(1280, 720)
        qtbot.waitUntil(lambda: view.model.total == 240)
        _wait_details(qtbot, view, view.model.summary(0).id)  # type: ignore[union-attr]
        QApplication.processEvents()
        path = artifacts_dir / f"history-view-{theme}.png"
        assert view.grab().save(str(path))
        assert path.stat().st_size > 10_000
        controller.close()


def test_view_history_ctrl_h_opens_the_window(qtbot: QtBot, desk: Desk) -> None:
    action = desk.controller.history_action
    assert action in desk.window.view_menu.actions()
    assert action.shortcut().toString() == "Ctrl+H"
    desk.window.order_id_edit.setFocus()
    press(qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desk.controller.history_window is not None)
    view = desk.controller.history_window
    assert view is not None
    qtbot.waitUntil(view.isVisible)
    assert view.objectName() == "historyWindow"
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.isVisible())


def test_send_again_goes_through_the_connection_it_was_sent_with(
    qtbot: QtBot, qloop: Any, sandbox: SandboxServer, tmp_path: Path
) -> None:
    demo = demo_connection(sandbox.base_url, sandbox.integration_id)
    other = ConnectionInfo("Production EU", "http://127.0.0.1:9/v1", "acme:workday")
    window = make_window(qtbot, connections=[demo, other])
    controller = HistoryController(window)
    assert controller.service.wait_opened()
    desk = Desk(qtbot, window, controller)
    order_id = sandbox.order_ids("OPEN")[5]
    fill_sample(window, order_id, tmp_path)
    row_id = desk.send()

    window.profile_combo.setCurrentIndex(1)  # the person moved on to another connection
    view = desk.history()
    _wait_details(qtbot, view, row_id)
    _click(qtbot, view.send_again_button)
    with qtbot.waitSignal(controller.service.recorded, timeout=20000) as row:
        _answer_resend(qtbot, desk)
    again = desk.store.get(row.args[0])
    assert again is not None
    assert again.outcome is OutcomeKind.SUCCESS
    assert again.profile == demo.name
    assert window.current_connection() == demo

    # A send whose connection is gone is loaded, not sent anywhere else.
    gone_id = desk.store.record(
        HistoryEntry(
            order_id=order_id,
            outcome=OutcomeKind.SUCCESS,
            base_url="https://api.kombo.dev/v1",
            integration_id="old:one",
            profile="Deleted profile",
            request=again.request,
        )
    )
    view.refresh()
    view.select_id(gone_id)
    _wait_details(qtbot, view, gone_id)
    sandbox.clear_request_log()
    _click(qtbot, view.send_again_button)
    _answer_resend(qtbot, desk)
    qtbot.waitUntil(lambda: "no longer exists" in view.status_label.text())
    assert "Deleted profile" in view.status_label.text()
    assert window.form_state()["order_id"] == order_id
    assert not window.sender_.busy
    assert not [r for r in sandbox.request_log if r.method == "PUT"]
    controller.close()


def test_open_in_form_asks_before_replacing_unsent_work(
    qtbot: QtBot, desk: Desk, sandbox: SandboxServer, tmp_path: Path
) -> None:
    order_id = sandbox.order_ids("OPEN")[6]
    fill_sample(desk.window, order_id, tmp_path)
    row_id = desk.send()
    desk.window.new_result()
    desk.window.order_id_edit.setText("WORK-IN-PROGRESS")  # typed, not sent
    view = desk.history()
    _wait_details(qtbot, view, row_id)
    _click(qtbot, view.open_button)
    qtbot.waitUntil(lambda: desk.controller._replace_box is not None)
    box = desk.controller._replace_box
    assert box is not None
    assert "WORK-IN-PROGRESS" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: desk.controller._replace_box is None)
    assert desk.window.form_state()["order_id"] == "WORK-IN-PROGRESS"

    _click(qtbot, view.open_button)
    qtbot.waitUntil(lambda: desk.controller._replace_box is not None)
    desk.controller._replace_box.findChild(QPushButton, "replaceFormButton").click()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: desk.window.form_state()["order_id"] == order_id)


@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_open_in_form_never_opens_a_file_that_became_a_fifo_or_a_device(
    qtbot: QtBot, desk: Desk, sandbox: SandboxServer, tmp_path: Path, kind: str
) -> None:
    state = fill_sample(desk.window, sandbox.order_ids("OPEN")[4], tmp_path)
    row_id = desk.send()
    report = Path(state["attachments"][0]["path"])
    report.unlink()
    if kind == "fifo":
        os.mkfifo(report)
    else:
        report.symlink_to("/dev/zero")

    desk.window.new_result()
    view = desk.history()
    _wait_details(qtbot, view, row_id)
    _click(qtbot, view.open_button)
    # Before: the check opened the FIFO (blocked forever) or hashed /dev/zero without end.
    qtbot.waitUntil(lambda: bool(desk.window.form_state()["attachments"]), timeout=15000)
    assert not desk.window.is_ready_to_send()
    # Marked at the attachment by the form's own check, and said in the log panel.
    assert any("not a regular file" in i.message for i in desk.window.editor._extra_issues)
    assert "not a regular file" in desk.window.log_panel.plain_text()

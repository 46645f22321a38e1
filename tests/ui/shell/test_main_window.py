"""The main window around the send: names, layout, settings, new/undo, files, seams, errors."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from editor_helpers import app_palette, dark_palette
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from window_helpers import fill_sample, make_window, settle_layouts

from app import applog
from app.kombo.responses import Order
from app.store.paths import settings_file
from app.ui.common import field_marks
from app.ui.common.context import ConnectionInfo
from app.ui.shell.exception_hook import ExceptionHook
from app.ui.shell.main_window import MainWindow

OFFLINE = ConnectionInfo("Test", "http://127.0.0.1:9/v1", "sandbox:demo", "demo")
ORDER = "GRKdd9dibYKKCrmGRSMJf3wu"

DESIGN_NAMES = (
    "profileCombo", "orderIdEdit", "statusCombo", "resultUrlEdit", "completedAtEdit",
    "scoreEdit", "maxScoreEdit", "attributesTable", "addTextAttributeButton",
    "addSubResultButton", "removeAttributeButton", "attachmentsList", "addAttachmentButton",
    "removeAttachmentButton", "remoteFieldsEdit", "previewEdit", "sendButton", "cancelButton",
    "logPanel",
)  # fmt: skip


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    return make_window(qtbot, connections=[OFFLINE])


def test_every_design_widget_has_its_object_and_accessible_name(window: MainWindow) -> None:
    for index in range(window.tabs.count()):  # the editor's pages are built when first shown
        window.tabs.setCurrentIndex(index)
    for name in DESIGN_NAMES:
        widget = window.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), f"{name} has no accessible name"


def test_the_window_fits_1024x700_without_cut_off_text(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024
    assert hint.height() <= 700
    window.resize(1024, 700)
    fill_sample(window, ORDER, tmp_path)
    settle_layouts(window)
    cut: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if not getattr(widget, "text", lambda: "")() or (
            isinstance(widget, QLabel) and widget.wordWrap()
        ):
            continue
        too_narrow = widget.width() < widget.minimumSizeHint().width()
        if isinstance(widget, QLabel | QAbstractButton) and too_narrow:
            cut.append(f"{widget.objectName() or type(widget).__name__}: {widget.text()!r}")
    assert cut == []


def test_size_position_and_splitters_are_remembered(qtbot: QtBot) -> None:
    # Small enough for the offscreen screen (800x600): restoreGeometry keeps windows on screen.
    first = make_window(qtbot, connections=[OFFLINE])
    first.resize(780, 580)
    first.main_splitter.setSizes([500, 260])
    first.right_splitter.setSizes([150, 300])
    settle_layouts(first)
    sizes = (first.main_splitter.sizes(), first.right_splitter.sizes())
    first.close()
    settings = QSettings(str(settings_file()), QSettings.Format.IniFormat)
    assert settings.value("mainWindow/geometry") is not None

    second = make_window(qtbot, connections=[OFFLINE], size=None)
    assert (second.width(), second.height()) == (780, 580)
    assert (second.main_splitter.sizes(), second.right_splitter.sizes()) == sizes


def test_new_result_clears_and_undo_brings_it_back(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    fill_sample(window, ORDER, tmp_path)
    filled = window.form_state()
    window.new_action.trigger()
    assert window.form_state()["order_id"] == ""
    assert window.form_state()["attributes"] == []
    assert window.attachments_editor.state() == []
    assert field_marks.message(window.result_form.result_url_edit) is None  # calm again
    assert window.undo_new_action.isEnabled()
    undo = window.statusBar().findChild(QPushButton, "undoNewResultButton")
    assert undo is not None
    assert undo.isVisible()
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert window.form_state() == filled
    assert not window.undo_new_action.isEnabled()

    # Typing after "New result" makes undo go away: it would throw the new typing away.
    window.new_action.trigger()
    qtbot.keyClicks(window.order_id_edit, "X")
    assert not window.undo_new_action.isEnabled()


def test_save_and_open_json_round_trip_through_the_dialogs(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    fill_sample(window, ORDER, tmp_path)
    window.remote_fields_editor.workday_edit.setText("Passed")
    filled = window.form_state()
    target = tmp_path / "template.json"

    window.findChild(QAction, "saveJsonAction").trigger()
    dialog = window.findChild(QFileDialog, "saveJsonDialog")
    assert dialog is not None
    assert dialog.isVisible()  # opened with open(): nothing blocks
    dialog.fileSelected.emit(str(target))
    dialog.reject()
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["order_id"] == ORDER
    assert data["result"]["attachments"][0]["path"] == filled["attachments"][0]["path"]
    assert "size" not in data["result"]["attachments"][0]
    assert data["result"]["remote_fields"]["workday"]

    window.new_action.trigger()
    window.findChild(QAction, "openJsonAction").trigger()
    dialog = window.findChild(QFileDialog, "openJsonDialog")
    assert dialog is not None
    dialog.fileSelected.emit(str(target))
    dialog.reject()
    assert window.form_state() == filled
    assert window.send_button.isEnabled()


def test_opening_a_template_whose_file_is_gone_flags_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    state = fill_sample(window, ORDER, tmp_path)
    target = tmp_path / "template.json"
    assert window.save_json_to(str(target))
    Path(state["attachments"][0]["path"]).unlink()
    window.new_action.trigger()
    assert window.open_json_from(str(target))
    assert len(window.attachments_editor.state()) == 2  # kept, so the person sees which
    assert not window.send_button.isEnabled()
    assert "File not found" in window.problems_label.toolTip()
    assert "attention" in window.statusBar().currentMessage()


def test_a_broken_file_opens_nothing_and_says_why(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    fill_sample(window, ORDER, tmp_path)
    before = window.form_state()
    bad = tmp_path / "bad.json"
    bad.write_text("{ nope", encoding="utf-8")
    assert window.open_json_from(str(bad)) is False
    box = window.findChild(QMessageBox)
    assert box is not None
    assert "not valid JSON" in box.text()
    assert window.form_state() == before


def test_a_file_too_large_for_a_template_is_not_read(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    fill_sample(window, ORDER, tmp_path)
    before = window.form_state()
    big = tmp_path / "big.json"
    assert window.save_json_to(str(big))
    with big.open("a", encoding="utf-8") as handle:  # still valid JSON, just over 5 MB
        handle.write(" " * (5 * 1024 * 1024))
    window.new_action.trigger()
    assert window.open_json_from(str(big)) is False
    box = window.findChild(QMessageBox)
    assert box is not None
    assert "larger than 5 MB" in box.text()
    assert window.form_state() != before  # nothing was loaded into the cleared form


@pytest.mark.parametrize("opener", ["[", '{"remote_fields":'])
def test_a_template_nested_100000_levels_deep_is_refused_with_a_message(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, opener: str
) -> None:
    fill_sample(window, ORDER, tmp_path)
    before = window.form_state()
    deep = tmp_path / "deep.json"
    closer = "]" if opener == "[" else "}"
    deep.write_text(opener * 100_000 + "1" + closer * 100_000, encoding="utf-8")
    assert window.open_json_from(str(deep)) is False  # was RecursionError, the crash dialog
    box = window.findChild(QMessageBox)
    assert box is not None
    assert "nests more than 64 levels" in box.text()
    assert window.form_state() == before


def test_a_fifo_picked_as_a_template_is_refused_without_blocking(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    assert window.open_json_from(str(fifo)) is False  # opening it would wait for a writer
    box = window.findChild(QMessageBox)
    assert box is not None
    assert "not a regular file" in box.text()


def test_a_save_that_fails_midway_leaves_the_old_file_whole(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    fill_sample(window, ORDER, tmp_path)
    target = tmp_path / "template.json"
    assert window.save_json_to(str(target))
    old = target.read_bytes()
    window.order_id_edit.setText("Other000Order000Id000000")

    def disk_full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", disk_full)
        assert window.save_json_to(str(target)) is False
    assert target.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    box = window.findChild(QMessageBox)
    assert box is not None
    assert "No space left on device" in box.text()


def test_copy_as_curl_puts_a_command_without_the_key_on_the_clipboard(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    fill_sample(window, ORDER, tmp_path)
    window.copy_curl_action.trigger()
    text = QGuiApplication.clipboard().text()
    assert "curl " in text
    assert "$KOMBO_API_KEY" in text
    assert ORDER in text
    assert "sandbox:demo" in text
    assert "base64" in text  # file attachments are read by the shell, not pasted in


def test_set_order_shows_the_order_and_its_status_rule(window: MainWindow) -> None:
    order = Order.model_validate(
        {
            "id": ORDER,
            "package_id": "pkg_cognitive",
            "status": "CANCELLED",
            "candidate": {"email": "jane@example.com", "first_name": "Jane", "last_name": "Doe"},
            "application": {},
            "job": {"name": "Senior Engineer", "location": {"city": "Berlin"}},
        }
    )
    window.set_order(order)
    assert window.order_id_edit.text() == ORDER
    summary = window.order_summary
    assert summary.isVisible()
    for part in ("Jane Doe", "Senior Engineer", "Berlin", "pkg_cognitive", "CANCELLED"):
        assert part in summary.text()
    assert "can no longer change" in summary.text()
    assert window.result_form.status_combo.currentData() == "CANCELLED"
    window.order_id_edit.setText("another")
    assert not summary.isVisible()


def test_panels_can_be_added_with_a_view_menu_toggle(window: MainWindow) -> None:
    dock = QDockWidget("Orders", window)
    dock.setObjectName("ordersDock")
    window.add_dock(dock)
    assert dock.toggleViewAction() in window.view_menu.actions()
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.LeftDockWidgetArea


def test_log_panel_copy_and_clear(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.log_panel
    panel.add("info", "Sending order X")
    panel.add("warning", "Kombo warning: renamed")
    panel.add("error", "PLATFORM.INPUT_INVALID: bad", link="https://app.kombo.dev/logs/1")
    window.findChild(QAction, "copyLogAction").trigger()
    copied = QGuiApplication.clipboard().text()
    assert "Sending order X" in copied
    assert "WARNING Kombo warning: renamed" in copied
    assert "https://app.kombo.dev/logs/1" in copied
    assert "https://app.kombo.dev/logs/1" in panel.toPlainText()
    window.findChild(QAction, "clearLogAction").trigger()
    assert panel.entries == []
    assert panel.toPlainText() == ""


def test_log_panel_follows_the_palette(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.log_panel
    panel.add("warning", "Kombo warning: renamed")
    with app_palette(dark_palette()):

        def background() -> QColor:
            return panel.document().firstBlock().blockFormat().background().color()

        qtbot.waitUntil(lambda: background().lightness() < 100)
        assert background() == panel.palette().color(QPalette.ColorRole.AlternateBase)


def test_unexpected_errors_show_a_dialog_and_the_window_stays_usable(
    qtbot: QtBot, window: MainWindow, desk_home: Path
) -> None:
    log_path = applog.setup_logging()
    hook = ExceptionHook(log_path)
    hook.install()
    try:
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())  # as qasync does for an asyncSlot
        qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible())
        dialog = hook.dialog
        assert dialog is not None
        assert "boom in a slot" in dialog.text()
        assert str(log_path) in dialog.informativeText()
        # A second error in a burst does not pile up dialogs.
        try:
            raise ValueError("again")
        except ValueError:
            sys.excepthook(*sys.exc_info())
        qtbot.waitUntil(lambda: "2 errors" in dialog.informativeText())
        assert hook.dialog is dialog
        assert window.isEnabled()
        dialog.close()
    finally:
        hook.uninstall()
        applog.shutdown_logging()
    text = log_path.read_text(encoding="utf-8")
    assert "RuntimeError: boom in a slot" in text
    assert "Traceback" in text


def test_form_state_round_trips_for_drafts_and_history(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    fill_sample(window, ORDER, tmp_path)
    state = window.form_state()
    assert json.loads(json.dumps(state)) == state  # JSON-able
    other = make_window(qtbot, connections=[OFFLINE])
    other.load_form_state(state)
    assert other.form_state() == state
    assert other.preview_edit.toPlainText() == window.preview_edit.toPlainText()


def test_history_request_bodies_open_in_the_form(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """A stored request (model JSON, files as metadata) can be loaded as form state."""
    state: dict[str, Any] = fill_sample(window, ORDER, tmp_path)
    body = window.validate_now().body
    assert body is not None
    from app.store.history import request_from_body

    request = request_from_body(body, hash_files=False)  # what a send record holds
    as_state = {**request, "order_id": ORDER}
    as_state["attachments"] = [
        {
            "name": a["name"],
            "content_type": a["content_type"],
            "path": a["source_path"],
            "size": a["size"],
            "mtime_ns": a["mtime_ns"],
        }
        for a in request["attachments"]
    ]
    other = make_window(qtbot, connections=[OFFLINE])
    other.load_form_state(as_state)
    assert other.preview_edit.toPlainText() == window.preview_edit.toPlainText()
    assert other.form_state()["attachments"][0]["path"] == state["attachments"][0]["path"]


def test_a_sixth_attachment_dropped_on_the_window_is_refused(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtCore import QMimeData, QPoint, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    files = []
    for n in range(6):
        path = tmp_path / f"part-{n}.txt"
        path.write_text(f"part {n}\n", encoding="utf-8")
        files.append(path)
    assert window.attachments_editor.add_paths([str(p) for p in files[:5]]) == []
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(files[5]))])
    rest = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(window.order_summary.parentWidget(),
                           QDragEnterEvent(QPoint(5, 5), *rest))  # fmt: skip
    drop = QDropEvent(QPointF(5, 5), *rest)
    QApplication.sendEvent(window.order_summary.parentWidget(), drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: not window.attachments_editor.busy(), timeout=5000)
    assert len(window.attachments_editor.state()) == 5
    assert window.tabs.currentWidget() is window.attachments_editor
    assert "at most 5" in window.statusBar().currentMessage()


def test_closing_the_window_ends_the_program(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.closed, timeout=2000):
        window.close()


def test_the_log_panel_keeps_only_the_last_entries(qtbot: QtBot, window: MainWindow) -> None:
    from app.ui.send.log_panel import MAX_ENTRIES, TRIM_SLACK

    panel = window.log_panel
    for number in range(3 * (MAX_ENTRIES + TRIM_SLACK)):
        panel.add("info", f"entry {number}")
    kept = panel.entries
    assert MAX_ENTRIES <= len(kept) <= MAX_ENTRIES + TRIM_SLACK
    assert kept[-1].text == f"entry {3 * (MAX_ENTRIES + TRIM_SLACK) - 1}"
    assert panel.document().blockCount() == len(kept)  # the shown text is trimmed too
    assert "entry 0\n" not in panel.plain_text() + "\n"

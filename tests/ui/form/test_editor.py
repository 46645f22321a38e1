"""The result editor alone, without a main window: typed into, validated, read back.

A small host places the editor's parts as the shell does (the order ID above, the summary
below), so the tests type into the same widgets a person uses.
"""

from __future__ import annotations

from typing import Any

import pytest
from editor_helpers import show_active, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.ui.common import field_marks
from app.ui.common.context import ConnectionInfo
from app.ui.form.editor import ResultEditor
from app.ui.form.preview_panel import PreviewPanel

CONNECTION = ConnectionInfo("Test", "http://127.0.0.1:9/v1", "sandbox:demo", "demo")
ORDER = "GRKdd9dibYKKCrmGRSMJf3wu"


class Host(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.preview = PreviewPanel(self)
        self.editor = ResultEditor(self.preview, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor.order_id_edit)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.editor.problems_label)
        layout.addWidget(self.preview)
        self.resize(700, 900)


@pytest.fixture
def host(qtbot: QtBot) -> Host:
    host = Host()
    qtbot.addWidget(host)
    host.editor.set_connection(CONNECTION)
    host.editor.validate_now()
    show_active(qtbot, host)
    return host


def settle(qtbot: QtBot, editor: ResultEditor) -> None:
    qtbot.waitUntil(lambda: not editor._validate_timer.isActive(), timeout=2000)


def type_valid_result(qtbot: QtBot, editor: ResultEditor) -> None:
    editor.order_id_edit.setFocus()
    type_text(qtbot, ORDER)
    editor.result_form.result_url_edit.setFocus()
    type_text(qtbot, "https://example.com/r/1")
    qtbot.mouseClick(editor.result_form.now_button, Qt.MouseButton.LeftButton)
    settle(qtbot, editor)


def test_a_new_editor_is_calm_and_not_ready(host: Host) -> None:
    editor = host.editor
    assert field_marks.message(editor.order_id_edit) is None
    assert "Enter the order ID" in editor.problems_label.text()
    assert not editor.is_ready_to_send()
    assert editor.form_state()["order_id"] == ""


def test_typing_a_valid_result_makes_it_ready_and_shows_the_json(qtbot: QtBot, host: Host) -> None:
    editor = host.editor
    outcomes: list[Any] = []
    edits: list[None] = []
    editor.validated.connect(outcomes.append)
    editor.edited.connect(lambda: edits.append(None))
    type_valid_result(qtbot, editor)
    assert edits, "typing is an edit"
    assert outcomes
    assert outcomes[-1].body is not None
    assert editor.is_ready_to_send()
    assert editor.problems_label.text() == "Ready to send."
    assert '"result_url": "https://example.com/r/1"' in host.preview.preview_edit.toPlainText()
    assert editor.form_state()["order_id"] == ORDER


def test_without_a_connection_the_editor_is_not_ready(qtbot: QtBot, host: Host) -> None:
    editor = host.editor
    type_valid_result(qtbot, editor)
    editor.set_connection(None)
    editor.validate_now()
    assert not editor.is_ready_to_send()
    assert "Connection: Add a connection" in editor.problems_label.text()
    asked: list[None] = []
    editor.connection_focus_requested.connect(lambda: asked.append(None))
    editor.problems_label.linkActivated.emit("#first")
    assert asked, "the first problem is the connection, which the shell owns"


def test_a_broken_url_is_marked_and_the_summary_link_goes_there(qtbot: QtBot, host: Host) -> None:
    editor = host.editor
    type_valid_result(qtbot, editor)
    url = editor.result_form.result_url_edit
    url.setFocus()
    qtbot.keyClick(url, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "nope")
    editor.order_id_edit.setFocus()
    settle(qtbot, editor)
    assert field_marks.message(url) is not None
    assert editor.problems_label.text().startswith('<a href="#first">1 problem</a>')
    assert not editor.is_ready_to_send()
    editor.problems_label.linkActivated.emit("#first")
    assert QApplication.focusWidget() is url


def test_form_state_round_trips_and_a_load_is_not_an_edit(qtbot: QtBot, host: Host) -> None:
    editor = host.editor
    type_valid_result(qtbot, editor)
    state = editor.form_state()
    state["attributes"] = [{"type": "TEXT", "label": "Note", "value": "Fine"}]
    edits: list[None] = []
    editor.edited.connect(lambda: edits.append(None))
    editor.load_form_state(state)
    assert not edits
    assert editor.form_state() == state
    assert editor.tabs.tabText(0) == "Attributes (1)"


def test_an_invalid_sub_result_marks_its_tab(qtbot: QtBot, host: Host) -> None:
    editor = host.editor
    type_valid_result(qtbot, editor)
    assert editor.tabs.tabIcon(0).isNull()
    state = editor.form_state()
    state["attributes"] = [
        {
            "type": "SUB_RESULT",
            "id": "t",
            "label": "Logic",
            "score": {"value": 0.5, "max": 0.5},
            "status": "COMPLETED",
        }
    ]
    editor.load_form_state(state)
    assert not editor.tabs.tabIcon(0).isNull()
    assert "Attribute 1" in editor.problems_label.text()


def test_a_lookup_finding_marks_the_order_id_while_it_holds_that_id(
    qtbot: QtBot, host: Host
) -> None:
    editor = host.editor
    type_valid_result(qtbot, editor)
    editor.mark_order_id(ORDER, "No order with this ID.")
    assert field_marks.message(editor.order_id_edit) == "No order with this ID."
    assert not editor.is_ready_to_send()
    editor.order_id_edit.setFocus()
    qtbot.keyClick(editor.order_id_edit, Qt.Key.Key_Backspace)
    settle(qtbot, editor)
    assert field_marks.message(editor.order_id_edit) is None


def test_the_sent_note_lasts_until_the_form_changes(qtbot: QtBot, host: Host) -> None:
    editor = host.editor
    type_valid_result(qtbot, editor)
    editor.show_sent("Sent at 10:00:00 (status OPEN).")
    assert editor.problems_label.text() == "Sent at 10:00:00 (status OPEN)."
    editor.result_form.result_url_edit.setFocus()
    type_text(qtbot, "x")
    settle(qtbot, editor)
    assert editor.problems_label.text() == "Ready to send."


def test_every_problem_is_reachable_from_the_summary(qtbot: QtBot, host: Host) -> None:
    """Issue 12 item 8: not only the first problem; 'and 1 more' lists them all."""
    editor = host.editor
    type_valid_result(qtbot, editor)
    form = editor.result_form
    for edit, text in ((form.score_edit, "abc"), (form.max_score_edit, "xyz")):
        edit.setFocus()
        type_text(qtbot, text)
    settle(qtbot, editor)
    label = editor.problems_label
    assert "2 problems" in label.text()
    assert 'href="#all"' in label.text()
    assert "and 1 more" in label.text()

    label.linkActivated.emit("#all")  # the "and 1 more" link, as clicked
    menu = editor.problems_menu
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    texts = [action.text() for action in menu.actions()]
    assert texts == ["Score: Enter a number.", "Max score: Enter a number."]
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(form.max_score_edit.hasFocus, timeout=2000)

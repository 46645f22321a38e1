"""Every validation rule shows its message on the widget it concerns; Send waits for validity."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from window_helpers import make_window

from app.ui.common import field_marks
from app.ui.common.context import ConnectionInfo
from app.ui.shell.main_window import MainWindow

OFFLINE = ConnectionInfo("Test", "http://127.0.0.1:9/v1", "sandbox:demo", "demo")


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    return make_window(qtbot, connections=[OFFLINE])


@pytest.fixture
def german() -> Iterator[None]:
    original = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(original)


def type_into(qtbot: QtBot, widget: QWidget, text: str, *, clear: bool = True) -> None:
    widget.setFocus()
    if clear:
        qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """Wait for the debounced validation to run."""
    qtbot.waitUntil(lambda: not window.editor._validate_timer.isActive(), timeout=2000)


def fill_valid(qtbot: QtBot, window: MainWindow) -> None:
    type_into(qtbot, window.order_id_edit, "GRKdd9dibYKKCrmGRSMJf3wu")
    type_into(qtbot, window.result_form.result_url_edit, "https://example.com/r/1")
    qtbot.mouseClick(window.result_form.now_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)


def test_fresh_form_is_calm_but_cannot_be_sent(window: MainWindow) -> None:
    for name in ("orderIdEdit", "resultUrlEdit", "completedAtEdit", "scoreEdit"):
        widget = window.findChild(QWidget, name)
        assert widget is not None, name
        assert field_marks.message(widget) is None, name
    assert not window.send_button.isEnabled()
    assert "Enter the order ID" in window.problems_label.text()
    assert not window.preview_panel.is_valid


def test_valid_form_enables_send_and_shows_the_exact_json(qtbot: QtBot, window: MainWindow) -> None:
    fill_valid(qtbot, window)
    assert window.send_button.isEnabled()
    assert window.findChild(QAction, "sendAction").isEnabled()
    assert window.problems_label.text() == "Ready to send."
    text = window.preview_edit.toPlainText()
    assert '"result_url": "https://example.com/r/1"' in text
    assert '"completed_at": "' in text
    assert text.count('Z"') >= 1
    assert window.preview_panel.is_valid


@pytest.mark.parametrize(
    ("field", "text", "expected"),
    [
        ("resultUrlEdit", "example.com/no-scheme", "absolute http"),
        ("resultUrlEdit", "https://example.com/a b", "cannot contain spaces"),
        ("scoreEdit", "twelve", "Enter a number."),
        ("maxScoreEdit", "1e999", "finite number"),
    ],
)
def test_field_rules_mark_their_widget(
    qtbot: QtBot, window: MainWindow, field: str, text: str, expected: str
) -> None:
    fill_valid(qtbot, window)
    widget = window.findChild(QWidget, field)
    type_into(qtbot, widget, text)
    settle(qtbot, window)
    message = field_marks.message(widget)
    assert message is not None
    assert expected in message
    assert field_marks.severity(widget) == "error"
    # Screen readers read the message with the field.
    assert expected in widget.accessibleDescription()
    assert not window.send_button.isEnabled()
    assert expected in window.problems_label.toolTip()


def test_order_id_is_required(qtbot: QtBot, window: MainWindow) -> None:
    fill_valid(qtbot, window)
    type_into(qtbot, window.order_id_edit, "")
    settle(qtbot, window)
    assert field_marks.message(window.order_id_edit) == "Enter the order ID."
    assert not window.send_button.isEnabled()


@pytest.mark.parametrize("status", ["COMPLETED", "CANCELLED"])
def test_completed_at_is_required_when_closing(
    qtbot: QtBot, window: MainWindow, status: str
) -> None:
    fill_valid(qtbot, window)
    combo = window.result_form.status_combo
    combo.setCurrentIndex(combo.findData(status))
    window.result_form.clear_time_button.click()
    settle(qtbot, window)
    edit = window.result_form.completed_at_edit
    assert "required" in (field_marks.message(edit) or "")
    assert not window.send_button.isEnabled()
    # OPEN does not need it.
    combo.setCurrentIndex(combo.findData("OPEN"))
    settle(qtbot, window)
    assert field_marks.message(edit) is None
    assert window.send_button.isEnabled()


def test_score_above_max_is_a_warning_not_an_error(qtbot: QtBot, window: MainWindow) -> None:
    fill_valid(qtbot, window)
    type_into(qtbot, window.result_form.score_edit, "120")
    type_into(qtbot, window.result_form.max_score_edit, "100")
    settle(qtbot, window)
    assert field_marks.severity(window.result_form.score_edit) == "warning"
    assert "above the maximum" in (field_marks.message(window.result_form.score_edit) or "")
    assert window.send_button.isEnabled()
    assert "warning" in window.problems_label.text()


def test_sub_result_max_below_one_marks_the_table(qtbot: QtBot, window: MainWindow) -> None:
    fill_valid(qtbot, window)
    state = window.form_state()
    state["attributes"] = [
        {
            "type": "SUB_RESULT",
            "id": "t",
            "label": "Logic",
            "score": {"value": 0.5, "max": 0.5},
            "status": "COMPLETED",
        }
    ]
    window.load_form_state(state)
    table = window.findChild(QWidget, "attributesTable")
    assert "at least 1" in (field_marks.message(table) or "")
    assert not window.send_button.isEnabled()
    assert "Attribute 1" in window.problems_label.text()
    # The tab says where the problem is.
    assert not window.tabs.tabIcon(0).isNull()


def test_generic_attachment_type_is_flagged(qtbot: QtBot, window: MainWindow, tmp_path) -> None:
    fill_valid(qtbot, window)
    blob = tmp_path / "blob.bin"
    blob.write_bytes(bytes(range(256)) * 4)
    state = window.form_state()
    state["attachments"] = [
        {
            "name": "blob.bin",
            "content_type": "application/octet-stream",
            "path": str(blob),
            "size": blob.stat().st_size,
            "mtime_ns": blob.stat().st_mtime_ns,
        }
    ]
    window.load_form_state(state)
    window.tabs.setCurrentIndex(1)  # the Attachments page is built when first shown
    attachments = window.findChild(QWidget, "attachmentsList")
    assert "generic" in (field_marks.message(attachments) or "")
    assert window.send_button.isEnabled()  # a warning does not block


def test_german_decimal_comma_becomes_a_dot_in_json(
    qtbot: QtBot, german: None, window: MainWindow
) -> None:
    fill_valid(qtbot, window)
    type_into(qtbot, window.result_form.score_edit, "1,5")
    type_into(qtbot, window.result_form.max_score_edit, "10")
    settle(qtbot, window)
    assert '"score": 1.5' in window.preview_edit.toPlainText()
    assert window.form_state()["score"] == 1.5
    # Loading shows the number in the user's locale again.
    window.load_form_state(window.form_state())
    assert window.result_form.score_edit.text() == "1,5"


def test_summary_link_focuses_the_first_problem(qtbot: QtBot, window: MainWindow) -> None:
    fill_valid(qtbot, window)
    type_into(qtbot, window.result_form.result_url_edit, "nope")
    window.order_id_edit.setFocus()
    settle(qtbot, window)
    assert window.problems_label.text().startswith('<a href="#first">1 problem</a>')
    window.problems_label.linkActivated.emit("#first")
    assert QApplication.focusWidget() is window.result_form.result_url_edit


def test_send_refuses_while_invalid(qtbot: QtBot, window: MainWindow) -> None:
    assert window.request_send() is False
    assert not window.sender_.busy
    # The attempt to send makes the marks show even on the untouched form.
    assert field_marks.message(window.order_id_edit) == "Enter the order ID."


def test_invalid_remote_json_is_an_error_at_the_field(qtbot: QtBot, window: MainWindow) -> None:
    fill_valid(qtbot, window)
    remote = window.remote_fields_editor
    window.tabs.setCurrentWidget(remote)
    remote.advanced_toggle.setChecked(True)
    type_into(qtbot, remote.raw_edit, '{"greenhouse": {"note": }')
    settle(qtbot, window)
    assert not window.send_button.isEnabled()
    assert "Remote fields" in window.problems_label.text()
    assert "Line 1" in window.problems_label.text()
    # The summary's link takes the cursor to the error in the JSON.
    window.order_id_edit.setFocus()
    window.problems_label.linkActivated.emit("#first")
    assert QApplication.focusWidget() is remote.raw_edit
    type_into(qtbot, remote.raw_edit, '{"greenhouse": {"note": "ok"}}')
    settle(qtbot, window)
    assert window.send_button.isEnabled()
    assert '"greenhouse"' in window.preview_edit.toPlainText()


def test_without_a_connection_the_summary_says_so(qtbot: QtBot) -> None:
    window = make_window(qtbot, connections=[])
    fill_valid(qtbot, window)
    assert not window.send_button.isEnabled()
    assert "Add a connection" in window.problems_label.text()
    window.problems_label.linkActivated.emit("#first")
    assert QApplication.focusWidget() is window.profile_combo
    window.set_connections([OFFLINE])
    settle(qtbot, window)
    assert window.send_button.isEnabled()

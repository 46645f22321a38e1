"""What the form accepts is what Kombo's contract accepts: URLs are sent as RFC 3986 URIs (the
field's hint and the preview show the encoded form), what cannot be encoded is said at the
field, and order IDs the client would refuse are marked at the order ID field. Typed and pasted
at the focused widget, as a person does."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from window_helpers import make_window

from app.ui.common import field_marks
from app.ui.common.context import ConnectionInfo
from app.ui.shell.main_window import MainWindow

OFFLINE = ConnectionInfo("Test", "http://127.0.0.1:9/v1", "sandbox:demo", "demo")


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    win = make_window(qtbot, connections=[OFFLINE])
    type_into(qtbot, win.order_id_edit, "GRKdd9dibYKKCrmGRSMJf3wu")
    type_into(qtbot, win.result_form.result_url_edit, "https://example.com/r/1")
    qtbot.mouseClick(win.result_form.now_button, Qt.MouseButton.LeftButton)
    settle(qtbot, win)
    assert win.send_button.isEnabled()
    return win


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(QApplication.focusWidget(), text)


def paste_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QApplication.clipboard().setText(text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def settle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.editor._validate_timer.isActive(), timeout=2000)


def sent_body(window: MainWindow) -> dict[str, object]:
    assert window.preview_panel.is_valid
    return json.loads(window.preview_edit.toPlainText())


def test_a_typed_unicode_url_is_sent_encoded_and_the_hint_shows_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    edit = window.result_form.result_url_edit
    hint = window.result_form.result_url_hint
    assert not hint.isVisible()  # https://example.com/r/1 is sent as typed
    paste_into(
        qtbot, edit, "https://bücher.example/ergebnis/müller?q=a|b"
    )  # QTest types ASCII only
    settle(qtbot, window)
    sent = "https://xn--bcher-kva.example/ergebnis/m%C3%BCller?q=a%7Cb"
    assert hint.isVisible()
    assert hint.text() == f"Sent as {sent}"
    assert sent_body(window)["result_url"] == sent  # the preview is what is sent
    assert field_marks.message(edit) is None
    assert window.send_button.isEnabled()
    assert edit.text() == "https://bücher.example/ergebnis/müller?q=a|b"  # the typing is kept


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("https://x.io/100%zz", '"%zz" is not a valid escape'),
        ("https://x.io/a#b#c", "only one #"),
        ("https://x.io/a b", "cannot contain spaces"),
        ("https://<x>/r", "is not valid"),
    ],
)
def test_a_url_that_cannot_be_encoded_is_refused_at_the_field(
    qtbot: QtBot, window: MainWindow, typed: str, said: str
) -> None:
    edit = window.result_form.result_url_edit
    type_into(qtbot, edit, typed)
    settle(qtbot, window)
    message = field_marks.message(edit)
    assert message is not None
    assert said in message
    assert not window.send_button.isEnabled()
    assert not window.result_form.result_url_hint.isVisible()


def test_a_pasted_control_character_in_the_url_is_refused_at_the_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    edit = window.result_form.result_url_edit
    paste_into(qtbot, edit, "https://x.io/a\bb")
    settle(qtbot, window)
    assert "\b" in edit.text()
    assert "control characters (found U+0008)" in (field_marks.message(edit) or "")
    assert not window.send_button.isEnabled()


@pytest.mark.parametrize(
    ("typed", "said"),
    [(".", "not a name"), ("..", "not a name"), ("  ..  ", "not a name")],
)
def test_dot_order_ids_are_refused_at_the_order_id_field(
    qtbot: QtBot, window: MainWindow, typed: str, said: str
) -> None:
    type_into(qtbot, window.order_id_edit, typed)
    settle(qtbot, window)
    assert said in (field_marks.message(window.order_id_edit) or "")
    assert not window.send_button.isEnabled()
    assert said in window.problems_label.text()


@pytest.mark.parametrize(
    ("pasted", "said"),
    [("ORDER\x00ID", "NUL (U+0000)"), ("ORDER\x1bID", "U+001B"), ("ORD\x7fER", "DEL (U+007F)")],
)
def test_an_order_id_with_a_control_character_is_refused_at_the_field(
    qtbot: QtBot, window: MainWindow, pasted: str, said: str
) -> None:
    paste_into(qtbot, window.order_id_edit, pasted)
    settle(qtbot, window)
    assert window.order_id_edit.text() == pasted
    assert said in (field_marks.message(window.order_id_edit) or "")
    assert not window.send_button.isEnabled()


def test_an_order_id_is_trimmed_as_the_client_trims_it(qtbot: QtBot, window: MainWindow) -> None:
    paste_into(qtbot, window.order_id_edit, "  GRKdd9dibYKKCrmGRSMJf3wu\u00a0 ")
    settle(qtbot, window)
    assert window.form_state()["order_id"] == "GRKdd9dibYKKCrmGRSMJf3wu"
    assert field_marks.message(window.order_id_edit) is None
    assert window.send_button.isEnabled()


def test_a_link_attachment_is_sent_encoded_and_its_tooltip_says_so(
    qtbot: QtBot, window: MainWindow
) -> None:
    from app.ui.form.attachments_model import Column

    editor = window.attachments_editor
    assert editor.add_link("https://files.example/prüfung.pdf", "prüfung.pdf") is None
    settle(qtbot, window)
    sent = "https://files.example/pr%C3%BCfung.pdf"
    index = editor.model.index(0, int(Column.SOURCE))
    assert f"Sent as {sent}" in editor.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert sent_body(window)["attachments"] == [{"name": "prüfung.pdf", "data_url": sent}]


def test_copy_as_curl_with_a_refused_order_id_says_fix_first(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_into(qtbot, window.order_id_edit, "..")
    settle(qtbot, window)
    assert not window.copy_curl_action.isEnabled()
    QApplication.clipboard().setText("before")
    window.copy_as_curl()  # e.g. from a stale shortcut: no OrderIdError escapes
    assert QApplication.clipboard().text() == "before"
    assert window.statusBar().currentMessage() == "Fix the problems first."

"""Input at the edges: 100 KB pasted into a single-line field, scores typed in a German
locale, upload progress past 2 GB. Typed and pasted at the focused widget, as a person does."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from editor_helpers import show_active, type_text
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from app.ui.common.context import AppContext
from app.ui.shell.main_window import MainWindow

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    win = MainWindow(AppContext())
    qtbot.addWidget(win)
    show_active(qtbot, win)
    return win


@pytest.fixture
def german() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(GERMAN)
    yield
    QLocale.setDefault(before)


def _paste_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    QApplication.clipboard().setText(text)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_a_100_kb_url_pasted_into_the_result_url_arrives_whole(
    qtbot: QtBot, window: MainWindow
) -> None:
    url = "https://results.example/r?" + "a" * (100_000 - 26)
    _paste_into(qtbot, window.result_form.result_url_edit, url)
    assert window.result_form.result_url_edit.text() == url  # was cut at 32,767 without a word
    assert window.form_state()["result_url"] == url


def test_a_100_kb_order_id_pasted_arrives_whole(qtbot: QtBot, window: MainWindow) -> None:
    text = "X" * 100_000
    _paste_into(qtbot, window.order_id_edit, text)
    assert window.form_state()["order_id"] == text


def test_text_beyond_the_field_limit_is_said_at_the_field(qtbot: QtBot, window: MainWindow) -> None:
    edit = window.result_form.result_url_edit
    edit.setMaxLength(1000)  # the message appears at whatever the limit is; 1 MB is slow to paste
    _paste_into(qtbot, edit, "https://x.example/" + "b" * 2000)
    assert len(edit.text()) == 1000
    # The limit in the locale's numbers: “1,000” in English, “1.000” in German, “1000” in C.
    assert f"at most {QLocale().toString(1000)} characters" in edit.accessibleDescription()
    assert "the rest was cut off" in edit.toolTip()


def test_a_german_score_with_a_thousands_separator_is_refused_at_the_field(
    qtbot: QtBot, german: None, window: MainWindow
) -> None:
    window.result_form.score_edit.setFocus()
    qtbot.waitUntil(window.result_form.score_edit.hasFocus)
    type_text(qtbot, "2.250")
    label = window.result_form.score_sent_label
    assert "without thousands separators" in label.text()
    assert window.form_state()["score"] == "2.250"  # never 2250
    assert "2250" not in window.preview_edit.toPlainText()

    window.result_form.score_edit.clear()
    type_text(qtbot, "2,25")
    assert window.form_state()["score"] == 2.25
    assert label.text() == "Sent as 2.25 out of none"
    window.result_form.max_score_edit.setFocus()
    qtbot.waitUntil(window.result_form.max_score_edit.hasFocus)
    type_text(qtbot, "1.5")  # no thousands reading: a dot is the decimal point
    assert label.text() == "Sent as 2.25 out of 1.5"


def test_upload_progress_past_2_gb_is_shown_without_overflow(window: MainWindow) -> None:
    window.progress_bar.show()
    window.sender_.progress.emit(2_841_116_809, 3_000_000_000)
    assert window.progress_bar.value() == 947
    assert "of" in window.progress_label.text()

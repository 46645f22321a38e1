"""Completed at, as a person types it: Tab in, type or paste, Tab out; the UTC sent is exact.

The field's zone is set per test (it is the computer's zone otherwise), so the expected UTC
does not depend on the machine running the tests.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, available_timezones

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from window_helpers import make_window

from app.kombo.timefmt import EARLIEST, LATEST, format_kombo_datetime
from app.ui.common import field_marks
from app.ui.common.context import ConnectionInfo
from app.ui.form.completed_at_edit import CompletedAtEdit
from app.ui.shell.main_window import MainWindow

OFFLINE = ConnectionInfo("Test", "http://127.0.0.1:9/v1", "sandbox:demo", "demo")
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    window = make_window(qtbot, connections=[OFFLINE])
    window.result_form.completed_at_edit.set_zone(BERLIN)
    return window


@pytest.fixture
def german() -> Iterator[None]:
    original = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(original)


def edit_of(window: MainWindow) -> CompletedAtEdit:
    return window.result_form.completed_at_edit


def tab_into_completed_at(qtbot: QtBot, window: MainWindow) -> CompletedAtEdit:
    """Focus the status combo (the field before it) and press Tab, as a person would."""
    combo = window.result_form.status_combo
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(combo.hasFocus, timeout=2000)
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    edit = edit_of(window)
    qtbot.waitUntil(edit.hasFocus, timeout=2000)
    return edit


def focused() -> object:
    return QApplication.focusWidget()


def settle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.editor._validate_timer.isActive(), timeout=2000)


def sent_completed_at(qtbot: QtBot, window: MainWindow) -> object:
    settle(qtbot, window)
    return window.form_state()["completed_at"]


def test_typed_local_time_is_sent_as_its_exact_utc(qtbot: QtBot, window: MainWindow) -> None:
    edit = tab_into_completed_at(qtbot, window)
    qtbot.keyClicks(focused(), "2026-11-30 14:05:00")
    # The hint follows the keystrokes at once, before the debounced validation.
    assert "2026-11-30T13:05:00.000Z" in window.result_form.utc_hint.text()
    assert "UTC+01:00" in window.result_form.utc_hint.text()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert not edit.hasFocus()
    assert edit.text() == "2026-11-30 14:05:00"
    assert sent_completed_at(qtbot, window) == "2026-11-30T13:05:00.000Z"
    assert '"completed_at": "2026-11-30T13:05:00.000Z"' in window.preview_edit.toPlainText()
    assert field_marks.message(edit) is None


def test_typing_after_home_keeps_the_digits_in_order(qtbot: QtBot, window: MainWindow) -> None:
    """The sectioned editor turned `14:05:00` typed after Home into 14:02:05."""
    tab_into_completed_at(qtbot, window)
    qtbot.keyClicks(focused(), "14:05:00")
    qtbot.keyClick(focused(), Qt.Key.Key_Home)
    qtbot.keyClicks(focused(), "2026-11-30 ")
    assert sent_completed_at(qtbot, window) == "2026-11-30T13:05:00.000Z"


def test_tab_leaves_the_empty_field(qtbot: QtBot, window: MainWindow) -> None:
    edit = tab_into_completed_at(qtbot, window)
    assert edit.text() == ""
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is window.result_form.now_button
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is window.result_form.result_url_edit
    assert sent_completed_at(qtbot, window) is None  # Tab set nothing


@pytest.mark.parametrize(
    ("zone", "typed", "expected"),
    [
        ("Europe/Berlin", "2026-11-30 14:05:00", "2026-11-30T13:05:00.000Z"),
        ("Europe/Berlin", "2026-07-01 14:05:00", "2026-07-01T12:05:00.000Z"),
        ("Asia/Kolkata", "2026-11-30 14:05:00", "2026-11-30T08:35:00.000Z"),
        ("America/Sao_Paulo", "2026-11-30 14:05:00", "2026-11-30T17:05:00.000Z"),
        ("Pacific/Kiritimati", "2026-11-30 14:05:00", "2026-11-30T00:05:00.000Z"),
        ("UTC", "2026-11-30 14:05", "2026-11-30T14:05:00.000Z"),
        ("Asia/Kolkata", "2026-11-30T14:05:00Z", "2026-11-30T14:05:00.000Z"),
        ("Asia/Kolkata", "2026-11-30T16:05:00+02:00", "2026-11-30T14:05:00.000Z"),
        ("Europe/Berlin", "9999-12-31 23:59:59", "9999-12-31T22:59:59.000Z"),
        ("Asia/Kolkata", "9999-12-31 23:59:59", "9999-12-31T18:29:59.000Z"),
        ("Pacific/Kiritimati", "9999-12-31 23:59:59", "9999-12-31T09:59:59.000Z"),
        ("America/Sao_Paulo", "1970-01-01 00:00:00", "1970-01-01T03:00:00.000Z"),
    ],
)
def test_typed_in_each_zone(
    qtbot: QtBot, window: MainWindow, zone: str, typed: str, expected: str
) -> None:
    edit_of(window).set_zone(ZoneInfo(zone))
    edit = tab_into_completed_at(qtbot, window)
    qtbot.keyClicks(focused(), typed)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert sent_completed_at(qtbot, window) == expected
    assert field_marks.message(edit) is None
    assert f'"completed_at": "{expected}"' in window.preview_edit.toPlainText()


def test_past_9999_utc_is_a_message_not_a_crash(qtbot: QtBot, window: MainWindow) -> None:
    edit_of(window).set_zone(ZoneInfo("America/Sao_Paulo"))
    edit = tab_into_completed_at(qtbot, window)
    qtbot.keyClicks(focused(), "9999-12-31 23:59:59")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    settle(qtbot, window)
    window.validate_now()  # raised OverflowError before, then on every later validation
    assert "9999-12-31" in (field_marks.message(edit) or "")
    assert not window.send_button.isEnabled()
    assert edit.text() == "9999-12-31 23:59:59"
    assert window.form_state()["completed_at"] == "9999-12-31 23:59:59"  # kept as typed


@pytest.mark.parametrize(
    "pasted", ["2026-11-30T14:05:00Z", "2026-11-30T16:05:00+02:00", "2026-11-30T15:05:00"]
)
def test_pasted_iso_time(qtbot: QtBot, window: MainWindow, pasted: str) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(pasted)
    edit = tab_into_completed_at(qtbot, window)
    qtbot.keyClick(focused(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == pasted
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert sent_completed_at(qtbot, window) == "2026-11-30T14:05:00.000Z"


@pytest.mark.parametrize("status", ["OPEN", "COMPLETED"])
def test_unreadable_text_is_a_message_and_stays(
    qtbot: QtBot, window: MainWindow, status: str
) -> None:
    combo = window.result_form.status_combo
    combo.setCurrentIndex(combo.findData(status))
    edit = tab_into_completed_at(qtbot, window)
    qtbot.keyClicks(focused(), "next tuesday 3pm")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    settle(qtbot, window)
    assert edit.text() == "next tuesday 3pm"
    message = field_marks.message(edit) or ""
    assert "is not a date and time" in message
    assert field_marks.severity(edit) == "error"
    assert "is not a date and time" in window.problems_label.toolTip()
    assert not window.send_button.isEnabled()
    assert not window.preview_panel.is_valid
    # Drafts keep the text as typed, and loading it shows the same message again.
    state = window.form_state()
    assert state["completed_at"] == "next tuesday 3pm"
    window.load_form_state(state)
    assert edit.text() == "next tuesday 3pm"
    assert "is not a date and time" in (field_marks.message(edit) or "")


def test_locale_format_is_read(qtbot: QtBot, german: None, window: MainWindow) -> None:
    tab_into_completed_at(qtbot, window)
    qtbot.keyClicks(focused(), "30.11.2026 14:05")
    assert sent_completed_at(qtbot, window) == "2026-11-30T13:05:00.000Z"


def test_repeated_local_time_offers_both_occurrences(qtbot: QtBot, window: MainWindow) -> None:
    form = window.result_form
    combo = form.completed_at_field.occurrence_combo
    assert combo.isHidden()
    tab_into_completed_at(qtbot, window)
    qtbot.keyClicks(focused(), "2026-10-25 02:30")
    assert combo.isVisible()
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "+02:00 (first)",
        "+01:00 (second)",
    ]
    assert "UTC+02:00" in form.utc_hint.text()
    assert sent_completed_at(qtbot, window) == "2026-10-25T00:30:00.000Z"
    # Tab goes to the choice; the arrow key picks the second occurrence.
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is combo
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert "UTC+01:00" in form.utc_hint.text()
    assert "2026-10-25T01:30:00.000Z" in form.utc_hint.text()
    assert sent_completed_at(qtbot, window) == "2026-10-25T01:30:00.000Z"
    # A saved second occurrence comes back as the second one.
    state = window.form_state()
    window.load_form_state(state)
    assert combo.currentIndex() == 1
    assert window.form_state()["completed_at"] == "2026-10-25T01:30:00.000Z"


def test_skipped_local_time_is_a_message(qtbot: QtBot, window: MainWindow) -> None:
    edit = tab_into_completed_at(qtbot, window)
    qtbot.keyClicks(focused(), "2026-03-29 02:30")
    assert "does not exist" in window.result_form.utc_hint.text()
    settle(qtbot, window)
    assert "does not exist in Europe/Berlin" in (field_marks.message(edit) or "")
    assert not window.send_button.isEnabled()


@pytest.mark.parametrize(
    ("zone", "loaded", "shown"),
    [
        ("Europe/Berlin", "1999-06-01T10:00:00.000Z", "1999-06-01 12:00:00"),
        ("Europe/Berlin", "1970-01-01T00:00:00.000Z", "1970-01-01 01:00:00"),
        ("America/Sao_Paulo", "1970-01-01T00:00:00.000Z", "1969-12-31 21:00:00"),
        ("Europe/Berlin", "9999-12-31T23:00:00.000Z", "9999-12-31T23:00:00.000Z"),
        ("Pacific/Kiritimati", "9999-12-31T23:00:00.000Z", "9999-12-31T23:00:00.000Z"),
        ("America/Sao_Paulo", "9999-12-31T23:00:00.000Z", "9999-12-31 20:00:00"),
        ("Asia/Kolkata", "2026-04-04T09:30:00.123Z", "2026-04-04 15:00:00.123"),
    ],
)
def test_loaded_values_are_kept(
    qtbot: QtBot, window: MainWindow, zone: str, loaded: str, shown: str
) -> None:
    edit = edit_of(window)
    edit.set_zone(ZoneInfo(zone))
    state = window.form_state()
    state.update(order_id="A1", result_url="https://example.com/r", completed_at=loaded)
    window.load_form_state(state)
    assert edit.text() == shown
    assert window.form_state()["completed_at"] == loaded
    assert field_marks.message(edit) is None
    assert window.send_button.isEnabled()


def test_loaded_value_out_of_range_is_kept_and_said(qtbot: QtBot, window: MainWindow) -> None:
    state = window.form_state()
    state.update(order_id="A1", result_url="https://example.com/r")
    state["completed_at"] = "1965-05-01T10:00:00.000Z"
    window.load_form_state(state)
    edit = edit_of(window)
    assert edit.text() == "1965-05-01T10:00:00.000Z"
    assert "1970-01-01" in (field_marks.message(edit) or "")
    assert window.form_state()["completed_at"] == "1965-05-01T10:00:00.000Z"


def test_calendar_picks_the_day_and_keeps_the_time(qtbot: QtBot, window: MainWindow) -> None:
    edit = tab_into_completed_at(qtbot, window)
    qtbot.keyClicks(focused(), "2026-11-30 14:05:00")
    qtbot.keyClick(focused(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = edit._popup
    assert popup is not None
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    calendar = popup.calendar
    qtbot.waitUntil(lambda: calendar.focusWidget() is not None, timeout=2000)
    view = calendar.focusWidget()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert edit.text() == "2026-12-01 14:05:00"
    assert sent_completed_at(qtbot, window) == "2026-12-01T13:05:00.000Z"


def test_now_and_clear_buttons(qtbot: QtBot, window: MainWindow) -> None:
    form = window.result_form
    qtbot.mouseClick(form.now_button, Qt.MouseButton.LeftButton)
    assert form.completed_at_edit.value() is not None
    assert "will be sent as" in form.utc_hint.text()
    qtbot.mouseClick(form.clear_time_button, Qt.MouseButton.LeftButton)
    assert form.completed_at_edit.text() == ""
    assert sent_completed_at(qtbot, window) is None


def test_a_time_given_in_utc_shows_its_local_time(qtbot: QtBot, window: MainWindow) -> None:
    tab_into_completed_at(qtbot, window)
    qtbot.keyClicks(focused(), "2026-07-01T12:05:00Z")
    hint = window.result_form.utc_hint.text()
    assert "2026-07-01 14:05:00 Europe/Berlin (UTC+02:00)" in hint
    assert "2026-07-01T12:05:00.000Z" in hint


@settings(max_examples=300, deadline=None)
@given(
    instant=st.datetimes(
        min_value=EARLIEST.replace(tzinfo=None), max_value=LATEST.replace(tzinfo=None)
    ).map(lambda moment: moment.replace(microsecond=moment.microsecond // 1000 * 1000)),
    zone=st.sampled_from(sorted(available_timezones())),
)
@example(instant=datetime(2026, 10, 25, 0, 30), zone="Europe/Berlin")  # first of a repeat
@example(instant=datetime(2026, 10, 25, 1, 30), zone="Europe/Berlin")  # second of a repeat
@example(instant=datetime(9999, 12, 31, 23, 0), zone="Pacific/Kiritimati")  # local year 10000
@example(instant=datetime(1970, 1, 1), zone="America/Sao_Paulo")
def test_any_instant_shown_in_any_zone_reads_back(
    qapp: QApplication, instant: datetime, zone: str
) -> None:
    """What the field shows for a loaded instant is that instant again, in every zone, also
    the second of a repeated local time and times whose local form is past 9999."""
    moment = instant.replace(tzinfo=UTC)
    edit = CompletedAtEdit(zone=ZoneInfo(zone))
    try:
        edit.set_value(moment)
        assert edit.problem() is None
        assert edit.value() == moment
        assert edit.state_value() == format_kombo_datetime(moment)
    finally:
        edit.deleteLater()


SCRIPT = """
from PySide6.QtWidgets import QApplication
from app.ui.form.completed_at_edit import CompletedAtEdit
app = QApplication([])
edit = CompletedAtEdit()
edit.setText("2026-11-30 14:05:00")
print(edit.state_value())
"""


def _run_in_zone(script: str, tz: str) -> str:
    """`script`'s output in a fresh process whose computer is in `tz` (Qt reads TZ once)."""
    env = {**os.environ, "TZ": tz, "QT_QPA_PLATFORM": "offscreen"}
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        cwd=os.path.abspath(root),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.mark.parametrize(
    ("tz", "expected"),
    [
        ("Asia/Kolkata", "2026-11-30T08:35:00.000Z"),
        ("America/Sao_Paulo", "2026-11-30T17:05:00.000Z"),
        (":Europe/Berlin", "2026-11-30T13:05:00.000Z"),
    ],
)
def test_the_default_zone_is_the_computers(tz: str, expected: str) -> None:
    assert _run_in_zone(SCRIPT, tz) == expected


LOOKUP_SCRIPT = """
import sys
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from app.ui.form.completed_at_edit import CompletedAtField
app = QApplication([])
field = CompletedAtField()
field.show()
print("zoneinfo" in sys.modules, field.utc_hint.text())
QTest.keyClicks(field.edit, "2026-11-30 14:05")
print("zoneinfo" in sys.modules, field.edit.state_value())
"""


def test_the_computers_zone_is_named_at_once_and_looked_up_when_a_time_is_typed() -> None:
    """The empty field names the zone (Qt's ID); the tz database is read once a time is typed."""
    empty, typed = _run_in_zone(LOOKUP_SCRIPT, "Asia/Kolkata").splitlines()
    assert empty.startswith("False ")
    assert "in Asia/Kolkata" in empty
    assert typed == "True 2026-11-30T08:35:00.000Z"


def test_the_computers_zone_is_named_as_qt_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QTimeZone

    from app.ui.form.completed_at_edit import system_zone_name

    monkeypatch.delenv("TZ", raising=False)  # read from /etc/localtime's link where there is one
    assert system_zone_name() == bytes(QTimeZone.systemTimeZoneId().data()).decode()
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    assert system_zone_name() == "Asia/Kolkata"

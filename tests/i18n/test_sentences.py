"""Sentences with values: whole sentences per case, values filled in one pass, numbers and
times in the desk's locale."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app.ui.common.connection import DEMO_CONNECTION_NAME, connection_label, demo_connection
from app.ui.common.moments import clock_time, date_time, duration_text, short_when
from app.ui.common.numbers import count_text, decimal_text
from app.ui.common.placeholders import arg
from app.ui.send.wording import send_again_question, sent_note


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    default = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(default)


def test_arg_fills_each_placeholder_once() -> None:
    assert arg("Order %1 at %2", "A%2B", "10:00") == "Order A%2B at 10:00"
    assert arg("%2 before %1", "one", "two") == "two before one"
    assert arg("%1 and %3", "x") == "x and %3"


def test_the_score_is_a_sentence_of_its_own_in_the_locale_s_numbers(german: None) -> None:
    when = datetime(2026, 3, 4, 13, 5, 9, tzinfo=UTC)
    with_score = sent_note(when, {"status": "COMPLETED", "score": 87.5})
    assert "status COMPLETED, score 87,5)" in with_score
    assert clock_time(when) in with_score
    without = sent_note(when, {"status": "OPEN"})
    assert "(status OPEN)." in without
    assert "score" not in without
    question = send_again_question("A-1", when, {"status": "COMPLETED", "score": 3})
    assert "with status COMPLETED and score 3. Write it again?" in question


def test_clock_time_follows_the_locale(german: None) -> None:
    moment = datetime(2026, 3, 4, 13, 5, 9).astimezone()
    assert clock_time(moment) == "13:05:09"
    QLocale.setDefault(QLocale("en_US"))
    assert clock_time(moment).replace("\u202f", " ") == "1:05:09 PM"


class _German(QTranslator):
    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return "Demo (lokale Sandbox)" if source == DEMO_CONNECTION_NAME else ""


def test_the_demo_connection_is_named_in_the_desk_s_language_but_recorded_in_english(
    qapp: QApplication,
) -> None:
    translator = _German()
    qapp.installTranslator(translator)
    try:
        demo = demo_connection("http://127.0.0.1:1")
        assert demo.name == "Demo (local sandbox)"  # what history records and settings keep
        assert connection_label(demo.name, None) == "Demo (lokale Sandbox)"
        assert connection_label("Demo", None) == "Demo"  # a profile's own name: never
    finally:
        qapp.removeTranslator(translator)


def test_dates_and_numbers_shown_follow_the_locale(german: None) -> None:
    moment = datetime(2025, 3, 3, 13, 5, 9).astimezone()
    assert date_time(moment) == "03.03.2025 13:05:09"
    assert date_time(moment, seconds=False) == "03.03.2025 13:05"
    assert short_when(moment) == "03.03.2025 13:05"  # not today
    assert decimal_text(1.25, 2) == "1,25"
    assert count_text(12345) == "12.345"
    assert duration_text(35) == "0:35"
    assert duration_text(3729) == "1:02:09"

"""Numbers in the user's locale: ints, floats, decimal commas and text that is no number."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from app.ui.common.numbers import format_number, parse_number

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.mark.parametrize(
    ("value", "german", "english"),
    [
        (5, "5", "5"),
        (0, "0", "0"),
        (-12, "-12", "-12"),
        (87.0, "87", "87"),
        (87.5, "87,5", "87.5"),
        (0.1, "0,1", "0.1"),
        (2**60, "1,152921504606847e+18", "1.152921504606847e+18"),
        (None, "", ""),
        ("not a number", "not a number", "not a number"),
    ],
)
def test_format_number(value: float | int | str | None, german: str, english: str) -> None:
    assert format_number(value, GERMAN) == german
    assert format_number(value, ENGLISH) == english


@pytest.mark.parametrize("value", [5, 87.5, 0.1, 1 / 3, -2.25, 1e-7, 123456789.125])
def test_formatted_numbers_parse_back_exactly(value: float) -> None:
    for locale in (GERMAN, ENGLISH):
        assert parse_number(format_number(value, locale), locale) == float(value)


def test_parse_number_reads_the_locale_and_a_dot() -> None:
    assert parse_number("2,5", GERMAN) == 2.5
    assert parse_number("2.5", GERMAN) == 2.5  # a dot is always understood
    assert parse_number(" 42 ", ENGLISH) == 42.0
    assert isinstance(parse_number("42", ENGLISH), float)


@pytest.mark.parametrize("text", ["abc", "1,2,3x", "nan", "inf", "12 points"])
def test_garbage_is_kept_as_typed(text: str) -> None:
    assert parse_number(f"  {text} ", ENGLISH) == text


def test_blank_is_none() -> None:
    assert parse_number("", GERMAN) is None
    assert parse_number("   ", GERMAN) is None

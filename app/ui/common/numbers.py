"""Numbers typed in the user's locale ("1,5" in German), read and written back without loss.

A number that parses is handed on as a float, so the JSON always has a dot; text that is not a
number is handed on as typed, so the model can say what is wrong with it and nothing typed is
lost. QtCore only.
"""

from __future__ import annotations

import math
from typing import TypeAlias

from PySide6.QtCore import QCoreApplication, QLocale

from app.ui.common.placeholders import arg

Number: TypeAlias = float | str | None


def _strict(locale: QLocale) -> QLocale:
    strict = QLocale(locale)
    strict.setNumberOptions(strict.numberOptions() | QLocale.NumberOption.RejectGroupSeparator)
    return strict


def parse_number(text: str, locale: QLocale | None = None) -> Number:
    """Empty: None (not sent). A number in the user's locale or with a dot: a float.

    Thousands separators are refused: in German `2.250` would be 2250 while `1.5` is 1.5, and
    either reading of `2.250` could be what was meant. Anything else, such text included, is
    returned as typed (stripped), so the model says it is not a number; `number_problem` says
    why at the field.
    """
    stripped = text.strip()
    if not stripped:
        return None
    locale = locale or QLocale()
    if grouped_number(stripped, locale):
        return stripped
    for candidate in (locale, QLocale.c()):
        value, ok = _strict(candidate).toDouble(stripped)
        if ok and math.isfinite(value):
            return value
    return stripped


def grouped_number(text: str, locale: QLocale) -> bool:
    """Whether `text` reads as a number only with thousands separators (`2.250` in German,
    `2,250` in English)."""
    c = QLocale.c()
    if _strict(locale).toDouble(text)[1] or _strict(c).toDouble(text)[1]:
        grouped, ok = locale.toDouble(text)
        return ok and grouped != _plain(text, locale)  # `2.250` in German: two readings
    return locale.toDouble(text)[1] or c.toDouble(text)[1]


def _plain(text: str, locale: QLocale) -> float | None:
    """The value without thousands separators (the locale's, else C's)."""
    for candidate in (locale, QLocale.c()):
        value, ok = _strict(candidate).toDouble(text)
        if ok:
            return value
    return None


def number_problem(text: str, locale: QLocale | None = None) -> str | None:
    """What to say at a number field whose text `parse_number` refuses for its separators."""
    locale = locale or QLocale()
    stripped = text.strip()
    if not stripped or not grouped_number(stripped, locale):
        return None
    text = QCoreApplication.translate(
        "Numbers",
        "Write %1 without thousands separators: use %2 only as the decimal point (e.g. %3).",
    )
    return arg(text, stripped, locale.decimalPoint(), format_number(2.25, locale))


def format_number(value: float | int | str | None, locale: QLocale | None = None) -> str:
    """The text that `parse_number` reads back as `value` (no rounding, no exponent games)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    number = float(value)
    text = str(int(number)) if number.is_integer() and abs(number) < 2**53 else repr(number)
    return text.replace(".", (locale or QLocale()).decimalPoint())


def decimal_text(value: float, digits: int, locale: QLocale | None = None) -> str:
    """`value` with `digits` decimals in the locale's form (“1,25” in German), for display."""
    return (locale or QLocale()).toString(float(value), "f", digits)


def count_text(count: int, locale: QLocale | None = None) -> str:
    """A whole number with the locale's group separators (“12.345” in German), for display."""
    return (locale or QLocale()).toString(count)

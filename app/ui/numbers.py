"""Numbers typed in the user's locale ("1,5" in German), read and written back without loss.

A number that parses is handed on as a float, so the JSON always has a dot; text that is not a
number is handed on as typed, so the model can say what is wrong with it and nothing typed is
lost. QtCore only.
"""

from __future__ import annotations

import math
from typing import TypeAlias

from PySide6.QtCore import QLocale

Number: TypeAlias = float | str | None


def parse_number(text: str, locale: QLocale | None = None) -> Number:
    """Empty: None (not sent). A number in the user's locale or with a dot: a float.

    Anything else is returned as typed (stripped).
    """
    stripped = text.strip()
    if not stripped:
        return None
    for candidate in (locale or QLocale(), QLocale.c()):
        value, ok = candidate.toDouble(stripped)
        if ok and math.isfinite(value):
            return value
    return stripped


def format_number(value: float | int | str | None, locale: QLocale | None = None) -> str:
    """The text that `parse_number` reads back as `value` (no rounding, no exponent games)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    number = float(value)
    text = str(int(number)) if number.is_integer() and abs(number) < 2**53 else repr(number)
    return text.replace(".", (locale or QLocale()).decimalPoint())

"""Kombo's one date-time format: UTC with milliseconds and a trailing Z.

The contract's pattern (`^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?)?Z?$`) rejects
numeric offsets, so every value is converted to UTC first, as JavaScript's `toISOString` does.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

KOMBO_DATETIME_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?)?Z?$")


def to_utc(value: datetime) -> datetime:
    """Aware values are converted; a naive value is taken as the computer's local time.

    Raises ValueError (not OverflowError) when the instant has no UTC form, e.g. year 1 with
    a positive offset, so callers report it like any other bad date.
    """
    try:
        if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
            value = value.astimezone()  # interprets naive as local time
        return value.astimezone(UTC)
    except (OverflowError, ValueError):
        raise ValueError("This date is out of range; use a year between 1 and 9999.") from None


def parse_datetime(value: str | datetime | date) -> datetime:
    """Parse an ISO 8601 string (or take a datetime or date) into an aware UTC datetime.

    A bare date is midnight local time; a string without an offset is local time.
    """
    if isinstance(value, datetime):
        return to_utc(value)
    if isinstance(value, date):
        return to_utc(datetime(value.year, value.month, value.day))
    text = value.strip()
    if not text:
        raise ValueError("Enter a date and time.")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(
            f"{text!r} is not a date and time; use e.g. 2026-04-04T09:30:00Z."
        ) from None
    return to_utc(parsed)


def format_kombo_datetime(value: datetime) -> str:
    """`YYYY-MM-DDTHH:mm:ss.sssZ` in UTC, truncated to milliseconds like toISOString."""
    utc = to_utc(value)
    # Not strftime: glibc's %Y does not pad years before 1000 to four digits.
    return (
        f"{utc.year:04d}-{utc.month:02d}-{utc.day:02d}T"
        f"{utc.hour:02d}:{utc.minute:02d}:{utc.second:02d}.{utc.microsecond // 1000:03d}Z"
    )

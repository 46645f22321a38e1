"""Kombo's one date-time format: UTC with milliseconds and a trailing Z.

The contract's pattern (`^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?)?Z?$`) rejects
numeric offsets, so every value is converted to UTC first, as JavaScript's `toISOString` does.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

KOMBO_DATETIME_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?)?Z?$")


def to_utc(value: datetime) -> datetime:
    """Aware values are converted; a naive value is taken as the computer's local time."""
    if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
        value = value.astimezone()  # interprets naive as local time
    return value.astimezone(UTC)


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
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"

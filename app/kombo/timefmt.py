"""Kombo's one date-time format: UTC with milliseconds and a trailing Z.

The contract's pattern (`^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?)?Z?$`) rejects
numeric offsets, so every value is converted to UTC first, as JavaScript's `toISOString` does.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo

from app.kombo.i18n import N_, Message

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
        raise ValueError(N_("This date is out of range; use a year between 1 and 9999.")) from None


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
        raise ValueError(N_("Enter a date and time."))
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(
            Message(
                N_("{text} is not a date and time; use e.g. 2026-04-04T09:30:00Z."), text=repr(text)
            )
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


# --- wall-clock times typed by a person, in a given zone ------------------------------------

# The instants the desk offers: from the Unix epoch (every platform's clock functions handle
# it) to the last millisecond Kombo's four-digit year can carry.
EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
LATEST = datetime(9999, 12, 31, 23, 59, 59, 999000, tzinfo=UTC)
RANGE_MESSAGE = N_("Enter a time from 1970-01-01 00:00 to 9999-12-31 23:59:59 (UTC).")

# ISO 8601 as people type it: `T` or a space, seconds and fraction optional, an optional
# `Z`/`UTC` or numeric offset. Nothing looser (no basic format), so a typo is a message.
_ISO_INPUT = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2})"
    r"(?:[T ](?P<h>\d{2}):(?P<m>\d{2})(?::(?P<s>\d{2})(?:[.,](?P<frac>\d{1,9}))?)?)?"
    r"\s*(?P<zone>[Zz]|UTC|[+-]\d{2}(?::?\d{2})?)?$"
)


def parse_iso_input(text: str) -> datetime | None:
    """`text` as ISO 8601: aware when it names a zone, naive (a wall-clock time) when not.

    None when `text` is not ISO 8601 at all; ValueError when it is but names no real date
    or time (2026-02-30, 25:00) or lies outside EARLIEST..LATEST.
    """
    match = _ISO_INPUT.match(text.strip())
    if match is None:
        return None
    try:
        day = date.fromisoformat(match["date"])
        frac = (match["frac"] or "0")[:6].ljust(6, "0")
        moment = datetime(
            day.year,
            day.month,
            day.day,
            int(match["h"] or 0),
            int(match["m"] or 0),
            int(match["s"] or 0),
            int(frac),
        )
    except ValueError:
        raise ValueError(N_("There is no such date or time.")) from None
    zone = match["zone"]
    if zone is None:
        return moment
    if zone in ("Z", "z", "UTC"):
        aware = moment.replace(tzinfo=UTC)
    else:
        digits = zone[1:].replace(":", "")
        hours, minutes = int(digits[:2]), int(digits[2:] or 0)
        if hours > 23 or minutes > 59:
            raise ValueError(Message(N_("{zone} is not a UTC offset."), zone=zone))
        offset = timedelta(hours=hours, minutes=minutes)
        aware = moment.replace(tzinfo=timezone(-offset if zone[0] == "-" else offset))
    return in_range(aware)


def in_range(moment: datetime) -> datetime:
    """`moment` (aware) in UTC, or ValueError(RANGE_MESSAGE) when outside EARLIEST..LATEST."""
    try:
        utc = moment.astimezone(UTC)
    except OverflowError:
        raise ValueError(RANGE_MESSAGE) from None
    if not EARLIEST <= utc <= LATEST:
        raise ValueError(RANGE_MESSAGE)
    return utc


def local_candidates(wall: datetime, zone: tzinfo) -> list[datetime]:
    """The UTC instants the wall-clock time `wall` (naive) names in `zone`, earliest first.

    None in a spring-forward gap, two in a fall-back overlap (e.g. Europe/Berlin
    2026-10-25 02:30 is 00:30Z and 01:30Z), else one. ValueError when outside the range.
    """
    found: list[datetime] = []
    for fold in (0, 1):
        aware = wall.replace(tzinfo=zone, fold=fold)
        utc = in_range(aware)
        try:
            back = utc.astimezone(zone).replace(tzinfo=None)
        except OverflowError:  # the other fold's instant has no local form: not this one
            continue
        if back == wall and utc not in found:
            found.append(utc)
    return sorted(found)


def to_local(moment: datetime, zone: tzinfo) -> datetime | None:
    """`moment` as a wall-clock time in `zone` (aware), or None when that falls past year 9999
    (9999-12-31T23:00Z is year 10000 in Berlin): show it in UTC then."""
    try:
        return moment.astimezone(zone)
    except OverflowError:
        return None


def format_wall(moment: datetime) -> str:
    """`2026-11-30 14:05:00` (milliseconds only when there are some), the field's own form."""
    text = (
        f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d} "
        f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}"
    )
    if moment.microsecond // 1000:
        text += f".{moment.microsecond // 1000:03d}"
    return text


def format_offset(offset: timedelta | None) -> str:
    """`+02:00`, `-03:00`, `+05:30`; `+00:00` for UTC."""
    minutes = int((offset or timedelta()).total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    hours, minutes = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{minutes:02d}"

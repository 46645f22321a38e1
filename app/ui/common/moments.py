"""Moments as the desk shows them, in the locale's formats (QLocale(), which follows
Preferences → Language): “14:05” today, “03.03.2025 14:05” on another day; local time unless
said. What is sent to Kombo keeps Kombo's own format (app/kombo/timefmt.py).

Shared by the form's draft notice, the send log, the history and the batch window.
"""

from __future__ import annotations

from datetime import UTC, datetime

__all__ = ["clock_time", "date_time", "duration_text", "short_when"]


def short_when(moment: datetime) -> str:
    """The time alone today, else the date and the time (no seconds)."""
    local = moment.astimezone()
    if local.date() == datetime.now().astimezone().date():
        from PySide6.QtCore import QLocale, QTime

        return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return date_time(local, seconds=False)


def date_time(moment: datetime, *, seconds: bool = True, utc: bool = False) -> str:
    """The date (four-digit year) and the time of `moment`, local or in UTC (no zone named)."""
    from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

    shown = moment.astimezone(UTC) if utc else moment.astimezone()
    locale = QLocale()
    day = _four_digit_year(locale.dateFormat(QLocale.FormatType.ShortFormat))
    clock = locale.timeFormat(QLocale.FormatType.ShortFormat)
    stamp = QDateTime(
        QDate(shown.year, shown.month, shown.day),
        QTime(shown.hour, shown.minute, shown.second),
    )
    return locale.toString(stamp, f"{day} {_with_seconds(clock) if seconds else clock}")


def _four_digit_year(short: str) -> str:
    """“dd.MM.yy” → “dd.MM.yyyy”: a history spans years, and 03.03.25 reads two ways."""
    return short if "yyyy" in short else short.replace("yy", "yyyy", 1)


def clock_time(moment: datetime) -> str:
    """The local time of day with seconds in the locale's form: “14:05:09”, “2:05:09 PM”."""
    from PySide6.QtCore import QLocale, QTime

    local = moment.astimezone()
    time = QTime(local.hour, local.minute, local.second)
    locale = QLocale()
    return locale.toString(time, _with_seconds(locale.timeFormat(QLocale.FormatType.ShortFormat)))


def _with_seconds(short: str) -> str:
    """The locale's short time format with seconds after the minutes (“HH:mm” → “HH:mm:ss”)."""
    return short if "ss" in short else short.replace("mm", "mm:ss", 1)


def duration_text(seconds: float) -> str:
    """A span on a clock face: “0:35”, “12:05”, “1:02:09” (the same in every language)."""
    minutes, secs = divmod(max(0, round(seconds)), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"

"""A moment in a sentence: “14:05” today, “03 Mar 2025, 14:05” on another day (local time).

Shared by the form's draft notice and the history's questions and status lines.
"""

from __future__ import annotations

from datetime import datetime

__all__ = ["clock_time", "short_when"]


def short_when(moment: datetime) -> str:
    local = moment.astimezone()
    if local.date() == datetime.now().astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%d %b %Y, %H:%M")


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

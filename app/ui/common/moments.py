"""A moment in a sentence: “14:05” today, “03 Mar 2025, 14:05” on another day (local time).

Shared by the form's draft notice and the history's questions and status lines.
"""

from __future__ import annotations

from datetime import datetime

__all__ = ["short_when"]


def short_when(moment: datetime) -> str:
    local = moment.astimezone()
    if local.date() == datetime.now().astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%d %b %Y, %H:%M")

"""One line of the send log, as data: the panel keeps these and renders them with text formats.

Kept apart from the panel so that the dataclass is made with the first entry, not before the
window's first paint (which shows an empty log).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from app.ui.common.moments import clock_time

__all__ = ["Level", "LogEntry"]

Level = Literal["info", "success", "warning", "error", "detail"]


@dataclass(frozen=True)
class LogEntry:
    when: datetime
    level: Level
    text: str
    link: str | None = None  # shown after the text as a clickable URL
    link_label: str | None = None

    def plain(self) -> str:
        stamp = clock_time(self.when)
        prefix = {"warning": "WARNING ", "error": "ERROR "}.get(self.level, "")
        tail = f" {self.link}" if self.link else ""
        if self.level == "detail":
            return f"{' ' * len(stamp)}    {self.text}{tail}"
        return f"{stamp}  {prefix}{self.text}{tail}"

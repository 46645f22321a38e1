"""The team history's status line in the desk's language (app.team words it in English)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from app.ui.common.placeholders import arg

if TYPE_CHECKING:
    from app.team.service import TeamStatus

__all__ = ["status_line"]


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("TeamStatus", text, None, n)


def status_line(status: TeamStatus) -> str:
    """ "Team history: up to date" / "12 records waiting" / "unreachable since 10:42"."""
    if status.unreachable_since is not None:
        local = status.unreachable_since.astimezone()
        since = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        if status.waiting:
            return arg(
                _tr("Team history: unreachable since %1 — %n record(s) waiting", status.waiting),
                since,
            )
        return arg(_tr("Team history: unreachable since %1"), since)
    if status.problem is not None:
        return arg(_tr("Team history: %1"), status.problem)
    if status.waiting:
        return _tr("Team history: %n record(s) waiting", status.waiting)
    return _tr("Team history: up to date")

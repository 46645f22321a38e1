"""How long the history keeps sends: the setting in the settings file (0: keep everything).

Read at start-up, when the history service deletes older sends, and by the History window's
“Keep for” field, which writes it.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app.store.paths import settings_file

__all__ = ["DEFAULT_RETENTION_DAYS", "retention_days", "set_retention_days"]

DEFAULT_RETENTION_DAYS = 365
_RETENTION_KEY = "history/retentionDays"


def retention_days() -> int:
    """Days of history to keep (0: keep everything), from the settings file."""
    settings = QSettings(str(settings_file()), QSettings.Format.IniFormat)
    value = settings.value(_RETENTION_KEY, DEFAULT_RETENTION_DAYS)
    try:
        return max(0, int(str(value)))
    except ValueError:
        return DEFAULT_RETENTION_DAYS


def set_retention_days(days: int) -> None:
    settings = QSettings(str(settings_file()), QSettings.Format.IniFormat)
    settings.setValue(_RETENTION_KEY, max(0, int(days)))
    settings.sync()

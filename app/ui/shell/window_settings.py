"""The main window's size, position, docks and splitter positions, kept in QSettings.

One helper for the window's geometry and the state of its splitters (Picard's
`PreserveGeometry`), so the window does not read and write settings keys itself. The values
live in settings.ini's [mainWindow] group; a splitter's key is its objectName.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtWidgets import QMainWindow, QSplitter

__all__ = ["place_by_default", "restore", "save"]

_GROUP = "mainWindow"
DEFAULT_SIZE = QSize(1180, 760)
# The window manager's frame is not known before the window is shown: room for a usual title
# bar and borders, so the whole frame fits (a 760 px window on a 768 px screen did not).
FRAME_ALLOWANCE = QSize(16, 48)


def _settings() -> QSettings:
    from app.store.paths import settings_file

    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


def _bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def place_by_default(window: QMainWindow) -> None:
    """The default size, or less on a smaller screen, centred in the screen's free area."""
    free = window.screen().availableGeometry()
    room = free.size() - FRAME_ALLOWANCE
    size = DEFAULT_SIZE.boundedTo(room).expandedTo(window.minimumSizeHint())
    window.resize(size)
    framed = size + FRAME_ALLOWANCE
    window.move(
        free.x() + max(0, (free.width() - framed.width()) // 2),
        free.y() + max(0, (free.height() - framed.height()) // 2),
    )


def restore(window: QMainWindow, splitters: Sequence[QSplitter]) -> None:
    """Bring back what `save` kept; anything not saved stays as it is."""
    settings = _settings()
    settings.beginGroup(_GROUP)
    if (geometry := _bytes(settings, "geometry")) is not None:
        window.restoreGeometry(geometry)
    if (state := _bytes(settings, "state")) is not None:
        window.restoreState(state)
    for splitter in splitters:
        if (value := _bytes(settings, splitter.objectName())) is not None:
            splitter.restoreState(value)
    settings.endGroup()


def save(window: QMainWindow, splitters: Sequence[QSplitter]) -> None:
    settings = _settings()
    settings.beginGroup(_GROUP)
    settings.setValue("geometry", window.saveGeometry())
    settings.setValue("state", window.saveState())
    for splitter in splitters:
        settings.setValue(splitter.objectName(), splitter.saveState())
    settings.endGroup()
    settings.sync()

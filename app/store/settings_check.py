"""The start-up check of `settings.ini`, before any QSettings object reads it.

QSettings would block on a FIFO (start-up hangs with no window), and it silently rewrites a
file it cannot parse, losing it. So the file is looked at first: anything but a regular file,
a file larger than any settings file could be, or one that is not INI text is moved aside
as `settings.ini.broken-<time>` (never deleted) and the banner says so, as for the profiles
and the history.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from app.store.paths import avoid_settings_file, settings_file
from app.store.regular_files import FileTooLarge, NotRegularFile, read_regular

log = logging.getLogger(__name__)

# Window geometry, splitters, a few preferences and filters: a few kilobytes.
MAX_SETTINGS_BYTES = 1_000_000
# What QSettings' INI writer produces: sections, key=value lines, comments, blank lines.
_INI_LINE = re.compile(r"\s*(\[[^\]]*\]|[^=\[;#][^=]*=.*|[;#].*)?\s*")


def ini_problem(data: bytes) -> str | None:
    """Why `data` is not an INI file QSettings wrote, or None."""
    if b"\0" in data:
        return "it holds binary data"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return "it is not UTF-8 text"
    for number, line in enumerate(text.splitlines(), 1):
        if not _INI_LINE.fullmatch(line):
            return f"line {number} is not a setting"
    return None


def check_settings_file(path: Path | None = None) -> str | None:
    """Set an unusable settings file aside; return the banner text, or None when all is well."""
    path = path or settings_file()
    why: str | None
    try:
        why = ini_problem(read_regular(path, MAX_SETTINGS_BYTES))
    except (FileNotFoundError, NotADirectoryError):
        return None  # a first start; or no settings folder at all (the home banner says so)
    except NotRegularFile as exc:
        why = f"it is {exc.kind}, not a regular file"
    except FileTooLarge:
        why = f"it is larger than {MAX_SETTINGS_BYTES // 1_000_000} MB"
    except OSError as exc:
        why = f"it could not be read ({exc.strerror or exc})"
    if why is None:
        return None
    from app.store.set_aside import set_aside_words  # only for a file that must go

    where = set_aside_words(path)
    if path.exists() or path.is_symlink():
        avoid_settings_file()  # still there: QSettings must not open it (a FIFO would block)
        where += "; the window settings are not kept in this session"
    message = (
        f"The window settings ({path.name}) could not be used: {why}; {where}. "
        "Starting with default window settings."
    )
    log.warning("settings: %s", message)
    return message

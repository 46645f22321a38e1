"""settings.ini read as text, without Qt: for `result-desk batch` (which never imports Qt) and
the command line's language.

QSettings writes INI: `[preferences]` with `operatorName=…`, `reasonRequired=true`. A value
with a comma, a semicolon or surrounding spaces is written in double quotes with backslash
escapes; those are undone here. The file is read only when it is a regular file of sane size
(a FIFO would block).
"""

from __future__ import annotations

import configparser

from app.store.paths import settings_file
from app.store.regular_files import read_regular

__all__ = ["DeskSettings", "read_desk_settings"]

MAX_SETTINGS_BYTES = 1_000_000


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        out, chars = [], iter(value[1:-1])
        for char in chars:
            if char == "\\":
                following = next(chars, "")
                out.append({"n": "\n", "t": "\t", "r": "\r"}.get(following, following))
            else:
                out.append(char)
        return "".join(out)
    return value


class DeskSettings:
    """The values of settings.ini; an unreadable or missing file reads as empty."""

    def __init__(self, parser: configparser.ConfigParser) -> None:
        self._parser = parser

    def text(self, section: str, key: str) -> str:
        return _unquote(self._parser.get(section, key, fallback=""))

    def flag(self, section: str, key: str) -> bool:
        return self.text(section, key).lower() in ("true", "1", "yes")


def read_desk_settings() -> DeskSettings:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        text = read_regular(settings_file(), MAX_SETTINGS_BYTES).decode("utf-8")
        parser.read_string(text)
    except (OSError, ValueError, configparser.Error):
        parser = configparser.ConfigParser(interpolation=None, strict=False)
    return DeskSettings(parser)

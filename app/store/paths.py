"""Where Result Desk keeps its files: one folder under RESULT_DESK_HOME, or the platform's own.

`RESULT_DESK_HOME` (portable mode, and every test) puts settings, history, drafts and logs
under that one folder. Otherwise settings go to the platform's config folder and everything
else to its data folder. Folders are created on first use, private to the user.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "result-desk"
HOME_ENV = "RESULT_DESK_HOME"


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def _portable_home() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def _platform_base(kind: str) -> Path:
    home = Path.home()
    if sys.platform == "win32":
        root = os.environ.get("APPDATA") if kind == "config" else os.environ.get("LOCALAPPDATA")
        return Path(root or home / "AppData" / "Roaming") / "Result Desk"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "Result Desk"
    var, default = (
        ("XDG_CONFIG_HOME", home / ".config")
        if kind == "config"
        else ("XDG_DATA_HOME", home / ".local" / "share")
    )
    return Path(os.environ.get(var) or default) / APP_DIR_NAME


def config_dir() -> Path:
    """Settings and profiles (never secrets)."""
    return _ensure(_portable_home() or _platform_base("config"))


def data_dir() -> Path:
    """History, drafts and logs."""
    return _ensure(_portable_home() or _platform_base("data"))


def log_dir() -> Path:
    return _ensure(data_dir() / "logs")


def drafts_dir() -> Path:
    return _ensure(data_dir() / "drafts")


def settings_file() -> Path:
    """The QSettings INI file (window geometry, splitters, preferences)."""
    return config_dir() / "settings.ini"

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
SETTINGS_FILE_NAME = "settings.ini"


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


def intended_config_dir() -> Path:
    """Where settings and profiles are meant to be, without creating the folder."""
    return _portable_home() or _platform_base("config")


def config_dir() -> Path:
    """Settings and profiles (never secrets)."""
    return _ensure(_portable_home() or _platform_base("config"))


def data_dir() -> Path:
    """History, drafts and logs."""
    return _ensure(_portable_home() or _platform_base("data"))


def home_problem() -> str | None:
    """Why RESULT_DESK_HOME cannot hold the program's files, worded for the banner; else None."""
    home = _portable_home()
    if home is None or home.is_dir() or not home.exists():
        return None
    return (
        f"{HOME_ENV} ({home}) is a file, not a folder: settings, connections, history, drafts "
        "and the log are not kept in this session. Sending still works."
    )


def intended_data_dir() -> Path:
    """Where the data folder is meant to be, without creating it (for messages)."""
    return _portable_home() or _platform_base("data")


def intended_log_dir() -> Path:
    return intended_data_dir() / "logs"


def log_dir() -> Path:
    return _ensure(data_dir() / "logs")


def drafts_dir() -> Path:
    return _ensure(data_dir() / "drafts")


# Set when settings.ini is unusable and could not be moved aside (a FIFO in a read-only
# folder): QSettings then works on this path, which does not exist, for the session.
_settings_override: Path | None = None


def avoid_settings_file() -> None:
    """Keep QSettings away from settings.ini for the rest of this process."""
    global _settings_override
    _settings_override = intended_config_dir() / ".unusable-settings" / SETTINGS_FILE_NAME


def settings_file() -> Path:
    """The QSettings INI file (window geometry, splitters, preferences).

    When the settings folder cannot be created (RESULT_DESK_HOME is a file) this is still the
    path it would have: QSettings then reads nothing and fails to write quietly, and the
    start-up check (`app.store.settings_file`) has already said why in the banner.
    """
    if _settings_override is not None:
        return _settings_override
    try:
        return config_dir() / SETTINGS_FILE_NAME
    except OSError:
        return intended_config_dir() / SETTINGS_FILE_NAME

"""The desk's preferences: who sends (the operator's display name), whether a reason is
required, and where the team history is. Kept in settings.ini ([preferences], [teamHistory]);
the team password is never here: it is in the OS keyring (`TEAM_PASSWORD_SERVICE`).

Shared by the form (reason required), the send room (the operator on each record), the
preferences dialog that edits them and the team room that connects with them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

if TYPE_CHECKING:  # app.team loads psycopg: not before the first paint
    from app.team.settings import TeamSettings

__all__ = [
    "TEAM_PASSWORD_SERVICE",
    "DeskPreferences",
    "TeamPreferences",
    "load_language",
    "load_preferences",
    "save_preferences",
    "team_password_account",
]

# The keyring entry of the team password: its own service, one account per user@server.
TEAM_PASSWORD_SERVICE = "result-desk-team-history"
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class TeamPreferences:
    """The team history's server as typed in Preferences (empty host: not configured)."""

    host: str = ""
    port: int = DEFAULT_PORT
    database: str = "result_desk_team"
    user: str = "result_desk"
    tls_mode: str = "verify-full"
    ca_file: str = ""

    @property
    def configured(self) -> bool:
        return bool(self.host.strip() and self.database.strip() and self.user.strip())

    def settings(self) -> TeamSettings | None:
        from app.team.settings import TLS_MODES, TeamSettings

        if not self.configured:
            return None
        return TeamSettings(
            host=self.host.strip(),
            port=self.port,
            database=self.database.strip(),
            user=self.user.strip(),
            tls_mode=self.tls_mode if self.tls_mode in TLS_MODES else "verify-full",
            ca_file=self.ca_file.strip() or None,
        )


def team_password_account(settings: TeamSettings) -> str:
    """The keyring account of the password for `settings`: user@host:port/database."""
    return f"{settings.user}@{settings.target}"


@dataclass(frozen=True)
class DeskPreferences:
    operator_name: str = ""
    reason_required: bool = False
    team: TeamPreferences = field(default_factory=TeamPreferences)
    # "" the system's; else a code of app.ui.common.language.LANGUAGES; applies on restart
    language: str = ""


def _settings() -> QSettings:
    from app.store.paths import settings_file

    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


def _text(settings: QSettings, key: str, default: str) -> str:
    value = settings.value(key, default)
    return value if isinstance(value, str) else default


def _flag(settings: QSettings, key: str) -> bool:
    return str(settings.value(key, "false")).lower() in ("true", "1", "yes")


def load_preferences() -> DeskPreferences:
    settings = _settings()
    defaults = TeamPreferences()
    try:
        port = int(str(settings.value("teamHistory/port", defaults.port)))
    except ValueError:
        port = defaults.port
    team = TeamPreferences(
        host=_text(settings, "teamHistory/host", defaults.host),
        port=port if 0 < port < 65536 else defaults.port,
        database=_text(settings, "teamHistory/database", defaults.database),
        user=_text(settings, "teamHistory/user", defaults.user),
        tls_mode=_text(settings, "teamHistory/tlsMode", defaults.tls_mode),
        ca_file=_text(settings, "teamHistory/caFile", defaults.ca_file),
    )
    return DeskPreferences(
        operator_name=_text(settings, "preferences/operatorName", ""),
        reason_required=_flag(settings, "preferences/reasonRequired"),
        team=team,
        language=_text(settings, "preferences/language", ""),
    )


def load_language() -> str:
    """Preferences → Language alone ("" the system's), for start-up before anything else."""
    return _text(_settings(), "preferences/language", "")


def save_preferences(preferences: DeskPreferences) -> None:
    settings = _settings()
    settings.setValue("preferences/operatorName", preferences.operator_name)
    settings.setValue("preferences/reasonRequired", preferences.reason_required)
    settings.setValue("preferences/language", preferences.language)
    team = preferences.team
    settings.setValue("teamHistory/host", team.host)
    settings.setValue("teamHistory/port", team.port)
    settings.setValue("teamHistory/database", team.database)
    settings.setValue("teamHistory/user", team.user)
    settings.setValue("teamHistory/tlsMode", team.tls_mode)
    settings.setValue("teamHistory/caFile", team.ca_file)
    settings.sync()

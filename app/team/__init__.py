"""The team history on PostgreSQL: schema and migrations, replication of the desk's outbox,
team queries and notifications. No widgets; the window wires `TeamHistory` with callbacks."""

from app.team.errors import (
    TeamAuthError,
    TeamHistoryError,
    TeamNotConfiguredError,
    TeamSchemaError,
    TeamSchemaTooNewError,
    TeamTlsError,
    TeamUnreachableError,
)
from app.team.queries import TeamFilter, TeamPage, TeamSend, format_recent_send
from app.team.schema import SETUP_SQL, TEAM_SCHEMA_VERSION
from app.team.service import Delivery, TeamHistory, TeamStatus, deliver, deliver_before_exit
from app.team.settings import TEAM_URL_ENV, TeamSettings, settings_from_env, settings_from_url

__all__ = [
    "SETUP_SQL",
    "TEAM_SCHEMA_VERSION",
    "TEAM_URL_ENV",
    "Delivery",
    "TeamAuthError",
    "TeamFilter",
    "TeamHistory",
    "TeamHistoryError",
    "TeamNotConfiguredError",
    "TeamPage",
    "TeamSchemaError",
    "TeamSchemaTooNewError",
    "TeamSend",
    "TeamSettings",
    "TeamStatus",
    "TeamTlsError",
    "TeamUnreachableError",
    "deliver",
    "deliver_before_exit",
    "format_recent_send",
    "settings_from_env",
    "settings_from_url",
]

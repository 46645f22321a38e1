"""The team history on PostgreSQL: schema and migrations, replication of the desk's outbox,
team queries and notifications. No widgets; the window wires `TeamHistory` with callbacks.

Names are imported on first use (PEP 562), as in `app.kombo`: the desk reads its team settings
at every start (`app.team.settings`, `app.team.errors`), and psycopg (~100 ms, ~25 MB) loads
only once a team server is configured.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.team.errors import (
        TeamAuthError,
        TeamHistoryError,
        TeamNotConfiguredError,
        TeamSchemaError,
        TeamSchemaTooNewError,
        TeamTlsError,
        TeamUnreachableError,
    )
    from app.team.queries import (
        TeamFilter,
        TeamPage,
        TeamSend,
        format_recent_send,
    )
    from app.team.schema import (
        SETUP_SQL,
        TEAM_SCHEMA_VERSION,
    )
    from app.team.service import (
        Delivery,
        TeamHistory,
        TeamStatus,
        deliver,
        deliver_before_exit,
    )
    from app.team.settings import (
        TEAM_URL_ENV,
        TeamSettings,
        settings_from_env,
        settings_from_url,
    )

_WHERE: dict[str, str] = {
    "TeamAuthError": "app.team.errors",
    "TeamHistoryError": "app.team.errors",
    "TeamNotConfiguredError": "app.team.errors",
    "TeamSchemaError": "app.team.errors",
    "TeamSchemaTooNewError": "app.team.errors",
    "TeamTlsError": "app.team.errors",
    "TeamUnreachableError": "app.team.errors",
    "TeamFilter": "app.team.queries",
    "TeamPage": "app.team.queries",
    "TeamSend": "app.team.queries",
    "format_recent_send": "app.team.queries",
    "SETUP_SQL": "app.team.schema",
    "TEAM_SCHEMA_VERSION": "app.team.schema",
    "Delivery": "app.team.service",
    "TeamHistory": "app.team.service",
    "TeamStatus": "app.team.service",
    "deliver": "app.team.service",
    "deliver_before_exit": "app.team.service",
    "TEAM_URL_ENV": "app.team.settings",
    "TeamSettings": "app.team.settings",
    "settings_from_env": "app.team.settings",
    "settings_from_url": "app.team.settings",
}

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


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value

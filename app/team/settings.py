"""Where the team history is: host, port, database, user and TLS; the password comes from a
callable (the keyring facade in the window, the URL for scripts), never from a file."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from app.applog import register_secret
from app.team.errors import TeamNotConfiguredError

TEAM_URL_ENV = "RESULT_DESK_TEAM_URL"
TLS_MODES = ("verify-full", "verify-ca", "require", "prefer", "disable")
DEFAULT_PORT = 5432

PasswordProvider = Callable[[], str | None]


@dataclass(frozen=True, kw_only=True)
class TeamSettings:
    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    # verify-full: the server's certificate must chain to the CA and name the host.
    tls_mode: str = "verify-full"
    # A PEM file of the CA that signed the server's certificate; None: the system's CAs.
    ca_file: str | None = None
    connect_timeout_s: int = 10

    def __post_init__(self) -> None:
        if self.tls_mode not in TLS_MODES:
            raise ValueError(f"TLS mode must be one of {', '.join(TLS_MODES)}")

    @property
    def target(self) -> str:
        """host:port/database, for messages (no user, no password)."""
        return f"{self.host}:{self.port}/{self.database}"

    def connect_kwargs(self, password: str | None) -> dict[str, Any]:
        """libpq parameters for psycopg (the password only in memory)."""
        kwargs: dict[str, Any] = {
            "host": self.host,
            "port": self.port,
            "dbname": self.database,
            "user": self.user,
            "sslmode": self.tls_mode,
            "connect_timeout": self.connect_timeout_s,
            "application_name": "Result Desk",
        }
        if self.tls_mode in ("verify-full", "verify-ca"):
            kwargs["sslrootcert"] = self.ca_file or "system"
        if password:
            kwargs["password"] = password
        return kwargs


def settings_from_url(url: str) -> tuple[TeamSettings, PasswordProvider]:
    """`postgresql://user[:password]@host[:port]/database[?sslmode=…&sslrootcert=…]`.

    TLS stays verify-full unless the URL says otherwise. The password, if the URL holds one,
    is returned as a provider, kept in memory only and redacted from the log.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("postgresql", "postgres") or not parts.hostname:
        raise TeamNotConfiguredError(
            f"{TEAM_URL_ENV} must look like postgresql://user@host:5432/database"
        )
    query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    settings = TeamSettings(
        host=parts.hostname,
        port=parts.port or DEFAULT_PORT,
        database=unquote(parts.path.lstrip("/")) or "result_desk_team",
        user=unquote(parts.username or ""),
        tls_mode=query.get("sslmode", "verify-full"),
        ca_file=query.get("sslrootcert"),
    )
    password = unquote(parts.password) if parts.password else None
    register_secret(password)  # redacted from the log, as the keyring's passwords are
    return settings, (lambda: password)


def settings_from_env() -> tuple[TeamSettings, PasswordProvider] | None:
    """The team server from RESULT_DESK_TEAM_URL, or None when it is unset."""
    url = os.environ.get(TEAM_URL_ENV, "").strip()
    return settings_from_url(url) if url else None

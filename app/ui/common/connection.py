"""One place results can be sent to (`ConnectionInfo`), and where its key comes from.

Below `context.py` and `send_record.py`, which both name a connection, so neither imports the
other. The window never reaches for a keyring, a profile file or the environment itself.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Literal

from app.kombo.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "DEMO_CONNECTION_NAME",
    "ENV_KEY",
    "ConnectionInfo",
    "KeyProvider",
    "KeySource",
    "command_line_connection",
    "connection_label",
    "default_key_provider",
    "demo_connection",
]

KeySource = Literal["demo", "env", "keyring", "memory", "none"]
ENV_KEY = "KOMBO_API_KEY"
# The desk's own name for the sandbox connection: kept in English in what is recorded (history,
# the remembered choice), shown in the desk's language (`connection_label`).
DEMO_CONNECTION_NAME = QT_TRANSLATE_NOOP("Connections", "Demo (local sandbox)")


@dataclass(frozen=True)
class ConnectionInfo:
    """One place results can be sent to. Never holds the key itself."""

    name: str
    base_url: str
    integration_id: str | None
    key_source: KeySource = "env"
    # A PEM file to trust instead of the system's CAs (corporate TLS inspection); None: default.
    ca_bundle: str | None = None
    organization_name: str | None = None  # the integration's customer, shown beside the name

    @property
    def verify(self) -> bool | str:
        """What KomboClient takes as `verify`: TLS verification is always on."""
        return self.ca_bundle or True

    def __repr__(self) -> str:  # short, for logs
        return f"ConnectionInfo({self.name!r}, {self.base_url!r}, {self.integration_id!r})"


def connection_label(name: str, organization_name: str | None) -> str:
    """`Acme prod — Acme GmbH`: a connection's name with its customer, once Kombo named it."""
    if name == DEMO_CONNECTION_NAME:
        from PySide6.QtCore import QCoreApplication

        name = QCoreApplication.translate("Connections", name)
    return f"{name} — {organization_name}" if organization_name else name


KeyProvider = Callable[[ConnectionInfo], Awaitable[str | None]]


async def default_key_provider(connection: ConnectionInfo) -> str | None:
    """Keys before profiles exist: the demo key, or `KOMBO_API_KEY` for this run only."""
    if connection.key_source == "demo":
        return "sandbox"
    if connection.key_source == "env":
        return os.environ.get(ENV_KEY) or None
    return None


def demo_connection(base_url: str, integration_id: str = "sandbox:demo") -> ConnectionInfo:
    return ConnectionInfo(DEMO_CONNECTION_NAME, base_url, integration_id, "demo")


def command_line_connection(base_url: str, integration_id: str | None) -> ConnectionInfo:
    return ConnectionInfo(base_url, base_url, integration_id, "env")

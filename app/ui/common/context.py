"""What the main window is given from outside: connections, where keys come from, hooks.

This is the seam for later features. Connection profiles (issue 4) replace `connections` and
`key_provider`; history (issue 5) sets `on_send_recorded`. The window never reaches for a
keyring, a profile file or the environment itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

# Re-exported: the context's users name a connection and its key provider from here too.
from app.ui.common.connection import (
    DEMO_CONNECTION_NAME,
    ENV_KEY,
    ConnectionInfo,
    KeyProvider,
    KeySource,
    command_line_connection,
    connection_label,
    default_key_provider,
    demo_connection,
)
from app.ui.common.preferences import DeskPreferences

if TYPE_CHECKING:
    from app.ui.common.send_record import SendRecord

__all__ = [
    "DEMO_CONNECTION_NAME",
    "ENV_KEY",
    "AppContext",
    "ConnectionInfo",
    "KeyProvider",
    "KeySource",
    "SendGuard",
    "SendRecordedHook",
    "command_line_connection",
    "connection_label",
    "default_key_provider",
    "demo_connection",
]

SendRecordedHook = Callable[["SendRecord"], None]
SendGuard = Callable[[str, "ConnectionInfo", Callable[[], None]], bool]


@dataclass
class AppContext:
    """Connections to offer, which one is selected, and how to get a key for one of them."""

    connections: list[ConnectionInfo] = field(default_factory=list)
    selected: int = 0
    key_provider: KeyProvider = default_key_provider
    # Called after every send attempt with its record (history hooks in here).
    on_send_recorded: SendRecordedHook | None = None
    # Asked before each send (history: an order whose last outcome is unknown). True: send
    # now; False: the guard asks the person and calls `proceed` if they still want to send.
    send_guard: SendGuard | None = None
    # The operator's name, whether a reason is required, the team server (Preferences; the
    # window starts with the defaults and app.main loads the saved ones).
    preferences: DeskPreferences = field(default_factory=DeskPreferences)

    @property
    def current(self) -> ConnectionInfo | None:
        if 0 <= self.selected < len(self.connections):
            return self.connections[self.selected]
        return None

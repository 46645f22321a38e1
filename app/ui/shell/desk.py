"""The main window with its rooms wired, as the program runs it (and `--screenshot` shows it).

`compose()` builds what the first paint shows: the window, the saved connections
(`ProfileController`: profileCombo, "Connections…") and the Orders dock (`OrdersController`:
View > Orders, "Find order"). `Desk.wire_after_paint()` adds what start-up puts off until that
paint: the first validation, the dock's panel, the history (sqlite, drafts, View > History)
and the team history with Preferences. `Desk.aclose()` ends them in the order they need.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.ui.connections.controller import ProfileController
from app.ui.orders.controller import OrdersController
from app.ui.shell.main_window import MainWindow

if TYPE_CHECKING:
    from app.store.secrets import SecretStore
    from app.ui.common.context import AppContext
    from app.ui.history.controller import HistoryController
    from app.ui.preferences.controller import PreferencesController
    from app.ui.team.controller import TeamController

__all__ = ["Desk", "compose", "connect_history", "connect_orders"]


@dataclass(eq=False)
class Desk:
    window: MainWindow
    profiles: ProfileController
    orders: OrdersController
    history: HistoryController | None = None
    team: TeamController | None = None
    preferences: PreferencesController | None = None

    def wire_after_paint(self, *, team_secrets: SecretStore | None = None) -> HistoryController:
        """Validation, the dock's panel, the history, the team history and Preferences."""
        self.window.validate_now()  # Send stays disabled until this says the result is valid
        self.orders.build_deferred_panel()
        from app.ui.history.controller import HistoryController

        # Every send in the history, the form saved as a draft as it is typed, View > History.
        history = HistoryController(self.window)
        self.history = history
        connect_history(self.window, history)
        from app.ui.shell.team_wiring import wire_team

        # Edit > Preferences…, the team history's status line, replication and notices.
        self.team, self.preferences = wire_team(self.window, history, team_secrets)
        return history

    async def aclose(self) -> None:
        """After the window closed: pending history writes and the last draft reach the disk,
        the team and orders connections close."""
        self.profiles.close()
        if self.team is not None:
            await self.team.aclose()
        if self.preferences is not None:
            self.preferences.close()
        if self.history is not None:
            self.history.close()
        await self.orders.aclose()


def compose(context: AppContext, *, defer: bool = True, secrets: SecretStore | None = None) -> Desk:
    """The window with its connections and Orders dock, not shown yet.

    `defer`: the first validation and an open dock's panel wait for `wire_after_paint()`, so
    the first paint comes sooner. `secrets`: the API keys' store (default: the OS keyring's,
    read only when a saved connection's key is needed)."""
    window = MainWindow(context, defer_validation=defer)
    # Saved connection profiles in profileCombo and File > Connections… (no keyring read).
    profiles = ProfileController(window, secrets=secrets)
    # The orders dock (View > Orders, Ctrl+F "Find order…"): choosing an order fills the form.
    # With `defer`, an open dock paints empty; its panel is built after the first paint.
    orders = OrdersController(window, defer_panel=defer)
    connect_orders(orders, profiles)
    return Desk(window, profiles, orders)


def connect_orders(orders: OrdersController, profiles: ProfileController) -> None:
    """The orders panel without a connection offers to create one: the Connections dialog."""
    orders.connection_wanted.connect(profiles.open_settings)


def connect_history(window: MainWindow, history: HistoryController) -> None:
    """What the send room asks the history: when this desk last wrote an order (the "sent
    minutes ago" question then also knows the writes from before a restart)."""
    window.send.recent_write = history.recent_write

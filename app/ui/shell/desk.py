"""The main window with its rooms wired, as the program runs it (and `--screenshot` shows it).

`compose()` builds what the first paint shows: the window, the saved connections
(`ProfileController`: profileCombo, "Connections…") and the Orders dock (`OrdersController`:
View > Orders, "Find order"). `Desk.wire_after_paint()` adds what start-up puts off until that
paint: the first validation, the dock's panel, the history (sqlite, drafts, View > History)
and the team history with Preferences; `Desk.warm_up_validator()` loads the validator at idle
when nothing asked for it yet. `Desk.aclose()` ends them in the order they need.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from app.ui.connections.controller import ProfileController
from app.ui.orders.controller import OrdersController
from app.ui.shell.main_window import MainWindow

if TYPE_CHECKING:
    from app.store.secrets import SecretStore
    from app.ui.common.context import AppContext
    from app.ui.history.controller import HistoryController
    from app.ui.preferences.controller import PreferencesController
    from app.ui.team.controller import TeamController

__all__ = ["VALIDATOR_WARM_UP_DELAY_MS", "Desk", "compose", "connect_history", "connect_orders"]

# Start-up is over and the person is still finding the field to type in: the validator's
# ~100 ms of imports then go unnoticed.
VALIDATOR_WARM_UP_DELAY_MS = 400


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
        # Send stays disabled until validation says the result is valid; a new form is not.
        self.window.editor.validate_after_start()
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

    def warm_up_validator(
        self, delay_ms: int = VALIDATOR_WARM_UP_DELAY_MS, on_ready: Callable[[], None] | None = None
    ) -> None:
        """Load the validator (pydantic, then the models: ~50 ms each) `delay_ms` after start-up,
        one part per turn of the loop, so that neither part holds the window for long and the
        first edit finds it ready. An edit before then loads it at once (validate_now)."""

        def load_models() -> None:
            import app.kombo.validation  # noqa: F401  (the models: the rest of the cost)

            if on_ready is not None:
                on_ready()

        def load_pydantic() -> None:
            from pydantic import BaseModel  # noqa: F401  (pydantic's import is lazy: this loads it)

            QTimer.singleShot(0, load_models)

        QTimer.singleShot(delay_ms, load_pydantic)

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

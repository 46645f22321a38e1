"""The team history and the preferences, connected to the window and its history (issue 15).

The rooms do not know each other: the team room gets the history's store and a wake-up on
every record (a single send's, through the history service, and each batch row's: the batch
writes the history itself), the History window gets the team's search for its Team scope, the
preferences' Test is the team's, and saving preferences reconnects the team history.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.preferences.controller import PreferencesController, team_secrets
from app.ui.team.controller import TeamController

if TYPE_CHECKING:
    from app.store.secrets import SecretStore
    from app.ui.history.controller import HistoryController
    from app.ui.shell.main_window import MainWindow

__all__ = ["wire_team"]


def wire_team(
    window: MainWindow,
    history: HistoryController,
    secrets: SecretStore | None = None,
    *,
    retry_s: float = 10.0,
) -> tuple[TeamController, PreferencesController]:
    secrets = secrets or team_secrets()
    team = TeamController(window, secrets, retry_s=retry_s)
    preferences = PreferencesController(window, team.test_settings, secrets)
    preferences.changed.connect(lambda _preferences: team.configure())
    history.service.opened.connect(team.set_store)
    history.service.changed.connect(team.wake)
    window.batch_history_written.connect(team.wake)  # the batch writes history on its own
    history.team_search = team.searcher
    if history.service.store is not None:
        team.set_store(history.service.store)
    return team, preferences

"""Edit → Preferences… (Ctrl+Shift+,, KDE's standard key; Ctrl+, is Connections…).

Saves the preferences to settings.ini, puts them in the window's context (the send room reads
the operator's name and "reason required" at each send) and says `changed` so the team room
can reconnect. The team password goes to the OS keyring under its own service
(`TEAM_PASSWORD_SERVICE`, account user@host:port/database), never to a file.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence

from app.store.secrets import SecretStore
from app.ui.common.preferences import (
    TEAM_PASSWORD_SERVICE,
    save_preferences,
    team_password_account,
)
from app.ui.common.single_window import SingleWindow

if TYPE_CHECKING:
    from app.team.settings import TeamSettings
    from app.ui.common.window import WindowPort
    from app.ui.preferences.dialog import PreferencesDialog, TeamTester

__all__ = ["PreferencesController", "team_secrets"]

TEAM_URL_ENV = "RESULT_DESK_TEAM_URL"  # app.team.settings.TEAM_URL_ENV, without loading psycopg


def _tr(text: str) -> str:
    return QCoreApplication.translate("PreferencesController", text)


def team_secrets() -> SecretStore:
    """The keyring facade of the team password (no KOMBO_API_KEY: it is not an API key)."""
    return SecretStore(service=TEAM_PASSWORD_SERVICE, environ={})


class PreferencesController(QObject):
    changed = Signal(object)  # DeskPreferences, after OK

    def __init__(
        self, window: WindowPort, tester: TeamTester, secrets: SecretStore | None = None
    ) -> None:
        super().__init__(window.window())
        self.window = window
        self.secrets = secrets or team_secrets()
        self._tester = tester
        self.dialogs: SingleWindow[PreferencesDialog] = SingleWindow(
            self._build, lambda dialog: dialog.open()
        )
        self.action = QAction(_tr("&Preferences…"), window.window())
        self.action.setObjectName("preferencesAction")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+,"))
        self.action.setMenuRole(QAction.MenuRole.NoRole)  # macOS' slot is Connections…
        self.action.setToolTip(_tr("Your name, reasons, the team history"))
        self.action.triggered.connect(self.open_preferences)
        window.addAction(self.action)
        window.edit_menu.addSeparator()
        window.edit_menu.addAction(self.action)

    @property
    def dialog(self) -> PreferencesDialog | None:
        return self.dialogs.widget

    def open_preferences(self) -> PreferencesDialog:
        return self.dialogs.show_instance()

    def _build(self) -> PreferencesDialog:
        # The dialog (and the language list) loads when it is first opened, not at start-up.
        from app.ui.preferences.dialog import PreferencesDialog

        dialog = PreferencesDialog(
            self.window.context.preferences,
            self._tester,
            self._store_password,
            url_override=bool(os.environ.get(TEAM_URL_ENV, "").strip()),
            parent=self.window.window(),
        )
        dialog.finished.connect(lambda _result: self._finished(dialog))
        return dialog

    async def _store_password(self, settings: TeamSettings, password: str) -> None:
        await self.secrets.set_secret(team_password_account(settings), password)

    def _finished(self, dialog: PreferencesDialog) -> None:
        self.dialogs.forget()
        dialog.deleteLater()
        if dialog.saved is None:
            return
        save_preferences(dialog.saved)
        self.window.context.preferences = dialog.saved
        self.changed.emit(dialog.saved)

    def close(self) -> None:
        self.secrets.close()

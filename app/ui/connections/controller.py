"""Connection profiles in the main window: `profileCombo`, the keys, and “Connections…”.

The controller owns the `ProfileStore` and the `SecretStore` for the run and is the main
window's `key_provider`. It fills `profileCombo` with the saved profiles plus whatever the
command line added (`--demo`, `--base-url`), remembers the chosen profile in QSettings, and
opens the settings dialog. A demo or command-line connection never touches the keyring: its
key is the sandbox's or `KOMBO_API_KEY`.

Nothing here reads the keyring at start-up (it costs ~120 ms and may ask to unlock): a key is
fetched when a send or a panel needs it, in the SecretStore's worker thread.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolButton

from app.store.paths import settings_file
from app.store.profiles import Profile, ProfileStore
from app.store.secrets import SecretStore
from app.ui.common.context import ENV_KEY, ConnectionInfo
from app.ui.common.single_window import SingleWindow

if TYPE_CHECKING:
    from app.ui.common.window import WindowPort
    from app.ui.connections.dialog import SettingsDialog
    from app.ui.connections.tester import ConnectionTester

log = logging.getLogger(__name__)

SETTINGS_KEY = "connections/current"
PROFILE_SOURCE: Final = "keyring"  # ConnectionInfo.key_source of a saved profile
DEMO_KEY = "sandbox"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProfileController", text)


def connection_for(profile: Profile) -> ConnectionInfo:
    return ConnectionInfo(
        name=profile.name,
        base_url=profile.effective_base_url,
        integration_id=profile.integration_id or None,
        key_source=PROFILE_SOURCE,
        ca_bundle=profile.ca_bundle,
        organization_name=profile.organization_name or None,
    )


class ProfileController(QObject):
    """Connects the saved profiles to the main window."""

    profilesReloaded = Signal()

    def __init__(
        self,
        window: WindowPort,
        *,
        store: ProfileStore | None = None,
        secrets: SecretStore | None = None,
        tester: ConnectionTester | None = None,
    ) -> None:
        super().__init__(window.window())
        self.setObjectName("profileController")
        self.window = window
        self.secrets = secrets or SecretStore()
        self.store = store or ProfileStore(secrets=self.secrets)
        self.tester = tester
        # The Connections dialog: built on first use (its module too), raised when open.
        self.settings: SingleWindow[SettingsDialog] = SingleWindow(
            self._build_dialog, first_show=lambda dialog: dialog.open()
        )
        self.store.load()
        if self.store.load_problem:
            log.warning("profiles: %s", self.store.load_problem)
        window.context.key_provider = self.key_for
        window.connection_changed.connect(self._remember)
        self._add_ui()
        # A connection given on the command line wins; otherwise the one used last time.
        extras = self._extras()
        self.reload(prefer=extras[0].name if extras else self._remembered())
        if self.store.load_problem:
            window.statusBar().showMessage(self.store.load_problem, 20000)

    # --- the combo -------------------------------------------------------------------------

    def _extras(self) -> list[ConnectionInfo]:
        """Connections that are not saved profiles (demo, --base-url): kept across reloads."""
        return [c for c in self.window.context.connections if c.key_source != PROFILE_SOURCE]

    def reload(self, prefer: str | None = None) -> None:
        """Refill `profileCombo`: command-line connections first, then the saved profiles.
        Keeps the current choice if it still exists, else `prefer`, else the default."""
        current = self.window.current_connection()
        connections = [*self._extras(), *(connection_for(p) for p in self.store.list())]
        index = _index_of(connections, prefer or (current.name if current else None))
        if index is None:
            default = self.store.default()
            index = _index_of(connections, default.name if default else None)
        self.window.set_connections(connections, index or 0)
        self.profilesReloaded.emit()

    def _remembered(self) -> str | None:
        value = _settings().value(SETTINGS_KEY)
        return value if isinstance(value, str) and value else None

    def _remember(self, connection: object) -> None:
        # Only saved profiles are remembered: a demo or --base-url choice is for this run.
        if isinstance(connection, ConnectionInfo) and connection.key_source == PROFILE_SOURCE:
            settings = _settings()
            settings.setValue(SETTINGS_KEY, connection.name)
            settings.sync()

    # --- keys ------------------------------------------------------------------------------

    async def key_for(self, connection: ConnectionInfo) -> str | None:
        """The main window's key provider."""
        if connection.key_source == "demo":
            return DEMO_KEY
        if connection.key_source == "env":
            return os.environ.get(ENV_KEY, "").strip() or None
        return await self.secrets.get_key(connection.name)

    # --- the dialog ------------------------------------------------------------------------

    def _add_ui(self) -> None:
        window = self.window
        self.connections_action = QAction(_tr("&Connections…"), window.window())
        self.connections_action.setObjectName("connectionsAction")
        self.connections_action.setShortcut(QKeySequence("Ctrl+,"))
        self.connections_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.connections_action.setToolTip(_tr("Add, edit and test connections and their API keys"))
        self.connections_action.triggered.connect(self.open_settings)
        window.addAction(self.connections_action)
        menu = window.file_menu
        quit_action = window.quit_action
        # Above the separator that precedes Quit.
        actions = menu.actions()
        anchor = quit_action
        if quit_action in actions:
            position = actions.index(quit_action)
            if position > 0 and actions[position - 1].isSeparator():
                anchor = actions[position - 1]
        menu.insertAction(anchor, self.connections_action)

        self.connections_button = QToolButton(window.top_bar)
        self.connections_button.setObjectName("connectionsButton")
        self.connections_button.setDefaultAction(self.connections_action)
        self.connections_button.setText(_tr("Connections…"))
        self.connections_button.setAccessibleName(_tr("Manage connections"))
        self.connections_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        window.add_to_top_bar(self.connections_button, after=window.profile_combo)

    @property
    def dialog(self) -> SettingsDialog | None:
        return self.settings.widget

    def open_settings(self) -> SettingsDialog:
        """Open the Connections dialog (or raise it if it is open) on the current profile."""
        return self.settings.show_instance()

    def _build_dialog(self) -> SettingsDialog:
        from app.ui.connections.dialog import SettingsDialog

        current = self.window.current_connection()
        is_profile = current is not None and current.key_source == PROFILE_SOURCE
        select = current.name if current is not None and is_profile else None
        dialog = SettingsDialog(
            self.store, self.secrets, self.tester, self.window.window(), select=select
        )
        dialog.profileRenamed.connect(self._follow_rename)
        dialog.profilesChanged.connect(lambda: self.reload())
        dialog.finished.connect(self._dialog_closed)
        return dialog

    def _follow_rename(self, old: str, new: str) -> None:
        """The profile chosen in the main window was renamed: keep it chosen."""
        current = self.window.current_connection()
        if current is not None and current.key_source == PROFILE_SOURCE and current.name == old:
            self.reload(prefer=new)

    def _dialog_closed(self) -> None:
        dialog = self.settings.forget()
        if dialog is not None:
            dialog.deleteLater()
        self.reload()

    def close(self) -> None:
        self.secrets.close()


def _index_of(connections: Sequence[ConnectionInfo], name: str | None) -> int | None:
    if name is None:
        return None
    for index, connection in enumerate(connections):
        if connection.name == name:
            return index
    folded = name.casefold()
    for index, connection in enumerate(connections):
        if connection.name.casefold() == folded:
            return index
    return None


def _settings() -> QSettings:
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)

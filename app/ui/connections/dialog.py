"""The Connections dialog: profiles, their API keys, “Test connection” and the keyring's state.

Open it with `.open()` (never `exec()` inside a coroutine: it would nest a Qt loop under
qasync). Every store, keyring and network call runs as a task on the qasync loop; the dialog
only shows results. It never touches `keyring` or builds HTTP itself: it asks the
`ProfileStore`, the `SecretStore` and the `ConnectionTester` it is given.

The API key field never shows a stored key: it is for typing a new one. Reading a stored key
back into a widget would put it where a screen share or a glance could see it, and reading it
at all can trigger the keyring's unlock prompt just by opening the dialog.

This module composes the parts (Picard's options dialog is the model):
- `profile_list.ProfileList`: the saved connections and their buttons (left);
- `profile_form.ProfileForm`: the chosen connection's fields and messages (right);
- `keyring_box.KeyringStatusBox`: the keyring's state (bottom);
- `dialog_actions.ProfileActions` and `key_actions.KeyActions`: what the buttons do, as tasks
  of one `common.tasks.TaskOwner`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import applog
from app.store.profiles import Profile, ProfileStore
from app.store.secret_results import KeyringStatus
from app.store.secrets import SecretStore
from app.ui.common.tasks import TaskOwner
from app.ui.connections.dialog_actions import ProfileActions
from app.ui.connections.key_actions import KeyActions
from app.ui.connections.keyring_box import KeyringStatusBox
from app.ui.connections.profile_form import CUSTOM, ProfileForm
from app.ui.connections.profile_list import ProfileList
from app.ui.connections.tester import ConnectionTester

__all__ = ["CUSTOM", "SettingsDialog"]


class SettingsDialog(QDialog):
    """Manage connection profiles. `profilesChanged` fires after every saved change."""

    profilesChanged = Signal()
    profileRenamed = Signal(str, str)  # old name, new name (emitted before profilesChanged)
    busyChanged = Signal(bool)

    def __init__(
        self,
        store: ProfileStore,
        secrets: SecretStore,
        tester: ConnectionTester | None = None,
        parent: QWidget | None = None,
        *,
        select: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Connections"))
        self.setModal(False)
        self.store = store
        self.secrets = secrets
        self.tester = tester or ConnectionTester()
        self._leaving = False
        self.tasks = TaskOwner("settings", self)
        self._build()
        self.keys = KeyActions(
            store=store,
            secrets=secrets,
            tester=self.tester,
            form=self.form,
            keyring_box=self.keyring_box,
            tasks=self.tasks,
        )
        self.profile_actions = ProfileActions(
            self,
            store=store,
            profiles=self.profiles,
            form=self.form,
            keys=self.keys,
            tasks=self.tasks,
        )
        # After the actions' own slots, so the buttons are up to date when these fire.
        self.tasks.busyChanged.connect(self.busyChanged)
        self.profile_actions.profilesChanged.connect(self.profilesChanged)
        self.profile_actions.profileRenamed.connect(self.profileRenamed)
        self.profile_actions.reload(select or (d.name if (d := store.default()) else None))
        if store.load_problem:
            self.form.say(store.load_problem, "warning")
        self.tasks.spawn(self.keys.refresh_keyring_status())

    def _build(self) -> None:
        self.resize(820, 560)
        outer = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter, 1)
        self.profiles = ProfileList(splitter)
        self.form = ProfileForm(self.store, f"settings-key-{id(self)}", splitter)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([220, 600])
        self.keyring_box = KeyringStatusBox(self, memory_only=self.secrets.memory_only)
        outer.addWidget(self.keyring_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        # The key last typed stays redacted after the dialog closes (it may be in use).
        self.finished.connect(lambda _: applog.release_secret(self.form.secret_name))
        self._forward_parts()
        self._make_save_the_only_default()

    def _forward_parts(self) -> None:
        """The parts' widgets under the names the dialog had before it was split (tests, the
        profile controller); new code reaches them through `profiles`/`form`/`keyring_box`."""
        profiles, form, box = self.profiles, self.form, self.keyring_box
        self.profile_list = profiles.list
        self.add_button = profiles.add_button
        self.duplicate_button = profiles.duplicate_button
        self.rename_button = profiles.rename_button
        self.delete_button = profiles.delete_button
        self.default_button = profiles.default_button
        self.form_title = form.form_title
        self.name_edit = form.name_edit
        self.region_combo = form.region_combo
        self.base_url_edit = form.base_url_edit
        self.integration_edit = form.integration_edit
        self.ca_edit = form.ca_edit
        self.ca_button = form.ca_button
        self.key_edit = form.key_edit
        self.reveal_action = form.reveal_action
        self.save_key_button = form.save_key_button
        self.key_state_label = form.key_state_label
        self.test_button = form.test_button
        self.test_result_label = form.test_result_label
        self.message_label = form.message_label
        self.revert_button = form.revert_button
        self.save_button = form.save_button
        self.keyring_label = box.label
        self.keyring_advice = box.advice
        self.memory_check = box.memory_check

    def _make_save_the_only_default(self) -> None:
        # A QDialog presses its first auto-default button on Enter when none is the default:
        # that was "Choose…" (the CA-bundle picker). Only Save answers Enter; when Save is
        # disabled (nothing changed), Enter does nothing.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(button is self.save_button)
        self.save_button.setDefault(True)

    # --- what others ask of the dialog -----------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.tasks.busy

    def spawn(self, coro: Coroutine[Any, Any, Any], *, busy: bool = False) -> asyncio.Task[Any]:
        return self.tasks.spawn(coro, busy=busy)

    def pending_tasks(self) -> list[asyncio.Task[Any]]:
        return self.tasks.pending()

    def selected_name(self) -> str | None:
        return self.profiles.selected_name()

    def form_profile(self) -> Profile:
        return self.form.form_profile()

    def is_dirty(self) -> bool:
        return self.form.is_dirty()

    def field_message(self, widget: QWidget) -> str | None:
        return self.form.field_message(widget)

    def revert(self) -> None:
        self.profile_actions.revert()

    async def refresh_keyring_status(self) -> KeyringStatus:
        return await self.keys.refresh_keyring_status()

    def show_keyring_status(self, status: KeyringStatus) -> None:
        self.keys.show_keyring_status(status)

    # --- leaving ---------------------------------------------------------------------------

    def reject(self) -> None:
        """Close (the button, Escape, the window's close box): ask about unsaved changes."""
        form = self.form
        if (
            not self._leaving
            and form.is_dirty()
            and (form.baseline is not None or form.has_content())
        ):
            self.profile_actions.confirm_leaving(self._leave)
            return
        self.tasks.close()
        super().reject()

    def _leave(self) -> None:
        self._leaving = True
        try:
            self.reject()
        finally:
            self._leaving = False

"""What the Connections dialog's buttons do to the saved connections: choose, add, save,
duplicate, rename, delete, make default, and the question about unsaved changes.

The dialog's controller (not `connections.controller.ProfileController`, which puts the
profiles into the main window and opens this dialog). It reads and writes the `ProfileStore`
as tasks of the dialog's `TaskOwner`, asks with non-modal boxes (`.open()`, never `exec()`
under qasync), and has the `ProfileList` and the `ProfileForm` show the outcome. The keys, the
keyring and “Test connection” are `key_actions.KeyActions`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from app.kombo.apikey import key_issue
from app.store.profiles import Profile, ProfileError, ProfileInvalid, ProfileStore
from app.store.secrets import KeyringUnavailable
from app.ui.common.kombo_text import kombo_text
from app.ui.common.tasks import TaskOwner
from app.ui.connections.key_actions import KeyActions
from app.ui.connections.profile_form import ProfileForm
from app.ui.connections.profile_list import ProfileList

__all__ = ["ProfileActions"]


class ProfileActions(QObject):
    profilesChanged = Signal()
    profileRenamed = Signal(str, str)  # old name, new name (emitted before profilesChanged)

    def __init__(
        self,
        dialog: QWidget,
        *,
        store: ProfileStore,
        profiles: ProfileList,
        form: ProfileForm,
        keys: KeyActions,
        tasks: TaskOwner,
    ) -> None:
        super().__init__(dialog)
        self.dialog = dialog  # the parent of the questions asked
        self.store = store
        self.profiles = profiles
        self.form = form
        self.keys = keys
        self.tasks = tasks
        tasks.busyChanged.connect(self.update_enabled)
        tasks.failed.connect(self._task_failed)
        keys.profilesChanged.connect(self.profilesChanged)
        keys.organizationRemembered.connect(self._refill_list)
        form.edited.connect(self.update_enabled)
        profiles.chosen.connect(self._on_chosen)
        profiles.add_button.clicked.connect(self.add)
        profiles.duplicate_button.clicked.connect(self.duplicate_current)
        profiles.rename_button.clicked.connect(self.rename_current)
        profiles.delete_button.clicked.connect(self.delete_current)
        profiles.default_button.clicked.connect(self.make_current_default)
        form.save_button.clicked.connect(self.save)
        form.revert_button.clicked.connect(self.revert)
        form.save_key_button.clicked.connect(self.save_key)

    def _refill_list(self, select: str) -> None:
        self.profiles.fill(self.store.list(), select)

    def _task_failed(self, error: BaseException) -> None:
        self.form.say(self.tr("Something went wrong: {error}").replace("{error}", str(error)))

    def update_enabled(self) -> None:
        busy = self.tasks.busy
        baseline = self.form.baseline
        read_only = self.store.read_only_reason is not None
        self.profiles.set_enabled(
            busy=busy,
            saved=baseline is not None,
            is_default=bool(baseline and baseline.is_default),
            read_only=read_only,
        )
        self.form.set_enabled(busy=busy, saved=baseline is not None, read_only=read_only)

    # --- what the form shows ---------------------------------------------------------------

    def _show(self, profile: Profile, *, saved: bool) -> None:
        self.form.show_profile(profile, saved=saved)
        self.update_enabled()
        self.tasks.spawn(self.keys.refresh_key_state())

    def _show_new(self) -> None:
        self._show(Profile(self.store.unique_name(self.tr("New connection"))), saved=False)

    def reload(self, select: str | None) -> None:
        """Fill the list and show the selected profile in the form."""
        name = self.profiles.fill(self.store.list(), select)
        if name is not None:
            self._show(self.store.get(name), saved=True)
        else:
            self._show_new()
            # No connection yet (first start): typing starts with the new one's name, as after
            # Add; otherwise the dialog opened with focus on Add and the first keys went nowhere.
            self.form.name_edit.setFocus()
            self.form.name_edit.selectAll()

    def _on_chosen(self, name: str) -> None:
        if self.form.is_dirty():
            # Ask first; put the selection back until the person has answered.
            self.profiles.restore_previous()
            self.confirm_leaving(lambda: self._select(name))
            return
        self.profiles.drop_new_item()
        self._show(self.store.get(name), saved=True)

    def _select(self, name: str) -> None:
        self.profiles.drop_new_item()
        self.reload(name)

    # --- the buttons -----------------------------------------------------------------------

    def add(self) -> None:
        if self.form.is_dirty() and self.form.baseline is not None:
            self.confirm_leaving(self.add)
            return
        self.profiles.add_new_item()
        self._show_new()
        self.form.name_edit.setFocus()
        self.form.name_edit.selectAll()

    def save(self) -> None:
        form = self.form
        issues = form.validate()
        key_text = form.key_edit.text()
        if key_text.strip() and (problem := key_issue(key_text)) is not None:
            form.mark(form.key_edit, problem)
            issues["api_key"] = problem
        if issues:
            form.say(self.tr("Correct the marked fields, then save again."))
            first = form.first_marked()
            if first is not None:
                first.setFocus()
            return
        self.tasks.spawn(self._save(form.form_profile(), key_text), busy=True)

    async def _save(self, profile: Profile, key_text: str) -> None:
        before = self.form.baseline.name if self.form.baseline is not None else None
        try:
            if before is None:
                saved = await self.store.add(profile)
            else:
                saved = await self.store.update(before, profile)
        except ProfileInvalid as exc:
            self.form.show_issues(exc.issues)
            return
        except (ProfileError, KeyringUnavailable) as exc:
            self.form.say(str(exc))
            return
        self.form.baseline = saved
        if before is not None and before != saved.name:
            self.profileRenamed.emit(before, saved.name)
        self.profilesChanged.emit()
        stored_note = ""
        if key_text.strip():
            stored_note = await self.keys.store_key(saved.name, key_text)
        self.reload(saved.name)
        self.form.say(self.tr("Saved.") + stored_note, "info")

    def save_key(self) -> None:
        if self.form.baseline is None:
            self.save()  # a new connection: its key is stored with it
            return
        self.keys.save_key(self.form.baseline.name)

    def revert(self) -> None:
        if self.form.baseline is not None:
            self._show(self.form.baseline, saved=True)

    def duplicate_current(self) -> None:
        name = self.profiles.selected_name()
        if name is None:
            return

        async def run() -> None:
            try:
                copy = await self.store.duplicate(name)
            except (ProfileError, KeyringUnavailable) as exc:
                self.form.say(str(exc))
                return
            self.profilesChanged.emit()
            self.reload(copy.name)
            self.form.say(
                self.tr("Copied to “{name}”, with its key.").replace("{name}", copy.name), "info"
            )

        self.tasks.spawn(run(), busy=True)

    def rename_current(self) -> None:
        name = self.profiles.selected_name()
        if name is None:
            return
        dialog = QInputDialog(self.dialog)
        dialog.setObjectName("renameDialog")
        dialog.setWindowTitle(self.tr("Rename connection"))
        dialog.setLabelText(self.tr("New name for “{name}”:").replace("{name}", name))
        dialog.setTextValue(name)
        dialog.textValueSelected.connect(
            lambda new: self.tasks.spawn(self._rename(name, new), busy=True)
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    async def _rename(self, old: str, new: str) -> None:
        if " ".join(new.split()) == old:
            return
        try:
            renamed = await self.store.rename(old, new)
        except ProfileInvalid as exc:
            self.form.say(" ".join(map(kombo_text, exc.issues.values())))
            return
        except (ProfileError, KeyringUnavailable) as exc:
            self.form.say(str(exc))
            return
        self.profileRenamed.emit(old, renamed.name)
        self.profilesChanged.emit()
        baseline = self.form.baseline
        if baseline is not None and baseline.name == old:
            self.form.follow_rename(renamed, old)
        self.profiles.fill(self.store.list(), renamed.name)
        self.form.form_title.setText(renamed.name)
        self.update_enabled()
        self.form.say(
            self.tr("Renamed to “{name}”; its key moved along.").replace("{name}", renamed.name),
            "info",
        )

    def delete_current(self) -> None:
        name = self.profiles.selected_name()
        if name is None:
            return
        box = QMessageBox(self.dialog)
        box.setObjectName("deleteConfirmation")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete connection"))
        box.setText(self.tr("Delete “{name}”?").replace("{name}", name))
        box.setInformativeText(
            self.tr("Its API key is removed from the keyring too. This cannot be undone.")
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered() -> None:
            if box.clickedButton() is delete:
                self.tasks.spawn(self._delete(name), busy=True)
            box.deleteLater()

        box.finished.connect(answered)
        box.open()

    async def _delete(self, name: str) -> None:
        try:
            outcome = await self.store.delete(name)
        except (ProfileError, KeyringUnavailable) as exc:
            self.form.say(str(exc))
            return
        self.profilesChanged.emit()
        self.form.baseline = None
        default = self.store.default()
        self.reload(default.name if default else None)
        if outcome.key_warning:
            self.form.say(outcome.key_warning, "warning")
        else:
            self.form.say(self.tr("“{name}” was deleted.").replace("{name}", name), "info")

    def make_current_default(self) -> None:
        name = self.profiles.selected_name()
        if name is None:
            return

        async def run() -> None:
            try:
                await self.store.set_default(name)
            except ProfileError as exc:
                self.form.say(str(exc))
                return
            self.profilesChanged.emit()
            if self.form.baseline is not None and self.form.baseline.name == name:
                self.form.baseline = self.store.get(name)
            self.profiles.fill(self.store.list(), name)
            self.update_enabled()

        self.tasks.spawn(run(), busy=True)

    # --- leaving ---------------------------------------------------------------------------

    def confirm_leaving(self, then: Callable[[], None]) -> None:
        """Ask whether to save the form's changes before `then` (non-modal: `.open()`)."""
        form = self.form
        box = QMessageBox(self.dialog)
        box.setObjectName("unsavedChangesDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        name = form.baseline.name if form.baseline is not None else form.name_edit.text()
        box.setText(self.tr("Save the changes to “{name}”?").replace("{name}", name))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)

        def answered(result: int) -> None:
            box.deleteLater()
            button = box.standardButton(box.clickedButton())
            if button == QMessageBox.StandardButton.Save:
                issues = form.validate()
                if issues:
                    form.say(self.tr("Correct the marked fields, then save again."))
                    return
                task = self.tasks.spawn(
                    self._save(form.form_profile(), form.key_edit.text()), busy=True
                )
                task.add_done_callback(lambda t: then() if not form.is_dirty() else None)
            elif button == QMessageBox.StandardButton.Discard:
                if form.baseline is not None:
                    self._show(form.baseline, saved=True)
                then()

        box.finished.connect(answered)
        box.open()

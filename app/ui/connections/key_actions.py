"""The Connections dialog's key work: storing a typed key, what is stored, the keyring's state,
and “Test connection”.

Everything here talks to the `SecretStore` (on its worker thread) or the `ConnectionTester`,
as tasks of the dialog's `TaskOwner`; the `ProfileForm` and the `KeyringStatusBox` only show
the results. Profile changes (save, rename, delete) are `dialog_actions.ProfileActions`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from app.kombo.apikey import key_issue, normalize_key
from app.store import profiles as profile_rules
from app.store.profiles import Profile, ProfileError, ProfileStore
from app.store.secret_results import KeyringStatus
from app.store.secrets import KeyringUnavailable, SecretStore
from app.ui.common import field_marks
from app.ui.common.tasks import TaskOwner
from app.ui.connections.keyring_box import KeyringStatusBox
from app.ui.connections.profile_form import ProfileForm, same_integration
from app.ui.connections.tester import ConnectionTester, ConnectionTestResult

__all__ = ["KeyActions"]

log = logging.getLogger(__name__)


class KeyActions(QObject):
    profilesChanged = Signal()
    organizationRemembered = Signal(str)  # the profile whose list entry now names the customer

    def __init__(
        self,
        *,
        store: ProfileStore,
        secrets: SecretStore,
        tester: ConnectionTester,
        form: ProfileForm,
        keyring_box: KeyringStatusBox,
        tasks: TaskOwner,
    ) -> None:
        super().__init__(form)
        self.store = store
        self.secrets = secrets
        self.tester = tester
        self.form = form
        self.keyring_box = keyring_box
        self.tasks = tasks
        self.status: KeyringStatus | None = None
        keyring_box.refreshRequested.connect(self._check_keyring_again)
        keyring_box.memoryOnlyToggled.connect(self._on_memory_toggled)
        form.test_button.clicked.connect(self.test_connection)

    # --- the key ---------------------------------------------------------------------------

    async def store_key(self, name: str, key_text: str) -> str:
        """Store the key; returns a note for the message line ("" if stored in the keyring)."""
        form = self.form
        try:
            where = await self.secrets.set_key(name, key_text)
        except KeyringUnavailable as exc:
            form.mark(form.key_edit, str(exc))
            self.keyring_box.memory_check.show()  # offer memory for this run where it is needed
            self.tasks.spawn(self.refresh_keyring_status())
            return " " + self.tr("The key was not stored: {message} See “Keyring” below.").replace(
                "{message}", str(exc)
            )
        except ValueError as exc:
            form.mark(form.key_edit, str(exc))
            return " " + str(exc)
        form.key_edit.clear()
        form.mark(form.key_edit, None)
        self.profilesChanged.emit()
        if where == "memory":
            return " " + self.tr("The key is kept in memory for this run only.")
        return " " + self.tr("The key is stored in the keyring.")

    def save_key(self, name: str) -> None:
        """“Save key” for the saved profile `name`."""
        key_text = self.form.key_edit.text()

        async def run() -> None:
            note = await self.store_key(name, key_text)
            severity = "error" if field_marks.message(self.form.key_edit) else "info"
            self.form.say(note.strip(), severity)
            await self.refresh_key_state()

        self.tasks.spawn(run(), busy=True)

    async def refresh_key_state(self) -> None:
        """What the key field's placeholder and the line under it say for this profile."""
        form, secrets = self.form, self.secrets
        name = form.baseline.name if form.baseline is not None else None
        if secrets.environment_key:
            form.show_key_state(
                self.tr("Type a key to store it for later"),
                self.tr(
                    "KOMBO_API_KEY is set: this run uses that key for every connection, "
                    "and never stores it."
                ),
            )
        if name is None:
            if not secrets.environment_key:
                form.show_key_state(
                    self.tr("Paste the API key"),
                    self.tr("The key is stored in the keyring when you save."),
                )
            return
        try:
            stored = await secrets.stored_key(name)
        except KeyringUnavailable as exc:
            if form.baseline is None or form.baseline.name != name:
                return
            form.show_key_state(
                self.tr("Paste the API key"),
                self.tr("The keyring is locked or unavailable (see “Keyring” below).")
                if not exc.timed_out
                else str(exc),
            )
            return
        if form.baseline is None or form.baseline.name != name:
            return  # the person moved on meanwhile
        where = (
            self.tr("in memory for this run") if secrets.memory_only else self.tr("in the keyring")
        )
        if stored is not None:
            placeholder = self.tr("Stored {where} — type a new key to replace it")
            state = self.tr("A key is stored {where}.")
        else:
            placeholder = self.tr("Paste the API key")
            state = self.tr("No key is stored for this connection yet.")
        if secrets.environment_key:
            state += " " + self.tr("This run uses KOMBO_API_KEY instead.")
        form.show_key_state(placeholder.replace("{where}", where), state.replace("{where}", where))

    # --- the keyring -----------------------------------------------------------------------

    async def refresh_keyring_status(self) -> KeyringStatus:
        self.keyring_box.show_checking()
        status = await self.secrets.status()
        self.show_keyring_status(status)
        return status

    def show_keyring_status(self, status: KeyringStatus) -> None:
        self.status = status
        self.keyring_box.show_status(status, memory_only=self.secrets.memory_only)

    def _check_keyring_again(self) -> None:
        self.tasks.spawn(self.refresh_keyring_status())

    def _on_memory_toggled(self, checked: bool) -> None:
        self.secrets.use_memory_only(checked)
        if self.status is not None:
            self.show_keyring_status(self.status)
        self.tasks.spawn(self.refresh_key_state())
        self.profilesChanged.emit()

    # --- “Test connection” -----------------------------------------------------------------

    def test_connection(self) -> None:
        form = self.form
        issues = form.validate()
        issues.pop(profile_rules.FIELD_NAME, None)  # the name does not matter for a test
        form.mark(form.name_edit, None)
        if issues:
            form.show_test_result(
                ConnectionTestResult(False, self.tr("Correct the marked fields first."))
            )
            return
        profile = form.form_profile()
        typed = form.key_edit.text()
        if typed.strip() and (problem := key_issue(typed)) is not None:
            form.mark(form.key_edit, problem)
            return
        self.tasks.spawn(self._test(profile, typed), busy=True)

    async def _test(self, profile: Profile, typed_key: str) -> None:
        form = self.form
        form.test_result_label.setText(self.tr("Testing…"))
        key = normalize_key(typed_key) if typed_key.strip() else None
        source = self.tr("the key typed above")
        if key is None:
            name = form.baseline.name if form.baseline is not None else None
            try:
                lookup = await self.secrets.lookup(name) if name else None
            except KeyringUnavailable as exc:
                form.show_test_result(
                    ConnectionTestResult(
                        False, self.tr("The stored key cannot be read."), f"{exc} {exc.advice}"
                    )
                )
                return
            if lookup is None or lookup.key is None:
                form.show_test_result(
                    ConnectionTestResult(
                        False, self.tr("There is no key to test: paste the API key first.")
                    )
                )
                form.mark(form.key_edit, self.tr("Paste the API key."))
                return
            key = lookup.key
            source = {
                "environment": self.tr("the key from KOMBO_API_KEY"),
                "memory": self.tr("the key kept in memory"),
                "keyring": self.tr("the key stored in the keyring"),
            }[lookup.source or "keyring"]
        result = await self.tester.test(profile, key)
        form.show_test_result(result, source)
        await self._remember_organization(profile, result)

    async def _remember_organization(self, tested: Profile, result: ConnectionTestResult) -> None:
        """Keep the customer's name Kombo gave for the saved connection that was tested."""
        baseline = self.form.baseline
        name = result.organization_name
        if not name or baseline is None or not same_integration(baseline, tested):
            return
        try:
            self.form.baseline = await self.store.remember_organization(baseline.name, name)
        except ProfileError as exc:
            log.warning("could not keep the organization name: %s", exc)
            return
        self.profilesChanged.emit()
        self.organizationRemembered.emit(baseline.name)

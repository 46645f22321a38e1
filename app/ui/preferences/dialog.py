"""Edit → Preferences…: who sends (the operator's display name, set once), whether every send
needs a reason, and the team history's PostgreSQL server.

The dialog only edits: what "Test" does and where the password goes are handed in by the
controller (`tester`, `store_password`), so the dialog is tested by typing into it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.language import LANGUAGES
from app.ui.common.placeholders import arg
from app.ui.common.preferences import DeskPreferences, TeamPreferences

if TYPE_CHECKING:
    from app.team.settings import TeamSettings

__all__ = ["PasswordSaver", "PreferencesDialog", "TeamTester"]

log = logging.getLogger(__name__)

TLS_CHOICES = ("verify-full", "verify-ca", "require", "prefer", "disable")
# (settings, password typed now or None: the stored one) -> a line for the person.
TeamTester = Callable[["TeamSettings", str | None], Awaitable[str]]
# (settings, password): keep it in the OS keyring; raises with words for the person.
PasswordSaver = Callable[["TeamSettings", str], Awaitable[None]]


def _current_task() -> asyncio.Task[object] | None:
    try:
        return asyncio.current_task()
    except RuntimeError:  # no running loop
        return None


class PreferencesDialog(QDialog):
    def __init__(
        self,
        preferences: DeskPreferences,
        tester: TeamTester,
        store_password: PasswordSaver,
        *,
        url_override: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._tester, self._store_password = tester, store_password
        self.saved: DeskPreferences | None = None  # what OK saved
        self._task: asyncio.Task[None] | None = None

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general_page(preferences), self.tr("General"))
        self.tabs.addTab(self._team_page(preferences.team, url_override), self.tr("Team history"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)

    # --- building -----------------------------------------------------------------------------

    def _general_page(self, preferences: DeskPreferences) -> QWidget:
        page = QWidget(self)
        self.operator_edit = QLineEdit(preferences.operator_name, page)
        self.operator_edit.setObjectName("operatorNameEdit")
        self.operator_edit.setPlaceholderText(self.tr("e.g. Anna Keller"))
        self.operator_edit.setMaxLength(120)
        self.reason_check = QCheckBox(self.tr("Every send needs a &reason"), page)
        self.reason_check.setObjectName("reasonRequiredCheck")
        self.reason_check.setChecked(preferences.reason_required)
        form = QFormLayout(page)
        form.addRow(self.tr("&Your name:"), self.operator_edit)
        hint = QLabel(
            self.tr(
                "Shown with your sends in the history and to your team, with this computer's "
                "user and host name."
            ),
            page,
        )
        hint.setWordWrap(True)
        form.addRow("", hint)
        form.addRow("", self.reason_check)
        self.language_combo = QComboBox(page)
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.addItem(self.tr("System default"), "")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(preferences.language))
        )
        form.addRow(self.tr("&Language:"), self.language_combo)
        language_note = QLabel(self.tr("Applies when Result Desk is next started."), page)
        language_note.setObjectName("languageNote")
        form.addRow("", language_note)
        return page

    def _team_page(self, team: TeamPreferences, url_override: bool) -> QWidget:
        page = QWidget(self)
        page.setObjectName("teamHistoryPage")
        self.host_edit = QLineEdit(team.host, page)
        self.host_edit.setObjectName("teamHostEdit")
        self.host_edit.setPlaceholderText(self.tr("empty: no team history"))
        self.port_spin = QSpinBox(page)
        self.port_spin.setObjectName("teamPortSpin")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(team.port)
        self.database_edit = QLineEdit(team.database, page)
        self.database_edit.setObjectName("teamDatabaseEdit")
        self.user_edit = QLineEdit(team.user, page)
        self.user_edit.setObjectName("teamUserEdit")
        self.password_edit = QLineEdit(page)
        self.password_edit.setObjectName("teamPasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("unchanged (kept in the OS keyring)"))
        self.tls_combo = QComboBox(page)
        self.tls_combo.setObjectName("teamTlsCombo")
        self.tls_combo.addItems(TLS_CHOICES)
        self.tls_combo.setCurrentText(team.tls_mode if team.tls_mode in TLS_CHOICES else "")
        self.ca_edit = QLineEdit(team.ca_file, page)
        self.ca_edit.setObjectName("teamCaFileEdit")
        self.ca_edit.setPlaceholderText(self.tr("optional: the system's CAs"))
        browse = QPushButton(self.tr("&Browse…"), page)
        browse.clicked.connect(self._choose_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(browse)
        self.test_button = QPushButton(self.tr("&Test"), page)
        self.test_button.setObjectName("teamTestButton")
        self.test_button.clicked.connect(self.start_test)
        self.test_label = QLabel(page)
        self.test_label.setObjectName("teamTestLabel")
        self.test_label.setWordWrap(True)
        self.env_note = QLabel(
            self.tr(
                "RESULT_DESK_TEAM_URL is set: this run uses that server, not the one below. "
                "What you save here applies when it is unset."
            ),
            page,
        )
        self.env_note.setObjectName("teamEnvNote")
        self.env_note.setWordWrap(True)
        self.env_note.setVisible(url_override)

        form = QFormLayout(page)
        form.addRow(self.env_note)
        form.addRow(self.tr("&Host:"), self.host_edit)
        form.addRow(self.tr("&Port:"), self.port_spin)
        form.addRow(self.tr("&Database:"), self.database_edit)
        form.addRow(self.tr("&User:"), self.user_edit)
        form.addRow(self.tr("Pass&word:"), self.password_edit)
        form.addRow(self.tr("TLS &mode:"), self.tls_combo)
        ca_label = QLabel(self.tr("&CA file:"), page)
        ca_label.setBuddy(self.ca_edit)  # a layout row gets no buddy: the & would show
        form.addRow(ca_label, ca_row)
        form.addRow(self.test_button, self.test_label)
        return page

    def _choose_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("CA certificate"), "", self.tr("Certificates (*.pem *.crt);;All (*)")
        )
        if path:
            self.ca_edit.setText(path)

    # --- reading ------------------------------------------------------------------------------

    def preferences(self) -> DeskPreferences:
        return DeskPreferences(
            operator_name=self.operator_edit.text().strip(),
            reason_required=self.reason_check.isChecked(),
            team=TeamPreferences(
                host=self.host_edit.text().strip(),
                port=self.port_spin.value(),
                database=self.database_edit.text().strip(),
                user=self.user_edit.text().strip(),
                tls_mode=self.tls_combo.currentText(),
                ca_file=self.ca_edit.text().strip(),
            ),
            language=str(self.language_combo.currentData() or ""),
        )

    def _password(self) -> str | None:
        return self.password_edit.text() or None

    # --- Test and OK --------------------------------------------------------------------------

    def start_test(self) -> None:
        settings = self.preferences().team.settings()
        if settings is None:
            self.test_label.setText(self.tr("Enter the host, database and user first."))
            return
        self._run(self._test(settings, self._password()))

    async def _test(self, settings: TeamSettings, password: str | None) -> None:
        self.test_button.setEnabled(False)
        self.test_label.setText(arg(self.tr("Connecting to %1…"), settings.target))
        try:
            self.test_label.setText(await self._tester(settings, password))
        except Exception as exc:  # every failure is words for the person, never a crash
            self.test_label.setText(getattr(exc, "message", None) or str(exc))
        finally:
            self.test_button.setEnabled(True)

    def _save(self) -> None:
        preferences = self.preferences()
        settings = preferences.team.settings()
        password = self._password()
        if settings is not None and password:
            self._run(self._save_with_password(preferences, settings, password))
        else:
            self._accept(preferences)

    async def _save_with_password(
        self, preferences: DeskPreferences, settings: TeamSettings, password: str
    ) -> None:
        self.buttons.setEnabled(False)
        try:
            await self._store_password(settings, password)
        except Exception as exc:
            self.test_label.setText(
                arg(
                    self.tr("The password could not be kept in the keyring: %1"),
                    getattr(exc, "message", None) or str(exc),
                )
            )
            self.tabs.setCurrentIndex(1)
            return
        finally:
            self.buttons.setEnabled(True)
        self._accept(preferences)

    def _accept(self, preferences: DeskPreferences) -> None:
        self.saved = preferences
        self.password_edit.clear()
        self.accept()

    def _run(self, work: Awaitable[None]) -> None:
        async def run() -> None:
            await work

        self._task = asyncio.ensure_future(run())

    def done(self, result: int) -> None:
        task = self._task
        if task is not None and not task.done() and task is not _current_task():
            task.cancel()  # a Test still connecting: its answer has nowhere to go
        super().done(result)

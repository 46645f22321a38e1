"""The right side of the Connections dialog: one connection's fields, its key and the messages.

A widget that shows a `Profile`, reads one back (`form_profile`), checks it with the store's
rules (`validate`) and marks what is wrong under each field. It starts no task and writes
nothing: Save, Test and the key buttons are connected by `dialog_actions.ProfileActions`.

The API key field never shows a stored key: it is for typing a new one (see `dialog`).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import applog
from app.kombo.apikey import key_issue
from app.kombo.regions import REGION_BASE_URLS, Region
from app.store import profiles as profile_rules
from app.store.profiles import Profile, ProfileStore
from app.ui.common import field_marks
from app.ui.common.field_marks import Severity
from app.ui.common.kombo_text import kombo_text
from app.ui.connections.key_reveal import eye_icon
from app.ui.connections.keyring_box import html_escape
from app.ui.connections.tester import ConnectionTestResult

__all__ = ["CUSTOM", "ProfileForm", "same_integration"]

CUSTOM = "custom"  # the region combo's entry for a typed base URL


def same_integration(a: Profile, b: Profile) -> bool:
    return a.integration_id == b.integration_id and a.effective_base_url == b.effective_base_url


class ProfileForm(QWidget):
    """The selected connection's form. `edited` after every change the person makes."""

    edited = Signal()

    def __init__(
        self, store: ProfileStore, secret_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.secret_name = secret_name  # the typed key's name in the log's redaction list
        self.baseline: Profile | None = None  # the saved profile the form shows; None: new
        self._custom_url = ""  # what was typed for Custom, kept while another region is chosen
        self._loading = False
        self._field_messages: dict[QWidget, QLabel] = {}
        self._build()
        for edit in (self.name_edit, self.base_url_edit, self.integration_edit, self.ca_edit):
            edit.textChanged.connect(self._on_form_edited)
        self.key_edit.textChanged.connect(self._on_key_edited)
        self.region_combo.currentIndexChanged.connect(self._on_region_changed)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form_title = QLabel(self)
        title_font = QFont(self.form_title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.form_title.setFont(title_font)
        layout.addWidget(self.form_title)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = self._line_edit("profileNameEdit", self.tr("Connection name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Acme EU"))
        self.name_edit.setMaxLength(profile_rules.MAX_NAME_LENGTH + 20)
        self._add_row(form, self.tr("&Name:"), self.name_edit, self.name_edit)

        self.region_combo = QComboBox(self)
        self.region_combo.setObjectName("regionCombo")
        self.region_combo.setAccessibleName(self.tr("Region"))
        for region in Region:
            self.region_combo.addItem(
                self.tr("{region} — {url}")
                .replace("{region}", region.value)
                .replace("{url}", REGION_BASE_URLS[region].removeprefix("https://")),
                region.value,
            )
        self.region_combo.addItem(self.tr("Custom base URL"), CUSTOM)
        self._add_row(form, self.tr("&Region:"), self.region_combo, self.region_combo)

        self.base_url_edit = self._line_edit("baseUrlEdit", self.tr("Custom base URL"))
        self.base_url_edit.setPlaceholderText("https://api.kombo.dev/v1")
        self.base_url_edit.setToolTip(
            self.tr("https:// only; http:// is allowed for this computer (e.g. the sandbox)")
        )
        self._add_row(form, self.tr("&Base URL:"), self.base_url_edit, self.base_url_edit)

        self.integration_edit = self._line_edit("integrationIdEdit", self.tr("Integration ID"))
        self.integration_edit.setPlaceholderText(profile_rules.INTEGRATION_ID_EXAMPLE)
        self.integration_edit.setToolTip(
            self.tr("Shown in the integration's details on Kombo's dashboard: tool:id")
        )
        self._add_row(
            form, self.tr("&Integration ID:"), self.integration_edit, self.integration_edit
        )

        ca_row = QHBoxLayout()
        self.ca_edit = self._line_edit("caBundleEdit", self.tr("CA bundle"))
        self.ca_edit.setPlaceholderText(self.tr("System default (leave empty)"))
        self.ca_edit.setClearButtonEnabled(True)
        self.ca_edit.setToolTip(
            self.tr(
                "A PEM file with your company's CA certificate, for networks that inspect "
                "HTTPS. It replaces the built-in list of trusted authorities."
            )
        )
        self.ca_button = QPushButton(self.tr("Choose…"), self)
        self.ca_button.setObjectName("caBundleButton")
        self.ca_button.setAccessibleName(self.tr("Choose a CA bundle file"))
        self.ca_button.clicked.connect(self._choose_ca_bundle)
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(self.ca_button)
        self._add_row(form, self.tr("&CA bundle:"), ca_row, self.ca_edit)

        key_row = QHBoxLayout()
        self.key_edit = self._line_edit("apiKeyEdit", self.tr("API key"))
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhSensitiveData
        )
        self.reveal_action = QAction(eye_icon(False), self.tr("Show the key"), self.key_edit)
        self.reveal_action.setObjectName("revealKeyAction")
        self.reveal_action.setCheckable(True)
        self.reveal_action.toggled.connect(self._set_key_revealed)
        self.key_edit.addAction(self.reveal_action, QLineEdit.ActionPosition.TrailingPosition)
        self.save_key_button = QPushButton(self.tr("Save key"), self)
        self.save_key_button.setObjectName("saveKeyButton")
        self.save_key_button.setToolTip(
            self.tr("Store this key in the keyring, replacing the one stored before")
        )
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.save_key_button)
        self.key_state_label = self._text_label("keyStateLabel")
        self._add_row(form, self.tr("API &key:"), key_row, self.key_edit, self.key_state_label)
        layout.addLayout(form)

        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.test_button.setObjectName("testConnectionButton")
        self.test_button.setToolTip(
            self.tr("Ask Kombo whether this key works (GET /check-api-key)")
        )
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        layout.addLayout(test_row)
        self.test_result_label = self._text_label("testResultLabel")
        self.test_result_label.setAccessibleName(self.tr("Connection test result"))
        layout.addWidget(self.test_result_label)
        layout.addStretch(1)
        self.message_label = self._text_label("settingsMessageLabel")
        layout.addWidget(self.message_label)

        save_row = QHBoxLayout()
        save_row.addStretch(1)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.setObjectName("revertProfileButton")
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveProfileButton")
        self.save_button.setToolTip(self.tr("Save this connection (Ctrl+S)"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        save_row.addWidget(self.revert_button)
        save_row.addWidget(self.save_button)
        layout.addLayout(save_row)

    def _line_edit(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    def _text_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _add_row(
        self,
        form: QFormLayout,
        text: str,
        content: QWidget | QLayout,
        buddy: QWidget,
        extra: QWidget | None = None,
    ) -> None:
        """A form row whose field has its validation message right under it."""
        label = QLabel(text)
        label.setBuddy(buddy)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(content, QLayout):
            column.addLayout(content)
        else:
            column.addWidget(content)
        message = QLabel(box)
        message.setObjectName(f"{buddy.objectName()}Message")
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        small = QFont(message.font())
        small.setPointSizeF(small.pointSizeF() * 0.92)
        message.setFont(small)
        message.hide()
        column.addWidget(message)
        if extra is not None:
            extra.setFont(small)
            column.addWidget(extra)
        self._field_messages[buddy] = message
        form.addRow(label, box)

    # --- marks and messages ----------------------------------------------------------------

    def mark(self, widget: QWidget, text: str | None, severity: Severity = "error") -> None:
        """Mark a field (frame, tooltip, accessible description) and show the message under it."""
        text = kombo_text(text) if text else text  # the store's and kombo's checks are English
        field_marks.mark(widget, text, severity)
        label = self._field_messages.get(widget)
        if label is None:
            return
        if text:
            colour = field_marks.mark_color(severity, self.palette()).name()
            label.setStyleSheet(f"color: {colour}")
            label.setText(text)
            label.show()
        else:
            label.clear()
            label.hide()

    def field_message(self, widget: QWidget) -> str | None:
        """The message shown under `widget` (for tests), or None."""
        label = self._field_messages.get(widget)
        return label.text() if label is not None and label.isVisibleTo(self) else None

    def marked_widgets(self) -> list[QWidget]:
        return [
            self.name_edit,
            self.base_url_edit,
            self.integration_edit,
            self.ca_edit,
            self.key_edit,
            self.region_combo,
        ]

    def first_marked(self) -> QWidget | None:
        return next((w for w in self.marked_widgets() if field_marks.message(w) is not None), None)

    def say(self, text: str, severity: str = "error") -> None:
        """A message under the form (errors in the error colour, others plain)."""
        if severity == "error":
            colour = field_marks.mark_color("error", self.palette()).name()
            self.message_label.setText(f'<span style="color:{colour}">{html_escape(text)}</span>')
        else:
            self.message_label.setText(html_escape(text))

    def show_issues(self, issues: dict[str, str]) -> None:
        for field, widget in self._field_widgets().items():
            self.mark(widget, issues.get(field))
        self.say(self.tr("Correct the marked fields, then save again."))

    def show_key_state(self, placeholder: str | None, state: str) -> None:
        """What the key field's placeholder (None: unchanged) and the line under it say."""
        if placeholder is not None:
            self.key_edit.setPlaceholderText(placeholder)
        self.key_state_label.setText(state)

    def show_test_result(self, result: ConnectionTestResult, source: str = "") -> None:
        e = html_escape
        palette = self.palette()
        if result.ok:
            colour = "#2e7d32" if not field_marks.is_dark(palette) else "#7bd88f"
            text = f"✔ <b>{e(result.headline)}</b> {e(result.detail)}"
            if result.environment_id:
                text = (
                    f"✔ <b>{e(result.headline)}</b> "
                    + e(self.tr("Environment ID:"))
                    + f" <code>{e(result.environment_id)}</code>"
                )
        else:
            colour = field_marks.mark_color("error", palette).name()
            text = f"✘ <b>{e(result.headline)}</b> {e(result.detail)}"
        if source:
            text += (
                "<br><small>"
                + e(self.tr("Tested with {source}.")).replace("{source}", e(source))
                + "</small>"
            )
        self.test_result_label.setText(f'<span style="color:{colour}">{text}</span>')
        self.test_result_label.setProperty("ok", result.ok)
        self.test_result_label.setProperty("blame", result.blame or "")
        blame_widget = {
            "integration_id": self.integration_edit,
            "api_key": self.key_edit,
            "region": self.region_combo,
            "base_url": self.base_url_edit if self.region_combo.currentData() == CUSTOM else None,
            "ca_bundle": self.ca_edit,
        }.get(result.blame or "")
        # Each test's marks replace the last test's (they are warnings; the form's own checks
        # mark errors): a key "not accepted" before must not stay beside "unreachable" now.
        tested = (
            self.key_edit,
            self.region_combo,
            self.base_url_edit,
            self.ca_edit,
            self.integration_edit,
        )
        for widget in tested:
            if field_marks.severity(widget) == "warning" and widget is not blame_widget:
                self.mark(widget, None)
        if blame_widget is not None and not result.ok:
            self.mark(blame_widget, result.mark or result.headline, "warning")
        elif blame_widget is not None:
            self.mark(blame_widget, None)

    # --- the profile -----------------------------------------------------------------------

    def show_profile(self, profile: Profile, *, saved: bool) -> None:
        """Show `profile`: a saved one (the baseline for “changed?”) or a new one's template."""
        self.baseline = profile if saved else None
        self.fill(profile)
        self.form_title.setText(profile.name if saved else self.tr("New connection"))

    def fill(self, profile: Profile) -> None:
        self._loading = True
        try:
            self.name_edit.setText(profile.name)
            self._custom_url = profile.base_url or ""
            index = self.region_combo.findData(
                profile.region.value if profile.region is not None else CUSTOM
            )
            self.region_combo.setCurrentIndex(max(0, index))
            self._apply_region_to_url_field()
            self.integration_edit.setText(profile.integration_id)
            self.ca_edit.setText(profile.ca_bundle or "")
            self.key_edit.clear()
            self.reveal_action.setChecked(False)
            self.test_result_label.clear()
            self.message_label.clear()
            for widget in self.marked_widgets():
                self.mark(widget, None)
        finally:
            self._loading = False

    def follow_rename(self, renamed: Profile, old: str) -> None:
        """The shown profile was renamed: keep unsaved edits of the other fields."""
        if " ".join(self.name_edit.text().split()) == old:
            self._loading = True
            self.name_edit.setText(renamed.name)
            self._loading = False
        self.baseline = renamed

    def form_profile(self) -> Profile:
        """The profile as the form shows it now (not validated)."""
        data = self.region_combo.currentData()
        region = Region(data) if data != CUSTOM else None
        profile = Profile(
            name=self.name_edit.text(),
            region=region,
            base_url=self.base_url_edit.text() if region is None else None,
            integration_id=self.integration_edit.text(),
            ca_bundle=self.ca_edit.text() or None,
        ).normalized()
        # The customer's name stays only while it names the same integration.
        if (baseline := self.baseline) is not None and same_integration(baseline, profile):
            profile = replace(profile, organization_name=baseline.organization_name)
        return profile

    def is_dirty(self) -> bool:
        if self.baseline is None:
            return True  # a new connection is unsaved by definition
        baseline = replace(self.baseline.normalized(), is_default=False)
        return self.form_profile() != baseline or bool(self.key_edit.text().strip())

    def has_content(self) -> bool:
        return bool(self.integration_edit.text().strip() or self.key_edit.text().strip())

    def key_is_usable(self) -> bool:
        key_text = self.key_edit.text()
        return bool(key_text.strip()) and key_issue(key_text) is None

    def _field_widgets(self) -> dict[str, QLineEdit]:
        """The profile fields whose problems are marked on a widget, by the store's field key."""
        return {
            profile_rules.FIELD_NAME: self.name_edit,
            profile_rules.FIELD_BASE_URL: self.base_url_edit,
            profile_rules.FIELD_INTEGRATION_ID: self.integration_edit,
            profile_rules.FIELD_CA_BUNDLE: self.ca_edit,
        }

    def validate(self, *, only_typed: bool = False) -> dict[str, str]:
        """The store's issues with the form's profile, each marked at its field."""
        replacing = self.baseline.name if self.baseline is not None else None
        issues = self.store.issues(self.form_profile(), replacing=replacing)
        for field, widget in self._field_widgets().items():
            # While typing, an empty field is not yet an error; on Save it is.
            if only_typed and not widget.text().strip() and field in issues:
                self.mark(widget, None)
                continue
            self.mark(widget, issues.get(field))
        return issues

    # --- reacting to the person ------------------------------------------------------------

    def _on_region_changed(self) -> None:
        if not self._loading:
            self._apply_region_to_url_field()
            self._on_form_edited()

    def _apply_region_to_url_field(self) -> None:
        custom = self.region_combo.currentData() == CUSTOM
        was_loading = self._loading
        self._loading = True
        try:
            self.base_url_edit.setEnabled(custom)
            if custom:
                self.base_url_edit.setText(self._custom_url)
            else:
                region = Region(self.region_combo.currentData())
                self.base_url_edit.setText(REGION_BASE_URLS[region])
                self.mark(self.base_url_edit, None)
        finally:
            self._loading = was_loading

    def _on_form_edited(self) -> None:
        if self._loading:
            return
        if self.region_combo.currentData() == CUSTOM:
            self._custom_url = self.base_url_edit.text()
        self.validate(only_typed=True)
        self.edited.emit()

    def _on_key_edited(self) -> None:
        text = self.key_edit.text()
        # Redacted from log and crash dialog from the first keystroke, tested or not.
        applog.hold_secret(self.secret_name, text.strip())
        self.mark(self.key_edit, key_issue(text) if text.strip() else None)
        self.edited.emit()

    def _set_key_revealed(self, revealed: bool) -> None:
        self.key_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if revealed else QLineEdit.EchoMode.Password
        )
        self.reveal_action.setIcon(eye_icon(revealed))
        self.reveal_action.setText(self.tr("Hide the key") if revealed else self.tr("Show the key"))

    def _choose_ca_bundle(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the CA bundle (PEM)"))
        dialog.setObjectName("caBundleFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(
            [self.tr("Certificates (*.pem *.crt *.cer *.ca-bundle)"), self.tr("All files (*)")]
        )
        current = self.ca_edit.text().strip()
        if current:
            dialog.setDirectory(str(Path(current).expanduser().parent))
        dialog.fileSelected.connect(self.ca_edit.setText)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def set_enabled(self, *, busy: bool, saved: bool, read_only: bool) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(not busy and dirty and not read_only)
        self.revert_button.setEnabled(not busy and dirty and saved)
        self.save_key_button.setEnabled(not busy and saved and self.key_is_usable())
        self.test_button.setEnabled(not busy)

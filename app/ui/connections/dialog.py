"""The Connections dialog: profiles, their API keys, “Test connection” and the keyring's state.

Open it with `.open()` (never `exec()` inside a coroutine: it would nest a Qt loop under
qasync). Every store, keyring and network call runs as a task on the qasync loop; the dialog
only shows results. It never touches `keyring` or builds HTTP itself: it asks the
`ProfileStore`, the `SecretStore` and the `ConnectionTester` it is given.

The API key field never shows a stored key: it is for typing a new one. Reading a stored key
back into a widget would put it where a screen share or a glance could see it, and reading it
at all can trigger the keyring's unlock prompt just by opening the dialog.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import applog
from app.kombo.apikey import key_issue, normalize_key
from app.kombo.regions import REGION_BASE_URLS, Region
from app.store import profiles as profile_rules
from app.store.profiles import Profile, ProfileError, ProfileInvalid, ProfileStore
from app.store.secrets import KeyringStatus, KeyringUnavailable, SecretStore
from app.ui.common import field_marks
from app.ui.common.context import connection_label
from app.ui.common.field_marks import Severity
from app.ui.common.icons import icon
from app.ui.connections.keyring_box import KeyringStatusBox, html_escape
from app.ui.connections.tester import ConnectionTester, ConnectionTestResult

log = logging.getLogger(__name__)

CUSTOM = "custom"
_NEW_ITEM_ROLE = Qt.ItemDataRole.UserRole + 1

_EYE = (
    '<path d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12z" fill="none" stroke="{c}" '
    'stroke-width="1.8" stroke-linejoin="round"/><circle cx="12" cy="12" r="3.2" fill="none" '
    'stroke="{c}" stroke-width="1.8"/>'
)
_EYE_OFF = _EYE + '<path d="M4 20 20 4" stroke="{c}" stroke-width="1.8" stroke-linecap="round"/>'


def _svg_icon(body: str) -> QIcon:
    colour = QGuiApplication.palette().color(QPalette.ColorRole.Text).name()
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">{body}</svg>'
    renderer = QSvgRenderer(QByteArray(svg.replace("{c}", colour).encode()))
    icon = QIcon()
    for size in (16, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def _eye_icon(revealed: bool) -> QIcon:
    theme = "view-conceal" if revealed else "view-reveal"
    if QIcon.hasThemeIcon(theme):
        return QIcon.fromTheme(theme)
    return _svg_icon(_EYE_OFF if revealed else _EYE)


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
        self._baseline: Profile | None = None  # the saved profile the form shows; None: new
        self._custom_url = ""  # what was typed for Custom, kept while another region is chosen
        self._loading = False
        self._leaving = False
        self._closed = False  # set once closing: late task endings must not touch the widgets
        self._busy = 0
        self._tasks: set[asyncio.Task[Any]] = set()
        self._status: KeyringStatus | None = None
        self._field_messages: dict[QWidget, QLabel] = {}
        self._build()
        self._reload_list(select or (d.name if (d := store.default()) else None))
        if store.load_problem:
            self._say(store.load_problem, "warning")
        self.spawn(self.refresh_keyring_status())

    # --- construction ----------------------------------------------------------------------

    def _build(self) -> None:
        self.resize(820, 560)
        outer = QVBoxLayout(self)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter, 1)

        # Left: the profiles and what can be done to them.
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.profile_list = QListWidget(left)
        self.profile_list.setObjectName("profileList")
        self.profile_list.setAccessibleName(self.tr("Saved connections"))
        self.profile_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.profile_list.currentItemChanged.connect(self._on_current_changed)
        left_layout.addWidget(self.profile_list, 1)

        def tool(
            name: str, text: str, glyph: QIcon | None, slot: Callable[[], None]
        ) -> QToolButton:
            button = QToolButton(left)
            button.setObjectName(name)
            button.setText(text)
            button.setAccessibleName(text.rstrip("…"))
            button.setToolTip(text.rstrip("…"))
            if glyph is not None:
                button.setIcon(glyph)
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(slot)
            return button

        self.add_button = tool("addProfileButton", self.tr("Add"), icon("add"), self.add)
        self.duplicate_button = tool(
            "duplicateProfileButton",
            self.tr("Duplicate"),
            icon("duplicate"),
            self.duplicate_current,
        )
        self.rename_button = tool(
            "renameProfileButton", self.tr("Rename…"), None, self.rename_current
        )
        self.delete_button = tool(
            "deleteProfileButton", self.tr("Delete…"), icon("remove"), self.delete_current
        )
        self.default_button = tool(
            "defaultProfileButton", self.tr("Make default"), None, self.make_current_default
        )
        self.default_button.setToolTip(self.tr("Use this connection when Result Desk starts"))
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        for button in (self.add_button, self.duplicate_button, self.delete_button):
            row1.addWidget(button)
        for button in (self.rename_button, self.default_button):
            row2.addWidget(button)
        left_layout.addLayout(row1)
        left_layout.addLayout(row2)

        # Right: the selected profile.
        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.form_title = QLabel(right)
        title_font = QFont(self.form_title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.form_title.setFont(title_font)
        right_layout.addWidget(self.form_title)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit(right)
        self.name_edit.setObjectName("profileNameEdit")
        self.name_edit.setAccessibleName(self.tr("Connection name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Acme EU"))
        self.name_edit.setMaxLength(profile_rules.MAX_NAME_LENGTH + 20)
        self._add_row(form, self.tr("&Name:"), self.name_edit, self.name_edit)

        self.region_combo = QComboBox(right)
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

        self.base_url_edit = QLineEdit(right)
        self.base_url_edit.setObjectName("baseUrlEdit")
        self.base_url_edit.setAccessibleName(self.tr("Custom base URL"))
        self.base_url_edit.setPlaceholderText("https://api.kombo.dev/v1")
        self.base_url_edit.setToolTip(
            self.tr("https:// only; http:// is allowed for this computer (e.g. the sandbox)")
        )
        self._add_row(form, self.tr("&Base URL:"), self.base_url_edit, self.base_url_edit)

        self.integration_edit = QLineEdit(right)
        self.integration_edit.setObjectName("integrationIdEdit")
        self.integration_edit.setAccessibleName(self.tr("Integration ID"))
        self.integration_edit.setPlaceholderText(profile_rules.INTEGRATION_ID_EXAMPLE)
        self.integration_edit.setToolTip(
            self.tr("Shown in the integration's details on Kombo's dashboard: tool:id")
        )
        self._add_row(
            form, self.tr("&Integration ID:"), self.integration_edit, self.integration_edit
        )

        ca_row = QHBoxLayout()
        self.ca_edit = QLineEdit(right)
        self.ca_edit.setObjectName("caBundleEdit")
        self.ca_edit.setAccessibleName(self.tr("CA bundle"))
        self.ca_edit.setPlaceholderText(self.tr("System default (leave empty)"))
        self.ca_edit.setClearButtonEnabled(True)
        self.ca_edit.setToolTip(
            self.tr(
                "A PEM file with your company's CA certificate, for networks that inspect "
                "HTTPS. It replaces the built-in list of trusted authorities."
            )
        )
        self.ca_button = QPushButton(self.tr("Choose…"), right)
        self.ca_button.setObjectName("caBundleButton")
        self.ca_button.setAccessibleName(self.tr("Choose a CA bundle file"))
        self.ca_button.clicked.connect(self._choose_ca_bundle)
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(self.ca_button)
        self._add_row(form, self.tr("&CA bundle:"), ca_row, self.ca_edit)

        key_row = QHBoxLayout()
        self.key_edit = QLineEdit(right)
        self.key_edit.setObjectName("apiKeyEdit")
        self.key_edit.setAccessibleName(self.tr("API key"))
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhSensitiveData
        )
        self.reveal_action = QAction(_eye_icon(False), self.tr("Show the key"), self.key_edit)
        self.reveal_action.setObjectName("revealKeyAction")
        self.reveal_action.setCheckable(True)
        self.reveal_action.toggled.connect(self._set_key_revealed)
        self.key_edit.addAction(self.reveal_action, QLineEdit.ActionPosition.TrailingPosition)
        self.save_key_button = QPushButton(self.tr("Save key"), right)
        self.save_key_button.setObjectName("saveKeyButton")
        self.save_key_button.setToolTip(
            self.tr("Store this key in the keyring, replacing the one stored before")
        )
        self.save_key_button.clicked.connect(self.save_key)
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.save_key_button)
        self.key_state_label = QLabel(right)
        self.key_state_label.setObjectName("keyStateLabel")
        self.key_state_label.setWordWrap(True)
        self.key_state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._add_row(form, self.tr("API &key:"), key_row, self.key_edit, self.key_state_label)
        right_layout.addLayout(form)

        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test connection"), right)
        self.test_button.setObjectName("testConnectionButton")
        self.test_button.setToolTip(
            self.tr("Ask Kombo whether this key works (GET /check-api-key)")
        )
        self.test_button.clicked.connect(self.test_connection)
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        right_layout.addLayout(test_row)
        self.test_result_label = QLabel(right)
        self.test_result_label.setObjectName("testResultLabel")
        self.test_result_label.setWordWrap(True)
        self.test_result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_result_label.setAccessibleName(self.tr("Connection test result"))
        right_layout.addWidget(self.test_result_label)
        right_layout.addStretch(1)

        self.message_label = QLabel(right)
        self.message_label.setObjectName("settingsMessageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right_layout.addWidget(self.message_label)

        save_row = QHBoxLayout()
        save_row.addStretch(1)
        self.revert_button = QPushButton(self.tr("Revert"), right)
        self.revert_button.setObjectName("revertProfileButton")
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("Save"), right)
        self.save_button.setObjectName("saveProfileButton")
        self.save_button.setToolTip(self.tr("Save this connection (Ctrl+S)"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save)
        save_row.addWidget(self.revert_button)
        save_row.addWidget(self.save_button)
        right_layout.addLayout(save_row)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([220, 600])

        # Bottom: the keyring.
        self.keyring_box = KeyringStatusBox(self, memory_only=self.secrets.memory_only)
        self.keyring_box.refreshRequested.connect(lambda: self.spawn(self.refresh_keyring_status()))
        self.keyring_box.memoryOnlyToggled.connect(self._on_memory_toggled)
        self.keyring_label = self.keyring_box.label
        self.keyring_advice = self.keyring_box.advice
        self.memory_check = self.keyring_box.memory_check
        outer.addWidget(self.keyring_box)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self._make_save_the_only_default()

        for edit in (self.name_edit, self.base_url_edit, self.integration_edit, self.ca_edit):
            edit.textChanged.connect(self._on_form_edited)
        self.key_edit.textChanged.connect(self._on_key_edited)
        # The key last typed stays redacted after the dialog closes (it may be in use).
        self.finished.connect(lambda _: applog.release_secret(f"settings-key-{id(self)}"))
        self.region_combo.currentIndexChanged.connect(self._on_region_changed)

    def _make_save_the_only_default(self) -> None:
        # A QDialog presses its first auto-default button on Enter when none is the default:
        # that was "Choose…" (the CA-bundle picker). Only Save answers Enter; when Save is
        # disabled (nothing changed), Enter does nothing.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(button is self.save_button)
        self.save_button.setDefault(True)

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

    def _mark(self, widget: QWidget, text: str | None, severity: Severity = "error") -> None:
        """Mark a field (frame, tooltip, accessible description) and show the message under it."""
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

    # --- tasks -----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._busy > 0

    def spawn(self, coro: Coroutine[Any, Any, Any], *, busy: bool = False) -> asyncio.Task[Any]:
        """Run `coro` on the qasync loop; keep it referenced; report what it did not handle."""
        task = asyncio.ensure_future(coro)
        if self._closed:
            task.cancel()  # started by a late signal after closing: never touch the widgets
        self._tasks.add(task)
        if busy:
            self._busy += 1
            self._update_enabled()
            self.busyChanged.emit(True)

        def done(finished: asyncio.Task[Any]) -> None:
            self._tasks.discard(finished)
            if self._closed:
                # A task that ended after the dialog closed (a keyring call cannot be cancelled
                # mid-way) may have failed on widgets already deleted: log it, show nothing.
                if not finished.cancelled() and (error := finished.exception()) is not None:
                    log.info("settings: after closing: %s: %s", type(error).__name__, error)
                return
            if busy:
                self._busy -= 1
                self._update_enabled()
                self.busyChanged.emit(self.busy)
            if not finished.cancelled() and (error := finished.exception()) is not None:
                log.error("settings: %s: %s", type(error).__name__, error)
                self._say(self.tr("Something went wrong: {error}").replace("{error}", str(error)))

        task.add_done_callback(done)
        return task

    def pending_tasks(self) -> list[asyncio.Task[Any]]:
        return list(self._tasks)

    # --- the list --------------------------------------------------------------------------

    def _fill_list(self, select: str | None) -> QListWidgetItem | None:
        """Fill the list from the store; returns the item named `select` (or the first)."""
        was_loading = self._loading
        self._loading = True
        try:
            self.profile_list.clear()
            current: QListWidgetItem | None = None
            for profile in self.store.list():
                label = connection_label(profile.name, profile.organization_name)
                item = QListWidgetItem(label, self.profile_list)
                item.setData(Qt.ItemDataRole.UserRole, profile.name)
                if profile.is_default:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                    item.setText(self.tr("{name} (default)").replace("{name}", label))
                    item.setToolTip(self.tr("Used when Result Desk starts"))
                if select is not None and profile.name.casefold() == select.casefold():
                    current = item
            if current is None and self.profile_list.count():
                current = self.profile_list.item(0)
            if current is not None:
                self.profile_list.setCurrentItem(current)
        finally:
            self._loading = was_loading
        return current

    def _reload_list(self, select: str | None) -> None:
        """Fill the list and show the selected profile in the form."""
        current = self._fill_list(select)
        if current is not None:
            self._show_profile(self.store.get(str(current.data(Qt.ItemDataRole.UserRole))))
        else:
            self._show_new_profile()
            # No connection yet (first start): typing starts with the new one's name, as after
            # Add; otherwise the dialog opened with focus on Add and the first keys went nowhere.
            self.name_edit.setFocus()
            self.name_edit.selectAll()

    def selected_name(self) -> str | None:
        item: QListWidgetItem | None = self.profile_list.currentItem()
        if item is None or item.data(_NEW_ITEM_ROLE):
            return None
        return str(item.data(Qt.ItemDataRole.UserRole))

    def _on_current_changed(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if self._loading or current is None:
            return
        if current.data(_NEW_ITEM_ROLE):
            return
        name = str(current.data(Qt.ItemDataRole.UserRole))
        if self.is_dirty():
            # Ask first; put the selection back until the person has answered.
            self._loading = True
            if previous is not None:
                self.profile_list.setCurrentItem(previous)
            self._loading = False
            self._confirm_leaving(lambda: self._select(name))
            return
        self._drop_new_item()
        self._show_profile(self.store.get(name))

    def _select(self, name: str) -> None:
        self._drop_new_item()
        self._reload_list(name)

    def _drop_new_item(self) -> None:
        for row in range(self.profile_list.count() - 1, -1, -1):
            item: QListWidgetItem | None = self.profile_list.item(row)
            if item is not None and item.data(_NEW_ITEM_ROLE):
                self._loading = True
                self.profile_list.takeItem(row)
                self._loading = False

    # --- the form --------------------------------------------------------------------------

    def _show_profile(self, profile: Profile) -> None:
        self._baseline = profile
        self._fill_form(profile)
        self.form_title.setText(profile.name)

    def _show_new_profile(self, template: Profile | None = None) -> None:
        self._baseline = None
        self._fill_form(template or Profile(self.store.unique_name(self.tr("New connection"))))
        self.form_title.setText(self.tr("New connection"))

    def _fill_form(self, profile: Profile) -> None:
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
            for widget in self._marked_widgets():
                self._mark(widget, None)
        finally:
            self._loading = False
        self._update_enabled()
        self.spawn(self._refresh_key_state())

    def _marked_widgets(self) -> list[QWidget]:
        return [
            self.name_edit,
            self.base_url_edit,
            self.integration_edit,
            self.ca_edit,
            self.key_edit,
            self.region_combo,
        ]

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
        if (baseline := self._baseline) is not None and _same_integration(baseline, profile):
            profile = replace(profile, organization_name=baseline.organization_name)
        return profile

    def is_dirty(self) -> bool:
        if self._baseline is None:
            return True  # a new connection is unsaved by definition
        baseline = replace(self._baseline.normalized(), is_default=False)
        return self.form_profile() != baseline or bool(self.key_edit.text().strip())

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
                self._mark(self.base_url_edit, None)
        finally:
            self._loading = was_loading

    def _on_form_edited(self) -> None:
        if self._loading:
            return
        if self.region_combo.currentData() == CUSTOM:
            self._custom_url = self.base_url_edit.text()
        self._validate_form(only_typed=True)
        self._update_enabled()

    def _on_key_edited(self) -> None:
        text = self.key_edit.text()
        # Redacted from log and crash dialog from the first keystroke, tested or not.
        applog.hold_secret(f"settings-key-{id(self)}", text.strip())
        self._mark(self.key_edit, key_issue(text) if text.strip() else None)
        self._update_enabled()

    def _field_widgets(self) -> dict[str, QLineEdit]:
        """The profile fields whose problems are marked on a widget, by the store's field key."""
        return {
            profile_rules.FIELD_NAME: self.name_edit,
            profile_rules.FIELD_BASE_URL: self.base_url_edit,
            profile_rules.FIELD_INTEGRATION_ID: self.integration_edit,
            profile_rules.FIELD_CA_BUNDLE: self.ca_edit,
        }

    def _validate_form(self, *, only_typed: bool = False) -> dict[str, str]:
        replacing = self._baseline.name if self._baseline is not None else None
        issues = self.store.issues(self.form_profile(), replacing=replacing)
        for field, widget in self._field_widgets().items():
            # While typing, an empty field is not yet an error; on Save it is.
            if only_typed and not widget.text().strip() and field in issues:
                self._mark(widget, None)
                continue
            self._mark(widget, issues.get(field))
        return issues

    def _set_key_revealed(self, revealed: bool) -> None:
        self.key_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if revealed else QLineEdit.EchoMode.Password
        )
        self.reveal_action.setIcon(_eye_icon(revealed))
        self.reveal_action.setText(self.tr("Hide the key") if revealed else self.tr("Show the key"))

    def _update_enabled(self) -> None:
        busy = self.busy
        saved = self._baseline is not None
        self.profile_list.setEnabled(not busy)
        self.add_button.setEnabled(not busy)
        for tool in (self.duplicate_button, self.rename_button, self.delete_button):
            tool.setEnabled(not busy and saved)
        is_default = bool(self._baseline and self._baseline.is_default)
        self.default_button.setEnabled(not busy and saved and not is_default)
        dirty = self.is_dirty()
        self.save_button.setEnabled(not busy and dirty)
        self.revert_button.setEnabled(not busy and dirty and saved)
        key_text = self.key_edit.text()
        self.save_key_button.setEnabled(
            not busy and saved and bool(key_text.strip()) and key_issue(key_text) is None
        )
        self.test_button.setEnabled(not busy)
        read_only = self.store.read_only_reason is not None
        if read_only:
            changing: tuple[QAbstractButton, ...] = (
                self.add_button,
                self.duplicate_button,
                self.rename_button,
                self.delete_button,
                self.default_button,
                self.save_button,
            )
            for button in changing:
                button.setEnabled(False)

    def _say(self, text: str, severity: str = "error") -> None:
        """A message under the form (errors in the error colour, others plain)."""
        if severity == "error":
            colour = field_marks.mark_color("error", self.palette()).name()
            self.message_label.setText(f'<span style="color:{colour}">{_html(text)}</span>')
        else:
            self.message_label.setText(_html(text))

    async def _refresh_key_state(self) -> None:
        """What the key field's placeholder and the line under it say for this profile."""
        name = self._baseline.name if self._baseline is not None else None
        if self.secrets.environment_key:
            self.key_edit.setPlaceholderText(self.tr("Type a key to store it for later"))
            self.key_state_label.setText(
                self.tr(
                    "KOMBO_API_KEY is set: this run uses that key for every connection, "
                    "and never stores it."
                )
            )
        if name is None:
            if not self.secrets.environment_key:
                self.key_edit.setPlaceholderText(self.tr("Paste the API key"))
                self.key_state_label.setText(
                    self.tr("The key is stored in the keyring when you save.")
                )
            return
        try:
            stored = await self.secrets.stored_key(name)
        except KeyringUnavailable as exc:
            if self._baseline is None or self._baseline.name != name:
                return
            self.key_edit.setPlaceholderText(self.tr("Paste the API key"))
            self.key_state_label.setText(
                self.tr("The keyring is locked or unavailable (see “Keyring” below).")
                if not exc.timed_out
                else str(exc)
            )
            return
        if self._baseline is None or self._baseline.name != name:
            return  # the person moved on meanwhile
        where = (
            self.tr("in memory for this run")
            if self.secrets.memory_only
            else self.tr("in the keyring")
        )
        if stored is not None:
            placeholder = self.tr("Stored {where} — type a new key to replace it")
            state = self.tr("A key is stored {where}.")
        else:
            placeholder = self.tr("Paste the API key")
            state = self.tr("No key is stored for this connection yet.")
        if self.secrets.environment_key:
            state += " " + self.tr("This run uses KOMBO_API_KEY instead.")
        self.key_edit.setPlaceholderText(placeholder.replace("{where}", where))
        self.key_state_label.setText(state.replace("{where}", where))

    # --- actions ---------------------------------------------------------------------------

    def add(self) -> None:
        if self.is_dirty() and self._baseline is not None:
            self._confirm_leaving(self.add)
            return
        self._drop_new_item()
        item = QListWidgetItem(self.tr("New connection"))
        item.setData(_NEW_ITEM_ROLE, True)
        font = QFont(item.font())
        font.setItalic(True)
        item.setFont(font)
        self._loading = True
        self.profile_list.addItem(item)
        self.profile_list.setCurrentItem(item)
        self._loading = False
        self._show_new_profile()
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def save(self) -> None:
        issues = self._validate_form()
        key_text = self.key_edit.text()
        if key_text.strip() and (problem := key_issue(key_text)) is not None:
            self._mark(self.key_edit, problem)
            issues["api_key"] = problem
        if issues:
            self._say(self.tr("Correct the marked fields, then save again."))
            first = next(
                (w for w in self._marked_widgets() if field_marks.message(w) is not None), None
            )
            if first is not None:
                first.setFocus()
            return
        self.spawn(self._save(self.form_profile(), key_text), busy=True)

    async def _save(self, profile: Profile, key_text: str) -> None:
        before = self._baseline.name if self._baseline is not None else None
        try:
            if before is None:
                saved = await self.store.add(profile)
            else:
                saved = await self.store.update(before, profile)
        except ProfileInvalid as exc:
            self._show_issues(exc.issues)
            return
        except (ProfileError, KeyringUnavailable) as exc:
            self._say(str(exc))
            return
        self._baseline = saved
        if before is not None and before != saved.name:
            self.profileRenamed.emit(before, saved.name)
        self.profilesChanged.emit()
        stored_note = ""
        if key_text.strip():
            stored_note = await self._store_key(saved.name, key_text)
        self._reload_list(saved.name)
        self._say(self.tr("Saved.") + stored_note, "info")

    async def _store_key(self, name: str, key_text: str) -> str:
        """Store the key; returns a note for the message line ("" if stored in the keyring)."""
        try:
            where = await self.secrets.set_key(name, key_text)
        except KeyringUnavailable as exc:
            self._mark(self.key_edit, str(exc))
            self.memory_check.show()  # offer memory for this run right where it is needed
            self.spawn(self.refresh_keyring_status())
            return " " + self.tr("The key was not stored: {message} See “Keyring” below.").replace(
                "{message}", str(exc)
            )
        except ValueError as exc:
            self._mark(self.key_edit, str(exc))
            return " " + str(exc)
        self.key_edit.clear()
        self._mark(self.key_edit, None)
        self.profilesChanged.emit()
        if where == "memory":
            return " " + self.tr("The key is kept in memory for this run only.")
        return " " + self.tr("The key is stored in the keyring.")

    def save_key(self) -> None:
        if self._baseline is None:
            self.save()
            return
        key_text = self.key_edit.text()
        name = self._baseline.name

        async def run() -> None:
            note = await self._store_key(name, key_text)
            severity = "error" if field_marks.message(self.key_edit) else "info"
            self._say(note.strip(), severity)
            await self._refresh_key_state()

        self.spawn(run(), busy=True)

    def revert(self) -> None:
        if self._baseline is not None:
            self._show_profile(self._baseline)

    def duplicate_current(self) -> None:
        name = self.selected_name()
        if name is None:
            return

        async def run() -> None:
            try:
                copy = await self.store.duplicate(name)
            except (ProfileError, KeyringUnavailable) as exc:
                self._say(str(exc))
                return
            self.profilesChanged.emit()
            self._reload_list(copy.name)
            self._say(
                self.tr("Copied to “{name}”, with its key.").replace("{name}", copy.name), "info"
            )

        self.spawn(run(), busy=True)

    def rename_current(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        dialog = QInputDialog(self)
        dialog.setObjectName("renameDialog")
        dialog.setWindowTitle(self.tr("Rename connection"))
        dialog.setLabelText(self.tr("New name for “{name}”:").replace("{name}", name))
        dialog.setTextValue(name)
        dialog.textValueSelected.connect(lambda new: self.spawn(self._rename(name, new), busy=True))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    async def _rename(self, old: str, new: str) -> None:
        if " ".join(new.split()) == old:
            return
        try:
            renamed = await self.store.rename(old, new)
        except ProfileInvalid as exc:
            self._say(" ".join(exc.issues.values()))
            return
        except (ProfileError, KeyringUnavailable) as exc:
            self._say(str(exc))
            return
        self.profileRenamed.emit(old, renamed.name)
        self.profilesChanged.emit()
        if self._baseline is not None and self._baseline.name == old:
            # Keep unsaved edits of the other fields; only the name changed underneath.
            if " ".join(self.name_edit.text().split()) == old:
                self._loading = True
                self.name_edit.setText(renamed.name)
                self._loading = False
            self._baseline = renamed
        self._fill_list(renamed.name)
        self.form_title.setText(renamed.name)
        self._update_enabled()
        self._say(
            self.tr("Renamed to “{name}”; its key moved along.").replace("{name}", renamed.name),
            "info",
        )

    def delete_current(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        box = QMessageBox(self)
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
                self.spawn(self._delete(name), busy=True)
            box.deleteLater()

        box.finished.connect(answered)
        box.open()

    async def _delete(self, name: str) -> None:
        try:
            outcome = await self.store.delete(name)
        except (ProfileError, KeyringUnavailable) as exc:
            self._say(str(exc))
            return
        self.profilesChanged.emit()
        self._baseline = None
        default = self.store.default()
        self._reload_list(default.name if default else None)
        if outcome.key_warning:
            self._say(outcome.key_warning, "warning")
        else:
            self._say(self.tr("“{name}” was deleted.").replace("{name}", name), "info")

    def make_current_default(self) -> None:
        name = self.selected_name()
        if name is None:
            return

        async def run() -> None:
            try:
                await self.store.set_default(name)
            except ProfileError as exc:
                self._say(str(exc))
                return
            self.profilesChanged.emit()
            if self._baseline is not None and self._baseline.name == name:
                self._baseline = self.store.get(name)
            self._fill_list(name)
            self._update_enabled()

        self.spawn(run(), busy=True)

    def test_connection(self) -> None:
        issues = self._validate_form()
        issues.pop(profile_rules.FIELD_NAME, None)  # the name does not matter for a test
        self._mark(self.name_edit, None)
        if issues:
            self._show_test_result(
                ConnectionTestResult(False, self.tr("Correct the marked fields first."))
            )
            return
        profile = self.form_profile()
        typed = self.key_edit.text()
        if typed.strip() and (problem := key_issue(typed)) is not None:
            self._mark(self.key_edit, problem)
            return
        self.spawn(self._test(profile, typed), busy=True)

    async def _test(self, profile: Profile, typed_key: str) -> None:
        self.test_result_label.setText(self.tr("Testing…"))
        key = normalize_key(typed_key) if typed_key.strip() else None
        source = self.tr("the key typed above")
        if key is None:
            name = self._baseline.name if self._baseline is not None else None
            try:
                lookup = await self.secrets.lookup(name) if name else None
            except KeyringUnavailable as exc:
                self._show_test_result(
                    ConnectionTestResult(
                        False, self.tr("The stored key cannot be read."), f"{exc} {exc.advice}"
                    )
                )
                return
            if lookup is None or lookup.key is None:
                self._show_test_result(
                    ConnectionTestResult(
                        False, self.tr("There is no key to test: paste the API key first.")
                    )
                )
                self._mark(self.key_edit, self.tr("Paste the API key."))
                return
            key = lookup.key
            source = {
                "environment": self.tr("the key from KOMBO_API_KEY"),
                "memory": self.tr("the key kept in memory"),
                "keyring": self.tr("the key stored in the keyring"),
            }[lookup.source or "keyring"]
        result = await self.tester.test(profile, key)
        self._show_test_result(result, source)
        await self._remember_organization(profile, result)

    async def _remember_organization(self, tested: Profile, result: ConnectionTestResult) -> None:
        """Keep the customer's name Kombo gave for the saved connection that was tested."""
        baseline = self._baseline
        name = result.organization_name
        if not name or baseline is None or not _same_integration(baseline, tested):
            return
        try:
            self._baseline = await self.store.remember_organization(baseline.name, name)
        except ProfileError as exc:
            log.warning("could not keep the organization name: %s", exc)
            return
        self.profilesChanged.emit()
        self._fill_list(baseline.name)

    def _show_test_result(self, result: ConnectionTestResult, source: str = "") -> None:
        palette = self.palette()
        if result.ok:
            colour = "#2e7d32" if not field_marks.is_dark(palette) else "#7bd88f"
            text = f"✔ <b>{_html(result.headline)}</b> {_html(result.detail)}"
            if result.environment_id:
                text = (
                    f"✔ <b>{_html(result.headline)}</b> "
                    + _html(self.tr("Environment ID:"))
                    + f" <code>{_html(result.environment_id)}</code>"
                )
        else:
            colour = field_marks.mark_color("error", palette).name()
            text = f"✘ <b>{_html(result.headline)}</b> {_html(result.detail)}"
        if source:
            text += (
                "<br><small>"
                + _html(self.tr("Tested with {source}.")).replace("{source}", _html(source))
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
        if blame_widget is not None and not result.ok:
            self._mark(blame_widget, result.mark or result.headline, "warning")
        elif result.ok:
            for widget in (self.key_edit, self.region_combo, self.ca_edit, self.integration_edit):
                if field_marks.severity(widget) == "warning":
                    self._mark(widget, None)

    def _show_issues(self, issues: dict[str, str]) -> None:
        for field, widget in self._field_widgets().items():
            self._mark(widget, issues.get(field))
        self._say(self.tr("Correct the marked fields, then save again."))

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

    # --- keyring state ---------------------------------------------------------------------

    async def refresh_keyring_status(self) -> KeyringStatus:
        self.keyring_box.show_checking()
        status = await self.secrets.status()
        self.show_keyring_status(status)
        return status

    def show_keyring_status(self, status: KeyringStatus) -> None:
        self._status = status
        self.keyring_box.show_status(status, memory_only=self.secrets.memory_only)

    def _on_memory_toggled(self, checked: bool) -> None:
        self.secrets.use_memory_only(checked)
        if self._status is not None:
            self.show_keyring_status(self._status)
        self.spawn(self._refresh_key_state())
        self.profilesChanged.emit()

    # --- leaving ---------------------------------------------------------------------------

    def _confirm_leaving(self, then: Callable[[], None]) -> None:
        """Ask whether to save the form's changes before `then` (non-modal: `.open()`)."""
        box = QMessageBox(self)
        box.setObjectName("unsavedChangesDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        name = self._baseline.name if self._baseline is not None else self.name_edit.text()
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
                issues = self._validate_form()
                if issues:
                    self._say(self.tr("Correct the marked fields, then save again."))
                    return
                task = self.spawn(self._save(self.form_profile(), self.key_edit.text()), busy=True)
                task.add_done_callback(lambda t: then() if not self.is_dirty() else None)
            elif button == QMessageBox.StandardButton.Discard:
                if self._baseline is not None:
                    self._fill_form(self._baseline)
                then()

        box.finished.connect(answered)
        box.open()

    def reject(self) -> None:
        """Close (the button, Escape, the window's close box): ask about unsaved changes."""
        if (
            not self._leaving
            and self.is_dirty()
            and (self._baseline is not None or self._form_has_content())
        ):
            self._confirm_leaving(self._leave)
            return
        self._cancel_tasks()
        super().reject()

    def _leave(self) -> None:
        self._leaving = True
        try:
            self.reject()
        finally:
            self._leaving = False

    def _form_has_content(self) -> bool:
        return bool(self.integration_edit.text().strip() or self.key_edit.text().strip())

    def _cancel_tasks(self) -> None:
        self._closed = True
        for task in list(self._tasks):
            task.cancel()


_html = html_escape


def _same_integration(a: Profile, b: Profile) -> bool:
    return a.integration_id == b.integration_id and a.effective_base_url == b.effective_base_url

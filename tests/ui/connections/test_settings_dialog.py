"""The Connections dialog, offscreen, with real stores and the sandbox on loopback.

Keys go to a memory-only SecretStore here (the real keyring has its own tests in
tests/keyring/), except where the fail backend itself is what is being shown.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLineEdit, QMessageBox

from app.kombo.regions import Region
from app.store.profiles import Profile, ProfileStore
from app.store.secrets import SecretStore
from app.ui.common import field_marks
from app.ui.connections.dialog import CUSTOM, SettingsDialog

KEY = "rd-gui-test-key-Zp3Lq8Vn"


def settle(qtbot, dialog: SettingsDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.pending_tasks(), timeout=15000)


def dialog_for(
    qtbot, store: ProfileStore, secrets: SecretStore, select: str | None = None
) -> SettingsDialog:
    dialog = SettingsDialog(store, secrets, select=select)
    qtbot.addWidget(dialog)
    dialog.open()
    settle(qtbot, dialog)
    return dialog


def add_profile(qtbot, loop, store: ProfileStore, profile: Profile) -> None:
    run(loop, qtbot, store.add(profile))


@pytest.fixture
def secrets() -> SecretStore:
    return SecretStore(memory_only=True)


@pytest.fixture
def store(secrets: SecretStore) -> ProfileStore:
    return ProfileStore(secrets=secrets).load()


def list_texts(dialog: SettingsDialog) -> list[str]:
    return [dialog.profile_list.item(i).text() for i in range(dialog.profile_list.count())]


def fill(
    qtbot,
    dialog: SettingsDialog,
    *,
    name: str,
    integration: str,
    region: str,
    url: str = "",
    key: str = "",
) -> None:
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, name)
    dialog.region_combo.setCurrentIndex(dialog.region_combo.findData(region))
    if region == CUSTOM:
        dialog.base_url_edit.clear()
        qtbot.keyClicks(dialog.base_url_edit, url)
    dialog.integration_edit.clear()
    qtbot.keyClicks(dialog.integration_edit, integration)
    if key:
        qtbot.keyClicks(dialog.key_edit, key)


def test_create_edit_switch_and_delete_profiles(
    qtbot, qloop, store: ProfileStore, secrets: SecretStore, desk_home: Path
) -> None:
    dialog = dialog_for(qtbot, store, secrets)
    changes: list[None] = []
    dialog.profilesChanged.connect(lambda: changes.append(None))
    # An empty store starts on a new, unsaved connection.
    assert dialog.selected_name() is None
    assert dialog.form_title.text() == "New connection"

    # Create: an invalid integration ID is marked at its field and nothing is saved.
    fill(qtbot, dialog, name="Acme EU", integration="acme", region="EU", key=KEY)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "tool name and the colon are missing" in (
        field_marks.message(dialog.integration_edit) or ""
    )
    assert store.names() == []
    assert dialog.key_edit.text() == KEY  # nothing typed is lost

    dialog.integration_edit.clear()
    qtbot.keyClicks(dialog.integration_edit, "workday:HWUTwvyx2wLoSUHphiWVrp28")
    assert field_marks.message(dialog.integration_edit) is None
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert store.names() == ["Acme EU"]
    assert store.default() == store.get("Acme EU")
    assert run(qloop, qtbot, secrets.get_key("Acme EU")) == KEY
    assert dialog.key_edit.text() == ""  # the key left the widget once stored
    assert "stored" in dialog.key_edit.placeholderText().lower()
    assert list_texts(dialog) == ["Acme EU (default)"]
    assert changes

    # A second one, custom URL: the URL field is enabled only for Custom.
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    dialog.region_combo.setCurrentIndex(dialog.region_combo.findData("US"))
    assert not dialog.base_url_edit.isEnabled()
    assert dialog.base_url_edit.text() == "https://api.us.kombo.dev/v1"
    fill(
        qtbot,
        dialog,
        name="Local",
        integration="sandbox:demo",
        region=CUSTOM,
        url="http://example.com/v1",
    )
    assert dialog.base_url_edit.isEnabled()
    assert "plain http is only allowed" in (field_marks.message(dialog.base_url_edit) or "")
    dialog.base_url_edit.clear()
    qtbot.keyClicks(dialog.base_url_edit, "http://127.0.0.1:9/v1")
    assert field_marks.message(dialog.base_url_edit) is None
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert store.names() == ["Acme EU", "Local"]
    assert store.get("Local").effective_base_url == "http://127.0.0.1:9/v1"

    # Switch: selecting the first shows its fields.
    dialog.profile_list.setCurrentRow(0)
    settle(qtbot, dialog)
    assert dialog.name_edit.text() == "Acme EU"
    assert dialog.region_combo.currentData() == "EU"
    assert dialog.integration_edit.text() == "workday:HWUTwvyx2wLoSUHphiWVrp28"

    # Edit: region and name (a rename through the form moves the key along).
    dialog.region_combo.setCurrentIndex(dialog.region_combo.findData("CA"))
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Acme Canada")
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert store.get("Acme Canada").region is Region.CA
    assert "Acme EU" not in store
    assert run(qloop, qtbot, secrets.get_key("Acme Canada")) == KEY

    # Make "Local" the default; duplicate it (the copy gets the same settings).
    dialog.profile_list.setCurrentRow(1)
    qtbot.mouseClick(dialog.default_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert store.default() == store.get("Local")
    qtbot.mouseClick(dialog.duplicate_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert store.names() == ["Acme Canada", "Local", "Local (copy)"]
    assert dialog.selected_name() == "Local (copy)"

    # Rename through the Rename… dialog (opened with open(), answered here).
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    rename = dialog.findChild(QInputDialog, "renameDialog")
    assert rename is not None
    assert rename.isVisible()
    rename.setTextValue("Local 2")
    rename.accept()
    settle(qtbot, dialog)
    assert store.names() == ["Acme Canada", "Local", "Local 2"]
    assert dialog.form_title.text() == "Local 2"

    # Delete, with confirmation: Cancel keeps it, Delete removes it and its key.
    dialog.profile_list.setCurrentRow(0)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    box = dialog.findChild(QMessageBox, "deleteConfirmation")
    assert box is not None
    assert "Acme Canada" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    settle(qtbot, dialog)
    assert "Acme Canada" in store
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    box = next(b for b in dialog.findChildren(QMessageBox, "deleteConfirmation") if b.isVisible())
    next(b for b in box.buttons() if b.text() == "Delete").click()
    settle(qtbot, dialog)
    assert store.names() == ["Local", "Local 2"]
    assert run(qloop, qtbot, secrets.get_key("Acme Canada")) is None
    assert dialog.selected_name() == "Local"  # the default is shown next

    saved = json.loads((desk_home / "profiles.json").read_text())
    assert [p["name"] for p in saved["profiles"]] == ["Local", "Local 2"]
    assert KEY not in (desk_home / "profiles.json").read_text()


def test_unsaved_changes_are_not_lost_when_switching(
    qtbot, qloop, store: ProfileStore, secrets: SecretStore
) -> None:
    add_profile(qtbot, qloop, store, Profile("A", integration_id="x:1"))
    add_profile(qtbot, qloop, store, Profile("B", integration_id="x:2"))
    dialog = dialog_for(qtbot, store, secrets, select="A")
    dialog.integration_edit.clear()
    qtbot.keyClicks(dialog.integration_edit, "x:changed")
    dialog.profile_list.setCurrentRow(1)
    box = dialog.findChild(QMessageBox, "unsavedChangesDialog")
    assert box is not None
    assert box.isVisible()
    assert dialog.selected_name() == "A"  # still on A until answered
    assert dialog.integration_edit.text() == "x:changed"
    box.button(QMessageBox.StandardButton.Save).click()
    settle(qtbot, dialog)
    assert store.get("A").integration_id == "x:changed"
    qtbot.waitUntil(lambda: dialog.selected_name() == "B")
    assert dialog.integration_edit.text() == "x:2"


def test_key_field_is_masked_with_a_reveal_toggle(qtbot, qloop, store, secrets) -> None:
    add_profile(qtbot, qloop, store, Profile("A", integration_id="x:1"))
    dialog = dialog_for(qtbot, store, secrets)
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Password
    dialog.reveal_action.trigger()
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Normal
    dialog.reveal_action.trigger()
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(dialog.key_edit, "has space")
    assert "cannot contain spaces" in (field_marks.message(dialog.key_edit) or "")
    assert not dialog.save_key_button.isEnabled()
    dialog.key_edit.clear()
    # Rotation: Save key replaces the stored key.
    qtbot.keyClicks(dialog.key_edit, "first-key")
    qtbot.mouseClick(dialog.save_key_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    qtbot.keyClicks(dialog.key_edit, "second-key")
    qtbot.mouseClick(dialog.save_key_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert run(qloop, qtbot, secrets.get_key("A")) == "second-key"
    assert "A key is stored" in dialog.key_state_label.text()


def run(loop, qtbot, coro):
    task = asyncio.ensure_future(coro, loop=loop)
    qtbot.waitUntil(task.done, timeout=15000)
    return task.result()


@pytest.fixture
def sandbox_profile(sandbox) -> Profile:
    return Profile("Sandbox", None, sandbox.base_url, "sandbox:demo")


def test_test_connection_against_the_sandbox_right_and_wrong_key(
    qtbot, qloop, store, secrets, sandbox_profile
) -> None:
    add_profile(qtbot, qloop, store, sandbox_profile)
    dialog = dialog_for(qtbot, store, secrets)

    qtbot.keyClicks(dialog.key_edit, "not-the-sandbox-key")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    text = dialog.test_result_label.text()
    assert dialog.test_result_label.property("ok") is False
    assert "Kombo did not accept this API key" in text
    assert "not-the-sandbox-key" not in text
    assert field_marks.severity(dialog.key_edit) == "warning"

    dialog.key_edit.clear()
    qtbot.keyClicks(dialog.key_edit, "sandbox")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert dialog.test_result_label.property("ok") is True
    assert "Acme GmbH · Workday · ACTIVE" in dialog.test_result_label.text()
    assert "Environment ID" in dialog.test_result_label.text()
    assert field_marks.severity(dialog.key_edit) is None

    # With the key stored, the test uses the stored key.
    qtbot.mouseClick(dialog.save_key_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert dialog.test_result_label.property("ok") is True
    assert "Tested with the key kept in memory" in dialog.test_result_label.text()


def test_a_test_shows_the_customer_beside_the_connection_and_remembers_it(
    qtbot, qloop, store, secrets, sandbox_profile
) -> None:
    add_profile(qtbot, qloop, store, sandbox_profile)
    dialog = dialog_for(qtbot, store, secrets)
    assert list_texts(dialog) == ["Sandbox (default)"]
    qtbot.keyClicks(dialog.key_edit, "sandbox")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert list_texts(dialog) == ["Sandbox — Acme GmbH (default)"]
    assert dialog.form_profile().organization_name == "Acme GmbH"
    # Kept in profiles.json (not a secret), so the next start shows it too.
    assert ProfileStore(secrets=secrets).load().get("Sandbox").organization_name == "Acme GmbH"

    # Another integration ID: the remembered name no longer applies to what is typed.
    dialog.integration_edit.clear()
    qtbot.keyClicks(dialog.integration_edit, "greenhouse:NoSuchIntegration")
    assert dialog.form_profile().organization_name == ""
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert dialog.test_result_label.property("ok") is False
    assert "Kombo does not know this integration ID" in dialog.test_result_label.text()
    assert field_marks.severity(dialog.integration_edit) == "warning"


def test_an_inactive_integration_is_marked_at_its_id(
    qtbot, qloop, store, secrets, sandbox, sandbox_profile
) -> None:
    sandbox.integration.status = "INACTIVE"
    add_profile(qtbot, qloop, store, sandbox_profile)
    dialog = dialog_for(qtbot, store, secrets)
    qtbot.keyClicks(dialog.key_edit, "sandbox")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert dialog.test_result_label.property("ok") is False
    assert "Acme GmbH · Workday · INACTIVE" in dialog.test_result_label.text()
    assert field_marks.severity(dialog.integration_edit) == "warning"
    assert "inactive" in (dialog.field_message(dialog.integration_edit) or "")


def test_test_connection_explains_an_unreachable_server(qtbot, qloop, store, secrets) -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    add_profile(
        qtbot, qloop, store, Profile("Dead", None, f"http://127.0.0.1:{port}/v1", "sandbox:demo")
    )
    dialog = dialog_for(qtbot, store, secrets)
    qtbot.keyClicks(dialog.key_edit, "sandbox")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert "Could not reach 127.0.0.1" in dialog.test_result_label.text()
    assert "refused" in dialog.test_result_label.text()
    assert field_marks.severity(dialog.base_url_edit) == "warning"


def test_no_keyring_offers_memory_for_this_run(qtbot, qloop, desk_home: Path) -> None:
    secrets = SecretStore()  # the fail backend (tests/conftest.py)
    store = ProfileStore(secrets=secrets).load()
    add_profile(qtbot, qloop, store, Profile("A", integration_id="x:1"))
    dialog = dialog_for(qtbot, store, secrets)
    assert dialog.keyring_label.property("state") == "unavailable"
    assert "fail Keyring" in dialog.keyring_label.text()
    assert "gnome-keyring" in dialog.keyring_advice.text()
    assert dialog.memory_check.isVisibleTo(dialog)

    qtbot.keyClicks(dialog.key_edit, KEY)
    qtbot.mouseClick(dialog.save_key_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert "No system keyring" in (field_marks.message(dialog.key_edit) or "")
    assert dialog.key_edit.text() == KEY  # kept, so it can go to memory instead

    dialog.memory_check.setChecked(True)
    qtbot.mouseClick(dialog.save_key_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert run(qloop, qtbot, secrets.lookup("A")).source == "memory"
    assert "in memory for this run" in dialog.keyring_label.text()
    for path in desk_home.rglob("*"):
        assert not path.is_file() or KEY.encode() not in path.read_bytes()


def _dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#2f2f2f",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#8c8c8c",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
    }.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#7a7a7a"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#7a7a7a"))
    return palette


@pytest.fixture(params=["light", "dark"])
def palette_name(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    original = qapp.palette()
    style = qapp.style().name()
    qapp.setStyle("Fusion")
    if request.param == "dark":
        qapp.setPalette(_dark_palette())
    else:
        qapp.setPalette(qapp.style().standardPalette())
    yield str(request.param)
    qapp.setPalette(original)
    qapp.setStyle(style)


def test_screenshots(qtbot, qloop, palette_name: str, sandbox_profile, artifacts_dir: Path) -> None:
    secrets = SecretStore()  # the fail backend: the keyring box shows its advice
    store = ProfileStore(secrets=secrets).load()
    add_profile(
        qtbot,
        qloop,
        store,
        Profile("Acme EU", Region.EU, integration_id="workday:HWUTwvyx2wLoSUHphiWVrp28"),
    )
    add_profile(qtbot, qloop, store, sandbox_profile)
    add_profile(
        qtbot, qloop, store, Profile("Globex US", Region.US, integration_id="greenhouse:G7xk2")
    )
    dialog = dialog_for(qtbot, store, secrets, select="Sandbox")
    qtbot.keyClicks(dialog.key_edit, "sandbox")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert dialog.test_result_label.property("ok") is True
    dialog.integration_edit.clear()
    qtbot.keyClicks(dialog.integration_edit, "sandbox")
    path = artifacts_dir / f"settings-dialog-{palette_name}.png"
    assert dialog.grab().save(str(path))
    assert path.stat().st_size > 10_000


def _file_dialogs() -> list[QFileDialog]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()
    ]


def test_enter_in_any_field_saves_and_never_opens_the_ca_bundle_picker(
    qtbot, qloop, store: ProfileStore, secrets: SecretStore
) -> None:
    dialog = dialog_for(qtbot, store, secrets)
    dialog.name_edit.setFocus()
    qtbot.waitUntil(dialog.name_edit.hasFocus, timeout=2000)
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.name_edit, "Acme EU")
    dialog.integration_edit.setFocus()  # a click into the field
    qtbot.waitUntil(dialog.integration_edit.hasFocus, timeout=2000)
    qtbot.keyClicks(dialog.integration_edit, "workday:HWUTwvyx2wLoSUHphiWVrp28")
    qtbot.keyClick(dialog.integration_edit, Qt.Key.Key_Return)
    settle(qtbot, dialog)
    assert _file_dialogs() == []
    assert store.names() == ["Acme EU"]  # Enter saved (Save is the default button)

    # Nothing changed: Enter in every field (the CA bundle's too) does nothing at all.
    for edit in (dialog.name_edit, dialog.integration_edit, dialog.ca_edit, dialog.key_edit):
        edit.setFocus()
        qtbot.waitUntil(edit.hasFocus, timeout=2000)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        qtbot.keyClick(edit, Qt.Key.Key_Enter)
        assert _file_dialogs() == [], edit.objectName()
        assert dialog.isVisible()
    assert store.names() == ["Acme EU"]


def _type_into_focus(qtbot, text: str) -> None:
    """Keys go where the focus is, as a person's do (no widget chosen by the test)."""
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing has the keyboard focus"
    qtbot.keyClicks(focused, text)


def test_first_start_and_add_put_the_typing_into_the_name_field(
    qtbot, qloop, store: ProfileStore, secrets: SecretStore
) -> None:
    # First start: no connection yet. The dialog opened with focus on "Add", so a name typed
    # straight away went nowhere; now it replaces the suggested name.
    dialog = dialog_for(qtbot, store, secrets)
    qtbot.waitActive(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    _type_into_focus(qtbot, "Sandbox")
    assert dialog.name_edit.text() == "Sandbox"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.region_combo

    # Saved; then a new connection (Add, pressed with Space) starts at its name again.
    dialog.integration_edit.setFocus()
    qtbot.keyClicks(dialog.integration_edit, "sandbox:demo")
    qtbot.keyClick(dialog.integration_edit, Qt.Key.Key_Return)  # Enter saves
    settle(qtbot, dialog)
    assert store.names() == ["Sandbox"]
    dialog.add_button.setFocus()
    qtbot.keyClick(dialog.add_button, Qt.Key.Key_Space)
    _type_into_focus(qtbot, "Second")
    assert dialog.name_edit.text() == "Second"


def test_each_test_replaces_the_last_tests_marks(
    qtbot, qloop, store, secrets, sandbox_profile
) -> None:
    """Issue 12 item 8: "key not accepted" must not stay beside a later "unreachable"."""
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    add_profile(qtbot, qloop, store, sandbox_profile)
    dialog = dialog_for(qtbot, store, secrets)
    qtbot.keyClicks(dialog.key_edit, "not-the-sandbox-key")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert field_marks.severity(dialog.key_edit) == "warning"

    dialog.base_url_edit.setFocus()
    dialog.base_url_edit.selectAll()
    qtbot.keyClicks(dialog.base_url_edit, f"http://127.0.0.1:{port}/v1")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert "Could not reach 127.0.0.1" in dialog.test_result_label.text()
    assert field_marks.severity(dialog.base_url_edit) == "warning"
    assert field_marks.severity(dialog.key_edit) is None
    assert not dialog.field_message(dialog.key_edit)

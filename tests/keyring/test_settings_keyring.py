"""The Connections dialog against a real Secret Service: available, and locked."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt

from app.store.profiles import Profile, ProfileStore
from app.store.secrets import SecretStore
from app.ui.connections.dialog import SettingsDialog

if TYPE_CHECKING:
    from keyring_service import KeyringService

pytestmark = pytest.mark.keyring
# The real Secret Service fixtures (keyring_daemon, secret_service, locked_keyring).
pytest_plugins = ["keyring_service"]


def run(loop, qtbot, coro):
    task = asyncio.ensure_future(coro, loop=loop)
    qtbot.waitUntil(task.done, timeout=20000)
    return task.result()


def open_dialog(qtbot, qloop, secrets: SecretStore) -> SettingsDialog:
    store = ProfileStore(secrets=secrets).load()
    run(qloop, qtbot, store.add(Profile("Acme EU", integration_id="workday:HWUTwvyx2wLoSUHp")))
    dialog = SettingsDialog(store, secrets)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(lambda: not dialog.pending_tasks(), timeout=20000)
    return dialog


def test_available_keyring_stores_the_key(
    secret_service: KeyringService, qtbot, qloop, artifacts_dir: Path
) -> None:
    secrets = SecretStore()
    dialog = open_dialog(qtbot, qloop, secrets)
    assert dialog.keyring_label.property("state") == "available"
    assert "SecretService Keyring" in dialog.keyring_label.text()
    assert not dialog.memory_check.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.key_edit, "rd-real-keyring-key")
    qtbot.mouseClick(dialog.save_key_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.pending_tasks(), timeout=20000)
    assert run(qloop, qtbot, SecretStore().get_key("Acme EU")) == "rd-real-keyring-key"
    assert "A key is stored in the keyring." in dialog.key_state_label.text()
    dialog.grab().save(str(artifacts_dir / "settings-dialog-keyring-available.png"))


def test_locked_keyring_is_shown_with_advice_and_the_memory_choice(
    locked_keyring: KeyringService, qtbot, qloop, artifacts_dir: Path
) -> None:
    secrets = SecretStore(timeout=5, prompt_timeout=20)
    dialog = open_dialog(qtbot, qloop, secrets)
    assert dialog.keyring_label.property("state") == "locked"
    assert "locked" in dialog.keyring_label.text()
    assert "Unlock your keyring" in dialog.keyring_advice.text()
    assert dialog.memory_check.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.key_edit, "rd-locked-key")
    qtbot.mouseClick(dialog.save_key_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.pending_tasks(), timeout=30000)
    assert "locked" in (dialog.field_message(dialog.key_edit) or "")
    assert dialog.key_edit.text() == "rd-locked-key"  # kept for the memory choice
    dialog.grab().save(str(artifacts_dir / "settings-dialog-keyring-locked.png"))

"""Profiles in the main window: profileCombo, the remembered choice, keys for sends, the
Connections… action, and --demo / --base-url connections that never touch the keyring."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QSettings
from window_helpers import fill_sample, make_window, send_and_wait

from app.kombo.regions import Region
from app.store.paths import settings_file
from app.store.profiles import Profile, ProfileStore
from app.store.secrets import KeyringUnavailable, SecretStore
from app.ui.common.context import ConnectionInfo, command_line_connection, demo_connection
from app.ui.connections.controller import SETTINGS_KEY, ProfileController
from app.ui.connections.dialog import SettingsDialog


def run(loop, qtbot, coro):
    task = asyncio.ensure_future(coro, loop=loop)
    qtbot.waitUntil(task.done, timeout=15000)
    return task.result()


def saved_profiles(qtbot, loop, secrets: SecretStore, *profiles: Profile) -> ProfileStore:
    store = ProfileStore(secrets=secrets).load()
    for profile in profiles:
        run(loop, qtbot, store.add(profile))
    return store


def combo_names(window) -> list[str]:
    combo = window.profile_combo
    return [combo.itemText(i) for i in range(combo.count())]


def test_profiles_fill_the_combo_and_the_choice_is_remembered(qtbot, qloop, tmp_path: Path) -> None:
    pem = tmp_path / "corp.pem"
    pem.write_text("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")
    secrets = SecretStore(memory_only=True)
    store = saved_profiles(
        qtbot,
        qloop,
        secrets,
        Profile("Acme EU", Region.EU, integration_id="workday:A1"),
        Profile("Globex US", Region.US, integration_id="greenhouse:G1", ca_bundle=str(pem)),
    )
    window = make_window(qtbot, connections=[])
    controller = ProfileController(window, store=store, secrets=secrets)
    assert combo_names(window) == ["Acme EU", "Globex US"]
    assert window.current_connection().name == "Acme EU"  # the default
    assert window.profile_combo.objectName() == "profileCombo"

    window.profile_combo.setCurrentIndex(1)
    current = window.current_connection()
    assert current == ConnectionInfo(
        "Globex US", "https://api.us.kombo.dev/v1", "greenhouse:G1", "keyring", str(pem)
    )
    assert current.verify == str(pem)
    settings = QSettings(str(settings_file()), QSettings.Format.IniFormat)
    assert settings.value(SETTINGS_KEY) == "Globex US"

    # Next start: the remembered profile is chosen again, not the default.
    window2 = make_window(qtbot, connections=[])
    ProfileController(window2, store=ProfileStore(secrets=secrets), secrets=secrets)
    assert window2.current_connection().name == "Globex US"
    assert controller.connections_action.objectName() == "connectionsAction"
    assert controller.connections_action in window.file_menu.actions()


def test_command_line_and_demo_connections_come_first_and_skip_the_keyring(
    qtbot, qloop, monkeypatch
) -> None:
    secrets = SecretStore()  # the fail backend: any keyring read would raise
    store = saved_profiles(qtbot, qloop, secrets, Profile("Acme", integration_id="x:1"))
    cli = command_line_connection("https://kombo.example.com/v1", "x:2")
    window = make_window(qtbot, connections=[cli])
    controller = ProfileController(window, store=store, secrets=secrets)
    assert combo_names(window) == ["https://kombo.example.com/v1", "Acme"]
    assert window.current_connection() == cli  # asked for on the command line

    monkeypatch.setenv("KOMBO_API_KEY", "key-from-env")
    assert run(qloop, qtbot, controller.key_for(cli)) == "key-from-env"
    demo = demo_connection("http://127.0.0.1:1/v1")
    assert run(qloop, qtbot, controller.key_for(demo)) == "sandbox"
    # The profile's key goes through the SecretStore, which has no keyring here.
    monkeypatch.delenv("KOMBO_API_KEY")
    task = asyncio.ensure_future(controller.key_for(window.context.connections[1]))
    qtbot.waitUntil(task.done)
    assert isinstance(task.exception(), KeyringUnavailable)
    # Reloading (after the dialog changed something) keeps the command-line connection.
    controller.reload()
    assert combo_names(window) == ["https://kombo.example.com/v1", "Acme"]
    assert window.current_connection() == cli
    # Choosing it is not remembered for the next start.
    settings = QSettings(str(settings_file()), QSettings.Format.IniFormat)
    assert settings.value(SETTINGS_KEY) is None


def test_a_send_uses_the_profiles_key(qtbot, qloop, sandbox, tmp_path: Path) -> None:
    secrets = SecretStore(memory_only=True)
    store = saved_profiles(
        qtbot, qloop, secrets, Profile("Sandbox", None, sandbox.base_url, "sandbox:demo")
    )
    window = make_window(qtbot, connections=[])
    ProfileController(window, store=store, secrets=secrets)
    order_id = sandbox.order_ids("OPEN")[0]
    fill_sample(window, order_id, tmp_path)

    window.ask_before_closing_order = False
    with qtbot.waitSignal(window.sender_.refused) as refused:  # no key stored yet
        assert window.request_send()
    assert "No API key for “Sandbox”" in refused.args[0]
    assert sandbox.written_result(order_id) is None
    run(qloop, qtbot, secrets.set_key("Sandbox", "sandbox"))
    record = send_and_wait(qtbot, window)
    assert record.outcome == "success"
    assert sandbox.written_result(order_id) is not None


def test_connections_action_opens_the_dialog_and_changes_reach_the_combo(qtbot, qloop) -> None:
    secrets = SecretStore(memory_only=True)
    store = saved_profiles(qtbot, qloop, secrets, Profile("Acme", integration_id="x:1"))
    window = make_window(qtbot, connections=[])
    controller = ProfileController(window, store=store, secrets=secrets)
    controller.connections_action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.selected_name() == "Acme"
    assert controller.open_settings() is dialog  # a second trigger raises the same one
    settle(qtbot, dialog)

    qtbot.mouseClick(dialog.add_button, qtbot_left())
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Beta")
    qtbot.keyClicks(dialog.integration_edit, "x:2")
    save(qtbot, dialog)
    assert combo_names(window) == ["Acme", "Beta"]
    assert window.current_connection().name == "Acme"  # the choice stays put

    # Renaming the chosen profile keeps it chosen, under its new name.
    window.profile_combo.setCurrentIndex(1)
    dialog.profile_list.setCurrentRow(1)
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Beta Renamed")
    save(qtbot, dialog)
    assert combo_names(window) == ["Acme", "Beta Renamed"]
    assert window.current_connection().name == "Beta Renamed"

    dialog.reject()
    qtbot.waitUntil(lambda: controller.dialog is None)


def test_a_tested_connection_shows_its_customer_in_the_combo(qtbot, qloop, sandbox) -> None:
    secrets = SecretStore(memory_only=True)
    store = saved_profiles(
        qtbot,
        qloop,
        secrets,
        Profile("Acme", integration_id="x:1"),
        Profile("Sandbox", None, sandbox.base_url, "sandbox:demo"),
    )
    window = make_window(qtbot, connections=[])
    controller = ProfileController(window, store=store, secrets=secrets)
    assert combo_names(window) == ["Acme", "Sandbox"]
    controller.connections_action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    settle(qtbot, dialog)
    dialog.profile_list.setCurrentRow(1)
    qtbot.keyClicks(dialog.key_edit, "sandbox")
    qtbot.mouseClick(dialog.test_button, qtbot_left())
    settle(qtbot, dialog)
    assert combo_names(window) == ["Acme", "Sandbox — Acme GmbH"]
    assert window.current_connection().name == "Acme"  # the choice stays put
    assert window.current_connection().organization_name is None
    window.profile_combo.setCurrentIndex(1)
    assert window.current_connection().organization_name == "Acme GmbH"
    dialog.key_edit.clear()  # nothing unsaved: closing asks nothing
    dialog.reject()
    qtbot.waitUntil(lambda: controller.dialog is None)


def settle(qtbot, dialog: SettingsDialog) -> None:
    """Wait until the dialog's tasks have ended, done-callbacks included: the combo changes
    in the middle of a save, but Save is enabled again only when the save's task has ended."""
    qtbot.waitUntil(lambda: not dialog.pending_tasks(), timeout=15000)


def save(qtbot, dialog: SettingsDialog) -> None:
    assert dialog.save_button.isEnabled()  # a click on a disabled button would be lost
    qtbot.mouseClick(dialog.save_button, qtbot_left())
    settle(qtbot, dialog)


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_first_start_opens_the_connections_dialog(qtbot, qloop, qapp) -> None:
    from PySide6.QtWidgets import QApplication

    from app.main import _run_window, build_parser, compose_desk

    # Only a dialog this start opens counts (an earlier test's may not be deleted yet).
    earlier = set(QApplication.topLevelWidgets())
    args = build_parser().parse_args([])
    desk = compose_desk(args)
    desk.window.show()
    task = asyncio.ensure_future(_run_window(qapp, args, desk, None))

    def dialog() -> SettingsDialog | None:
        found = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, SettingsDialog) and w not in earlier
        ]
        return next((d for d in found if d.isVisible()), None)

    qtbot.waitUntil(lambda: dialog() is not None, timeout=10000)
    shown = dialog()
    assert shown.form_title.text() == "New connection"
    window = shown.parentWidget()
    shown.reject()
    window.close()
    qtbot.waitUntil(task.done, timeout=10000)
    assert task.result() == 0

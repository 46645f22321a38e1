"""Drafts in the window: saved as the person types, restored with a notice, discarded on
request or after a successful send, kept after a failed one, per connection profile."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from editor_helpers import app_palette, dark_palette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from window_helpers import fill_sample, make_window, send_and_wait

from app.sandbox import SandboxServer
from app.store.drafts import DraftStore
from app.ui.common.context import ConnectionInfo, demo_connection
from app.ui.history.controller import HistoryController
from app.ui.shell.main_window import MainWindow

Factory = Callable[..., tuple[MainWindow, HistoryController]]


@pytest.fixture
def desk_factory(qtbot: QtBot, qloop: Any) -> Iterator[Factory]:
    made: list[HistoryController] = []

    def make(
        sandbox: SandboxServer | None = None, connections: list[ConnectionInfo] | None = None
    ) -> tuple[MainWindow, HistoryController]:
        window = make_window(qtbot, sandbox, connections=connections)
        controller = HistoryController(window)
        made.append(controller)
        assert controller.service.wait_opened()
        return window, controller

    yield make
    for controller in made:
        controller.close()


def _draft_file(profile: str) -> Path:
    return DraftStore().path_for(profile)


def _type_order(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.order_id_edit.setFocus()
    qtbot.keyClicks(window.order_id_edit, text)


def test_typing_saves_a_draft_and_a_restart_restores_it_with_a_notice(
    qtbot: QtBot, desk_factory: Factory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window, controller = desk_factory(sandbox)
    profile = window.current_connection().name  # type: ignore[union-attr]
    order_id = sandbox.order_ids("OPEN")[0]
    fill_sample(window, "", tmp_path)
    _type_order(qtbot, window, order_id)
    path = _draft_file(profile)
    qtbot.waitUntil(lambda: path.exists() and order_id in path.read_text(encoding="utf-8"))
    typed = window.form_state()
    controller.close()  # saves the last keystrokes and finishes writing
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["state"] == typed
    assert saved["order_id"] == order_id
    assert "sandbox" not in json.dumps(saved["state"]).lower()  # never the demo key

    # The next start: the form comes back, and a notice names the order and the time.
    again, _controller = desk_factory(sandbox)
    bar = again.findChild(QWidget, "draftRestoredBar")
    assert bar is not None
    qtbot.waitUntil(bar.isVisible)
    assert again.form_state() == typed
    text = bar.findChild(QLabel, "draftRestoredBarText").text()
    assert text.startswith(f"Restored your unsent draft for order {order_id} from ")
    assert text.rstrip(".")[-5:-2].endswith(":")  # "… from 14:32."

    # Discard: the form is cleared (Undo brings it back) and the draft is gone.
    discard = bar.findChild(QPushButton, "discardDraftButton")
    assert discard is not None
    discard.click()
    assert not bar.isVisible()
    assert again.form_state()["order_id"] == ""
    qtbot.waitUntil(lambda: not path.exists())


def test_a_failed_send_keeps_form_and_draft_a_successful_one_clears_the_draft(
    qtbot: QtBot, desk_factory: Factory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window, controller = desk_factory(sandbox)
    profile = window.current_connection().name  # type: ignore[union-attr]
    order_id = sandbox.order_ids("OPEN")[1]
    fill_sample(window, order_id, tmp_path)
    path = _draft_file(profile)
    qtbot.waitUntil(path.exists)
    before = window.form_state()

    sandbox.faults.fail_next(1, status=400, code="PLATFORM.INPUT_INVALID")
    with qtbot.waitSignal(controller.service.recorded, timeout=20000):
        record = send_and_wait(qtbot, window)
    assert record.outcome == "api_error"
    assert window.form_state() == before  # nothing the person typed is lost
    controller.service.flush_drafts()
    assert path.exists()
    assert json.loads(path.read_text(encoding="utf-8"))["state"] == before

    with qtbot.waitSignal(controller.service.recorded, timeout=20000):
        record = send_and_wait(qtbot, window)
    assert record.outcome == "success"
    qtbot.waitUntil(lambda: not path.exists())
    assert window.form_state() == before  # the sent result stays on screen
    # Do now what the draft timer does when it fires: the sent form is not drafted again.
    controller.save_draft_now()
    controller.service.flush_drafts()
    assert not path.exists()

    # Editing after the send drafts again.
    window.result_form.score_edit.setText("91")
    qtbot.waitUntil(path.exists)


def test_drafts_are_kept_per_connection_profile(
    qtbot: QtBot, desk_factory: Factory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    first = demo_connection(sandbox.base_url, sandbox.integration_id)
    second = ConnectionInfo("Production EU", "https://api.kombo.dev/v1", "acme:workday")
    window, controller = desk_factory(connections=[first, second])
    fill_sample(window, "ORDER-FOR-DEMO", tmp_path)
    qtbot.waitUntil(_draft_file(first.name).exists)
    window.profile_combo.setCurrentIndex(1)
    window.order_id_edit.setText("ORDER-FOR-PRODUCTION")
    qtbot.waitUntil(_draft_file(second.name).exists)
    controller.close()
    stored = DraftStore()
    assert stored.load(first.name).order_id == "ORDER-FOR-DEMO"  # type: ignore[union-attr]
    assert stored.load(second.name).order_id == "ORDER-FOR-PRODUCTION"  # type: ignore[union-attr]

    # A window whose connection is "Production EU" gets that profile's draft.
    again, _controller = desk_factory(connections=[second, first])
    qtbot.waitUntil(lambda: again.form_state()["order_id"] == "ORDER-FOR-PRODUCTION")


def test_an_unusable_drafts_folder_shows_a_banner_and_sending_still_works(
    qtbot: QtBot, desk_factory: Factory, desk_home: Path, sandbox: SandboxServer, tmp_path: Path
) -> None:
    (desk_home / "drafts").write_text("a file where the drafts folder should be")
    window, controller = desk_factory(sandbox)
    order_id = sandbox.order_ids("OPEN")[2]
    fill_sample(window, order_id, tmp_path)
    qtbot.waitUntil(controller.banner.isVisible)
    assert "drafts folder cannot be used" in controller.banner.text
    assert "a crash would lose what you typed" in controller.banner.text
    with qtbot.waitSignal(controller.service.recorded, timeout=20000):
        record = send_and_wait(qtbot, window)
    assert record.outcome == "success"
    assert sandbox.written_result(order_id) is not None


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_screenshot_of_a_restored_draft_and_a_banner(
    qtbot: QtBot,
    desk_factory: Factory,
    sandbox: SandboxServer,
    tmp_path: Path,
    artifacts_dir: Path,
    theme: str,
) -> None:
    with app_palette(dark_palette() if theme == "dark" else None):
        window, controller = desk_factory(sandbox)
        fill_sample(window, sandbox.order_ids("OPEN")[0], tmp_path)
        qtbot.waitUntil(_draft_file(window.current_connection().name).exists)  # type: ignore[union-attr]
        controller.close()
        again, second = desk_factory(sandbox)
        qtbot.waitUntil(second.draft_bar.isVisible)
        second.banner.show_message(
            "The send history at /home/support/.local/share/result-desk/history.sqlite3 cannot "
            "be written (database or disk is full). Check that the data folder is writable and "
            "the disk has room. Sending still works, but sends are not recorded."
        )
        QApplication.processEvents()
        path = artifacts_dir / f"draft-restored-{theme}.png"
        assert again.grab().save(str(path))
        assert path.stat().st_size > 10_000

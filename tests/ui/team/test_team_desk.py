"""The team history in the window, against a private PostgreSQL server and the sandbox.

Desk A is a real window (history, preferences typed in, team room); "the teammate" is a second
desk's history store with the team service pushing to the same server.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from editor_helpers import press, show_active
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableView,
)
from pytestqt.qtbot import QtBot
from window_helpers import fill_sample, make_window

from app.sandbox import SandboxServer
from app.store.secrets import SecretStore
from app.team.queries import TeamFilter
from app.ui.common.preferences import TEAM_PASSWORD_SERVICE
from app.ui.history.controller import HistoryController
from app.ui.preferences.controller import PreferencesController
from app.ui.shell.main_window import MainWindow
from app.ui.team.controller import TeamController
from tests.team.team_support import TeamServer, desk, entry, open_store
from tests.ui.team.conftest import migrated_database

pytestmark = pytest.mark.timeout(120)


def run_async(qtbot: QtBot, coro: Any, timeout_ms: int = 20000) -> Any:
    """Run a coroutine on the qasync loop from the test and return its result."""
    task = asyncio.ensure_future(coro)
    qtbot.waitUntil(task.done, timeout=timeout_ms)
    return task.result()


@dataclass
class Desk:
    window: MainWindow
    history: HistoryController
    team: TeamController
    preferences: PreferencesController


@pytest.fixture
def desk_a(qtbot: QtBot, qloop: Any, sandbox: SandboxServer) -> Iterator[Desk]:
    from app.ui.shell.team_wiring import wire_team

    window = make_window(qtbot, sandbox)
    history = HistoryController(window)
    assert history.service.wait_opened()
    secrets = SecretStore(service=TEAM_PASSWORD_SERVICE, environ={}, memory_only=True)
    team, preferences = wire_team(window, history, secrets, retry_s=0.3)
    team.reconnect_s = 0.3
    qtbot.waitUntil(lambda: team._store is not None)
    yield Desk(window, history, team, preferences)
    run_async(qtbot, team.aclose())
    history.close()


def _type(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def configure(qtbot: QtBot, desk_: Desk, server: TeamServer, database: str, **general: Any) -> None:
    """Edit → Preferences…, typed like a person: name, reason switch, the team server."""
    QTest.keyClick(
        desk_.window,
        Qt.Key.Key_Comma,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = desk_.preferences.dialog
    assert dialog is not None
    assert dialog.isVisible()
    _type(qtbot, dialog.operator_edit, general.get("name", "Ben Adler"))
    if general.get("reason_required"):
        dialog.reason_check.click()
    dialog.tabs.setCurrentIndex(1)
    settings = server.settings(database)
    _type(qtbot, dialog.host_edit, settings.host)
    dialog.port_spin.setFocus()
    dialog.port_spin.selectAll()
    qtbot.keyClicks(dialog.port_spin, str(settings.port))
    _type(qtbot, dialog.database_edit, settings.database)
    _type(qtbot, dialog.user_edit, settings.user)
    _type(qtbot, dialog.password_edit, server.password())
    _type(qtbot, dialog.ca_edit, str(settings.ca_file))
    assert dialog.tls_combo.currentText() == "verify-full"  # the default
    dialog.test_button.click()
    qtbot.waitUntil(
        lambda: bool(dialog.test_label.text()) and "Connecting" not in dialog.test_label.text(),
        timeout=15000,
    )
    assert "Connected to PostgreSQL" in dialog.test_label.text(), dialog.test_label.text()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: desk_.preferences.dialog is None)
    qtbot.waitUntil(lambda: desk_.team.team is not None, timeout=10000)
    show_active(qtbot, desk_.window)


def _teammate(
    qtbot: QtBot,
    tmp_path: Path,
    server: TeamServer,
    database: str,
    order_id: str,
    integration: str | None,
) -> None:
    """Anna's desk sends COMPLETED to `order_id` with a ticket; her desk pushes it."""
    store = open_store(tmp_path / "anna")
    store.record(
        entry(
            order_id,
            operator_name="Anna Keller",
            reason_note="candidate asked for a re-check",
            reason_ticket="ZD-48213",
            integration_id=integration,
        )
    )
    service = desk(server, database, store)
    run_async(qtbot, service.push())
    run_async(qtbot, service.close())
    store.close()


def _message_box(qtbot: QtBot, name: str) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets() + QApplication.allWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(shown, timeout=10000)
    return found[0]


def test_a_teammates_send_shows_as_a_notice_and_in_the_confirmation(
    qtbot: QtBot,
    desk_a: Desk,
    team_server: TeamServer,
    team_db: str,
    sandbox: SandboxServer,
    tmp_path: Path,
) -> None:
    configure(qtbot, desk_a, team_server, team_db)
    window = desk_a.window
    order_id = sandbox.order_ids("OPEN")[0]
    fill_sample(window, order_id, tmp_path)
    _type(qtbot, window.editor.reason_row.note_edit, "score was wrong")
    _type(qtbot, window.editor.reason_row.ticket_edit, "ZD-50001")
    qtbot.waitUntil(desk_a.team.listening.is_set, timeout=10000)

    _teammate(qtbot, tmp_path, team_server, team_db, order_id, sandbox.integration_id)
    # Live: the notice names her, what she sent and the ticket.
    qtbot.waitUntil(lambda: desk_a.team.notice.isVisible(), timeout=10000)
    assert "Anna Keller sent COMPLETED" in desk_a.team.notice.text
    assert "ticket ZD-48213" in desk_a.team.notice.text

    # Before the send: the confirmation lists her send; "Send anyway" sends.
    window.ask_before_closing_order = False
    with qtbot.waitSignal(window.send_finished, timeout=20000) as sent:
        window.order_id_edit.setFocus()
        press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        box = _message_box(qtbot, "teamRecentSendsDialog")
        assert "Anna Keller sent COMPLETED" in box.informativeText()
        assert "ticket ZD-48213" in box.informativeText()
        box.findChild(QPushButton, "teamSendAnywayButton").click()
    record = sent.args[0]
    assert record.outcome == "success"
    # The reason reached the records, never Kombo.
    written = sandbox.written_result(order_id)
    assert "score was wrong" not in str(written)
    assert "ZD-50001" not in str(written)
    assert "score was wrong" not in window.preview_edit.toPlainText()
    assert record.reason.note == "score was wrong"
    assert record.reason.ticket == "ZD-50001"
    assert record.reason.operator_name == "Ben Adler"

    # Pushed in the background: the teammate's view of the team history has it.
    team = desk_a.team.team
    assert team is not None

    def on_server() -> list[Any]:
        return run_async(qtbot, team.search(TeamFilter(text="ZD-50001")))

    qtbot.waitUntil(lambda: len(on_server()) == 1, timeout=10000)
    mine = on_server()[0]
    assert mine.operator_name == "Ben Adler"
    assert mine.reason_note == "score was wrong"
    qtbot.waitUntil(lambda: desk_a.team.status_text == "Team history: up to date")


def test_an_unreachable_team_server_never_holds_a_send(
    qtbot: QtBot,
    desk_a: Desk,
    own_team_server: TeamServer,
    sandbox: SandboxServer,
    tmp_path: Path,
) -> None:
    database = migrated_database(own_team_server, tmp_path / "owner")
    configure(qtbot, desk_a, own_team_server, database)
    qtbot.waitUntil(lambda: desk_a.team.status_text == "Team history: up to date")
    own_team_server.server.stop("immediate")
    window = desk_a.window
    window.ask_before_closing_order = False
    for n in range(2):
        fill_sample(window, sandbox.order_ids("OPEN")[n], tmp_path)
        with qtbot.waitSignal(window.send_finished, timeout=20000):
            assert window.request_send()  # the check times out or fails: it says so, sends
    qtbot.waitUntil(lambda: "waiting" in desk_a.team.status_text, timeout=20000)
    assert "unreachable since" in desk_a.team.status_text

    own_team_server.server.start()
    qtbot.waitUntil(lambda: desk_a.team.status_text == "Team history: up to date", timeout=30000)


def test_a_required_reason_blocks_send_at_the_field(
    qtbot: QtBot,
    desk_a: Desk,
    team_server: TeamServer,
    team_db: str,
    sandbox: SandboxServer,
    tmp_path: Path,
) -> None:
    configure(qtbot, desk_a, team_server, team_db, name="Cleo Brandt", reason_required=True)
    window = desk_a.window
    window.ask_before_closing_order = False
    order_id = sandbox.order_ids("OPEN")[2]
    fill_sample(window, order_id, tmp_path)
    window.order_id_edit.setFocus()
    sends: list[object] = []
    window.send_finished.connect(sends.append)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    row = window.editor.reason_row
    assert row.message_label.isVisible()
    assert "reason" in row.message_label.text()
    assert row.note_edit.hasFocus()  # the cursor waits at the field
    qtbot.wait(0)
    assert not sends
    assert not window.sender_.busy

    qtbot.keyClicks(row.note_edit, "duplicate in ATS")
    assert not row.message_label.isVisible()
    with qtbot.waitSignal(window.send_finished, timeout=20000) as sent:
        press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert sent.args[0].reason.note == "duplicate in ATS"
    assert "duplicate in ATS" not in str(sandbox.written_result(order_id))
    # The draft keeps the reason with the form.
    assert window.form_state()["reason_note"] == "duplicate in ATS"


def test_the_team_scope_lists_a_teammates_record(
    qtbot: QtBot,
    desk_a: Desk,
    team_server: TeamServer,
    team_db: str,
    tmp_path: Path,
) -> None:
    history_window = desk_a.history.show_history()
    scope = desk_a.history.team_scope
    assert scope is not None
    team_radio = history_window.findChild(QRadioButton, "historyScopeTeam")
    assert not team_radio.isEnabled()
    assert "Preferences" in team_radio.toolTip()

    configure(qtbot, desk_a, team_server, team_db)
    _teammate(qtbot, tmp_path, team_server, team_db, "TEAMORDER0000000000001", None)
    desk_a.history.show_history()
    assert team_radio.isEnabled()
    team_radio.click()
    table = history_window.findChild(QTableView, "teamHistoryTable")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=10000)
    cells = [table.model().index(0, c).data() for c in range(table.model().columnCount())]
    assert "TEAMORDER0000000000001" in cells
    assert any("Anna Keller" in str(c) for c in cells)
    assert "ZD-48213" in cells
    assert not history_window.table.isVisible()  # the local list is hidden meanwhile

    # Server-side search, typed.
    search = history_window.findChild(QLineEdit, "teamSearchEdit")
    search.setFocus()
    qtbot.keyClicks(search, "nobody-matches-this")
    QTest.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.model().rowCount() == 0, timeout=10000)


@pytest.fixture
def desk_pushing_only_when_woken(
    qtbot: QtBot, qloop: Any, sandbox: SandboxServer
) -> Iterator[Desk]:
    """Desk A whose pusher's timer is too slow to matter in a test: only a wake-up pushes."""
    from app.ui.shell.team_wiring import wire_team

    window = make_window(qtbot, sandbox)
    history = HistoryController(window)
    assert history.service.wait_opened()
    secrets = SecretStore(service=TEAM_PASSWORD_SERVICE, environ={}, memory_only=True)
    team, preferences = wire_team(window, history, secrets, retry_s=600)
    qtbot.waitUntil(lambda: team._store is not None)
    yield Desk(window, history, team, preferences)
    run_async(qtbot, team.aclose())
    history.close()


def test_a_batch_sent_from_the_window_is_pushed_at_once(
    qtbot: QtBot,
    desk_pushing_only_when_woken: Desk,
    team_server: TeamServer,
    team_db: str,
    sandbox: SandboxServer,
    tmp_path: Path,
) -> None:
    """The batch writes the history through app.batch (not the History service): its rows
    wake the team's pusher through the shell's wiring, as a single send's record does."""
    from tests.ui.batch.batch_window_helpers import (
        click_send,
        good_row,
        open_batch_window,
        open_sheet,
        wait_idle,
        write_sheet,
    )

    desk_ = desk_pushing_only_when_woken
    configure(qtbot, desk_, team_server, team_db)
    qtbot.waitUntil(lambda: desk_.team.status_text == "Team history: up to date", timeout=10000)
    orders = sandbox.order_ids("OPEN")[3:5]
    sheet = write_sheet(tmp_path / "two.csv", [good_row(o) for o in orders])
    batch = open_batch_window(qtbot, desk_.window)
    open_sheet(qtbot, batch, sheet, rows=2)
    click_send(qtbot, batch)
    wait_idle(qtbot, batch)

    team = desk_.team.team
    assert team is not None

    def on_server() -> list[Any]:
        found = run_async(qtbot, team.search(TeamFilter(order_id=orders[0])))
        found += run_async(qtbot, team.search(TeamFilter(order_id=orders[1])))
        return [s for s in found if s.order_id in orders]

    # Far sooner than the pusher's 600 s timer: only the batch's wake-up can have pushed.
    qtbot.waitUntil(lambda: len(on_server()) == 2, timeout=10000)
    assert {s.order_id for s in on_server()} == set(orders)
    assert all(s.batch_id for s in on_server())  # the batch's ID came along
    qtbot.waitUntil(lambda: desk_.team.status_text == "Team history: up to date")

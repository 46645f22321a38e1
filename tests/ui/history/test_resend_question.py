"""Issue 12 item 9: History's "Send again" costs one question, naming the order and the
candidate and saying what happens (the form replaced, the order closed); answered with keys."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from editor_helpers import press, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from window_helpers import fill_sample, make_window, send_and_wait

from app.sandbox import SandboxServer
from app.store.history import HistoryEntry, HistoryStore
from app.ui.history.controller import HistoryController
from app.ui.history.view import HistoryWindow
from app.ui.shell.main_window import MainWindow


class Resend:
    def __init__(self, qtbot: QtBot, window: MainWindow, controller: HistoryController) -> None:
        self.qtbot, self.window, self.controller = qtbot, window, controller
        self.questions: list[str] = []  # objectName of every message box that took the focus
        self._seen: list[QMessageBox] = []

        def note(_old: Any, new: Any) -> None:
            box = new.window() if new is not None else None
            if isinstance(box, QMessageBox) and not any(box is seen for seen in self._seen):
                self._seen.append(box)
                self.questions.append(box.objectName())

        QApplication.instance().focusChanged.connect(note)  # type: ignore[union-attr]
        self._note = note

    @property
    def store(self) -> HistoryStore:
        assert self.controller.service.store is not None
        return self.controller.service.store

    def close(self) -> None:
        QApplication.instance().focusChanged.disconnect(self._note)  # type: ignore[union-attr]
        self.controller.close()


@pytest.fixture
def desk(qtbot: QtBot, qloop: Any, sandbox: SandboxServer) -> Iterator[Resend]:
    window = make_window(qtbot, sandbox)
    controller = HistoryController(window)
    assert controller.service.wait_opened()
    resend = Resend(qtbot, window, controller)
    yield resend
    resend.close()


def _sent_for_maria(desk: Resend, order_id: str, tmp_path: Path) -> int:
    """Order `order_id` written once (COMPLETED) and on record for candidate María García."""
    fill_sample(desk.window, order_id, tmp_path)
    with desk.qtbot.waitSignal(desk.controller.service.recorded, timeout=20000) as row:
        send_and_wait(desk.qtbot, desk.window)
    sent = desk.store.get(int(row.args[0]))
    assert sent is not None
    fields = {k: getattr(sent, k) for k in HistoryEntry.__dataclass_fields__ if hasattr(sent, k)}
    return desk.store.record(
        replace(HistoryEntry(**fields), candidate="María García", record_uuid=None)
    )


def _history_at(desk: Resend, row_id: int) -> HistoryWindow:
    qtbot, window = desk.qtbot, desk.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.order_id_edit.setFocus()
    qtbot.waitUntil(window.order_id_edit.hasFocus)
    press(qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    view = desk.controller.history_window
    assert view is not None
    qtbot.waitUntil(lambda: view.model.total is not None and not view.model.busy)
    view.select_id(row_id)
    qtbot.waitUntil(lambda: view.current_record is not None and view.current_record.id == row_id)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def _wait_focus_in(qtbot: QtBot, box: QMessageBox) -> None:
    """Keys go where the focus is: wait until the question has it."""

    def focused() -> bool:
        widget = QApplication.focusWidget()
        return box.isVisible() and widget is not None and widget.window() is box

    qtbot.waitUntil(focused)


def _puts(sandbox: SandboxServer) -> int:
    return sum(1 for r in sandbox.request_log if r.method == "PUT")


def test_send_again_asks_once_naming_order_candidate_and_what_happens(
    qtbot: QtBot, desk: Resend, sandbox: SandboxServer, tmp_path: Path
) -> None:
    order_id = sandbox.order_ids("OPEN")[7]
    row_id = _sent_for_maria(desk, order_id, tmp_path)
    desk.window.ask_before_closing_order = True  # as a person starts: closing an order asks
    # Unsent work in the form: a new result with a typed order ID.
    desk.window.new_result()
    desk.window.order_id_edit.setFocus()
    qtbot.waitUntil(desk.window.order_id_edit.hasFocus)
    type_text(qtbot, "WORK-IN-PROGRESS")
    view = _history_at(desk, row_id)
    desk.questions.clear()
    desk._seen.clear()
    writes = _puts(sandbox)

    # Alt+A is "Send &again"; the one question comes. Escape: nothing happens.
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: desk.controller.resend.box is not None)
    box = desk.controller.resend.box
    assert box is not None
    _wait_focus_in(qtbot, box)
    assert order_id in box.text()
    assert "María García" in box.text()
    details = box.informativeText()
    assert "WORK-IN-PROGRESS" in details  # the form's unsent work is replaced
    assert "closed as COMPLETED" in details
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: desk.controller.resend.box is None)
    assert desk.window.form_state()["order_id"] == "WORK-IN-PROGRESS"
    assert _puts(sandbox) == writes

    # Again, answered with Enter: replaced and sent at once, no second question.
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: desk.controller.resend.box is not None)
    box = desk.controller.resend.box
    assert box is not None
    _wait_focus_in(qtbot, box)
    with qtbot.waitSignal(desk.window.send_finished, timeout=20000) as sent:
        press(qtbot, Qt.Key.Key_Return)
    assert sent.args[0].outcome == "success"
    assert sent.args[0].order_id == order_id
    assert _puts(sandbox) == writes + 1
    assert desk.questions == ["resendDialog", "resendDialog"], desk.questions
    assert desk.window.send._confirm_box is None  # no close-order or "sent minutes ago"
    assert desk.window.ask_before_closing_order  # the setting itself is untouched

"""Issue 12 item 10: the "Restored your unsent draft" notice goes away once another order is
in the form; it stays while the person goes on with the restored draft."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from editor_helpers import press, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from window_helpers import fill_sample, make_window

from app.sandbox import SandboxServer
from app.ui.history.controller import HistoryController


def test_the_draft_notice_goes_once_another_order_is_loaded(
    qtbot: QtBot, qloop: Any, sandbox: SandboxServer, tmp_path: Path
) -> None:
    first, other = sandbox.order_ids("OPEN")[:2]
    window = make_window(qtbot, sandbox)
    history = HistoryController(window)
    assert history.service.wait_opened()
    qtbot.waitUntil(lambda: history.drafts.ready)  # drafting starts once the old one was read
    fill_sample(window, first, tmp_path)
    window.validate_now()  # the form is drafted as it changes
    history.close()  # the draft is saved on the way out
    window.close()

    window = make_window(qtbot, sandbox)
    history = HistoryController(window)
    bar = window.findChild(QWidget, "draftRestoredBar")
    assert bar is not None
    qtbot.waitUntil(bar.isVisible)
    assert window.form_state()["order_id"] == first

    # Going on with the draft: the notice stays.
    window.result_form.score_edit.setFocus()
    qtbot.waitUntil(window.result_form.score_edit.hasFocus)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "91")
    qtbot.waitUntil(lambda: history.drafts._timer.isActive() or not bar.isVisible())
    window.validate_now()
    assert bar.isVisible()

    # Another order in the form: the notice about the first one goes.
    window.order_id_edit.setFocus()
    qtbot.waitUntil(window.order_id_edit.hasFocus)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, other)
    qtbot.waitUntil(lambda: not bar.isVisible())
    history.close()

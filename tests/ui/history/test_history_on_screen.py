"""Issue 12 item 10: the History window never opens partly off-screen (it asks for 1,100 px;
the offscreen test screen has 800), neither the first time nor where it was left."""

from __future__ import annotations

from typing import Any

from editor_helpers import press
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from window_helpers import make_window

from app.sandbox import SandboxServer
from app.ui.history.controller import HistoryController
from app.ui.history.view import HistoryWindow


def _ctrl_h(qtbot: QtBot, history: HistoryController) -> HistoryWindow:
    window = history.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.order_id_edit.setFocus()
    qtbot.waitUntil(window.order_id_edit.hasFocus)
    press(qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    view = history.history_window
    assert view is not None
    qtbot.waitExposed(view)
    return view


def test_the_history_window_opens_wholly_on_the_screen(
    qtbot: QtBot, qloop: Any, sandbox: SandboxServer
) -> None:
    window = make_window(qtbot, sandbox, size=(760, 560))
    history = HistoryController(window)
    available = window.screen().availableGeometry()
    assert available.width() < 1100  # the window's own wish does not fit

    view = _ctrl_h(qtbot, history)
    assert available.contains(view.frameGeometry()), (available, view.frameGeometry())

    # Left hanging off the bottom right corner, closed, and opened again: back on the screen.
    view.move(available.right() - 150, available.bottom() - 100)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.isVisible())
    view = _ctrl_h(qtbot, history)
    assert available.contains(view.frameGeometry()), (available, view.frameGeometry())
    history.close()

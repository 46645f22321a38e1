"""Issue 12 item 10: without a connection, the Orders panel offers to create one; its button
opens the Connections dialog (wired as the program wires it)."""

from __future__ import annotations

from typing import Any

from editor_helpers import press
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from window_helpers import make_window

from app.ui.connections.controller import ProfileController
from app.ui.orders.controller import OrdersController
from app.ui.shell.desk import connect_orders


def test_no_connection_offers_a_button_that_opens_the_connections_dialog(
    qtbot: QtBot, qloop: Any
) -> None:
    window = make_window(qtbot, connections=[], show=False)
    profiles = ProfileController(window)
    orders = OrdersController(window)
    connect_orders(orders, profiles)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    panel = orders.panel
    qtbot.waitUntil(lambda: panel.state_name() == "no-connection")
    button = panel.findChild(QPushButton, "ordersStateButton")
    assert button is not None
    qtbot.waitUntil(button.isVisible)
    assert button.text() == "Create a connection…"
    assert profiles.dialog is None

    # A person tabs to it and presses Space.
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: profiles.dialog is not None and profiles.dialog.isVisible())
    assert QApplication.activeModalWidget() in (None, profiles.dialog)
    profiles.close()
    orders.panel.close()

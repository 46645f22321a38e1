"""The orders dock in the main window: choosing an order fills the form and its summary, the
connection in profileCombo decides whose orders are shown, failures reach the log panel."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from async_support import run_async
from editor_helpers import show_active
from orders_helpers import WAIT_MS, order_requests, row_center, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
)
from pytestqt.qtbot import QtBot
from screen_checks import menu_mnemonics, shared_mnemonics
from window_helpers import make_window

from app.sandbox import SandboxServer
from app.ui.common import field_marks
from app.ui.common.context import ConnectionInfo, demo_connection
from app.ui.orders.controller import OrdersController
from app.ui.shell.main_window import MainWindow


@pytest.fixture
def desk(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, sandbox5k: SandboxServer
) -> Iterator[tuple[MainWindow, OrdersController]]:
    wrong = ConnectionInfo("Wrong integration", sandbox5k.base_url, "sandbox:nope", "demo")
    demo = demo_connection(sandbox5k.base_url, sandbox5k.integration_id)
    window = make_window(qtbot, connections=[demo, wrong], show=False)
    controller = OrdersController(window)
    show_active(qtbot, window)
    yield window, controller
    run_async(qloop, qtbot, controller.aclose())


def test_the_dock_is_in_the_view_menu_and_shows_the_current_connection(
    qtbot: QtBot, desk: tuple[MainWindow, OrdersController]
) -> None:
    window, controller = desk
    assert controller.dock.objectName() == "ordersDock"
    assert controller.dock.toggleViewAction() in window.view_menu.actions()
    assert window.dockWidgetArea(controller.dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    panel = controller.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 100, timeout=WAIT_MS)
    assert panel.loader.connection == window.current_connection()


def test_choosing_an_order_fills_the_order_id_and_the_summary(
    qtbot: QtBot, desk: tuple[MainWindow, OrdersController]
) -> None:
    window, controller = desk
    panel = controller.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: bool(panel.loader.package_names), timeout=WAIT_MS)

    # A completed order, by double-click: the summary says its status can no longer change.
    panel.set_statuses({"COMPLETED"})
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0 and not panel.loader.is_loading)
    order = panel.proxy.order_at(0)
    # A real double-click starts with a press (Qt ignores a lone double-click event).
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=row_center(panel, 0))
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=row_center(panel, 0))
    assert window.order_id_edit.text() == order.id
    assert window.current_order == order
    summary = window.order_summary.text()
    assert window.order_summary.isVisible()
    expected = [
        order.candidate.display_name,
        order.job.name or "",
        order.job.location.display if order.job.location else "",
        panel.loader.package_names[order.package_id],  # the package's name, not its id
        "COMPLETED",
        "can no longer change",
    ]
    for part in expected:
        assert part.replace("&", "&amp;") in summary
    assert window.result_form.status_combo.currentData() == "COMPLETED"
    assert QApplication.focusWidget() is window.result_form.status_combo
    assert order.id in window.statusBar().currentMessage()

    # An open order, with the keyboard: Enter on the current row.
    panel.set_statuses({"OPEN"})
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0 and not panel.loader.is_loading)
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.proxy.index(2, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    open_order = panel.proxy.order_at(2)
    assert window.order_id_edit.text() == open_order.id
    assert "OPEN" in window.order_summary.text()
    assert "can no longer change" not in window.order_summary.text()


def test_find_order_shows_the_dock_and_focuses_its_search(
    qtbot: QtBot, desk: tuple[MainWindow, OrdersController]
) -> None:
    _window, controller = desk
    controller.dock.hide()
    assert controller.find_button.isVisible()
    controller.find_action.trigger()
    assert controller.dock.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is controller.panel.search_edit)


def test_switching_connection_switches_orders_and_errors_reach_the_log(
    qtbot: QtBot, desk: tuple[MainWindow, OrdersController], sandbox5k: SandboxServer
) -> None:
    window, controller = desk
    panel = controller.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 100, timeout=WAIT_MS)

    window.profile_combo.setCurrentIndex(1)  # the connection with an unknown integration
    qtbot.waitUntil(lambda: panel.state_name() == "error", timeout=WAIT_MS)
    assert panel.model.rowCount() == 0  # nothing of the other integration is left
    errors = [e for e in window.log_panel.entries if e.level == "error"]
    assert errors
    assert "PLATFORM.INTEGRATION_NOT_FOUND" in errors[-1].text

    window.profile_combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: panel.state_name() == "table", timeout=WAIT_MS)
    wait_idle(qtbot, panel)

    # A rate limit on the next page is announced in the log panel too.
    sandbox5k.faults.rate_limit_next(1, retry_after_ms=300, include_reads=True)
    panel.load_more()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 200, timeout=WAIT_MS)
    warnings = [e.text for e in window.log_panel.entries if e.level == "warning"]
    assert any("rate limited, retrying in 1 s" in w for w in warnings)


CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_every_mnemonic_has_one_owner(desk: tuple[MainWindow, OrdersController]) -> None:
    window, controller = desk
    assert controller.panel.isVisible()  # built: its labels and buttons are in the window
    assert shared_mnemonics(window) == {}
    for menu in window.menuBar().findChildren(QMenu):
        letters = menu_mnemonics(menu)
        assert len(letters) == len(set(letters)), (menu.title(), letters)


def test_editor_and_orders_shortcuts_work_from_anywhere_and_are_in_the_menus(
    qtbot: QtBot, desk: tuple[MainWindow, OrdersController], sandbox5k: SandboxServer
) -> None:
    window, controller = desk
    panel = controller.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 100, timeout=WAIT_MS)
    window.order_id_edit.setFocus()
    qtbot.waitUntil(window.order_id_edit.hasFocus, timeout=2000)
    menu_keys = {
        action.shortcut().toString()
        for menu in window.menuBar().findChildren(QMenu)
        for action in menu.actions()
    }
    for keys in ("Ctrl+Shift+T", "Ctrl+Shift+R", "Ctrl+Shift+A", "Ctrl+Shift+L", "F5"):
        assert keys in menu_keys

    # Pressed at the window, with the focus in Order ID: a row is added in its tab.
    qtbot.keyClick(window, Qt.Key.Key_T, CTRL_SHIFT)
    assert window.attributes_editor.model.rowCount() == 1
    assert window.tabs.currentWidget() is window.attributes_editor
    window.order_id_edit.setFocus()
    qtbot.waitUntil(window.order_id_edit.hasFocus, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_R, CTRL_SHIFT)
    assert window.attributes_editor.model.rowCount() == 2
    window.order_id_edit.setFocus()
    qtbot.waitUntil(window.order_id_edit.hasFocus, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL_SHIFT)
    assert window.tabs.currentWidget() is window.attachments_editor
    qtbot.waitUntil(lambda: window.attachments_editor.isAncestorOf(QApplication.focusWidget()))

    # F5 reloads the orders from anywhere in the window.
    sandbox5k.clear_request_log()
    window.order_id_edit.setFocus()
    qtbot.waitUntil(window.order_id_edit.hasFocus, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: len(order_requests(sandbox5k)) == 1, timeout=WAIT_MS)
    wait_idle(qtbot, panel)


def test_tab_leaves_the_orders_table(
    qtbot: QtBot, desk: tuple[MainWindow, OrdersController]
) -> None:
    _window, controller = desk
    panel = controller.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 100, timeout=WAIT_MS)
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.proxy.index(0, 0))
    qtbot.waitUntil(panel.table.hasFocus, timeout=2000)
    qtbot.keyClick(panel.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not panel.table
    wait_idle(qtbot, panel)


def test_a_typed_order_id_is_looked_up_with_enter_and_find_order(
    qtbot: QtBot, desk: tuple[MainWindow, OrdersController], sandbox5k: SandboxServer
) -> None:
    window, controller = desk
    panel = controller.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 100, timeout=WAIT_MS)
    wait_idle(qtbot, panel)
    order = panel.proxy.order_at(7)
    sandbox5k.clear_request_log()

    edit = window.order_id_edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus, timeout=2000)
    qtbot.keyClicks(edit, order.id)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_order == order, timeout=WAIT_MS)
    assert order_requests(sandbox5k)[-1]["ids"] == [order.id]
    assert window.order_summary.isVisible()
    assert order.candidate.display_name.replace("&", "&amp;") in window.order_summary.text()
    assert QApplication.focusWidget() is window.result_form.status_combo

    # An ID the integration does not have, pasted, then "Find order": said at the field.
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus, timeout=2000)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QApplication.clipboard().setText("no-such-order-4711")
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == "no-such-order-4711"
    assert not window.order_summary.isVisible()
    qtbot.mouseClick(controller.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: field_marks.message(edit) is not None, timeout=WAIT_MS)
    assert "has no order with this ID" in (field_marks.message(edit) or "")
    assert order_requests(sandbox5k)[-1]["ids"] == ["no-such-order-4711"]
    assert window.current_order is None
    assert not window.is_ready_to_send()

    # Changing the ID takes the mark away (it was about that ID only).
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: field_marks.message(edit) is None, timeout=WAIT_MS)

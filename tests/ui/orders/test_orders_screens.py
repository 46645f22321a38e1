"""Screenshots of the orders panel in each state, light and dark, and of the main window with
the orders dock, into artifacts/ (looked at by a person; the asserts check the state shown)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from async_support import run_async
from editor_helpers import app_palette, dark_palette, show_active
from orders_helpers import WAIT_MS, row_center
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot
from window_helpers import make_window

from app.sandbox import SandboxServer
from app.ui.common.context import ConnectionInfo, default_key_provider, demo_connection
from app.ui.orders.controller import OrdersController
from app.ui.orders.loader import OrdersLoader
from app.ui.orders.panel import OrdersPanel

THEMES = {"light": None, "dark": dark_palette}


def palette_for(theme: str) -> QPalette | None:
    make = THEMES[theme]
    return make() if make is not None else None


def save(widget: object, artifacts_dir: Path, name: str) -> Path:
    path = artifacts_dir / name
    assert widget.grab().save(str(path))  # type: ignore[attr-defined]
    return path


@pytest.mark.parametrize("theme", list(THEMES))
def test_panel_states(
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
    sandbox5k: SandboxServer,
    artifacts_dir: Path,
    theme: str,
) -> None:
    with app_palette(palette_for(theme)):
        panel = OrdersPanel(loader=OrdersLoader())
        qtbot.addWidget(panel)
        panel.resize(820, 520)
        show_active(qtbot, panel)
        try:
            # Loading: the first page is on its way (the sandbox answers slowly).
            sandbox5k.faults.latency = 1.0
            panel.set_connection(
                ConnectionInfo("Sandbox", sandbox5k.base_url, "sandbox:demo", "demo"),
                default_key_provider,
            )
            assert panel.state_name() == "loading"
            save(panel, artifacts_dir, f"orders_panel_loading_{theme}.png")
            qtbot.waitUntil(lambda: panel.state_name() == "table", timeout=WAIT_MS)
            sandbox5k.faults.latency = 0

            # Filled: two statuses, a search, a sorted column and a selected row.
            panel.set_statuses({"OPEN", "COMPLETED"})
            qtbot.waitUntil(lambda: panel.model.rowCount() == 100, timeout=WAIT_MS)
            qtbot.waitUntil(lambda: bool(panel.loader.package_names), timeout=WAIT_MS)
            panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
            qtbot.mouseClick(
                panel.table.viewport(), Qt.MouseButton.LeftButton, pos=row_center(panel, 2)
            )
            save(panel, artifacts_dir, f"orders_panel_filled_{theme}.png")
            panel.search_edit.setText("engineer")
            panel.flush_search()
            assert 0 < panel.proxy.rowCount() < 100
            save(panel, artifacts_dir, f"orders_panel_search_{theme}.png")
            panel.search_edit.clear()
            panel.flush_search()

            # Empty: an ID that does not exist.
            panel.set_order_ids("AAAAAAAAAAAAAAAAAAAAAAAA")
            qtbot.waitUntil(lambda: panel.state_name() == "empty", timeout=WAIT_MS)
            save(panel, artifacts_dir, f"orders_panel_empty_{theme}.png")

            # Error: Kombo refuses the integration.
            panel.set_order_ids("")
            panel.set_connection(
                ConnectionInfo("Other", sandbox5k.base_url, "sandbox:nope", "demo"),
                default_key_provider,
            )
            qtbot.waitUntil(lambda: panel.state_name() == "error", timeout=WAIT_MS)
            assert "PLATFORM.INTEGRATION_NOT_FOUND" in panel.state_page.detail.text()
            save(panel, artifacts_dir, f"orders_panel_error_{theme}.png")
        finally:
            sandbox5k.faults.latency = 0
            run_async(qloop, qtbot, panel.loader.aclose())


@pytest.mark.parametrize("theme", list(THEMES))
def test_main_window_with_the_orders_dock(
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
    sandbox5k: SandboxServer,
    artifacts_dir: Path,
    theme: str,
) -> None:
    with app_palette(palette_for(theme)):
        connection = demo_connection(sandbox5k.base_url, sandbox5k.integration_id)
        window = make_window(qtbot, connections=[connection], show=False, size=(1500, 860))
        controller = OrdersController(window)
        show_active(qtbot, window)
        try:
            panel = controller.panel
            panel.set_statuses({"COMPLETED"})
            qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=WAIT_MS)
            qtbot.waitUntil(lambda: bool(panel.loader.package_names), timeout=WAIT_MS)
            qtbot.mouseClick(
                panel.table.viewport(), Qt.MouseButton.LeftButton, pos=row_center(panel, 1)
            )
            qtbot.mouseDClick(
                panel.table.viewport(), Qt.MouseButton.LeftButton, pos=row_center(panel, 1)
            )
            assert window.order_id_edit.text() == panel.proxy.order_at(1).id
            save(window, artifacts_dir, f"orders_main_window_{theme}.png")
        finally:
            run_async(qloop, qtbot, controller.aclose())

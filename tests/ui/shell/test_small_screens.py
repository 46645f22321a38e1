"""The whole window on a small laptop screen (issue 12 item 4): with the Orders panel shown it
can be 1,000 px wide, and at 1,000×700 no button or label has its text cut.

The window is built as the program builds it (connections, Orders dock, its first page loaded
from the sandbox); the Xvfb walk checks the same on a real X display.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from async_support import run_async
from editor_helpers import show_active
from orders_helpers import WAIT_MS
from pytestqt.qtbot import QtBot
from screen_checks import cut_texts
from window_helpers import fill_sample, make_window, settle_layouts

from app.sandbox import SandboxServer
from app.ui.common.context import demo_connection
from app.ui.connections.controller import ProfileController
from app.ui.orders.controller import OrdersController

ORDER = "GRKdd9dibYKKCrmGRSMJf3wu"


def test_with_the_orders_panel_the_window_fits_1000_px(
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
    sandbox: SandboxServer,
    tmp_path: Path,
    artifacts_dir: Path,
) -> None:
    connection = demo_connection(sandbox.base_url, sandbox.integration_id)
    window = make_window(qtbot, connections=[connection], show=False, size=None)
    ProfileController(window)  # "Connections…" in the top bar
    orders = OrdersController(window)
    show_active(qtbot, window)
    try:
        panel = orders.panel
        qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=WAIT_MS)
        assert orders.dock.isVisible()
        minimum = window.minimumSizeHint()
        print(f"main window minimumSizeHint with the Orders panel: {minimum.toTuple()}")
        assert minimum.width() <= 1000

        window.resize(1000, 700)
        fill_sample(window, ORDER, tmp_path)
        settle_layouts(window)
        assert window.size().toTuple() == (1000, 700)
        assert window.grab().save(str(artifacts_dir / "main-window-1000x700.png"))
        assert cut_texts(window) == []
        # The form fits its column: nothing scrolled sideways out of sight.
        assert not window.editor.form_scroll.horizontalScrollBar().isVisible()
    finally:
        run_async(qloop, qtbot, orders.aclose())

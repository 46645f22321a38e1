"""`--demo --screenshot PATH`: the real window after a sample send, as the README shows it.

The desk is composed as the program composes it (desk.compose: connections, the Orders dock,
then the history, the team history and Preferences). Against the sandbox, the dock loads the
integration's orders, the sample order is chosen in it (as Enter on its row does), the sample
result is filled and sent: the picture shows the order's summary, the form, the JSON preview
and the send log with Kombo's warnings. tests/ui/shell/test_screenshots.py takes the README's
copy through `sent_sample_desk` too, and checks that state.

main() gives the run a RESULT_DESK_HOME of its own and the keys stay in
memory, so the sample send reaches neither the person's history and settings nor the keyring.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from app.ui.shell.self_check import SelfCheckFailed, sample_state, wait_for, write_sample_files

if TYPE_CHECKING:
    from app.kombo.responses import Order
    from app.sandbox import SandboxServer
    from app.ui.common.send_record import SendRecord
    from app.ui.orders.panel import OrdersPanel
    from app.ui.shell.desk import Desk

SCREENSHOT_SIZE = (1366, 768)  # a common laptop screen
SHOT_TIMEOUT_S = 60.0
ATTACHMENTS_TAB = 1


def _sample_order(panel: OrdersPanel, sandbox: SandboxServer) -> Order:
    """An OPEN order of the sandbox's that the dock shows, chosen there as a person would."""
    shown = set(panel.model.order_ids())
    order_id = next((o for o in sandbox.order_ids("OPEN") if o in shown), None)
    if order_id is None:
        raise SelfCheckFailed("the Orders dock shows no OPEN order of the sandbox")
    panel.table.select_order_id(order_id)
    panel.table.scrollTo(panel.table.currentIndex())
    order = panel.current_order()
    if order is None or order.id != order_id:
        raise SelfCheckFailed(f"order {order_id} could not be chosen in the Orders dock")
    panel.choose_current()
    return order


async def sent_sample_desk(sandbox: SandboxServer, folder: Path) -> tuple[Desk, SendRecord]:
    """The desk, shown at SCREENSHOT_SIZE, after the sample result went to one of the sandbox's
    OPEN orders chosen in the Orders dock; the caller closes the window and awaits aclose()."""
    from app.store.secrets import SecretStore
    from app.ui.common.context import AppContext, demo_connection
    from app.ui.common.preferences import TEAM_PASSWORD_SERVICE
    from app.ui.shell.desk import compose

    demo = demo_connection(sandbox.base_url, sandbox.integration_id)
    keys = SecretStore(memory_only=True, environ={})  # the demo's key only: no keyring
    desk = compose(AppContext(connections=[demo]), defer=False, secrets=keys)
    window = desk.window
    window.ask_before_closing_order = False  # no one is there to answer
    desk.orders.dock.show()
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    desk.wire_after_paint(
        team_secrets=SecretStore(service=TEAM_PASSWORD_SERVICE, environ={}, memory_only=True)
    )
    try:
        panel = desk.orders.panel
        await wait_for(lambda: panel.model.rowCount() > 0, SHOT_TIMEOUT_S / 2, "the Orders dock")
        order = _sample_order(panel, sandbox)
        window.load_form_state(sample_state(order.id, write_sample_files(folder)))
        records: list[SendRecord] = []
        window.send_finished.connect(records.append)
        if not window.request_send():
            raise SelfCheckFailed("the window refused to send the sample result")
        await wait_for(lambda: bool(records), SHOT_TIMEOUT_S / 2, "the send to finish")
        window.tabs.setCurrentIndex(ATTACHMENTS_TAB)
    except BaseException:
        window.close()
        await desk.aclose()
        raise
    return desk, records[0]


async def run_screenshot(
    app: QApplication, args: argparse.Namespace | None, path: str | Path
) -> int:
    """The window after the sample send, at 1,366×768, as PNG at `path`."""
    from app.sandbox import SandboxServer

    sandbox = SandboxServer()
    await asyncio.to_thread(sandbox.start)
    ok = False
    try:
        with tempfile.TemporaryDirectory(prefix="result-desk-shot-files-") as folder:
            desk, record = await asyncio.wait_for(
                sent_sample_desk(sandbox, Path(folder)), SHOT_TIMEOUT_S
            )
            try:
                if record.outcome != "success":
                    raise SelfCheckFailed(f"the sample send failed: {record.outcome}")
                await asyncio.sleep(0.3)  # layouts settle and the log scrolls before the grab
                ok = desk.window.grab().save(str(path), "PNG")
            finally:
                desk.window.close()
                await desk.aclose()
    except (SelfCheckFailed, TimeoutError) as exc:
        reason = str(exc) or f"no screenshot within {SHOT_TIMEOUT_S:g} s"
        print(f"Could not take the screenshot: {reason}", file=sys.stderr)
        return 1
    finally:
        await asyncio.to_thread(sandbox.stop)
    if not ok:
        print(f"Could not write the screenshot to {path}", file=sys.stderr)
        return 1
    print(f"Screenshot written to {path}")
    return 0

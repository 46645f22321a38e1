"""The orders panel against a sandbox with 5,000 orders: filters, search, paging, cancelling,
choosing, errors and rate limits, over real HTTP on loopback."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from async_support import run_async
from orders_helpers import (
    WAIT_MS,
    order_requests,
    shown_column,
    wait_idle,
)
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.kombo.client import KomboClient
from app.kombo.responses import Order
from app.kombo.timefmt import parse_datetime
from app.sandbox import SandboxServer
from app.ui.common.context import ConnectionInfo, default_key_provider
from app.ui.orders.loader import OrderFilters, OrdersLoader, parse_order_ids
from app.ui.orders.model import COL_ORDER_ID, COL_STATUS
from app.ui.orders.panel import OrdersPanel

PanelFactory = Callable[..., OrdersPanel]


@pytest.fixture
def make_panel(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, sandbox5k: SandboxServer
) -> Iterator[PanelFactory]:
    panels: list[OrdersPanel] = []

    def make(
        *,
        integration_id: str = "sandbox:demo",
        page_size: int = 100,
        loader: OrdersLoader | None = None,
        show: bool = True,
    ) -> OrdersPanel:
        panel = OrdersPanel(loader=loader or OrdersLoader(page_size=page_size))
        qtbot.addWidget(panel)
        panel.resize(1000, 600)
        if show:
            panel.show()
            qtbot.waitExposed(panel)
        connection = ConnectionInfo("Sandbox", sandbox5k.base_url, integration_id, "demo")
        panel.set_connection(connection, default_key_provider)
        panels.append(panel)
        return panel

    yield make
    for panel in panels:
        run_async(qloop, qtbot, panel.loader.aclose())


def load_all(qtbot: QtBot, panel: OrdersPanel) -> int:
    """Click "Load more" until the last page is in; returns the number of clicks."""
    wait_idle(qtbot, panel)
    clicks = 0
    while panel.loader.has_more:
        assert panel.load_more_button.isEnabled()
        qtbot.mouseClick(panel.load_more_button, Qt.MouseButton.LeftButton)
        clicks += 1
        wait_idle(qtbot, panel)
    return clicks


def expected_ids(
    sandbox: SandboxServer,
    statuses: set[str] | None = None,
    created_after: datetime | None = None,
    ids: set[str] | None = None,
) -> list[str]:
    """What the sandbox holds for these filters, from its own listing (newest first)."""
    return [
        o["id"]
        for o in sandbox.store.sandbox_listing()
        if (not statuses or o["status"] in statuses)
        and (created_after is None or parse_datetime(o["created_at"]) >= created_after)
        and (not ids or o["id"] in ids)
    ]


# --- filters and pagination -----------------------------------------------------------------


def test_statuses_and_created_after_are_resent_with_every_cursor_to_the_end(
    qtbot: QtBot, sandbox5k: SandboxServer, make_panel: PanelFactory
) -> None:
    panel = make_panel()
    wait_idle(qtbot, panel)
    # Two statuses at once, by clicking, and a day about a third of the way back.
    qtbot.mouseClick(panel.status_buttons["CANCELLED"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.status_buttons["REJECTED"], Qt.MouseButton.LeftButton)
    newest = parse_datetime(sandbox5k.store.sandbox_listing()[0]["created_at"]).astimezone()
    day = (newest - timedelta(days=60)).date()
    sandbox5k.clear_request_log()
    # Picking the day in the calendar (Enter or a click there emits `activated`/`clicked`).
    panel.calendar.activated.emit(QDate(day.year, day.month, day.day))
    assert panel.created_after_button.text() != "Any date"
    assert panel.clear_created_after_button.isVisible()
    clicks = load_all(qtbot, panel)

    created_after = datetime(day.year, day.month, day.day).astimezone()
    want = expected_ids(sandbox5k, {"CANCELLED", "REJECTED"}, created_after)
    assert 300 < len(want) < 1500, "the filters should leave several pages"
    assert panel.model.order_ids() == want  # every order, once, in the server's order
    assert set(shown_column(panel, COL_STATUS)) == {"Cancelled", "Rejected"}
    assert panel.loader.at_end
    assert not panel.load_more_button.isEnabled()
    assert "all loaded" in panel.status_label.text()

    requests = order_requests(sandbox5k)
    assert len(requests) == clicks + 1 >= 4
    assert "cursor" not in requests[0]
    for query in requests:
        assert query["statuses"] == ["CANCELLED,REJECTED"]
        assert parse_datetime(query["created_after"][0]) == created_after
        assert query["page_size"] == ["100"]
    assert all("cursor" in q for q in requests[1:])
    assert len({q["cursor"][0] for q in requests[1:]}) == clicks

    # The clear button asks again without the date.
    qtbot.mouseClick(panel.clear_created_after_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, panel)
    assert "created_after" not in order_requests(sandbox5k)[-1]
    assert panel.created_after_button.text() == "Any date"
    assert not panel.clear_created_after_button.isVisible()


def test_order_ids_filter_is_resent_with_every_cursor(
    qtbot: QtBot, sandbox5k: SandboxServer, make_panel: PanelFactory
) -> None:
    panel = make_panel(page_size=2)
    wait_idle(qtbot, panel)
    wanted = sandbox5k.order_ids("OPEN")[:3] + sandbox5k.order_ids("COMPLETED")[-2:]
    sandbox5k.clear_request_log()
    qtbot.mouseClick(panel.ids_edit, Qt.MouseButton.LeftButton)
    panel.ids_edit.setText(f"{wanted[0]}, {wanted[1]}\n{wanted[2]} ,{wanted[3]};{wanted[4]}")
    qtbot.keyClick(panel.ids_edit, Qt.Key.Key_Return)
    load_all(qtbot, panel)

    assert sorted(panel.model.order_ids()) == sorted(wanted)
    requests = order_requests(sandbox5k)
    assert len(requests) == 3  # 2 + 2 + 1
    for query in requests:
        assert query["ids"] == [",".join(wanted)]
        assert "statuses" not in query

    # Clearing the field (its clear button empties it) asks for every order again.
    panel.ids_edit.clear()
    wait_idle(qtbot, panel)
    assert "ids" not in order_requests(sandbox5k)[-1]
    assert panel.model.rowCount() == 2


def test_parse_order_ids_accepts_commas_spaces_and_lines() -> None:
    assert parse_order_ids(" a,b  c;\nd,,a ") == ("a", "b", "c", "d")
    assert parse_order_ids("") == ()


def test_scrolling_near_the_end_loads_the_next_page(
    qtbot: QtBot, sandbox5k: SandboxServer, make_panel: PanelFactory
) -> None:
    panel = make_panel()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 100, timeout=WAIT_MS)
    assert panel.state_name() == "table"
    bar = panel.table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    assert not panel.loader.is_loading  # half-way is not near the end
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: panel.model.rowCount() == 200, timeout=WAIT_MS)
    assert len(order_requests(sandbox5k)) == 2


# --- search ---------------------------------------------------------------------------------


def test_search_narrows_the_loaded_orders_as_the_user_types(
    qtbot: QtBot, sandbox5k: SandboxServer, make_panel: PanelFactory
) -> None:
    panel = make_panel(page_size=250)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 250, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: bool(panel.loader.package_names), timeout=WAIT_MS)
    requests_before = len(sandbox5k.request_log)
    # QTest types ASCII only; the folding of other letters is covered by the model tests.
    target = next(o for o in panel.model.orders()[17:] if (o.candidate.last_name or "é").isascii())
    last_name = target.candidate.last_name or ""

    panel.search_edit.setFocus()
    qtbot.keyClicks(panel.search_edit, last_name.upper())
    qtbot.waitUntil(lambda: panel.proxy.rowCount() < 250, timeout=2000)
    emails = [panel.proxy.index(r, 1).data() for r in range(panel.proxy.rowCount())]
    assert target.candidate.email in emails
    for row in range(panel.proxy.rowCount()):
        assert last_name.casefold() in panel.model.haystack(panel.proxy.source_row(row))
    assert "match the search" in panel.status_label.text()

    # Order ID, and package name together with the job, narrow further.
    panel.search_edit.setText(target.id.lower())
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1, timeout=2000)
    assert shown_column(panel, COL_ORDER_ID) == [target.id]
    package_name = panel.loader.package_names[target.package_id]
    panel.search_edit.setText(f"{package_name.split()[0]} {target.job.name}")
    qtbot.waitUntil(lambda: target.id in shown_column(panel, COL_ORDER_ID), timeout=2000)
    assert 1 <= panel.proxy.rowCount() < 250

    # Nothing matches: a deliberate state, not an empty table; and no request was made.
    panel.search_edit.setText("zzzz-nobody-zzzz")
    qtbot.waitUntil(lambda: panel.state_name() == "no-match", timeout=2000)
    assert "zzzz-nobody-zzzz" in panel.state_page.title.text()
    assert panel.state_page.button.text() == "Load more"
    assert len(sandbox5k.request_log) == requests_before
    panel.search_edit.clear()
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 250, timeout=2000)


# --- cancelling -----------------------------------------------------------------------------


def test_changing_filters_cancels_the_page_in_flight(
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
    sandbox5k: SandboxServer,
    make_panel: PanelFactory,
) -> None:
    panel = make_panel()
    wait_idle(qtbot, panel)
    pages: list[list[Order]] = []
    panel.loader.page_loaded.connect(lambda orders, _first: pages.append(orders))
    sandbox5k.faults.latency = 0.8
    sandbox5k.clear_request_log()

    qtbot.mouseClick(panel.status_buttons["OPEN"], Qt.MouseButton.LeftButton)
    assert panel.state_name() == "loading"
    qtbot.waitUntil(lambda: sandbox5k.active_requests == 1, timeout=WAIT_MS)  # on its way
    stale = panel.loader._task
    assert stale is not None
    panel.set_statuses({"REJECTED"})
    qtbot.waitUntil(stale.done, timeout=WAIT_MS)
    assert stale.cancelled()
    wait_idle(qtbot, panel)
    sandbox5k.faults.latency = 0
    # Let the server finish the abandoned request: its page must still never show.
    qtbot.waitUntil(lambda: all(r.status is not None or r.outcome for r in sandbox5k.request_log))
    # The stale task is over (cancelled above) and pages are emitted only from inside it; one
    # more turn of the event loop runs anything still queued that could deliver its page.
    run_async(qloop, qtbot, asyncio.sleep(0))

    assert len(pages) == 1
    assert {o.status for o in pages[0]} == {"REJECTED"}
    assert set(shown_column(panel, COL_STATUS)) == {"Rejected"}
    assert panel.model.rowCount() == 100


class _LateClient(KomboClient):
    """Delivers a page even when its task is cancelled: the generation check must drop it."""

    async def list_orders(self, **params: Any) -> Any:  # type: ignore[override]
        inner = asyncio.ensure_future(super().list_orders(**params))
        while True:
            try:
                return await asyncio.shield(inner)
            except asyncio.CancelledError:
                continue


def test_a_page_that_arrives_after_the_filters_changed_is_dropped(
    qtbot: QtBot, sandbox5k: SandboxServer, make_panel: PanelFactory
) -> None:
    loader = OrdersLoader(
        client_factory=lambda c, key: _LateClient(c.base_url, key, c.integration_id)
    )
    panel = make_panel(loader=loader)
    wait_idle(qtbot, panel)
    sandbox5k.faults.latency = 0.5
    panel.set_statuses({"COMPLETED"})
    late = loader._task
    assert late is not None
    qtbot.waitUntil(lambda: sandbox5k.active_requests == 1, timeout=WAIT_MS)
    panel.set_statuses({"CANCELLED"})
    qtbot.waitUntil(late.done, timeout=WAIT_MS)
    wait_idle(qtbot, panel)
    sandbox5k.faults.latency = 0
    assert not late.cancelled()  # it really did finish with a page...
    assert set(shown_column(panel, COL_STATUS)) == {"Cancelled"}  # ...which was ignored


class _SlowToStopClient(KomboClient):
    """Package names that never come, and whose cancelled request takes until `release` to
    stop (as closing a connection on cancel may take a few turns of the loop)."""

    release: asyncio.Event
    asked = False  # the request is under way (a task cancelled before its first step just ends)

    async def get_packages(self) -> Any:
        self.asked = True
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            await self.release.wait()
            raise


def test_an_old_package_request_that_stops_late_leaves_the_new_one_alone(
    qtbot: QtBot, qloop: Any, sandbox5k: SandboxServer
) -> None:
    release = asyncio.Event()
    clients: list[_SlowToStopClient] = []

    def factory(connection: ConnectionInfo, key: str) -> KomboClient:
        client = _SlowToStopClient(connection.base_url, key, connection.integration_id)
        client.release = release
        clients.append(client)
        return client

    loader = OrdersLoader(client_factory=factory)
    first = ConnectionInfo("Sandbox", sandbox5k.base_url, "sandbox:demo", "demo")
    loader.set_connection(first, default_key_provider)
    loader.load()
    qtbot.waitUntil(lambda: bool(clients) and clients[0].asked, timeout=WAIT_MS)
    old = loader._packages_task
    assert old is not None

    second = ConnectionInfo("Sandbox 2", sandbox5k.base_url, "sandbox:demo", "demo")
    loader.set_connection(second, default_key_provider)  # cancels `old`, which stops late
    loader.load()
    qtbot.waitUntil(lambda: loader._packages_task not in (None, old), timeout=WAIT_MS)
    new = loader._packages_task
    assert not old.done()
    release.set()
    qtbot.waitUntil(old.done, timeout=WAIT_MS)
    assert loader._packages_task is new  # still known, so a switch can still cancel it
    qtbot.waitUntil(lambda: clients[0]._http.is_closed, timeout=WAIT_MS)  # the dropped client
    run_async(qloop, qtbot, loader.aclose())
    assert new is not None
    assert new.cancelled()
    assert len(clients) == 2


# --- choosing an order ----------------------------------------------------------------------


def test_double_click_and_enter_choose_the_order(
    qtbot: QtBot, sandbox5k: SandboxServer, make_panel: PanelFactory
) -> None:
    panel = make_panel()
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=WAIT_MS)
    chosen: list[Order] = []
    panel.order_chosen.connect(chosen.append)

    rect = panel.table.visualRect(panel.proxy.index(3, 0))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [o.id for o in chosen] == [panel.model.order_id_at(3)]
    assert chosen[0] == panel.model.order_at(3)  # the whole order, parsed back from its row

    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert chosen[-1].id == panel.model.order_id_at(4)

    # Enter in the search box chooses the single match.
    panel.search_edit.setText(panel.model.order_id_at(9))
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Return)
    assert chosen[-1].id == panel.model.order_id_at(9)


def test_copy_order_id_with_ctrl_c_and_the_context_menu(
    qtbot: QtBot, sandbox5k: SandboxServer, make_panel: PanelFactory
) -> None:
    panel = make_panel()
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=WAIT_MS)
    panel.activateWindow()
    panel.table.setFocus()
    panel.table.selectRow(2)
    qtbot.keyClick(panel.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == panel.model.order_id_at(2)

    def click_row(row: int, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        rect = panel.table.visualRect(panel.proxy.index(row, 0))
        qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())

    click_row(5)
    panel.copy_action.trigger()  # what the context menu's "Copy order ID" does
    assert QApplication.clipboard().text() == panel.model.order_id_at(5)
    click_row(7, Qt.KeyboardModifier.ControlModifier)
    panel.copy_action.trigger()
    ids = [panel.model.order_id_at(5), panel.model.order_id_at(7)]
    assert QApplication.clipboard().text() == "\n".join(ids)


# --- errors, empty and rate limits ----------------------------------------------------------


def test_an_unknown_integration_shows_kombos_error_and_retry(
    qtbot: QtBot, sandbox5k: SandboxServer, make_panel: PanelFactory
) -> None:
    logged: list[tuple[str, str, str]] = []
    panel = make_panel(integration_id="sandbox:doesnotexist")
    panel.message_logged.connect(lambda *m: logged.append(m))
    qtbot.waitUntil(lambda: panel.state_name() == "error", timeout=WAIT_MS)
    assert panel.state_page.title.text() == "Could not load orders"
    assert "PLATFORM.INTEGRATION_NOT_FOUND" in panel.state_page.detail.text()
    assert panel.state_page.button.isVisible()
    assert panel.state_page.button.text() == "Retry"
    assert logged
    assert logged[-1][0] == "error"
    assert "PLATFORM.INTEGRATION_NOT_FOUND" in logged[-1][1]

    requests = len(order_requests(sandbox5k))
    qtbot.mouseClick(panel.state_page.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(order_requests(sandbox5k)) == requests + 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: panel.state_name() == "error", timeout=WAIT_MS)


def test_a_missing_or_unreadable_key_is_said_before_any_request(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, sandbox5k: SandboxServer
) -> None:
    panel = OrdersPanel()
    qtbot.addWidget(panel)
    panel.show()
    # KOMBO_API_KEY is unset in every test: an "env" connection has no key.
    panel.set_connection(
        ConnectionInfo("From env", sandbox5k.base_url, "sandbox:demo", "env"),
        default_key_provider,
    )
    qtbot.waitUntil(lambda: panel.state_name() == "error", timeout=WAIT_MS)
    assert "No API key for “From env”" in panel.state_page.detail.text()

    async def locked(_connection: ConnectionInfo) -> str | None:
        raise RuntimeError("The keyring is locked.")

    panel.set_connection(
        ConnectionInfo("Keyring", sandbox5k.base_url, "sandbox:demo", "keyring"), locked
    )
    qtbot.waitUntil(lambda: panel.state_name() == "error", timeout=WAIT_MS)
    assert "The API key could not be read: The keyring is locked." in panel.state_page.detail.text()
    assert order_requests(sandbox5k) == []
    run_async(qloop, qtbot, panel.loader.aclose())


def test_no_matching_orders_is_a_deliberate_empty_state(
    qtbot: QtBot, sandbox5k: SandboxServer, make_panel: PanelFactory
) -> None:
    panel = make_panel()
    wait_idle(qtbot, panel)
    panel.set_order_ids("AAAAAAAAAAAAAAAAAAAAAAAA")
    qtbot.waitUntil(lambda: panel.state_name() == "empty", timeout=WAIT_MS)
    assert panel.state_page.title.text() == "No orders match these filters"
    assert panel.state_page.button.text() == "Clear filters"
    qtbot.mouseClick(panel.state_page.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.state_name() == "table", timeout=WAIT_MS)
    assert panel.ids_edit.text() == ""
    assert panel.filters() == OrderFilters()


def test_a_rate_limited_page_is_waited_out_and_shown(
    qtbot: QtBot, sandbox5k: SandboxServer, make_panel: PanelFactory
) -> None:
    panel = make_panel()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 100, timeout=WAIT_MS)
    logged: list[tuple[str, str, str]] = []
    panel.message_logged.connect(lambda *m: logged.append(m))
    # The footer as the retry is announced (this slot runs after the panel's): it counts down
    # from there, so a test that looks later on a slow machine would read "1 s".
    announced: list[str] = []
    panel.loader.retrying.connect(lambda _notice: announced.append(panel.status_label.text()))
    sandbox5k.faults.rate_limit_next(1, retry_after_ms=1500, include_reads=True)
    sandbox5k.clear_request_log()

    qtbot.mouseClick(panel.load_more_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(announced), timeout=WAIT_MS)
    assert "Rate limited" in announced[0]
    assert "retrying in 2 s" in announced[0]
    assert logged[-1][0] == "warning"
    assert "rate limited, retrying in 2 s" in logged[-1][1]
    qtbot.waitUntil(lambda: panel.model.rowCount() == 200, timeout=WAIT_MS)
    assert "Rate limited" not in panel.status_label.text()
    assert [r.status for r in sandbox5k.request_log] == [429, 200]


def test_a_failed_next_page_keeps_the_rows_and_offers_retry(
    qtbot: QtBot, sandbox5k: SandboxServer, make_panel: PanelFactory
) -> None:
    panel = make_panel()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 100, timeout=WAIT_MS)
    sandbox5k.faults.fail_next(1, status=503, code="PLATFORM.UNKNOWN_ERROR", include_reads=True)
    panel.load_more()
    qtbot.waitUntil(panel.more_error_bar.isVisible, timeout=WAIT_MS)
    assert panel.model.rowCount() == 100
    assert panel.state_name() == "table"
    assert "PLATFORM.UNKNOWN_ERROR" in panel.more_error_label.text()
    qtbot.mouseClick(panel.more_retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 200, timeout=WAIT_MS)
    assert not panel.more_error_bar.isVisible()
    assert panel.model.order_ids() == expected_ids(sandbox5k)[:200]


def test_nothing_is_requested_until_the_panel_is_shown(
    qtbot: QtBot, sandbox5k: SandboxServer, make_panel: PanelFactory
) -> None:
    panel = make_panel(show=False)
    assert not panel.loader.is_loading
    assert order_requests(sandbox5k) == []
    panel.show()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 100, timeout=WAIT_MS)


def test_without_a_connection_the_panel_says_so(qtbot: QtBot, qloop: Any) -> None:
    panel = OrdersPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert panel.state_name() == "no-connection"
    assert not panel.refresh_button.isEnabled()
    assert not panel.load_more_button.isVisible()

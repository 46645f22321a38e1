"""Looking up one typed or pasted order ID: `GET /assessment/orders?ids=<id>` on the qasync loop.

Emits `found(Order)`, `not_found(order_id)` (the integration has no such order) or
`failed(message)`; a newer lookup cancels the one still running.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.applog import register_secret
from app.kombo.order_ids import order_id_problem, trim_order_id
from app.ui.common.context import ConnectionInfo, KeyProvider
from app.ui.common.kombo_text import kombo_text
from app.ui.common.placeholders import arg

if TYPE_CHECKING:
    import asyncio  # loaded with the qasync loop, after the first paint

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrderLookup", text)


class OrderLookup(QObject):
    """Finds one order by its ID for the order ID field; see the module docstring."""

    found = Signal(object)
    not_found = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._task: asyncio.Task[None] | None = None

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    def look_up(
        self, connection: ConnectionInfo | None, key_provider: KeyProvider, text: str
    ) -> bool:
        """Start looking `text` up; False (and `failed`) when it cannot even be asked."""
        order_id = trim_order_id(text)
        problem = order_id_problem(order_id)
        if problem is not None:
            self.failed.emit(kombo_text(problem))
            return False
        if connection is None:
            self.failed.emit(_tr("Add a connection to look the order up."))
            return False
        import asyncio

        self.cancel()
        self._task = asyncio.ensure_future(self._run(connection, key_provider, order_id))
        return True

    def cancel(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = None

    async def _run(
        self, connection: ConnectionInfo, key_provider: KeyProvider, order_id: str
    ) -> None:
        import asyncio

        from app.kombo.client import KomboClient  # httpx only when an order is looked up
        from app.ui.orders.loader import describe_error  # with the panel, after the first paint

        try:
            key = await key_provider(connection)
            if not key:
                self.failed.emit(arg(_tr("No API key for “%1”."), connection.name))
                return
            if connection.key_source != "demo":  # the demo key is public
                register_secret(key)
            client = KomboClient(
                connection.base_url, key, connection.integration_id, verify=connection.verify
            )
            async with client:
                page = await client.list_orders(ids=[order_id], page_size=1)
        except asyncio.CancelledError:
            raise
        except Exception as error:
            message = describe_error(error)[0]
            log.info("Order lookup failed: %s", message)
            self.failed.emit(message)
            return
        match = next((order for order in page.results if order.id == order_id), None)
        if match is None:
            self.not_found.emit(order_id)
        else:
            self.found.emit(match)

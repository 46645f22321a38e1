"""Check with Kombo first: look the sheet's orders up in pages of IDs and flag the rows that
cannot be written as they are (the order does not exist, or is no longer OPEN while the row
changes its status). A few requests for a whole sheet: 100 IDs per `GET /assessment/orders`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from app.batch.mapping import ColumnMapping
from app.batch.rows import CellProblem, RowCheck
from app.kombo.client import KomboClient
from app.kombo.errors import KomboApiError
from app.kombo.responses import Order

IDS_PER_PAGE = 100
_MAX_RATE_WAITS = 5


async def lookup_orders(client: KomboClient, order_ids: Sequence[str]) -> dict[str, Order]:
    found: dict[str, Order] = {}
    unique = list(dict.fromkeys(order_ids))
    for start in range(0, len(unique), IDS_PER_PAGE):
        chunk = unique[start : start + IDS_PER_PAGE]
        for attempt in range(_MAX_RATE_WAITS + 1):
            try:
                async for page in client.iter_order_pages(ids=chunk, page_size=IDS_PER_PAGE):
                    found.update((order.id, order) for order in page.results)
                break
            except KomboApiError as error:
                if error.http_status != 429 or attempt == _MAX_RATE_WAITS:
                    raise
                info = error.rate_limit
                await asyncio.sleep(info.retry_after_seconds or info.reset_seconds or 1.0)
    return found


async def check_orders(
    client: KomboClient, checks: Sequence[RowCheck], mapping: ColumnMapping
) -> dict[str, Order]:
    """Add a problem at the order ID of each row Kombo would refuse; returns the orders."""
    column = next((h for h, t in mapping.columns.items() if t == "order_id"), None)
    ids = [c.order_id for c in checks if c.order_id]
    orders = await lookup_orders(client, ids)
    for check in checks:
        if not check.order_id:
            continue
        order = orders.get(check.order_id)
        if order is None:
            message = "No order with this ID exists in the integration."
        elif order.status != "OPEN" and check.body is not None:
            if order.status == "REJECTED":
                message = "The order is REJECTED; results can no longer be written to it."
            elif check.body.status.value != order.status:
                message = (
                    f"The order is {order.status}; only OPEN orders can change their status "
                    f"(send {order.status} to update the result without changing it)."
                )
            else:
                continue
        else:
            continue
        check.problems.append(CellProblem(check.index, column, message))
        check.body = None
    return orders

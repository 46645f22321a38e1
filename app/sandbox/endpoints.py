"""The sandbox's endpoints: one function per route name (`routes.py`), answering a request
that has passed the pipeline in `handler.py` (body read, authenticated, faults applied).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, cast
from urllib.parse import parse_qs

from app.kombo.constants import OrderStatus
from app.sandbox.answers import INPUT_INVALID, Answer, error_answer, json_answer
from app.sandbox.ats import write_warnings
from app.sandbox.parsing import parse_created_after, parse_json, parse_packages
from app.sandbox.requestlog import LoggedRequest
from app.sandbox.result_rules import check_result_body
from app.sandbox.routes import Route
from app.sandbox.state import SandboxState
from app.sandbox.store import InvalidCursor, StatusRuleViolation

__all__ = ["ENDPOINTS", "PAGE_SIZE_MAX", "Endpoint", "refuse"]

PAGE_SIZE_MAX = 250

Endpoint = Callable[[SandboxState, LoggedRequest, Route, bytes], Answer]


def refuse(
    entry: LoggedRequest,
    status: int,
    message: str,
    code: str | None = INPUT_INVALID,
    *,
    title: str | None = None,
    headers: dict[str, str] | None = None,
) -> Answer:
    """Kombo's error envelope for this request (its interaction ID)."""
    return error_answer(status, code, message, entry.interaction_id, title=title, headers=headers)


def check_api_key(sandbox: SandboxState, entry: LoggedRequest, route: Route, body: bytes) -> Answer:
    env = sandbox.store.environment_id
    return json_answer(
        200, {"status": "success", "data": {"environment_id": env, "customer_id": env}}
    )


def integration(sandbox: SandboxState, entry: LoggedRequest, route: Route, body: bytes) -> Answer:
    if route.integration_id != sandbox.integration_id:
        return refuse(
            entry,
            404,
            f"No integration with the ID {route.integration_id!r} exists in this environment.",
            "PLATFORM.INTEGRATION_NOT_FOUND",
        )
    data = sandbox.integration.to_json(sandbox.integration_id)
    return json_answer(200, {"status": "success", "data": data})


def packages(sandbox: SandboxState, entry: LoggedRequest, route: Route, body: bytes) -> Answer:
    store = sandbox.store
    if entry.method == "GET":
        return json_answer(200, {"status": "success", "data": {"packages": store.packages()}})
    payload, error = parse_json(body)
    if error is not None:
        return refuse(entry, 400, error)
    parsed, problems = parse_packages(payload)
    if problems:
        return refuse(entry, 400, "The request body is invalid: " + "; ".join(problems))
    store.set_packages(parsed)
    return json_answer(200, {"status": "success", "data": {}, "warnings": []})


def orders(sandbox: SandboxState, entry: LoggedRequest, route: Route, body: bytes) -> Answer:
    return _orders_page(sandbox, entry, open_only=False)


def open_orders(sandbox: SandboxState, entry: LoggedRequest, route: Route, body: bytes) -> Answer:
    return _orders_page(sandbox, entry, open_only=True)


def _orders_page(sandbox: SandboxState, entry: LoggedRequest, *, open_only: bool) -> Answer:
    try:
        params = parse_qs(entry.query, keep_blank_values=True, errors="strict")
    except UnicodeDecodeError:
        return refuse(entry, 400, "The query string is not valid UTF-8.")

    def values(name: str) -> list[str]:
        # `a,b` (what the SDKs send, as a%2Cb) and repeated parameters both work.
        return [v.strip() for raw in params.get(name, []) for v in raw.split(",") if v.strip()]

    problems: list[str] = []
    page_size = 100
    if "page_size" in params:
        raw = params["page_size"][-1].strip()
        if not raw.isdigit() or not 1 <= int(raw) <= PAGE_SIZE_MAX:
            problems.append(
                f"page_size: must be a whole number from 1 to {PAGE_SIZE_MAX} (got {raw!r})."
            )
        else:
            page_size = int(raw)
    statuses: list[str] = ["OPEN"] if open_only else values("statuses")
    known = [s.value for s in OrderStatus]
    unknown = [s for s in statuses if s not in known]
    if unknown:
        problems.append(
            f"statuses: {', '.join(map(repr, unknown))} is not a status; use {', '.join(known)}."
        )
    created_after: datetime | None = None
    if not open_only and params.get("created_after"):
        raw = params["created_after"][-1].strip()
        created_after = parse_created_after(raw)
        if created_after is None:
            problems.append(
                f"created_after: {raw!r} is not a date-time in the format YYYY-MM-DDTHH:mm:ss.sssZ."
            )
    cursor = params.get("cursor", [""])[-1].strip() or None
    if problems:
        return refuse(entry, 400, "Invalid query parameters: " + " ".join(problems))
    try:
        page = sandbox.store.page(
            statuses=statuses,
            ids=[] if open_only else values("ids"),
            created_after=created_after,
            page_size=page_size,
            cursor=cursor,
            with_status=not open_only,
        )
    except InvalidCursor:
        return refuse(
            entry,
            400,
            "cursor: the cursor is invalid. Use the `next` value of the previous page as is.",
        )
    return json_answer(
        200, {"status": "success", "data": {"next": page.next_cursor, "results": page.orders}}
    )


def result(sandbox: SandboxState, entry: LoggedRequest, route: Route, body: bytes) -> Answer:
    payload, error = parse_json(body)
    if error is not None:
        return refuse(entry, 400, error)
    issues = check_result_body(payload)
    if issues:
        detail = "; ".join(f"{issue.dotted}: {issue.message.rstrip('.')}" for issue in issues)
        return refuse(entry, 400, f"The request body is invalid. {detail}.")
    result = cast(dict[str, Any], payload)
    order_id = route.order_id or ""
    order = sandbox.store.get(order_id)
    if order is None:
        return refuse(
            entry,
            404,
            f"No assessment order with the ID {order_id!r} exists in the integration "
            f"{sandbox.integration_id}.",
            title="The assessment order could not be found.",
        )
    warnings = write_warnings(result, order.ats)
    try:
        sandbox.store.write_result(order, result, warnings)
    except StatusRuleViolation as violation:
        current = str(violation)
        return refuse(
            entry,
            400,
            f"The order {order_id!r} is {current}; only OPEN orders can change their status. "
            + (
                "Results can no longer be written to a rejected order."
                if current == "REJECTED"
                else f"Send status {current} to update the result without changing it."
            ),
        )
    return json_answer(
        200,
        {"status": "success", "data": {}, "warnings": [{"message": w} for w in warnings]},
    )


def sandbox_requests(
    sandbox: SandboxState, entry: LoggedRequest, route: Route, body: bytes
) -> Answer:
    logged = sandbox.logged_requests()
    requests = [
        {
            "method": item.method,
            "path": item.path,
            "query": item.query,  # e.g. a lookup's ids=…, for tests out of process
            "order_id": item.order_id,
            "status": item.status,
            "outcome": item.outcome,
        }
        for item in logged
    ]
    return json_answer(200, {"status": "success", "data": {"requests": requests}})


def sandbox_orders(
    sandbox: SandboxState, entry: LoggedRequest, route: Route, body: bytes
) -> Answer:
    listing = sandbox.store.sandbox_listing()
    return json_answer(200, {"status": "success", "data": {"orders": listing}})


def sandbox_result(
    sandbox: SandboxState, entry: LoggedRequest, route: Route, body: bytes
) -> Answer:
    order_id = route.order_id or ""
    if sandbox.store.get(order_id) is None:
        return refuse(entry, 404, f"No assessment order with the ID {order_id!r} exists.")
    written = sandbox.written_result(order_id)
    if written is None:
        return refuse(entry, 404, f"No result has been written to the order {order_id!r} yet.")
    return json_answer(200, written)


# By route name (`Route.name`).
ENDPOINTS: dict[str, Endpoint] = {
    "check_api_key": check_api_key,
    "integration": integration,
    "packages": packages,
    "orders": orders,
    "open_orders": open_orders,
    "result": result,
    "sandbox_requests": sandbox_requests,
    "sandbox_orders": sandbox_orders,
    "sandbox_result": sandbox_result,
}

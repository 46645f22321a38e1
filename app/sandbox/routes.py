"""The sandbox's routes, matched on the raw request path.

The order ID is one percent-encoded segment, decoded exactly once: `a%2Fb` is the ID `a/b`,
never two segments, and `..` is an ID like any other, not a step up.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote


@dataclass(frozen=True)
class Route:
    name: str
    methods: tuple[str, ...]
    order_id: str | None = None  # decoded once from one raw segment
    integration_id: str | None = None  # the same, for /integrations/{integration_id}
    needs_integration: bool = False
    sandbox_only: bool = False


def match_route(raw_path: str) -> Route | None:
    """Match the raw (still percent-encoded) path; the order ID is one segment, decoded once."""
    if not raw_path.startswith("/v1/"):
        return None
    parts = raw_path[len("/v1/") :].split("/")
    if parts == ["check-api-key"]:
        return Route("check_api_key", ("GET",))
    if len(parts) == 2 and parts[0] == "integrations" and parts[1]:
        return Route("integration", ("GET",), integration_id=decode_segment(parts[1]))
    if parts == ["assessment", "packages"]:
        return Route("packages", ("GET", "PUT"), needs_integration=True)
    if parts == ["assessment", "orders"]:
        return Route("orders", ("GET",), needs_integration=True)
    if parts == ["assessment", "orders", "open"]:
        return Route("open_orders", ("GET",), needs_integration=True)
    if len(parts) == 4 and parts[:2] == ["assessment", "orders"] and parts[3] == "result":
        return Route("result", ("PUT",), decode_segment(parts[2]), needs_integration=True)
    if parts == ["_sandbox", "requests"]:
        return Route("sandbox_requests", ("GET",), sandbox_only=True)
    if parts == ["_sandbox", "orders"]:
        return Route("sandbox_orders", ("GET",), sandbox_only=True)
    if len(parts) == 4 and parts[:2] == ["_sandbox", "orders"] and parts[3] == "result":
        return Route("sandbox_result", ("GET",), decode_segment(parts[2]), sandbox_only=True)
    return None


def decode_segment(segment: str) -> str:
    try:
        return unquote(segment, errors="strict")
    except UnicodeDecodeError:
        return segment  # undecodable: no order has this ID, the lookup answers 404

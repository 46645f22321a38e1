"""The sandbox's orders, their statuses and the results written to them, behind one lock.

Orders are listed newest first. A cursor encodes only the position (the sort key of the last
order on the previous page), never the filters: like Kombo, the filters must be resent with
every page, and a page asked for with different filters simply continues from that position.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from app.kombo.timefmt import format_kombo_datetime
from app.sandbox.seed import PACKAGES, SeedOrder, SeedPackage, seed_data

_CURSOR_VERSION = 1


class InvalidCursor(ValueError):
    pass


class StatusRuleViolation(ValueError):
    pass


def _sort_key(order: SeedOrder) -> tuple[int, str]:
    return (order.created_ms, order.id)


def encode_cursor(order: SeedOrder) -> str:
    created_ms, order_id = _sort_key(order)
    raw = json.dumps({"v": _CURSOR_VERSION, "t": created_ms, "id": order_id}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[int, str]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
        if (
            isinstance(data, dict)
            and data.get("v") == _CURSOR_VERSION
            and isinstance(data.get("t"), int)
            and isinstance(data.get("id"), str)
        ):
            return data["t"], data["id"]
    except (ValueError, UnicodeError, binascii.Error):
        pass
    raise InvalidCursor(cursor)


@dataclass(frozen=True)
class Page:
    orders: list[dict[str, Any]]
    next_cursor: str | None


def attachment_preview(attachment: Any) -> dict[str, Any]:
    """`{name, content_type, size, sha256}` for inline data; the URL for `data_url`."""
    if not isinstance(attachment, dict):
        return {"value": attachment}
    preview: dict[str, Any] = {"name": attachment.get("name")}
    preview["content_type"] = attachment.get("content_type")
    data = attachment.get("data")
    if isinstance(data, str):
        raw = base64.b64decode(data)
        preview["size"] = len(raw)
        preview["sha256"] = hashlib.sha256(raw).hexdigest()
    if attachment.get("data_url") is not None:
        preview["data_url"] = attachment["data_url"]
    return preview


class OrderStore:
    def __init__(self, count: int, seed: int, now: datetime | None = None) -> None:
        data = seed_data(count, seed, now)
        self.environment_id = data.environment_id
        self._lock = threading.Lock()
        self._orders = sorted(data.orders, key=_sort_key, reverse=True)
        self._keys = [_sort_key(order) for order in self._orders]
        self._by_id = {order.id: order for order in self._orders}
        self._packages: list[SeedPackage] = list(PACKAGES)
        self._written: dict[str, dict[str, Any]] = {}

    # --- reading -------------------------------------------------------------------------

    def get(self, order_id: str) -> SeedOrder | None:
        return self._by_id.get(order_id)

    def order_ids(self, status: str | None = None) -> list[str]:
        with self._lock:
            return [o.id for o in self._orders if status is None or o.status == status]

    def packages(self) -> list[dict[str, Any]]:
        with self._lock:
            return [package.to_json() for package in self._packages]

    def set_packages(self, packages: list[SeedPackage]) -> None:
        with self._lock:
            self._packages = list(packages)

    def page(
        self,
        *,
        statuses: Sequence[str] = (),
        ids: Sequence[str] = (),
        created_after: datetime | None = None,
        page_size: int = 100,
        cursor: str | None = None,
        with_status: bool = True,
    ) -> Page:
        start = 0
        if cursor:
            after = decode_cursor(cursor)
            # Keys are sorted descending; the next page starts after the first key below it.
            lo, hi = 0, len(self._keys)
            while lo < hi:
                mid = (lo + hi) // 2
                if self._keys[mid] > after:
                    lo = mid + 1
                else:
                    hi = mid
            start = lo + (1 if lo < len(self._keys) and self._keys[lo] == after else 0)
        wanted_statuses = set(statuses)
        wanted_ids = set(ids)
        after_ms = None if created_after is None else int(created_after.timestamp() * 1000)
        results: list[SeedOrder] = []
        more = False
        with self._lock:
            for order in self._orders[start:]:
                if after_ms is not None and order.created_ms < after_ms:
                    # Newest first: every later order is older still.
                    break
                if wanted_statuses and order.status not in wanted_statuses:
                    continue
                if wanted_ids and order.id not in wanted_ids:
                    continue
                if len(results) == page_size:
                    more = True
                    break
                results.append(order)
            items = [order.to_json(with_status=with_status) for order in results]
        return Page(items, encode_cursor(results[-1]) if more else None)

    def sandbox_listing(self) -> list[dict[str, Any]]:
        """What the real API hides: creation time, ATS and whether a result was written."""
        with self._lock:
            return [
                {
                    "id": o.id,
                    "status": o.status,
                    "created_at": format_kombo_datetime(o.created_at),
                    "ats": o.ats.slug,
                    "result_written": o.id in self._written,
                }
                for o in self._orders
            ]

    # --- writing -------------------------------------------------------------------------

    def write_result(self, order: SeedOrder, raw: dict[str, Any], warnings: list[str]) -> None:
        """Apply a result the contract accepts, enforcing the status rule atomically."""
        preview = {key: value for key, value in raw.items() if key != "attachments"}
        if "attachments" in raw:
            preview["attachments"] = [attachment_preview(a) for a in raw["attachments"]]
        preview["written_at"] = format_kombo_datetime(datetime.now(UTC))
        preview["warnings"] = list(warnings)
        with self._lock:
            if order.status != "OPEN" and order.status != raw["status"]:
                raise StatusRuleViolation(order.status)
            order.status = raw["status"]
            self._written[order.id] = preview

    def written_result(self, order_id: str) -> dict[str, Any] | None:
        with self._lock:
            result = self._written.get(order_id)
            return json.loads(json.dumps(result)) if result is not None else None

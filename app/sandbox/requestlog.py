"""What the sandbox remembers about each request, for tests that count attempts or check paths.

The Authorization value is masked (`Bearer ***`): a key never reaches the log, a repr or a
test's output.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass


class Headers(Mapping[str, str]):
    """Request headers with case-insensitive lookup, as tests expect from HTTP."""

    def __init__(self, items: list[tuple[str, str]]) -> None:
        self._items = dict(items)
        self._lower = {key.lower(): value for key, value in items}

    def __getitem__(self, key: str) -> str:
        return self._lower[key.lower()]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key.lower() in self._lower

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Headers({self._items!r})"


def masked(name: str, value: str) -> str:
    if name.lower() != "authorization":
        return value
    scheme, _, _ = value.partition(" ")
    return f"{scheme} ***" if scheme.lower() == "bearer" else "***"


@dataclass
class LoggedRequest:
    """One request as the server saw it. The Authorization value is masked (`Bearer ***`)."""

    method: str
    path: str  # the raw path as sent, percent-encoding intact, without the query
    query: str  # the raw query string
    headers: Headers
    interaction_id: str
    status: int | None = None  # None: the connection closed without an answer
    body_size: int = 0  # body bytes read
    order_id: str | None = None  # decoded order ID on the result routes
    outcome: str = ""  # "answered", "dropped" (fault) or "client disconnected"

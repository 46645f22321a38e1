"""The one rule for an assessment order ID, shared by the form's field and the client.

An order ID becomes one path segment of `PUT /assessment/orders/{id}/result`. Whatever it holds
is percent-encoded, but `.` and `..` cannot be made safe that way: many servers decode `%2E`
and then treat the segment as "this" or "the parent" path, so the PUT would go to another
route. Control characters (CR, LF, NUL, tab, any C0 or DEL) are no part of any real ID and only
reach the wire from a bad paste. Both are refused; surrounding spaces are trimmed, never
anything else. No Qt and no pydantic; the
client raises `errors.OrderIdError` (typed, before anything is sent).
"""

from __future__ import annotations

from urllib.parse import quote

from app.kombo.errors import OrderIdError

__all__ = ["OrderIdError", "order_id_problem", "order_path_segment", "trim_order_id"]

_NAMES = {0x00: "NUL", 0x09: "tab", 0x0A: "line feed", 0x0D: "carriage return", 0x7F: "DEL"}


def _is_control(char: str) -> bool:
    return ord(char) < 0x20 or ord(char) == 0x7F


def trim_order_id(text: str) -> str:
    """`text` without surrounding spaces (any Unicode space that is not a control character)."""
    start, end = 0, len(text)
    while start < end and text[start].isspace() and not _is_control(text[start]):
        start += 1
    while end > start and text[end - 1].isspace() and not _is_control(text[end - 1]):
        end -= 1
    return text[start:end]


def order_id_problem(text: str) -> str | None:
    """Why `text` (trimmed) cannot be an order ID, or None when it can."""
    order_id = trim_order_id(text)
    if not order_id:
        return "Enter the order ID."
    for char in order_id:
        if _is_control(char):
            name = _NAMES.get(ord(char), "control character")
            return f"An order ID cannot contain a {name} (U+{ord(char):04X}); paste it again."
        if 0xD800 <= ord(char) <= 0xDFFF:  # a lone surrogate: no UTF-8 for the URL
            return f"An order ID cannot contain U+{ord(char):04X}, which is not a character."
    if order_id in {".", ".."}:
        return f'"{order_id}" cannot be an order ID: in a URL path it is not a name.'
    return None


def order_path_segment(order_id: str) -> str:
    """The order ID, trimmed, as exactly one percent-encoded path segment; OrderIdError if it
    cannot be one."""
    problem = order_id_problem(order_id)
    if problem is not None:
        raise OrderIdError(problem)
    # safe="" encodes / ? # % and spaces too; dot segments were refused above.
    return quote(trim_order_id(order_id), safe="")

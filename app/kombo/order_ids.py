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

from app.kombo.i18n import N_, Message

__all__ = ["order_id_problem", "order_path_segment", "trim_order_id"]

# One whole sentence per character, so a translation can decline the name as its grammar needs.
_PROBLEMS = {
    0x00: N_("An order ID cannot contain a NUL ({code}); paste it again."),
    0x09: N_("An order ID cannot contain a tab ({code}); paste it again."),
    0x0A: N_("An order ID cannot contain a line feed ({code}); paste it again."),
    0x0D: N_("An order ID cannot contain a carriage return ({code}); paste it again."),
    0x7F: N_("An order ID cannot contain a DEL ({code}); paste it again."),
}
_CONTROL = N_("An order ID cannot contain a control character ({code}); paste it again.")


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
        return N_("Enter the order ID.")
    for char in order_id:
        if _is_control(char):
            return Message(_PROBLEMS.get(ord(char), _CONTROL), code=f"U+{ord(char):04X}")
        if 0xD800 <= ord(char) <= 0xDFFF:  # a lone surrogate: no UTF-8 for the URL
            return Message(
                N_("An order ID cannot contain {code}, which is not a character."),
                code=f"U+{ord(char):04X}",
            )
    if order_id in {".", ".."}:
        return Message(
            N_('"{order_id}" cannot be an order ID: in a URL path it is not a name.'),
            order_id=order_id,
        )
    return None


def order_path_segment(order_id: str) -> str:
    """The order ID, trimmed, as exactly one percent-encoded path segment; OrderIdError if it
    cannot be one."""
    problem = order_id_problem(order_id)
    if problem is not None:
        # Only the client raises it: the form's field (on the first paint) needs no errors.
        from app.kombo.errors import OrderIdError

        raise OrderIdError(problem)
    # safe="" encodes / ? # % and spaces too; dot segments were refused above.
    return quote(trim_order_id(order_id), safe="")

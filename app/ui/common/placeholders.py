"""`%1`, `%2` … of a translated text filled in one pass, as QString.arg does in C++.

Chained `.replace("%1", a).replace("%2", b)` also replaces a `%2` inside `a` (an order ID may
hold one); here a value is never read again.
"""

from __future__ import annotations

import re

__all__ = ["arg"]

_PLACEHOLDER = re.compile(r"%(\d)")


def arg(text: str, *values: object) -> str:
    """`text` with `%1` … `%9` replaced by `values`; a placeholder without a value stays."""

    def value(match: re.Match[str]) -> str:
        index = int(match[1]) - 1
        return str(values[index]) if 0 <= index < len(values) else match[0]

    return _PLACEHOLDER.sub(value, text)

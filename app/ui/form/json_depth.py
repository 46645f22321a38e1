"""How deeply a JSON text nests, found without parsing it.

`json.loads` recurses once per level: a template nested 100,000 levels deep raised
RecursionError into the crash dialog. A result template needs a handful of levels (the result,
its attributes or remote fields, their values), so anything deeper is refused up front.
"""

from __future__ import annotations

# remote_fields may carry an ATS's own nested objects; 64 leaves room for them.
MAX_TEMPLATE_DEPTH = 64


def exceeds_depth(text: str, limit: int = MAX_TEMPLATE_DEPTH) -> bool:
    """Whether arrays and objects in `text` nest deeper than `limit` (strings are skipped)."""
    depth = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > limit:
                return True
        elif char in "]}":
            depth -= 1
    return False

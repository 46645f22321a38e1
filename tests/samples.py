"""Typical parts of an assessment result, for tests that need one and do not care which.

Builders, so each call gives fresh dicts a test may change. Numbers are floats, as the editors'
`state()` gives them back, so the same rows serve form state, editor state and request bodies.
"""

from __future__ import annotations

import base64
from typing import Any


def text_attribute(label: str = "Role fit", value: str = "Excellent") -> dict[str, Any]:
    return {"type": "TEXT", "label": label, "value": value}


def sub_result(
    id: str = "pers-1",
    label: str = "Personality test",
    value: float = 97.0,
    max: float = 100.0,
    status: str = "COMPLETED",
) -> dict[str, Any]:
    return {
        "type": "SUB_RESULT",
        "id": id,
        "label": label,
        "score": {"value": value, "max": max},
        "status": status,
    }


def sample_attributes() -> list[dict[str, Any]]:
    """One attribute of each type: a text and a completed sub-result."""
    return [text_attribute(), sub_result()]


def pdf_attachment(pdf: bytes, name: str = "Report") -> dict[str, Any]:
    """An inline PDF attachment (base64 `data`)."""
    return {"name": name, "content_type": "application/pdf", "data": base64.b64encode(pdf).decode()}

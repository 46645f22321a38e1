"""The contract's constants and enums, without pydantic.

Widgets need these to be built (the status combo, the attachment limit, the Workday path), and
the window must be able to paint before pydantic and the models load. `app.kombo.models`
re-exports every name here, so either import works.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Any

MAX_ATTACHMENTS = 5
# The contract's pattern as ECMA-262 reads it: `\w` is ASCII-only there, and its `$` does not
# accept a trailing newline as Python's does (hence `\Z`).
CONTENT_TYPE_PATTERN = re.compile(r"^[\w.-]+/[\w.-]+\Z", re.ASCII)
GENERIC_CONTENT_TYPES = frozenset({"application/octet-stream", "binary/octet-stream"})


class ResultStatus(StrEnum):
    OPEN = "OPEN"
    COMPLETED = "COMPLETED"
    CANCELLED = "CANCELLED"


class SubResultStatus(StrEnum):
    COMPLETED = "COMPLETED"
    CANCELLED = "CANCELLED"


class OrderStatus(StrEnum):
    """Known order statuses. Responses keep unknown values as plain strings."""

    OPEN = "OPEN"
    COMPLETED = "COMPLETED"
    CANCELLED = "CANCELLED"
    REJECTED = "REJECTED"


WORKDAY_STATUS_PATH = (
    "Assess_Candidate_Data",
    "Candidate_Assessment_Data",
    "Assess_Candidate_Test_Result_Data",
    "Assessment_Test_Status_Reference",
    "Assessment_Status_ID",
)


def workday_remote_fields(status_id: str) -> dict[str, Any]:
    """The nested Workday object for one assessment status ID."""
    node: dict[str, Any] = {WORKDAY_STATUS_PATH[-1]: status_id}
    for key in reversed(WORKDAY_STATUS_PATH[:-1]):
        node = {key: node}
    return node

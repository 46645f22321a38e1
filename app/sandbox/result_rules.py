"""How the sandbox judges a `PUT /assessment/orders/{id}/result` body: as Kombo's contract does.

Two sources, nothing else (the desk's own form models are stricter on purpose and are not used
here):

1. The JSON Schema of the request body in `kombo-assessment-openapi.json`
   (`PutAssessmentOrdersAssessmentOrderIdResultRequestBody`), mirrored by hand below: types,
   enums, `required`, `minimum`, `maxItems`, the `content_type` and `completed_at` patterns, and
   the formats `uri` and `date-time` (see `formats.py`). Like the schema, it allows fields it does
   not name (no `additionalProperties: false`), empty strings and any URI scheme. The corpus test
   (tests/integration/test_sandbox_corpus.py) holds this mirror equal to `jsonschema` with
   format checking.
2. The rules Kombo states only in prose, each in `PROSE_RULES` with where it is stated. The
   status rule (`status` changes only while the order is `OPEN`, from the `status` field's
   description and the contract README) depends on the order, so the store enforces it.

Stated but not enforced, because Kombo words them as advice to the caller: a meaningful
`content_type` rather than `application/octet-stream` (the write succeeds with a warning), and
`data_url` over `data`. Sending both `data` and `data_url` is not refused: the descriptions say
"either this or `data_url`", and API-NOTES.md §8 item 7 and §9 question 7 record that "exactly one"
is never stated.
"""

from __future__ import annotations

import base64
import binascii
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from app.kombo.constants import CONTENT_TYPE_PATTERN, MAX_ATTACHMENTS
from app.sandbox.formats import is_contract_datetime, is_uri

Path = tuple[str | int, ...]
SCHEMA = "schema"
_LOWEST_DOUBLE = -sys.float_info.max  # the schema's `minimum: -1.7976931348623157e+308`
_RESULT_STATUSES = ("COMPLETED", "CANCELLED", "OPEN")
_SUB_RESULT_STATUSES = ("COMPLETED", "CANCELLED")
_NOT_URI = "Must be a URI (RFC 3986)."
_NOT_DATETIME = "Must be a UTC date-time as YYYY-MM-DDTHH:mm:ss.sssZ."


@dataclass(frozen=True)
class ProseRule:
    text: str
    source: str


PROSE_RULES: dict[str, ProseRule] = {
    "completed_at-when-done": ProseRule(
        "completed_at is given when status is COMPLETED or CANCELLED.",
        'openapi: description of completed_at ("Please make sure this value is provided when '
        "the status is of the type COMPLETED or CANCELLED\"); contract README.md, 'Rules the "
        "document states in prose'",
    ),
    "attachment-source": ProseRule(
        "An attachment has data or data_url.",
        'openapi: descriptions of data and data_url ("You must provide either this or '
        "data_url\"); contract README.md, 'Rules the document states in prose'",
    ),
    "content_type-with-data": ProseRule(
        "An attachment with data has a content_type.",
        'openapi: description of content_type ("If you provide data, this is required"); '
        "contract README.md, 'Rules the document states in prose'",
    ),
    "data-is-base64": ProseRule(
        "An attachment's data is base64.",
        'openapi: description of data ("Base64-encoded contents of the file"); contract '
        "README.md ('data (base64)')",
    ),
}


@dataclass(frozen=True)
class BodyIssue:
    path: Path
    message: str
    rule: str = SCHEMA  # SCHEMA, or the key of the PROSE_RULES entry that refuses

    @property
    def dotted(self) -> str:
        """`attachments[0].content_type`; `body` for the body itself."""
        out = ""
        for part in self.path:
            out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
        return out or "body"


class _Checker:
    def __init__(self) -> None:
        self.issues: list[BodyIssue] = []

    def add(self, path: Path, message: str, rule: str = SCHEMA) -> None:
        self.issues.append(BodyIssue(path, message, rule))

    def string(self, value: Any, path: Path) -> bool:
        if isinstance(value, str):
            return True
        self.add(path, "Expected a string.")
        return False

    def text(
        self,
        node: Mapping[str, Any],
        key: str,
        path: Path,
        test: Callable[[str], bool] | None = None,
        message: str = "",
        rule: str = SCHEMA,
    ) -> None:
        """`node[key]`, when present, is a string (that passes `test`)."""
        if key in node and self.string(node[key], (*path, key)) and test and not test(node[key]):
            self.add((*path, key), message, rule)

    def number(self, value: Any, path: Path, minimum: float = _LOWEST_DOUBLE) -> None:
        # bool is an int in Python but not a number in JSON Schema.
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.add(path, "Expected a number.")
        elif value < minimum:
            self.add(path, f"Must be at least {minimum:g}.")

    def choice(self, value: Any, path: Path, allowed: tuple[str, ...]) -> None:
        if value not in allowed or not isinstance(value, str):
            self.add(path, f"Choose one of {', '.join(allowed)}.")

    def required(self, node: Mapping[str, Any], keys: tuple[str, ...], path: Path) -> None:
        for key in keys:
            if key not in node:
                self.add((*path, key), "This is required.")

    # --- the body --------------------------------------------------------------------------

    def body(self, payload: Any) -> None:
        if not isinstance(payload, dict):
            self.add((), "The body must be a JSON object.")
            return
        self.required(payload, ("status", "result_url"), ())
        if "status" in payload:
            self.choice(payload["status"], ("status",), _RESULT_STATUSES)
        self.text(payload, "result_url", (), is_uri, _NOT_URI)
        self.text(payload, "completed_at", (), is_contract_datetime, _NOT_DATETIME)
        if "completed_at" not in payload and payload.get("status") in ("COMPLETED", "CANCELLED"):
            self.add(
                ("completed_at",),
                f"This is required when status is {payload['status']}.",
                "completed_at-when-done",
            )
        for key in ("score", "max_score"):
            if key in payload:
                self.number(payload[key], (key,))
        if "attributes" in payload:
            self.attributes(payload["attributes"])
        if "attachments" in payload:
            self.attachments(payload["attachments"])
        if "remote_fields" in payload:
            self.remote_fields(payload["remote_fields"])

    def attributes(self, value: Any) -> None:
        if not isinstance(value, list):
            self.add(("attributes",), "Expected a list.")
            return
        for index, item in enumerate(value):
            path: Path = ("attributes", index)
            kind = item.get("type") if isinstance(item, dict) else None
            # anyOf of two objects told apart by `const` on `type`: judge by that branch.
            if not isinstance(item, dict) or kind not in ("TEXT", "SUB_RESULT"):
                self.add((*path, "type"), "The type must be TEXT or SUB_RESULT.")
            elif kind == "TEXT":
                self.required(item, ("label", "value"), path)
                for key in ("label", "value"):
                    self.text(item, key, path)
            else:
                self.sub_result(item, path)

    def sub_result(self, item: dict[str, Any], path: Path) -> None:
        self.required(item, ("id", "label", "score", "status"), path)
        for key in ("id", "label"):
            self.text(item, key, path)
        if "status" in item:
            self.choice(item["status"], (*path, "status"), _SUB_RESULT_STATUSES)
        if "score" not in item:
            return
        score = item["score"]
        if not isinstance(score, dict):
            self.add((*path, "score"), "Expected an object.")
            return
        self.required(score, ("value", "max"), (*path, "score"))
        if "value" in score:
            self.number(score["value"], (*path, "score", "value"))
        if "max" in score:
            self.number(score["max"], (*path, "score", "max"), minimum=1)

    def attachments(self, value: Any) -> None:
        if not isinstance(value, list):
            self.add(("attachments",), "Expected a list.")
            return
        if len(value) > MAX_ATTACHMENTS:
            self.add(("attachments",), f"At most {MAX_ATTACHMENTS} attachments can be sent.")
        for index, item in enumerate(value):
            path: Path = ("attachments", index)
            if not isinstance(item, dict):
                self.add(path, "Expected an object.")
                continue
            self.required(item, ("name",), path)
            self.text(item, "name", path)
            self.text(item, "content_type", path, _is_media_type, "Must look like type/subtype.")
            self.text(item, "data_url", path, is_uri, _NOT_URI)
            self.text(item, "data", path, _is_base64, "Must be base64.", "data-is-base64")
            if "data" not in item and "data_url" not in item:
                self.add(path, "Give data or data_url.", "attachment-source")
            if "data" in item and "content_type" not in item:
                self.add(
                    (*path, "content_type"),
                    "This is required when data is given.",
                    "content_type-with-data",
                )

    def remote_fields(self, value: Any) -> None:
        if not isinstance(value, dict):
            self.add(("remote_fields",), "Expected an object.")
            return
        # The two systems the schema names; any other key passes through unchecked.
        for system, key in (("smartrecruiters", "scoreLabel"), ("recruitee", "subtitle")):
            if system not in value:
                continue
            node = value[system]
            if not isinstance(node, dict):
                self.add(("remote_fields", system), "Expected an object.")
            else:
                self.text(node, key, ("remote_fields", system))


def _is_media_type(text: str) -> bool:
    return CONTENT_TYPE_PATTERN.match(text) is not None


def _is_base64(text: str) -> bool:
    try:
        base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return False
    return True


def check_result_body(payload: Any) -> list[BodyIssue]:
    """Every way the body breaks the contract; empty when Kombo would take it."""
    checker = _Checker()
    checker.body(payload)
    return checker.issues

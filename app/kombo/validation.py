"""Turn model validation into per-field messages the form and the sandbox can show.

`validate_result` never raises on bad input: whatever the user or a client sends, the answer
is a list of issues, each with the path of the field it concerns. `FieldIssue` and
`ValidationOutcome` live in the pydantic-free `app.kombo.issues` and are re-exported here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from app.kombo.constants import MAX_ATTACHMENTS
from app.kombo.i18n import N_, Message, from_pydantic
from app.kombo.issues import FieldIssue, Path, Severity, ValidationOutcome
from app.kombo.models import ResultBody

__all__ = [
    "FieldIssue",
    "Path",
    "Severity",
    "ValidationOutcome",
    "issues_from_error",
    "result_warnings",
    "validate_result",
]

# Pydantic's own wording, made to read like the rest of the desk's messages.
_FRIENDLY: dict[str, str] = {
    "missing": N_("This is required."),
    "string_type": N_("Enter text."),
    "float_type": N_("Enter a number."),
    "float_parsing": N_("Enter a number."),
    "int_type": N_("Enter a whole number."),
    "list_type": N_("Expected a list."),
    "dict_type": N_("Expected an object."),
    "model_type": N_("Expected an object."),
    "model_attributes_type": N_("Expected an object."),
    "extra_forbidden": N_("This field is not part of Kombo's result format."),
    "union_tag_invalid": N_("The type must be TEXT or SUB_RESULT."),
    "union_tag_not_found": N_("Each attribute needs a type: TEXT or SUB_RESULT."),
    "too_long": Message(N_("At most {count} attachments can be sent."), count=MAX_ATTACHMENTS),
}


def _enum_message(ctx: Mapping[str, Any] | None) -> str:
    expected = (ctx or {}).get("expected", "")
    if expected:
        return Message(N_("Choose one of {expected}."), expected=expected)
    return Message(N_("Choose one of the listed values."))


def issues_from_error(error: ValidationError) -> list[FieldIssue]:
    issues: list[FieldIssue] = []
    for item in error.errors(include_url=False):
        loc: list[str | int] = list(item["loc"])
        # Discriminated unions add the tag to the path (attributes.0.TEXT.label); drop it.
        if len(loc) >= 3 and loc[0] == "attributes" and loc[2] in {"TEXT", "SUB_RESULT"}:
            del loc[2]
        ctx = item.get("ctx") or {}
        kind = item["type"]
        if kind == "enum" or kind == "literal_error":
            message = _enum_message(ctx)
        else:
            message = _FRIENDLY.get(kind) or from_pydantic(item["msg"], ctx)
        if message.startswith("Value error, "):
            message = message.removeprefix("Value error, ")
        issues.append(FieldIssue(tuple(loc), message))
    return issues


def result_warnings(body: ResultBody) -> list[FieldIssue]:
    """What is allowed but probably a mistake; shown, never blocking."""
    warnings: list[FieldIssue] = []
    if body.score is not None and body.max_score is not None and body.score > body.max_score:
        warnings.append(
            FieldIssue(("score",), Message(N_("The score is above the maximum score.")), "warning")
        )
    for index, attachment in enumerate(body.attachments or []):
        if attachment.is_generic_type:
            warnings.append(
                FieldIssue(
                    ("attachments", index, "content_type"),
                    Message(
                        N_(
                            "{content_type} is generic; the ATS may not open the file. "
                            "Use a meaningful type such as application/pdf."
                        ),
                        content_type=attachment.content_type,
                    ),
                    "warning",
                )
            )
    for index, attribute in enumerate(body.attributes or []):
        if attribute.type == "SUB_RESULT" and attribute.score.value > attribute.score.max:
            warnings.append(
                FieldIssue(
                    ("attributes", index, "score", "value"),
                    Message(N_("The sub-result score is above its maximum.")),
                    "warning",
                )
            )
    return warnings


def validate_result(data: Mapping[str, Any] | Any) -> ValidationOutcome:
    """Validate a result body given as a mapping (form state or a request's JSON)."""
    if not isinstance(data, Mapping):
        return ValidationOutcome(
            None, [FieldIssue((), Message(N_("The body must be a JSON object.")))]
        )
    try:
        body = ResultBody.model_validate(data)
    except ValidationError as exc:
        return ValidationOutcome(None, issues_from_error(exc))
    return ValidationOutcome(body, [], result_warnings(body))

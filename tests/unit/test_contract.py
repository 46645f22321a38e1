"""Every body the models can emit is one Kombo's published contract accepts.

The contract is `tests/contract/kombo-assessment-openapi.json` (OpenAPI 3.1, so JSON Schema
2020-12). It predates the Workday remote_fields of SDK 1.2.0, which are added here as the SDK
types them. Beside the contract as published, every body is also checked against a closed copy
(no keys the contract does not name, outside remote_fields' pass-through), so the desk never
sends a key Kombo did not define. Formats are checked by jsonschema's own checkers, installed by
the `jsonschema[format-nongpl]` extra (rfc3986-validator for `uri`, rfc3339-validator for
`date-time`); a test below proves they are really on, since jsonschema passes every value of a
format it has no checker for.
"""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, FormatChecker
from kombo_strategies import content_types, form_results, non_blank_text, valid_results

from app.kombo.body import render_json_bytes
from app.kombo.models import FileRef, ResultBody
from app.kombo.validation import validate_result

REQUEST_SCHEMA = "PutAssessmentOrdersAssessmentOrderIdResultRequestBody"

formats: FormatChecker = Draft202012Validator.FORMAT_CHECKER


def _workday_schema() -> dict[str, Any]:
    node: dict[str, Any] = {
        "type": "object",
        "properties": {"Assessment_Status_ID": {"type": "string"}},
        "required": ["Assessment_Status_ID"],
    }
    for key in reversed(
        [
            "Assess_Candidate_Data",
            "Candidate_Assessment_Data",
            "Assess_Candidate_Test_Result_Data",
            "Assessment_Test_Status_Reference",
        ]
    ):
        node = {"type": "object", "properties": {key: node}}
    return node


def _close(schema: Any, *, inside_remote_fields: bool = False) -> None:
    """additionalProperties: false on every object the contract describes, except the
    remote_fields pass-through (any ATS key, and keys inside an ATS's object)."""
    if isinstance(schema, list):
        for item in schema:
            _close(item, inside_remote_fields=inside_remote_fields)
        return
    if not isinstance(schema, dict):
        return
    if schema.get("type") == "object" and "properties" in schema and not inside_remote_fields:
        schema["additionalProperties"] = False
    for key, value in schema.items():
        if key == "properties":
            for name, sub in value.items():
                _close(sub, inside_remote_fields=inside_remote_fields or name == "remote_fields")
        else:
            _close(value, inside_remote_fields=inside_remote_fields)


class _Validators(tuple[Draft202012Validator, Draft202012Validator]):
    """(published, closed); a short repr, so a failing example does not print the schema."""

    def __repr__(self) -> str:
        return "<the contract's validators>"


@pytest.fixture(scope="module")
def validators(contract_path: Path) -> tuple[Draft202012Validator, Draft202012Validator]:
    spec = json.loads(contract_path.read_text())
    published = spec["components"]["schemas"][REQUEST_SCHEMA]
    assert "workday" not in published["properties"]["remote_fields"]["properties"]
    schema = copy.deepcopy(published)
    schema["properties"]["remote_fields"]["properties"]["workday"] = _workday_schema()
    closed = copy.deepcopy(schema)
    _close(closed)
    for candidate in (schema, closed):
        Draft202012Validator.check_schema(candidate)
    return _Validators(
        (
            Draft202012Validator(schema, format_checker=formats),
            Draft202012Validator(closed, format_checker=formats),
        )
    )


def assert_contract_accepts(
    validators: tuple[Draft202012Validator, Draft202012Validator], wire: Any
) -> None:
    for validator in validators:
        problems = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(wire)]
        assert problems == [], problems


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(valid_results())
def test_every_emitted_body_matches_the_contract(
    validators: tuple[Draft202012Validator, Draft202012Validator], data: dict[str, Any]
) -> None:
    outcome = validate_result(data)
    assert outcome.ok, outcome.summary()
    assert outcome.body is not None
    wire = json.loads(render_json_bytes(outcome.body))
    assert wire == outcome.body.to_jsonable()
    assert_contract_accepts(validators, wire)


def test_the_uri_and_date_time_checkers_are_really_on(
    validators: tuple[Draft202012Validator, Draft202012Validator],
) -> None:
    # Without rfc3986-validator / rfc3339-validator these formats would pass anything.
    for bad in ("https://example.com/ergebnis/müller", "https://x.io/%zz", "https://x.io/a|b"):
        assert not formats.conforms(bad, "uri"), bad
    assert formats.conforms("https://example.com/ergebnis/m%C3%BCller", "uri")
    assert not formats.conforms("2026-02-30T09:30:00Z", "date-time")
    assert not formats.conforms("2026-04-04 09:30:00", "date-time")
    assert formats.conforms("2026-04-04T09:30:00.000Z", "date-time")
    published, _closed = validators
    body = {"status": "OPEN", "result_url": "https://x.io/prüfung.pdf"}
    assert [e.validator for e in published.iter_errors(body)] == ["format"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(form_results())
def test_every_body_the_models_accept_from_typed_urls_matches_the_contract(
    validators: tuple[Draft202012Validator, Draft202012Validator], data: dict[str, Any]
) -> None:
    """The URLs are typed text (unicode paths, |{^"<[, %zz, control characters, a second #):
    what the models accept is sent as a URI, and what they refuse is refused at a URL field."""
    outcome = validate_result(data)
    if outcome.body is None:
        fields = {
            issue.path[0] if len(issue.path) == 1 else issue.path[-1] for issue in outcome.errors
        }
        assert fields <= {"result_url", "data_url"}, outcome.summary()
        return
    wire = json.loads(render_json_bytes(outcome.body))
    assert_contract_accepts(validators, wire)
    # What the preview shows is what is sent: the encoded form, stable when validated again.
    assert wire == outcome.body.to_jsonable()
    again = validate_result(wire).body
    assert again is not None
    assert again.to_jsonable() == wire


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    files=st.lists(
        st.tuples(non_blank_text, content_types, st.binary(max_size=2000)), min_size=1, max_size=5
    )
)
def test_bodies_with_file_attachments_match_the_contract(
    validators: tuple[Draft202012Validator, Draft202012Validator],
    tmp_path_factory: pytest.TempPathFactory,
    files: list[tuple[str, str, bytes]],
) -> None:
    folder = tmp_path_factory.mktemp("files")
    attachments = []
    for index, (name, content_type, content) in enumerate(files):
        path = folder / f"{index}.bin"
        path.write_bytes(content)
        ref = FileRef(path=str(path), size=len(content), mtime_ns=os.stat(path).st_mtime_ns)
        attachments.append({"name": name, "data": ref, "content_type": content_type})
    body = ResultBody.model_validate(
        {"status": "OPEN", "result_url": "https://example.com/r", "attachments": attachments}
    )
    assert_contract_accepts(validators, json.loads(render_json_bytes(body)))


@pytest.mark.parametrize(
    "wire",
    [
        {"status": "COMPLETED"},
        {"status": "DONE", "result_url": "https://x.io"},
        {
            "status": "OPEN",
            "result_url": "https://x.io",
            "completed_at": "2026-01-01T00:00:00+02:00",
        },
        {"status": "OPEN", "result_url": "https://x.io", "score": "90"},
        {
            "status": "OPEN",
            "result_url": "https://x.io",
            "attachments": [{"name": "a", "data": "aGk=", "content_type": "text"}],
        },
        {
            "status": "OPEN",
            "result_url": "https://x.io",
            "attachments": [{"name": "a", "data_url": "https://x.io/a"}] * 6,
        },
        {
            "status": "OPEN",
            "result_url": "https://x.io",
            "attributes": [
                {
                    "type": "SUB_RESULT",
                    "id": "a",
                    "label": "b",
                    "status": "COMPLETED",
                    "score": {"value": 1, "max": 0},
                }
            ],
        },
        {"status": "OPEN", "result_url": "not a uri"},
    ],
)
def test_the_schema_is_not_vacuous(
    validators: tuple[Draft202012Validator, Draft202012Validator], wire: dict[str, Any]
) -> None:
    """The contract refuses each of these; the models refuse them too, or (for a numeric
    offset or a number in a string) accept them and emit what the contract accepts."""
    published, _closed = validators
    assert not published.is_valid(wire)
    outcome = validate_result(wire)
    if outcome.body is None:
        assert outcome.errors
    else:
        assert "completed_at" in wire or "score" in wire
        assert_contract_accepts(validators, outcome.body.to_jsonable())


def test_the_closed_copy_refuses_keys_the_contract_does_not_name(
    validators: tuple[Draft202012Validator, Draft202012Validator],
) -> None:
    _published, closed = validators
    base = {"status": "OPEN", "result_url": "https://x.io"}
    assert not closed.is_valid({**base, "candidate": "x"})
    assert not closed.is_valid(
        {**base, "attributes": [{"type": "TEXT", "label": "a", "value": "b", "extra": 1}]}
    )
    assert closed.is_valid(
        {
            **base,
            "remote_fields": {"lever": {"any": ["thing"]}, "recruitee": {"subtitle": "s", "x": 1}},
        }
    )

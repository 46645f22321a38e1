"""The request and response models hold every rule of issue 2 §2 (and the contract's prose).

Each rule has a plain example test; Hypothesis then checks the two properties that cover the
rest: every valid result survives a trip through JSON unchanged, and nothing anyone sends makes
validation fail with anything but field issues.
"""

from __future__ import annotations

import json
import math
import re
import time
from collections.abc import Iterator, Mapping
from copy import deepcopy
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kombo_strategies import json_values, valid_results

from app.kombo.models import (
    WORKDAY_STATUS_PATH,
    FileRef,
    RemoteFields,
    ResultBody,
    ResultStatus,
    SubResultAttribute,
    TextAttribute,
    workday_remote_fields,
)
from app.kombo.responses import (
    CheckApiKeyResponse,
    ErrorEnvelope,
    OrdersResponse,
    PackagesResponse,
    PutResultResponse,
)
from app.kombo.timefmt import KOMBO_DATETIME_PATTERN, format_kombo_datetime
from app.kombo.validation import FieldIssue, validate_result

WIRE_DATETIME = re.compile(r"\A\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z\Z")
BASE: dict[str, Any] = {
    "status": "COMPLETED",
    "result_url": "https://example.com/results/1",
    "completed_at": "2026-04-04T09:30:00Z",
}


def errors_of(data: Any) -> dict[tuple[str | int, ...], str]:
    outcome = validate_result(data)
    assert not outcome.ok, f"expected errors for {data!r}"
    return {issue.path: issue.message for issue in outcome.errors}


def valid(data: Mapping[str, Any]) -> ResultBody:
    outcome = validate_result(data)
    assert outcome.ok, outcome.summary()
    assert outcome.body is not None
    return outcome.body


def with_base(**changes: Any) -> dict[str, Any]:
    data = {**BASE, **changes}
    return {k: v for k, v in data.items() if v is not ...}


# --- status and result_url -------------------------------------------------------------------


@pytest.mark.parametrize("status", ["OPEN", "COMPLETED", "CANCELLED"])
def test_every_contract_status_is_accepted(status: str) -> None:
    assert valid(with_base(status=status)).status == ResultStatus(status)


@pytest.mark.parametrize("status", ["REJECTED", "completed", "", None, 1])
def test_other_statuses_are_an_error_at_status(status: Any) -> None:
    assert ("status",) in errors_of(with_base(status=status))


def test_status_and_result_url_are_required() -> None:
    issues = errors_of({"completed_at": "2026-01-01T00:00:00Z"})
    assert issues[("status",)] == "This is required."
    assert issues[("result_url",)] == "This is required."


@pytest.mark.parametrize(
    "url", ["https://example.com", "http://127.0.0.1:8080/x?y=1#z", "HTTPS://Example.com/a"]
)
def test_absolute_http_urls_are_accepted(url: str) -> None:
    assert valid(with_base(result_url=url)).result_url == url


@pytest.mark.parametrize(
    "url",
    [
        "",
        "   ",
        "example.com/result",
        "/results/1",
        "ftp://example.com/x",
        "mailto:a@b.c",
        "https://",
        "https://exa mple.com",
        "javascript:alert(1)",
    ],
)
def test_other_result_urls_are_an_error_at_result_url(url: str) -> None:
    assert ("result_url",) in errors_of(with_base(result_url=url))


def test_result_url_surrounding_whitespace_is_trimmed() -> None:
    assert valid(with_base(result_url="  https://example.com/r \n")).result_url == (
        "https://example.com/r"
    )


# --- completed_at ------------------------------------------------------------------------------


@pytest.mark.parametrize("status", ["COMPLETED", "CANCELLED"])
def test_completed_at_is_required_once_the_order_is_closed(status: str) -> None:
    issues = errors_of(with_base(status=status, completed_at=...))
    assert status in issues[("completed_at",)]


def test_completed_at_is_optional_while_open() -> None:
    body = valid(with_base(status="OPEN", completed_at=...))
    assert "completed_at" not in body.to_jsonable()


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        (datetime(2026, 4, 4, 9, 30, tzinfo=UTC), "2026-04-04T09:30:00.000Z"),
        (
            datetime(2026, 4, 4, 11, 30, 5, 123999, tzinfo=timezone(timedelta(hours=2))),
            "2026-04-04T09:30:05.123Z",
        ),
        ("2026-04-04T09:30:00Z", "2026-04-04T09:30:00.000Z"),
        ("2026-04-04T09:30:00.5+02:00", "2026-04-04T07:30:00.500Z"),
        ("2026-04-03T23:30:00-05:30", "2026-04-04T05:00:00.000Z"),
        ("0999-12-31T23:59:59.999Z", "0999-12-31T23:59:59.999Z"),
    ],
)
def test_completed_at_is_sent_in_utc_with_milliseconds(given: Any, sent: str) -> None:
    body = valid(with_base(completed_at=given))
    wire = body.to_jsonable()["completed_at"]
    assert wire == sent
    assert WIRE_DATETIME.match(wire)
    assert KOMBO_DATETIME_PATTERN.match(wire)


@pytest.fixture
def berlin_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("berlin_time")
@pytest.mark.parametrize(
    ("given", "sent"),
    [
        (datetime(2026, 1, 15, 10, 0), "2026-01-15T09:00:00.000Z"),  # CET, +01:00
        ("2026-07-15T10:00:00", "2026-07-15T08:00:00.000Z"),  # CEST, +02:00
        ("2026-07-15", "2026-07-14T22:00:00.000Z"),  # a bare date is local midnight
    ],
)
def test_a_naive_completed_at_is_local_time(given: Any, sent: str) -> None:
    assert valid(with_base(completed_at=given)).to_jsonable()["completed_at"] == sent


@pytest.mark.parametrize(
    "given",
    [
        "yesterday",
        "2026-13-01T00:00:00Z",
        "04/04/2026",
        1712222222,
        "",
        datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=1))),
        datetime(9999, 12, 31, 23, 0, tzinfo=timezone(timedelta(hours=-5))),
    ],
)
def test_unreadable_or_out_of_range_completed_at_is_an_error_there(given: Any) -> None:
    assert ("completed_at",) in errors_of(with_base(completed_at=given))


# --- score and max_score -----------------------------------------------------------------------


@pytest.mark.parametrize("field", ["score", "max_score"])
@pytest.mark.parametrize(
    "value",
    [math.nan, math.inf, -math.inf, "NaN", "inf", Decimal("NaN"), True, "ninety", 2**60, [1]],
)
def test_scores_must_be_finite_numbers(field: str, value: Any) -> None:
    assert (field,) in errors_of(with_base(**{field: value}))


def test_scores_are_sent_as_json_numbers() -> None:
    body = valid(with_base(score=90.0, max_score="100", attributes=None))
    wire = body.to_jsonable()
    assert wire["score"] == 90
    assert isinstance(wire["score"], int)
    assert wire["max_score"] == 100
    assert valid(with_base(score=-12.5)).to_jsonable()["score"] == -12.5


def test_a_score_above_the_maximum_is_a_warning_not_an_error() -> None:
    outcome = validate_result(with_base(score=120, max_score=100))
    assert outcome.ok
    assert [w.path for w in outcome.warnings] == [("score",)]


# --- attributes --------------------------------------------------------------------------------


def test_attributes_are_a_union_discriminated_on_type() -> None:
    body = valid(
        with_base(
            attributes=[
                {"type": "TEXT", "label": "Role fit", "value": "Excellent"},
                {
                    "type": "SUB_RESULT",
                    "id": "t-1",
                    "label": "Personality",
                    "status": "COMPLETED",
                    "score": {"value": 97, "max": 100},
                },
            ]
        )
    )
    assert body.attributes is not None
    assert isinstance(body.attributes[0], TextAttribute)
    assert isinstance(body.attributes[1], SubResultAttribute)
    assert body.to_jsonable()["attributes"][1]["score"] == {"value": 97, "max": 100}


@pytest.mark.parametrize(
    ("attribute", "path", "message_part"),
    [
        ({"label": "x", "value": "y"}, (), "needs a type"),
        ({"type": "SCORE", "label": "x", "value": "y"}, (), "TEXT or SUB_RESULT"),
        ({"type": "TEXT", "label": "  ", "value": "y"}, ("label",), "cannot be empty"),
        ({"type": "TEXT", "label": "x"}, ("value",), "required"),
        ({"type": "TEXT", "label": "x", "value": "y", "id": "z"}, ("id",), "not part"),
        (
            {
                "type": "SUB_RESULT",
                "id": "",
                "label": "x",
                "status": "COMPLETED",
                "score": {"value": 1, "max": 2},
            },
            ("id",),
            "cannot be empty",
        ),
        (
            {
                "type": "SUB_RESULT",
                "id": "a",
                "label": "x",
                "status": "OPEN",
                "score": {"value": 1, "max": 2},
            },
            ("status",),
            "COMPLETED",
        ),
        (
            {
                "type": "SUB_RESULT",
                "id": "a",
                "label": "x",
                "status": "COMPLETED",
                "score": {"value": 1, "max": 0.5},
            },
            ("score", "max"),
            "at least 1",
        ),
        (
            {
                "type": "SUB_RESULT",
                "id": "a",
                "label": "x",
                "status": "COMPLETED",
                "score": {"value": math.nan, "max": 2},
            },
            ("score", "value"),
            "finite",
        ),
        (
            {
                "type": "SUB_RESULT",
                "id": "a",
                "label": "x",
                "status": "CANCELLED",
                "score": {"value": 1},
            },
            ("score", "max"),
            "required",
        ),
    ],
)
def test_attribute_errors_carry_the_path_of_their_field(
    attribute: dict[str, Any], path: tuple[str, ...], message_part: str
) -> None:
    issues = errors_of(
        with_base(attributes=[{"type": "TEXT", "label": "ok", "value": ""}, attribute])
    )
    assert message_part in issues[("attributes", 1, *path)]


def test_a_sub_result_max_of_exactly_one_is_accepted() -> None:
    valid(
        with_base(
            attributes=[
                {
                    "type": "SUB_RESULT",
                    "id": "a",
                    "label": "b",
                    "status": "CANCELLED",
                    "score": {"value": 0, "max": 1},
                }
            ]
        )
    )


# --- attachments -------------------------------------------------------------------------------

PDF = {"name": "report.pdf", "data": "JVBERi0xLjQK", "content_type": "application/pdf"}


def test_at_most_five_attachments() -> None:
    valid(with_base(attachments=[PDF] * 5))
    assert "At most 5" in errors_of(with_base(attachments=[PDF] * 6))[("attachments",)]


@pytest.mark.parametrize(
    ("attachment", "path", "message_part"),
    [
        ({"data": "aGk=", "content_type": "text/plain"}, ("name",), "required"),
        ({"name": " ", "data": "aGk=", "content_type": "text/plain"}, ("name",), "empty"),
        ({"name": "a.txt", "content_type": "text/plain"}, ("data",), "Attach a file"),
        (
            {"name": "a.txt", "data": "aGk=", "data_url": "https://x.io/a", "content_type": "a/b"},
            ("data",),
            "not both",
        ),
        (
            {"name": "a.txt", "data": "not base64!", "content_type": "text/plain"},
            ("data",),
            "base64",
        ),
        ({"name": "a.txt", "data": "aGk", "content_type": "text/plain"}, ("data",), "base64"),
        ({"name": "a.txt", "data": 42, "content_type": "text/plain"}, ("data",), "base64 text"),
        ({"name": "a.txt", "data": "aGk="}, ("content_type",), "required"),
        ({"name": "a.txt", "data": "aGk=", "content_type": "text"}, ("content_type",), "type/"),
        (
            {"name": "a.txt", "data": "aGk=", "content_type": "text/plain; charset=utf-8"},
            ("content_type",),
            "type/",
        ),
        (
            {"name": "a.txt", "data": "aGk=", "content_type": "tëxt/plain"},
            ("content_type",),
            "type/",
        ),
        (
            {"name": "a.txt", "data": "aGk=", "content_type": "text/plain\n"},
            ("content_type",),
            "type/",
        ),
        ({"name": "a.txt", "data_url": "files/a.txt"}, ("data_url",), "absolute"),
    ],
)
def test_attachment_rules_report_at_the_field(
    attachment: dict[str, Any], path: tuple[str, ...], message_part: str
) -> None:
    issues = errors_of(with_base(attachments=[PDF, attachment]))
    assert message_part in issues[("attachments", 1, *path)], issues


def test_a_data_url_needs_no_content_type() -> None:
    body = valid(with_base(attachments=[{"name": "r.pdf", "data_url": "https://s3.io/r.pdf"}]))
    assert body.to_jsonable()["attachments"] == [
        {"name": "r.pdf", "data_url": "https://s3.io/r.pdf"}
    ]


def test_a_generic_content_type_is_a_warning_the_form_can_show() -> None:
    outcome = validate_result(
        with_base(attachments=[PDF, {**PDF, "content_type": "application/octet-stream"}])
    )
    assert outcome.ok
    assert [(w.path, w.severity) for w in outcome.warnings] == [
        (("attachments", 1, "content_type"), "warning")
    ]


def test_a_file_reference_is_dumped_only_through_a_renderer(tmp_path: Any) -> None:
    ref = FileRef(path=str(tmp_path / "r.pdf"), size=4)
    body = valid(
        with_base(attachments=[{"name": "r.pdf", "data": ref, "content_type": "application/pdf"}])
    )
    assert body.file_attachments == [(body.attachments[0], ref)]  # type: ignore[index]
    wire = body.to_jsonable(file_data=lambda attachment, r: f"<{attachment.name} {r.size}>")
    assert wire["attachments"][0]["data"] == "<r.pdf 4>"
    with pytest.raises(Exception, match="file_data renderer"):
        body.to_jsonable()


# --- remote_fields -----------------------------------------------------------------------------


def test_known_remote_fields_are_typed_and_kept() -> None:
    fields = {
        "smartrecruiters": {"scoreLabel": "Strong match"},
        "recruitee": {"subtitle": "Round 2"},
        "workday": workday_remote_fields("PASSED"),
    }
    body = valid(with_base(remote_fields=fields))
    assert body.to_jsonable()["remote_fields"] == fields
    assert body.remote_fields is not None
    assert body.remote_fields.workday_assessment_status_id == "PASSED"
    node: Any = fields["workday"]
    for key in WORKDAY_STATUS_PATH:
        node = node[key]
    assert node == "PASSED"


def test_unknown_remote_fields_pass_through_unchanged() -> None:
    fields = {
        "greenhouse": {"scorecard": [1, "two", {"3": True}], "note": "ünïcode"},
        "smartrecruiters": {"scoreLabel": "x", "futureKey": {"a": 1}},
        "lever": "plain",
    }
    assert valid(with_base(remote_fields=fields)).to_jsonable()["remote_fields"] == fields


def test_every_remote_field_is_optional() -> None:
    assert valid(with_base(remote_fields={})).to_jsonable()["remote_fields"] == {}
    assert RemoteFields().workday_assessment_status_id is None


@pytest.mark.parametrize(
    ("fields", "path"),
    [
        ({"smartrecruiters": {"scoreLabel": 5}}, ("smartrecruiters", "scoreLabel")),
        ({"recruitee": "x"}, ("recruitee",)),
        (
            {
                "workday": {
                    "Assess_Candidate_Data": {
                        "Candidate_Assessment_Data": {
                            "Assess_Candidate_Test_Result_Data": {
                                "Assessment_Test_Status_Reference": {}
                            }
                        }
                    }
                }
            },
            ("workday", *WORKDAY_STATUS_PATH),
        ),
    ],
)
def test_remote_field_errors_carry_their_path(
    fields: dict[str, Any], path: tuple[str, ...]
) -> None:
    assert ("remote_fields", *path) in errors_of(with_base(remote_fields=fields))


# --- what is sent ------------------------------------------------------------------------------


def test_unset_optional_fields_are_left_out_never_null() -> None:
    body = valid(
        with_base(
            status="OPEN",
            completed_at=None,
            score=None,
            max_score=None,
            attributes=None,
            attachments=None,
            remote_fields=None,
        )
    )
    assert body.to_jsonable() == {"status": "OPEN", "result_url": BASE["result_url"]}
    body = valid(
        with_base(attachments=[{"name": "r", "data_url": "https://x.io/r", "content_type": None}])
    )
    assert "null" not in json.dumps(body.to_jsonable())


def test_fields_outside_the_contract_are_refused() -> None:
    assert "not part" in errors_of(with_base(candidate="Jane"))[("candidate",)]


def test_a_body_that_is_not_an_object_gets_one_issue() -> None:
    for data in (None, [], "{}", 3):
        outcome = validate_result(data)
        assert outcome.errors == [FieldIssue((), "The body must be a JSON object.")]


def test_the_contract_example_round_trips_exactly(contract_path: Any) -> None:
    spec = json.loads(contract_path.read_text())
    example = spec["paths"]["/assessment/orders/{assessment_order_id}/result"]["put"][
        "requestBody"
    ]["content"]["application/json"]["examples"]["example1"]["value"]
    assert valid(example).to_jsonable() == example


def test_field_issue_dotted_paths() -> None:
    assert (
        FieldIssue(("attachments", 0, "content_type"), "m").dotted == "attachments[0].content_type"
    )
    assert FieldIssue((), "m").dotted == "body"


# --- responses ---------------------------------------------------------------------------------


def test_success_response_with_warnings() -> None:
    response = PutResultResponse.model_validate(
        {
            "status": "success",
            "data": {},
            "warnings": [{"message": "Attachment renamed"}],
            "new_key": 1,
        }
    )
    assert [w.message for w in response.warnings] == ["Attachment renamed"]
    assert PutResultResponse.model_validate({"status": "success", "data": {}}).warnings == []


def test_error_envelope_keeps_unknown_codes_and_nulls() -> None:
    envelope = ErrorEnvelope.model_validate(
        {
            "status": "error",
            "error": {
                "code": "PLATFORM.SOMETHING_NEW",
                "title": None,
                "message": "m",
                "log_url": None,
            },
        }
    )
    assert envelope.error.code == "PLATFORM.SOMETHING_NEW"
    minimal = ErrorEnvelope.model_validate({"status": "error", "error": {"message": "m"}})
    assert minimal.error.code is None
    assert minimal.error.log_url is None


def test_contract_response_examples_parse(contract_path: Any) -> None:
    spec = json.loads(contract_path.read_text())
    content = spec["paths"]["/check-api-key"]["get"]["responses"]["200"]["content"]
    check = CheckApiKeyResponse.model_validate(
        content["application/json"]["examples"]["example1"]["value"]
    )
    assert check.data.environment_id
    content = spec["paths"]["/assessment/packages"]["get"]["responses"]["200"]["content"]
    packages = PackagesResponse.model_validate(
        content["application/json"]["examples"]["example1"]["value"]
    )
    assert packages.data.packages
    errors = spec["components"]["responses"]["ErrorResponseATS"]["content"]["application/json"]
    for example in errors["examples"].values():
        assert ErrorEnvelope.model_validate(example["value"]).error.message


def test_orders_page_keeps_unknown_statuses_and_reads_nulls() -> None:
    order = {
        "id": "GRKdd9dibYKKCrmGRSMJf3wu",
        "package_id": "p",
        "status": "ARCHIVED",
        "candidate": {
            "remote_id": None,
            "email": "jane@example.com",
            "first_name": None,
            "last_name": None,
            "phone": None,
        },
        "application": {"remote_id": None},
        "job": {
            "remote_id": None,
            "name": None,
            "job_code": None,
            "description": None,
            "location": None,
            "hiring_team": [
                {
                    "remote_id": "h",
                    "email": None,
                    "first_name": "Ann",
                    "last_name": None,
                    "hiring_team_roles": ["RECRUITER"],
                }
            ],
        },
    }
    page = OrdersResponse.model_validate(
        {"status": "success", "data": {"next": "c2", "results": [order]}}
    ).data
    assert page.next == "c2"
    assert page.results[0].status == "ARCHIVED"
    assert page.results[0].candidate.display_name == "jane@example.com"


# --- properties --------------------------------------------------------------------------------


def _nulls(value: Any, where: str = "") -> list[str]:
    if value is None:
        return [where]
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _nulls(v, f"{where}.{k}")]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _nulls(v, f"{where}[{i}]")]
    return []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(valid_results())
def test_every_valid_result_round_trips_through_json(data: dict[str, Any]) -> None:
    body = valid(data)
    wire = body.to_jsonable()
    text = json.dumps(wire, allow_nan=False)
    again = valid(json.loads(text))
    assert again.to_jsonable() == wire
    assert again == valid(wire)
    assert _nulls(wire) == []
    assert wire["status"] == data["status"]
    if "completed_at" in data:
        sent = wire["completed_at"]
        assert WIRE_DATETIME.match(sent)
        given_at = data["completed_at"]
        instant = given_at if isinstance(given_at, datetime) else datetime.fromisoformat(given_at)
        parsed = datetime.fromisoformat(sent)
        assert timedelta(0) <= instant - parsed < timedelta(milliseconds=1)
    for key in ("score", "max_score"):
        if key in data:
            assert wire[key] == data[key]
    assert wire.get("attributes") == data.get("attributes")
    assert wire.get("remote_fields") == data.get("remote_fields")
    for sent_attachment, given_attachment in zip(
        wire.get("attachments", []), data.get("attachments", []), strict=True
    ):
        assert sent_attachment == given_attachment


def _mutate(data: dict[str, Any], path: list[str | int], value: Any) -> dict[str, Any]:
    """Replace (or add) the value at a path of keys that exist, leaving the rest alone."""
    copy = deepcopy(data)
    node: Any = copy
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return copy


@st.composite
def mutated_results(draw: st.DrawFn) -> dict[str, Any]:
    data = draw(valid_results())
    path: list[str | int] = []
    node: Any = data
    while isinstance(node, dict | list) and node:
        key = draw(
            st.sampled_from(list(node.keys()) if isinstance(node, dict) else list(range(len(node))))
        )
        path.append(key)
        node = node[key]
        if draw(st.booleans()):
            break
    if not path:
        return data
    return _mutate(data, path, draw(json_values | st.sampled_from([math.nan, math.inf, 2**70])))


def _check_issues(data: Any) -> None:
    outcome = validate_result(data)
    if outcome.ok:
        assert outcome.body is not None
        outcome.body.to_jsonable(file_data=lambda _a, ref: f"<{ref.size}>")
        return
    assert outcome.body is None
    assert outcome.errors
    for issue in outcome.errors:
        assert isinstance(issue, FieldIssue)
        assert issue.severity == "error"
        assert issue.message
        assert isinstance(issue.message, str)
        assert all(isinstance(part, str | int) for part in issue.path)
        # Every part of the path but the last names something that is in the input, so the
        # form can find the field (the last may be a missing key).
        node: Any = data
        for part in issue.path[:-1]:
            assert isinstance(node, dict | list), (issue, data)
            node = node[part]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(json_values)
def test_random_json_gives_field_issues_never_another_exception(data: Any) -> None:
    _check_issues(data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_results())
def test_damaged_results_give_field_issues_at_real_paths(data: dict[str, Any]) -> None:
    _check_issues(data)


def test_format_kombo_datetime_pads_early_years() -> None:
    assert format_kombo_datetime(datetime(5, 3, 1, tzinfo=UTC)) == "0005-03-01T00:00:00.000Z"

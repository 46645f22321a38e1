"""The sandbox judges result bodies as Kombo's contract does.

Each body of the corpus goes to the sandbox over loopback and through the contract's JSON Schema
(`jsonschema`, format checking on with the `uri` and `date-time` checkers installed). Both must
give the same verdict, unless the case names why not: a rule Kombo states only in prose
(`PROSE_RULES`, where the sandbox is stricter than the schema) or a place where Python's regex
dialect, which `jsonschema` uses, differs from ECMA-262, the dialect the schema is written in.
A refused body is answered with 400 `PLATFORM.INPUT_INVALID` naming the bad field.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator, FormatChecker
from kombo import Kombo, errors

from app.sandbox import SandboxServer
from app.sandbox.result_rules import PROSE_RULES, SCHEMA, check_result_body

BODY_SCHEMA = "PutAssessmentOrdersAssessmentOrderIdResultRequestBody"
# Where `jsonschema` (Python's `re`) and ECMA-262 read the schema's patterns differently.
DIALECT = {
    "ecma-dollar": "Python's `$` also matches before a final newline; ECMA-262's does not",
    "ecma-word": "Python's `\\w` matches any Unicode letter; ECMA-262's only [A-Za-z0-9_]",
}
OK = "https://assess.example/results/1"
WHEN = "2026-04-04T09:30:00.000Z"
PDF = "JVBERi0xLjQ="


def done(**changes: Any) -> dict[str, Any]:
    """A COMPLETED body the contract takes, with `changes` (None removes a key)."""
    body: dict[str, Any] = {"status": "COMPLETED", "result_url": OK, "completed_at": WHEN}
    body.update(changes)
    return {key: value for key, value in body.items() if value is not None}


def attachment(**changes: Any) -> dict[str, Any]:
    item: dict[str, Any] = {"name": "report.pdf", "content_type": "application/pdf", "data": PDF}
    item.update(changes)
    return {key: value for key, value in item.items() if value is not None}


def text(label: str = "Role fit", **extra: Any) -> dict[str, Any]:
    return {"type": "TEXT", "label": label, "value": "Excellent", **extra}


def sub_result(maximum: Any = 100) -> dict[str, Any]:
    return {
        "type": "SUB_RESULT",
        "id": "t1",
        "label": "Logic",
        "score": {"value": 7, "max": maximum},
        "status": "COMPLETED",
    }


@dataclass(frozen=True)
class Case:
    name: str
    body: Any = None  # a JSON value; or `raw` bytes; or `sdk_completed_at` for the SDK's own
    raw: bytes | None = None
    sdk_completed_at: datetime | None = None
    field: str | None = None  # refused: the field the error message must name
    why_different: str | None = None  # a PROSE_RULES or DIALECT key


ALL_FIVE = [attachment(name=f"r{i}.pdf") for i in range(5)]
CORPUS = [
    # --- the schema and the sandbox both take these --------------------------------------
    Case("minimal OPEN", {"status": "OPEN", "result_url": OK}),
    Case(
        "every field",
        done(
            score=12.5,
            max_score=20,
            attributes=[text(), sub_result()],
            attachments=[attachment(), {"name": "b.pdf", "data_url": "https://files.example/b"}],
            remote_fields={
                "smartrecruiters": {"scoreLabel": "Good"},
                "recruitee": {"subtitle": "Logic"},
                "workday": {"Assess_Candidate_Data": {}},
            },
        ),
    ),
    Case("extra top-level field", done(note="kept by Kombo's schema")),
    Case("extra attribute field", done(attributes=[text(weight=2)])),
    Case("empty TEXT label", done(attributes=[text(label="")])),
    Case("mailto: result URL", done(result_url="mailto:results@assess.example")),
    Case("urn: result URL", done(result_url="urn:isbn:0451450523")),
    Case("ftp: result URL", done(result_url="ftp://files.example/r.pdf")),
    Case("IPv6 host and port", done(result_url="https://[2001:db8::1]:8443/r?a=1#top")),
    Case("percent-encoded UTF-8 path", done(result_url="https://example.com/ergebnis/m%C3%BCller")),
    Case("attachment with data and data_url", done(attachments=[attachment(data_url=OK)])),
    Case("completed_at without fraction", done(completed_at="2026-04-04T09:30:00Z")),
    Case("completed_at in microseconds", done(completed_at="2026-04-04T09:30:00.123456Z")),
    Case("completed_at on a leap day", done(completed_at="2028-02-29T23:59:59.999Z")),
    Case("integer and negative scores", done(score=-3, max_score=0)),
    Case("a huge score", done(score=1e308)),
    Case("SUB_RESULT max of exactly 1", done(attributes=[sub_result(maximum=1)])),
    Case("five attachments", done(attachments=ALL_FIVE)),
    Case("another ATS's remote field as null", done(remote_fields={"greenhouse": None})),
    Case("CANCELLED with completed_at", done(status="CANCELLED")),
    Case("empty lists", done(attributes=[], attachments=[])),
    Case("the SDK's UTC datetime", sdk_completed_at=datetime(2026, 4, 4, 9, 30, tzinfo=UTC)),
    # --- both refuse these -----------------------------------------------------------------
    Case("score null", done(score=0) | {"score": None}, field="score"),
    Case("completed_at null", done() | {"completed_at": None}, field="completed_at"),
    Case("attributes null", done() | {"attributes": None}, field="attributes"),
    Case(
        "remote_fields.smartrecruiters null",
        done(remote_fields={"smartrecruiters": None}),
        field="remote_fields.smartrecruiters",
    ),
    Case("score as a string", done(score="12.5"), field="score"),
    Case("score as a boolean", done(score=True), field="score"),
    Case(
        "score of -1e400",
        raw=b'{"status":"OPEN","result_url":"%s","score":-1e400}' % OK.encode(),
        field="score",
    ),
    Case(
        "completed_at +02:00",
        done(completed_at="2026-04-04T11:30:00.000+02:00"),
        field="completed_at",
    ),
    Case(
        "completed_at without Z", done(completed_at="2026-04-04T09:30:00.000"), field="completed_at"
    ),
    Case("completed_at as a bare date", done(completed_at="2026-04-04"), field="completed_at"),
    Case(
        "completed_at in basic format", done(completed_at="20260404T093000Z"), field="completed_at"
    ),
    Case("completed_at padded", done(completed_at=f" {WHEN} "), field="completed_at"),
    Case(
        "completed_at on 30 February",
        done(completed_at="2026-02-30T09:30:00Z"),
        field="completed_at",
    ),
    Case(
        "completed_at at hour 24", done(completed_at="2026-04-04T24:00:00Z"), field="completed_at"
    ),
    Case(
        "completed_at with a lower-case z",
        done(completed_at="2026-04-04T09:30:00z"),
        field="completed_at",
    ),
    Case(
        "result_url with ü",
        done(result_url="https://example.com/ergebnis/müller"),
        field="result_url",
    ),
    Case("result_url padded", done(result_url=f" {OK} "), field="result_url"),
    Case(
        "result_url with a second #", done(result_url="https://a.example/r#x#y"), field="result_url"
    ),
    Case(
        "result_url with a backspace",
        done(result_url="https://a.example/r\x08"),
        field="result_url",
    ),
    Case("result_url without a scheme", done(result_url="/results/1"), field="result_url"),
    Case(
        "data_url with |",
        done(attachments=[{"name": "a", "data_url": "https://a.example/a|b"}]),
        field="attachments[0].data_url",
    ),
    Case(
        "data_url with {",
        done(attachments=[{"name": "a", "data_url": "https://a.example/{x}"}]),
        field="attachments[0].data_url",
    ),
    Case(
        "data_url with a bare %zz",
        done(attachments=[{"name": "a", "data_url": "https://a.example/%zz"}]),
        field="attachments[0].data_url",
    ),
    Case(
        "data_url padded",
        done(attachments=[{"name": "a", "data_url": f"{OK} "}]),
        field="attachments[0].data_url",
    ),
    Case("status not in the enum", done(status="DONE"), field="status"),
    Case("no result_url", {"status": "OPEN"}, field="result_url"),
    Case(
        "SUB_RESULT max of 0",
        done(attributes=[sub_result(maximum=0)]),
        field="attributes[0].score.max",
    ),
    Case(
        "attribute type NUMBER",
        done(attributes=[{"type": "NUMBER", "label": "x"}]),
        field="attributes[0].type",
    ),
    Case("six attachments", done(attachments=[*ALL_FIVE, attachment()]), field="attachments"),
    Case(
        "attachment without a name",
        done(attachments=[attachment(name=None)]),
        field="attachments[0].name",
    ),
    Case(
        "content_type with a space",
        done(attachments=[attachment(content_type="a pdf")]),
        field="attachments[0].content_type",
    ),
    Case("body is a list", [done()], field="body"),
    Case(
        "the SDK's naive datetime",
        sdk_completed_at=datetime(2026, 4, 4, 9, 30),
        field="completed_at",
    ),
    Case(
        "the SDK's +02:00 datetime",
        sdk_completed_at=datetime(2026, 4, 4, 11, 30, tzinfo=timezone(timedelta(hours=2))),
        field="completed_at",
    ),
    # --- the schema takes them; a rule Kombo states in prose refuses them ------------------
    Case(
        "COMPLETED without completed_at",
        done(completed_at=None),
        field="completed_at",
        why_different="completed_at-when-done",
    ),
    Case(
        "CANCELLED without completed_at",
        done(status="CANCELLED", completed_at=None),
        field="completed_at",
        why_different="completed_at-when-done",
    ),
    Case(
        "attachment with neither data nor data_url",
        done(attachments=[{"name": "a.pdf", "content_type": "application/pdf"}]),
        field="attachments[0]",
        why_different="attachment-source",
    ),
    Case(
        "data without content_type",
        done(attachments=[attachment(content_type=None)]),
        field="attachments[0].content_type",
        why_different="content_type-with-data",
    ),
    Case(
        "data that is not base64",
        done(attachments=[attachment(data="not base64!")]),
        field="attachments[0].data",
        why_different="data-is-base64",
    ),
    # --- jsonschema's Python regexes take them; ECMA-262's do not --------------------------
    Case(
        "result_url with a final newline",
        done(result_url=f"{OK}\n"),
        field="result_url",
        why_different="ecma-dollar",
    ),
    Case(
        "completed_at with a final newline",
        done(completed_at=f"{WHEN}\n"),
        field="completed_at",
        why_different="ecma-dollar",
    ),
    Case(
        "content_type with a final newline",
        done(attachments=[attachment(content_type="application/pdf\n")]),
        field="attachments[0].content_type",
        why_different="ecma-dollar",
    ),
    Case(
        "content_type with a non-ASCII letter",
        done(attachments=[attachment(content_type="tëxt/plain")]),
        field="attachments[0].content_type",
        why_different="ecma-word",
    ),
]


@pytest.fixture(scope="module")
def body_schema(contract_path: Path) -> Draft202012Validator:
    document = json.loads(contract_path.read_text())
    schema = document["components"]["schemas"][BODY_SCHEMA]
    checker = FormatChecker()
    # Without these the format keywords pass silently and the comparison proves nothing.
    assert {"uri", "date-time"} <= set(checker.checkers), "pip install 'jsonschema[format-nongpl]'"
    return Draft202012Validator(schema, format_checker=checker)


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    with SandboxServer(seed_orders=400) as running:
        yield running


@pytest.fixture(scope="module")
def fresh_open_order(server: SandboxServer) -> Callable[[], str]:
    """A different OPEN order for each body, so the status rule never enters a verdict."""
    ids = iter(server.order_ids("OPEN"))
    return lambda: next(ids)


def sdk_body(server: SandboxServer, order_id: str, completed_at: datetime) -> tuple[bytes, int]:
    """What the official SDK puts on the wire for this `completed_at`, and the status it got."""
    sent: list[bytes] = []

    def keep(request: httpx.Request) -> None:
        sent.append(request.read())

    client = httpx.Client(verify=False, event_hooks={"request": [keep]})
    with Kombo(
        api_key="sandbox",
        integration_id="sandbox:demo",
        server_url=server.base_url,
        client=client,
        timeout_ms=10_000,
    ) as sdk:
        try:
            sdk.assessment.update_order_result(
                assessment_order_id=order_id,
                status="COMPLETED",
                result_url=OK,
                completed_at=completed_at,
            )
            status = 200
        except errors.KomboAtsError as exc:
            status = exc.status_code
    return sent[0], status


@pytest.mark.parametrize("case", CORPUS, ids=[case.name for case in CORPUS])
def test_the_sandbox_judges_a_body_as_the_contract_does(
    case: Case,
    server: SandboxServer,
    fresh_open_order: Callable[[], str],
    body_schema: Draft202012Validator,
) -> None:
    sdk_status: int | None = None
    if case.sdk_completed_at is not None:
        raw, sdk_status = sdk_body(server, fresh_open_order(), case.sdk_completed_at)
    elif case.raw is not None:
        raw = case.raw
    else:
        raw = json.dumps(case.body).encode()
    payload = json.loads(raw)
    schema_errors = [f"{e.json_path}: {e.message}" for e in body_schema.iter_errors(payload)]
    schema_takes_it = not schema_errors

    response = httpx.put(
        f"{server.base_url}/assessment/orders/{fresh_open_order()}/result",
        content=raw,
        headers={
            "Authorization": "Bearer sandbox",
            "X-Integration-Id": "sandbox:demo",
            "Content-Type": "application/json",
        },
    )
    sandbox_takes_it = response.status_code == 200
    if sdk_status is not None:
        assert sdk_status == response.status_code, "the SDK saw another verdict"

    if case.why_different is None:
        assert sandbox_takes_it == schema_takes_it, (schema_errors, response.text)
    else:
        assert case.why_different in PROSE_RULES or case.why_different in DIALECT
        assert schema_takes_it, schema_errors
        assert not sandbox_takes_it, response.text
        rules = {issue.rule for issue in check_result_body(payload)}
        expected = case.why_different if case.why_different in PROSE_RULES else SCHEMA
        assert rules == {expected}, rules

    if case.field is None:
        assert response.status_code == 200, response.text
        return
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["code"] == "PLATFORM.INPUT_INVALID"
    assert f"{case.field}:" in error["message"], error["message"]


def test_the_corpus_covers_every_kind_of_verdict() -> None:
    assert len(CORPUS) >= 40
    assert len({case.name for case in CORPUS}) == len(CORPUS)
    differences = {case.why_different for case in CORPUS if case.why_different}
    assert set(PROSE_RULES) <= differences, "every prose rule has a body that shows it"
    assert set(DIALECT) <= differences

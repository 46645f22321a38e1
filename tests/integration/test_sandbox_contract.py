"""Every sandbox answer, success or error, on every endpoint, validates against the response
schemas of Kombo's contract (`tests/contract/kombo-assessment-openapi.json`).

The contract's error `code` enum is closed, so this also proves the sandbox only emits codes
Kombo documents.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from app.sandbox import SandboxServer

BASE = "urn:kombo-contract"
ATS_ERROR = "/components/responses/ErrorResponseATS/content/application~1json/schema"
GENERAL_ERROR = "/components/responses/ErrorResponseGeneral/content/application~1json/schema"

Check = tuple[str, httpx.Response, str]  # label, response, JSON pointer of its schema


def success_schema(path: str, method: str) -> str:
    escaped = path.replace("~", "~0").replace("/", "~1")
    return f"/paths/{escaped}/{method}/responses/200/content/application~1json/schema"


@pytest.fixture(scope="module")
def validators(contract_path: Path) -> Callable[[str], Draft202012Validator]:
    document = json.loads(contract_path.read_text())
    registry: Registry[Any] = Registry().with_resource(
        BASE, Resource.from_contents(document, default_specification=DRAFT202012)
    )
    cache: dict[str, Draft202012Validator] = {}

    def validator(pointer: str) -> Draft202012Validator:
        if pointer not in cache:
            cache[pointer] = Draft202012Validator(
                {"$ref": f"{BASE}#{pointer}"},
                registry=registry,
                format_checker=Draft202012Validator.FORMAT_CHECKER,
            )
        return cache[pointer]

    return validator


@pytest.fixture
def api(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    headers = {"Authorization": "Bearer sandbox", "X-Integration-Id": "sandbox:demo"}
    with httpx.Client(base_url=sandbox.base_url, headers=headers, verify=False) as client:
        yield client


def assert_all_valid(
    validators: Callable[[str], Draft202012Validator], checks: list[Check]
) -> None:
    failures: list[str] = []
    for label, response, pointer in checks:
        try:
            payload = response.json()
        except ValueError:
            failures.append(f"{label}: not JSON: {response.text[:200]}")
            continue
        for error in validators(pointer).iter_errors(payload):
            failures.append(f"{label} ({response.status_code}): {error.json_path}: {error.message}")
        if response.status_code >= 400:
            assert payload["status"] == "error", label
        else:
            assert response.status_code == 200, label
    assert not failures, "\n".join(failures)
    assert checks


def result_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "status": "COMPLETED",
        "result_url": "https://assess.example/r/1",
        "completed_at": "2026-05-01T10:00:00.000Z",
    }
    body.update(overrides)
    return body


def test_success_answers_match_the_contract(
    sandbox: SandboxServer, api: httpx.Client, validators: Callable[[str], Draft202012Validator]
) -> None:
    orders = "/assessment/orders"
    first = api.get(orders, params={"page_size": 3})
    open_ids = sandbox.order_ids("OPEN")
    warned = next(i for i in open_ids if sandbox.store.get(i).ats.text_only_attributes)  # type: ignore[union-attr]
    clean = next(i for i in open_ids if sandbox.store.get(i).ats.slug == "recruitee")  # type: ignore[union-attr]
    sub_result = {
        "type": "SUB_RESULT",
        "id": "s",
        "label": "Sub",
        "score": {"value": 1, "max": 2},
        "status": "COMPLETED",
    }
    checks: list[Check] = [
        ("check-api-key", api.get("/check-api-key"), success_schema("/check-api-key", "get")),
        (
            "integration",
            api.get("/integrations/sandbox:demo"),
            success_schema("/integrations/{integration_id}", "get"),
        ),
        (
            "packages",
            api.get("/assessment/packages"),
            success_schema("/assessment/packages", "get"),
        ),
        ("every order", api.get(orders, params={"page_size": 250}), success_schema(orders, "get")),
        ("first page", first, success_schema(orders, "get")),
        (
            "next page",
            api.get(orders, params={"page_size": 3, "cursor": first.json()["data"]["next"]}),
            success_schema(orders, "get"),
        ),
        (
            "filtered",
            api.get(
                orders,
                params={
                    "statuses": "REJECTED",
                    "ids": ",".join(sandbox.order_ids()[:20]),
                    "created_after": "2020-01-01",
                },
            ),
            success_schema(orders, "get"),
        ),
        (
            "empty",
            api.get(orders, params={"created_after": "2999-01-01T00:00:00.000Z"}),
            success_schema(orders, "get"),
        ),
        (
            "open orders",
            api.get(f"{orders}/open", params={"page_size": 250}),
            success_schema(f"{orders}/open", "get"),
        ),
        (
            "write with warnings",
            api.put(
                f"{orders}/{warned}/result",
                json=result_body(
                    attributes=[sub_result],
                    attachments=[
                        {"name": "x", "content_type": "application/octet-stream", "data": "AA=="}
                    ],
                    remote_fields={"workday": {}, "other": {"a": 1}},
                ),
            ),
            success_schema(f"{orders}/{{assessment_order_id}}/result", "put"),
        ),
        (
            "write without warnings",
            api.put(f"{orders}/{clean}/result", json=result_body(status="OPEN")),
            success_schema(f"{orders}/{{assessment_order_id}}/result", "put"),
        ),
        (
            "set packages",
            api.put(
                "/assessment/packages",
                json={
                    "packages": [{"id": "1", "type": "BEHAVIORAL", "name": "N", "description": "D"}]
                },
            ),
            success_schema("/assessment/packages", "put"),
        ),
    ]
    assert any(r.json().get("warnings") for label, r, _ in checks if label == "write with warnings")
    assert_all_valid(validators, checks)


def test_error_answers_match_the_contract(
    sandbox: SandboxServer, api: httpx.Client, validators: Callable[[str], Draft202012Validator]
) -> None:
    orders = "/assessment/orders"
    open_id = sandbox.order_ids("OPEN")[0]
    done_id = sandbox.order_ids("COMPLETED")[0]
    put = f"{orders}/{open_id}/result"
    no_key = {"Authorization": ""}
    checks: list[Check] = [
        ("no key, check-api-key", api.get("/check-api-key", headers=no_key), GENERAL_ERROR),
        ("no key, integration", api.get("/integrations/x", headers=no_key), GENERAL_ERROR),
        ("unknown integration, details", api.get("/integrations/greenhouse:x"), GENERAL_ERROR),
        ("wrong key, orders", api.get(orders, headers={"Authorization": "Bearer x"}), ATS_ERROR),
        ("no key, write", api.put(put, json=result_body(), headers=no_key), ATS_ERROR),
        ("no key, packages", api.get("/assessment/packages", headers=no_key), ATS_ERROR),
        ("no integration", api.get(orders, headers={"X-Integration-Id": ""}), ATS_ERROR),
        (
            "unknown integration",
            api.get(f"{orders}/open", headers={"X-Integration-Id": "greenhouse:x"}),
            ATS_ERROR,
        ),
        ("invalid body", api.put(put, json={"status": "NOPE", "score": "x"}), ATS_ERROR),
        ("invalid JSON", api.put(put, content=b"{"), ATS_ERROR),
        ("unknown order", api.put(f"{orders}/missing/result", json=result_body()), ATS_ERROR),
        (
            "status rule",
            api.put(f"{orders}/{done_id}/result", json=result_body(status="CANCELLED")),
            ATS_ERROR,
        ),
        ("bad statuses", api.get(orders, params={"statuses": "NEW"}), ATS_ERROR),
        ("bad page size", api.get(orders, params={"page_size": 1000}), ATS_ERROR),
        ("bad created_after", api.get(orders, params={"created_after": "x"}), ATS_ERROR),
        ("bad cursor", api.get(orders, params={"cursor": "%%%"}), ATS_ERROR),
        ("bad cursor, open", api.get(f"{orders}/open", params={"cursor": "abc"}), ATS_ERROR),
        ("bad packages", api.put("/assessment/packages", json={}), ATS_ERROR),
        ("unknown route", api.get("/assessment/nothing"), GENERAL_ERROR),
        ("wrong method", api.post(orders), GENERAL_ERROR),
        ("wrong method on result", api.get(put), ATS_ERROR),
    ]
    sandbox.faults.rate_limit_next(1, retry_after_ms=5)
    checks.append(("429", api.put(put, json=result_body()), ATS_ERROR))
    sandbox.faults.rate_limit_next(1, retry_after_ms=5, include_reads=True)
    checks.append(("429 on check-api-key", api.get("/check-api-key"), GENERAL_ERROR))
    sandbox.faults.fail_next(1)
    checks.append(("500", api.put(put, json=result_body()), ATS_ERROR))
    sandbox.faults.fail_next(1, 503, "REMOTE.SERVICE_UNAVAILABLE", include_reads=True)
    checks.append(("503 on orders", api.get(orders), ATS_ERROR))
    assert_all_valid(validators, checks)


def test_size_limit_and_malformed_requests_match_the_contract(
    validators: Callable[[str], Draft202012Validator],
) -> None:
    with SandboxServer(max_body_bytes=100) as server:
        order_id = server.order_ids("OPEN")[0]
        with httpx.Client(verify=False) as client:
            too_large = client.put(
                f"{server.base_url}/assessment/orders/{order_id}/result",
                json=result_body(
                    score=1, attributes=[{"type": "TEXT", "label": "l", "value": "v" * 200}]
                ),
                headers={"Authorization": "Bearer sandbox", "X-Integration-Id": "sandbox:demo"},
            )
        with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
            sock.sendall(b"GET /v1/check-api-key HTTP/1.1\r\nContent-Length: nope\r\n\r\n")
            raw = sock.recv(65536)
    head, _, payload = raw.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400")
    assert too_large.status_code == 413
    assert_all_valid(
        validators,
        [
            ("413", too_large, ATS_ERROR),
            ("bad Content-Length", httpx.Response(400, content=payload), GENERAL_ERROR),
        ],
    )


def test_the_validators_would_catch_a_drift(
    validators: Callable[[str], Draft202012Validator],
) -> None:
    error = {"code": "PLATFORM.INPUT_INVALID", "title": "t", "message": "m", "log_url": None}
    assert validators(ATS_ERROR).is_valid({"status": "error", "error": error})
    assert not validators(ATS_ERROR).is_valid(
        {"status": "error", "error": {**error, "code": "PLATFORM.SOMETHING_NEW"}}
    )
    assert not validators(GENERAL_ERROR).is_valid(
        {"status": "error", "error": {**error, "code": "REMOTE.INPUT_INVALID"}}
    )
    orders = success_schema("/assessment/orders", "get")
    assert not validators(orders).is_valid({"status": "success", "data": {"results": []}})

"""The official Kombo Python SDK (`kombo` 1.4.0) speaks to the sandbox and parses every answer.

If the sandbox drifted from Kombo (a shape, a closed enum value, a header), the SDK's strict
models would raise `ResponseValidationError` here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest
from kombo import Kombo, errors
from samples import pdf_attachment, sample_attributes

from app.sandbox import SandboxServer


@pytest.fixture
def sdk(sandbox: SandboxServer) -> Iterator[Kombo]:
    # verify=False only skips loading CA certificates: the sandbox is plain HTTP on loopback.
    client = httpx.Client(verify=False, follow_redirects=True)
    with Kombo(
        api_key="sandbox",
        integration_id="sandbox:demo",
        server_url=sandbox.base_url,
        client=client,
        timeout_ms=10_000,
    ) as kombo:
        yield kombo


def test_check_api_key(sdk: Kombo, sandbox: SandboxServer) -> None:
    response = sdk.general.check_api_key()
    assert response.STATUS == "success"
    assert response.data.environment_id == sandbox.store.environment_id
    headers = sandbox.request_log[-1].headers
    assert headers["authorization"] == "Bearer ***"
    assert headers["user-agent"].startswith("speakeasy-sdk/python 1.4.0")


def test_update_order_result_with_warnings(sdk: Kombo, sandbox: SandboxServer) -> None:
    order_id = next(
        i
        for i in sandbox.order_ids("OPEN")
        if sandbox.store.get(i).ats.slug == "lever"  # type: ignore[union-attr]
    )
    pdf = b"%PDF-1.4 SDK report"
    response = sdk.assessment.update_order_result(
        assessment_order_id=order_id,
        status="COMPLETED",
        result_url="https://assess.example/results/sdk",
        completed_at=datetime(2026, 5, 1, 10, 30, tzinfo=UTC),
        score=42.5,
        max_score=50,
        attributes=sample_attributes(),
        attachments=[pdf_attachment(pdf, name="report")],
        remote_fields={"smartrecruiters": {"score_label": "Good"}},
    )
    assert response.STATUS == "success"
    messages = [w.message for w in response.warnings]
    assert any("only supports text attributes" in m for m in messages)
    assert any("renamed from 'report' to 'report.pdf'" in m for m in messages)
    assert any("remote_fields.smartrecruiters was ignored" in m for m in messages)
    written = sandbox.written_result(order_id)
    assert written is not None
    assert written["completed_at"].startswith("2026-05-01T10:30:00")
    assert written["remote_fields"] == {"smartrecruiters": {"scoreLabel": "Good"}}
    assert written["attachments"][0]["sha256"] == hashlib.sha256(pdf).hexdigest()


def test_get_orders_with_filters_and_next_pages(sdk: Kombo, sandbox: SandboxServer) -> None:
    page = sdk.assessment.get_assessment_orders(statuses=["OPEN", "CANCELLED"], page_size=9)
    seen: list[str] = []
    pages = 0
    while page is not None:
        pages += 1
        results = page.result.data.results
        assert all(order.status in ("OPEN", "CANCELLED") for order in results)
        seen += [order.id for order in results]
        page = page.next()  # the SDK resends the filters with the cursor
    expected = sandbox.order_ids("OPEN") + sandbox.order_ids("CANCELLED")
    assert sorted(seen) == sorted(expected)
    assert len(seen) == len(set(seen))
    assert pages == -(-len(expected) // 9)
    last = sandbox.request_log[-1]
    assert "statuses=OPEN%2CCANCELLED" in last.query
    assert "cursor=" in last.query


def test_get_orders_by_ids_and_created_after(sdk: Kombo, sandbox: SandboxServer) -> None:
    ids = sandbox.order_ids()[:3]
    page = sdk.assessment.get_assessment_orders(ids=ids)
    assert page is not None
    assert [o.id for o in page.result.data.results] == ids
    first = page.result.data.results[0]
    assert first.candidate.email
    assert first.job.hiring_team
    future = sdk.assessment.get_assessment_orders(created_after=datetime(2999, 1, 1, tzinfo=UTC))
    assert future is not None
    assert future.result.data.results == []
    assert future.result.data.next is None


def test_get_packages(sdk: Kombo) -> None:
    response = sdk.assessment.get_packages()
    assert {p.type for p in response.data.packages} >= {"SKILLS_TEST", "BACKGROUND_CHECK"}


def test_errors_parse_as_kombo_errors(sdk: Kombo, sandbox: SandboxServer) -> None:
    # (The SDK does not percent-encode "/" in path parameters; our own client must.)
    with pytest.raises(errors.KomboAtsError) as unknown:
        sdk.assessment.update_order_result(
            assessment_order_id="no such order",
            status="OPEN",
            result_url="https://assess.example/r",
        )
    assert unknown.value.data.error.code == "PLATFORM.INPUT_INVALID"
    assert unknown.value.status_code == 404
    assert "'no such order'" in unknown.value.data.error.message

    sandbox.faults.rate_limit_next(1, retry_after_ms=100)
    with pytest.raises(errors.KomboAtsError) as limited:
        sdk.assessment.update_order_result(
            assessment_order_id=sandbox.order_ids("OPEN")[0],
            status="OPEN",
            result_url="https://assess.example/r",
        )
    assert limited.value.data.error.code == "PLATFORM.RATE_LIMIT_EXCEEDED"
    assert limited.value.headers["retry-after-ms"] == "100"

    sandbox.faults.non_json_next(1)
    with pytest.raises(errors.SDKDefaultError):
        sdk.assessment.update_order_result(
            assessment_order_id=sandbox.order_ids("OPEN")[0],
            status="OPEN",
            result_url="https://assess.example/r",
        )

    with (
        pytest.raises(errors.KomboGeneralError) as refused,
        Kombo(
            api_key="wrong", server_url=sandbox.base_url, client=httpx.Client(verify=False)
        ) as stranger,
    ):
        stranger.general.check_api_key()
    assert refused.value.data.error.code == "PLATFORM.AUTHENTICATION_INVALID"

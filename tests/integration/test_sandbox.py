"""The sandbox as a client sees it: real HTTP over loopback (httpx and raw http.client)."""

from __future__ import annotations

import base64
import hashlib
import http.client
import re
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from samples import pdf_attachment, sample_attributes

from app.kombo.responses import OrdersResponse, PutResultResponse
from app.sandbox import SandboxServer
from app.sandbox.seed import seed_data

KEY = "sandbox"
INTEGRATION = "sandbox:demo"
ID_RE = re.compile(r"^[A-Za-z0-9]{24}$")
LOG_URL_RE = re.compile(r"^https://app\.kombo\.dev/sandbox/logs\?interactionId=[A-Za-z0-9]{24}$")


@pytest.fixture
def api(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {KEY}", "X-Integration-Id": INTEGRATION}
    with httpx.Client(
        base_url=sandbox.base_url, headers=headers, timeout=10, verify=False
    ) as client:
        yield client


def call(method: str, url: str, **kwargs: Any) -> httpx.Response:
    # verify=False: these are plain-HTTP loopback calls; loading CA certificates costs ~40 ms.
    with httpx.Client(timeout=10, verify=False) as client:
        return client.request(method, url, **kwargs)


def body(**overrides: Any) -> dict[str, Any]:
    result: dict[str, Any] = {
        "status": "COMPLETED",
        "result_url": "https://assess.example/results/1",
        "completed_at": "2026-05-01T10:00:00.000Z",
        "score": 87,
        "max_score": 100,
    }
    result.update(overrides)
    return {k: v for k, v in result.items() if v is not None}


def open_order(server: SandboxServer, *, ats: str | None = None) -> str:
    for order_id in server.order_ids("OPEN"):
        order = server.store.get(order_id)
        assert order is not None
        if ats is None or order.ats.slug == ats:
            return order_id
    raise AssertionError(f"no open order in {ats}")


def assert_error(response: httpx.Response, status: int, code: str | None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    envelope = response.json()
    assert envelope["status"] == "error"
    error = envelope["error"]
    assert set(error) == {"code", "title", "message", "log_url"}
    assert error["code"] == code
    assert error["message"]
    assert LOG_URL_RE.match(error["log_url"]), error["log_url"]
    assert response.headers["ratelimit-limit"]
    return dict(error)


# --- lifecycle and data ------------------------------------------------------------------


def test_starts_fast_answers_and_stops_cleanly() -> None:
    began = time.perf_counter()
    server = SandboxServer()
    server.start()
    started = time.perf_counter() - began
    port = server.port
    response = call(
        "GET", f"{server.base_url}/check-api-key", headers={"Authorization": "Bearer sandbox"}
    )
    assert response.status_code == 200
    began = time.perf_counter()
    server.stop()
    stopped = time.perf_counter() - began
    print(f"\nsandbox start (120 orders + bind): {started * 1000:.1f} ms")
    print(f"sandbox stop: {stopped * 1000:.1f} ms")
    with pytest.raises(RuntimeError):
        _ = server.base_url  # only a running server has an address
    # Its own thread (other sandboxes, e.g. the GUI tests' shared one, may still be running).
    assert not [t for t in threading.enumerate() if t.name == f"sandbox-{port}"]
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=2)
    server.stop()  # a second stop is harmless


def test_seed_is_deterministic_with_every_status_and_realistic_people() -> None:
    first = seed_data(120, seed=7)
    second = seed_data(120, seed=7)
    assert [o.id for o in first.orders] == [o.id for o in second.orders]
    assert [o.candidate for o in first.orders] == [o.candidate for o in second.orders]
    assert [o.id for o in seed_data(120, seed=8).orders] != [o.id for o in first.orders]
    counts = Counter(o.status for o in first.orders)
    assert all(counts[s] >= 30 for s in ("OPEN", "COMPLETED", "CANCELLED", "REJECTED")), counts
    ids = [o.id for o in first.orders]
    assert len(set(ids)) == len(ids)
    assert all(ID_RE.match(i) for i in ids)
    names = " ".join(
        f"{o.candidate['first_name']} {o.candidate['last_name']}" for o in first.orders
    )
    assert re.search(r"[À-ɏ]", names), "names with accents"
    for order in first.orders:
        email = order.candidate["email"]
        assert re.fullmatch(r"[a-z0-9.]+@[a-z0-9.-]+\.[a-z]+", email), email
        job = order.job.json
        assert job["job_code"]
        assert job["description"].startswith("<h2>")
        assert job["hiring_team"]
        assert all(m["hiring_team_roles"] for m in job["hiring_team"])
    assert len({o.ats.slug for o in first.orders}) >= 6, "orders live in several ATSs"
    assert any(o.candidate["phone"] and o.candidate["phone"].startswith("+") for o in first.orders)


def test_seeding_ten_thousand_orders() -> None:
    began = time.perf_counter()
    data = seed_data(10_000, seed=1)
    elapsed = time.perf_counter() - began
    print(f"\nseeding 10,000 orders: {elapsed * 1000:.0f} ms")
    assert len({o.id for o in data.orders}) == 10_000
    assert Counter(o.status for o in data.orders)["OPEN"] > 3000


# --- authentication ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "authorization", [None, "Bearer wrong-key", "Basic c2FuZGJveDo=", "sandbox", "Bearer"]
)
def test_a_missing_or_wrong_key_is_refused(
    sandbox: SandboxServer, authorization: str | None
) -> None:
    headers = {"X-Integration-Id": INTEGRATION}
    if authorization is not None:
        headers["Authorization"] = authorization
    for path in ("/check-api-key", "/assessment/orders"):
        response = call("GET", sandbox.base_url + path, headers=headers)
        assert_error(response, 401, "PLATFORM.AUTHENTICATION_INVALID")


def test_the_bearer_scheme_is_case_insensitive(sandbox: SandboxServer) -> None:
    response = call(
        "GET", f"{sandbox.base_url}/check-api-key", headers={"Authorization": "bearer sandbox"}
    )
    assert response.status_code == 200


def test_check_api_key_needs_no_integration(api: httpx.Client) -> None:
    response = api.get("/check-api-key", headers={"X-Integration-Id": ""})
    assert response.status_code == 200
    data = response.json()["data"]
    assert ID_RE.match(data["environment_id"])
    assert data["customer_id"] == data["environment_id"]


def test_integration_header_missing_or_unknown(sandbox: SandboxServer) -> None:
    auth = {"Authorization": f"Bearer {KEY}"}
    missing = call("GET", f"{sandbox.base_url}/assessment/orders", headers=auth)
    assert "X-Integration-Id" in assert_error(missing, 400, "PLATFORM.INPUT_INVALID")["message"]
    unknown = call(
        "GET",
        f"{sandbox.base_url}/assessment/orders",
        headers={**auth, "X-Integration-Id": "workday:nope"},
    )
    assert "workday:nope" in assert_error(unknown, 404, "PLATFORM.INTEGRATION_NOT_FOUND")["message"]


def test_unknown_routes_and_wrong_methods_get_envelopes(api: httpx.Client) -> None:
    assert_error(api.get("/assessment/nothing"), 404, "PLATFORM.INPUT_INVALID")
    wrong = api.delete("/assessment/orders")
    assert_error(wrong, 405, "PLATFORM.INPUT_INVALID")
    assert wrong.headers["Allow"] == "GET"
    assert_error(api.get("/assessment/orders/abc/result"), 405, "PLATFORM.INPUT_INVALID")


def test_dot_segments_are_not_resolved(sandbox: SandboxServer) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", sandbox.port, timeout=5)
    connection.request(
        "GET", "/v1/assessment/../check-api-key", headers={"Authorization": "Bearer sandbox"}
    )
    response = connection.getresponse()
    assert response.status == 404
    assert b'"code":"PLATFORM.INPUT_INVALID"' in response.read()
    connection.close()


def test_a_malformed_request_line_gets_an_envelope(sandbox: SandboxServer) -> None:
    with socket.create_connection(("127.0.0.1", sandbox.port), timeout=5) as sock:
        sock.sendall(b"NONSENSE\r\n\r\n")
        reply = sock.recv(65536).decode()
    assert reply.startswith("HTTP/1.1 400")
    assert '"code":"PLATFORM.INPUT_INVALID"' in reply


# --- PUT .../result ----------------------------------------------------------------------


def test_a_write_succeeds_with_realistic_warnings(
    sandbox: SandboxServer, api: httpx.Client
) -> None:
    order_id = open_order(sandbox, ats="teamtailor")  # a text-only ATS
    pdf = b"%PDF-1.7 sandbox report\n" * 100
    result = body(
        attributes=sample_attributes(),
        attachments=[
            pdf_attachment(pdf),
            {"name": "raw.bin", "content_type": "application/octet-stream", "data": "AAEC"},
            {"name": "Video.mp4", "data_url": "https://cdn.example/v.mp4?sig=1"},
        ],
        remote_fields={"smartrecruiters": {"scoreLabel": "Strong"}},
    )
    response = api.put(f"/assessment/orders/{order_id}/result", json=result)
    assert response.status_code == 200, response.text
    parsed = PutResultResponse.model_validate(response.json())
    messages = [w.message for w in parsed.warnings]
    assert any(
        "SUB_RESULT attributes were converted to formatted text because Teamtailor" in m
        for m in messages
    )
    assert any("renamed from 'Report' to 'Report.pdf'" in m for m in messages)
    assert any("application/octet-stream" in m for m in messages)
    assert any(m.startswith("remote_fields.smartrecruiters was ignored") for m in messages)
    assert response.json()["data"] == {}

    written = sandbox.written_result(order_id)
    assert written is not None
    assert written["status"] == "COMPLETED"
    assert written["score"] == 87
    assert written["attachments"][0] == {
        "name": "Report",
        "content_type": "application/pdf",
        "size": len(pdf),
        "sha256": hashlib.sha256(pdf).hexdigest(),
    }
    assert written["attachments"][2] == {
        "name": "Video.mp4",
        "content_type": None,
        "data_url": "https://cdn.example/v.mp4?sig=1",
    }
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", written["written_at"])
    assert api.get(f"/_sandbox/orders/{order_id}/result").json() == written
    assert sandbox.store.get(order_id).status == "COMPLETED"  # type: ignore[union-attr]


def test_a_clean_write_to_a_structured_ats_has_no_warnings(
    sandbox: SandboxServer, api: httpx.Client
) -> None:
    order_id = open_order(sandbox, ats="smartrecruiters")
    result = body(
        attributes=[
            {
                "type": "SUB_RESULT",
                "id": "x",
                "label": "Logic",
                "score": {"value": 3, "max": 5},
                "status": "COMPLETED",
            }
        ],
        attachments=[{"name": "report.pdf", "content_type": "application/pdf", "data": "JVBERi0="}],
        remote_fields={"smartrecruiters": {"scoreLabel": "Good"}},
    )
    response = api.put(f"/assessment/orders/{order_id}/result", json=result)
    assert response.json() == {"status": "success", "data": {}, "warnings": []}


def test_attachment_names_the_ats_rejects_are_renamed(
    sandbox: SandboxServer, api: httpx.Client
) -> None:
    order_id = open_order(sandbox, ats="successfactors")
    attachment = {
        "name": "Q1: Résumé? v2.pdf",
        "content_type": "application/pdf",
        "data": "JVBERi0=",
    }
    response = api.put(f"/assessment/orders/{order_id}/result", json=body(attachments=[attachment]))
    warnings = [w["message"] for w in response.json()["warnings"]]
    assert any("to 'Q1_ Résumé_ v2.pdf'" in w and "SAP SuccessFactors" in w for w in warnings), (
        warnings
    )


def test_the_status_rule(sandbox: SandboxServer, api: httpx.Client) -> None:
    order_id = open_order(sandbox)
    url = f"/assessment/orders/{order_id}/result"
    assert api.put(url, json=body(status="OPEN", completed_at=None)).status_code == 200
    assert sandbox.store.get(order_id).status == "OPEN"  # type: ignore[union-attr]
    assert api.put(url, json=body()).status_code == 200
    listed = api.get("/assessment/orders", params={"ids": order_id}).json()["data"]["results"]
    assert [o["status"] for o in listed] == ["COMPLETED"]
    refused = api.put(url, json=body(status="CANCELLED"))
    assert "COMPLETED" in assert_error(refused, 400, "PLATFORM.INPUT_INVALID")["message"]
    again = api.put(url, json=body(score=91))  # the same status may be re-sent
    assert again.status_code == 200
    assert sandbox.written_result(order_id)["score"] == 91  # type: ignore[index]

    rejected = sandbox.order_ids("REJECTED")[0]
    response = api.put(f"/assessment/orders/{rejected}/result", json=body())
    assert "REJECTED" in assert_error(response, 400, "PLATFORM.INPUT_INVALID")["message"]
    assert sandbox.written_result(rejected) is None


def test_an_invalid_body_names_every_bad_field(sandbox: SandboxServer, api: httpx.Client) -> None:
    order_id = open_order(sandbox)
    bad = {
        "status": "DONE",
        "result_url": "https://example.com/ergebnis/müller",
        "completed_at": "2026-04-04",
        "score": "eighty",
        "attributes": [
            {
                "type": "SUB_RESULT",
                "id": "a",
                "label": "b",
                "score": {"value": 1, "max": 0},
                "status": "COMPLETED",
            }
        ],
        "attachments": [
            {"name": "a.pdf", "content_type": "application pdf", "data": "not base64!"}
        ],
        "extra": 1,
    }
    response = api.put(f"/assessment/orders/{order_id}/result", json=bad)
    message = assert_error(response, 400, "PLATFORM.INPUT_INVALID")["message"]
    for field in (
        "status",
        "result_url",
        "completed_at",
        "score",
        "attributes[0].score.max",
        "attachments[0].data",
        "attachments[0].content_type",
    ):
        assert f"{field}:" in message, (field, message)
    assert "extra" not in message  # the contract allows fields it does not name
    assert sandbox.written_result(order_id) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"", "empty"),
        (b"{not json", "not valid JSON"),
        (b'{"status": "OPEN", "result_url": "https://x.example", "score": NaN}', "not valid JSON"),
        (b"\xff\xfe", "UTF-8"),
        (b"[1, 2]", "body: The body must be a JSON object"),
    ],
)
def test_bodies_that_are_not_a_json_object(
    sandbox: SandboxServer, api: httpx.Client, raw: bytes, expected: str
) -> None:
    response = api.put(f"/assessment/orders/{open_order(sandbox)}/result", content=raw)
    assert expected in assert_error(response, 400, "PLATFORM.INPUT_INVALID")["message"]


def test_file_references_are_not_accepted_over_http(
    sandbox: SandboxServer, api: httpx.Client
) -> None:
    order_id = open_order(sandbox)
    attachment = {
        "name": "x.pdf",
        "content_type": "application/pdf",
        "data": {"path": "/etc/passwd", "size": 1},
    }
    response = api.put(f"/assessment/orders/{order_id}/result", json=body(attachments=[attachment]))
    assert (
        "attachments[0].data:" in assert_error(response, 400, "PLATFORM.INPUT_INVALID")["message"]
    )


def test_an_unknown_order_is_named(api: httpx.Client) -> None:
    response = api.put("/assessment/orders/NoSuchOrder000000000000/result", json=body())
    error = assert_error(response, 404, "PLATFORM.INPUT_INVALID")
    assert "'NoSuchOrder000000000000'" in error["message"]


@pytest.mark.parametrize(
    ("raw_segment", "decoded"),
    [
        ("a%2Fb", "a/b"),
        ("%2E%2E", ".."),
        ("%252F", "%2F"),
        ("x%3Fy%23z", "x?y#z"),
        ("%C3%A9t%C3%A9", "été"),
    ],
)
def test_the_order_id_is_one_segment_decoded_once(
    sandbox: SandboxServer, raw_segment: str, decoded: str
) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", sandbox.port, timeout=5)
    payload = b'{"status":"OPEN","result_url":"https://x.example/r"}'
    connection.request(
        "PUT",
        f"/v1/assessment/orders/{raw_segment}/result",
        body=payload,
        headers={
            "Authorization": "Bearer sandbox",
            "X-Integration-Id": INTEGRATION,
            "Content-Type": "application/json",
        },
    )
    response = connection.getresponse()
    text = response.read().decode()
    connection.close()
    assert response.status == 404, text
    assert repr(decoded) in text or repr(decoded).replace("'", '"') in text
    entry = sandbox.request_log[-1]
    assert entry.path == f"/v1/assessment/orders/{raw_segment}/result"
    assert entry.order_id == decoded


def test_a_fully_percent_encoded_real_id_works(sandbox: SandboxServer, api: httpx.Client) -> None:
    order_id = open_order(sandbox)
    encoded = "".join(f"%{b:02X}" for b in order_id.encode())
    response = api.put(f"/assessment/orders/{encoded}/result", json=body())
    assert response.status_code == 200
    assert sandbox.written_result(order_id) is not None


def test_a_body_over_the_limit_gets_413_in_kombos_envelope() -> None:
    with SandboxServer(max_body_bytes=4096) as server:
        order_id = open_order(server)
        big = body(
            attachments=[{"name": "a.pdf", "content_type": "application/pdf", "data": "A" * 20000}]
        )
        response = call(
            "PUT",
            f"{server.base_url}/assessment/orders/{order_id}/result",
            json=big,
            headers={"Authorization": "Bearer sandbox", "X-Integration-Id": INTEGRATION},
        )
        error = assert_error(response, 413, "PLATFORM.INPUT_INVALID")
        assert "4096 bytes" in error["message"]
        assert response.headers["Connection"] == "close"
        assert server.written_result(order_id) is None
        small = call(
            "PUT",
            f"{server.base_url}/assessment/orders/{order_id}/result",
            json=body(),
            headers={"Authorization": "Bearer sandbox", "X-Integration-Id": INTEGRATION},
        )
        assert small.status_code == 200


def test_a_chunked_body_is_read(sandbox: SandboxServer, api: httpx.Client) -> None:
    order_id = open_order(sandbox)
    payload = httpx.Request("PUT", "http://x", json=body()).content

    def chunks() -> Iterator[bytes]:
        for start in range(0, len(payload), 7):
            yield payload[start : start + 7]

    response = api.put(f"/assessment/orders/{order_id}/result", content=chunks())
    assert response.status_code == 200, response.text
    assert sandbox.request_log[-1].headers["transfer-encoding"] == "chunked"
    assert sandbox.written_result(order_id)["score"] == 87  # type: ignore[index]


# --- GET orders, open orders, packages --------------------------------------------------


def test_orders_default_page_and_shape(sandbox: SandboxServer, api: httpx.Client) -> None:
    response = api.get("/assessment/orders")
    page = OrdersResponse.model_validate(response.json()).data
    assert len(page.results) == 100
    assert page.next is not None
    assert [o.id for o in page.results] == sandbox.order_ids()[:100]
    assert "warnings" not in response.json()


def test_pages_cover_every_order_once(sandbox: SandboxServer, api: httpx.Client) -> None:
    seen: list[str] = []
    cursor: str | None = None
    while True:
        params: dict[str, Any] = {"page_size": 7, "statuses": "OPEN,REJECTED"}
        if cursor:
            params["cursor"] = cursor
        data = api.get("/assessment/orders", params=params).json()["data"]
        assert all(o["status"] in ("OPEN", "REJECTED") for o in data["results"])
        seen += [o["id"] for o in data["results"]]
        cursor = data["next"]
        if cursor is None:
            break
    expected = [
        i for i in sandbox.order_ids() if sandbox.store.get(i).status in ("OPEN", "REJECTED")
    ]  # type: ignore[union-attr]
    assert seen == expected


def test_a_cursor_carries_the_position_not_the_filters(api: httpx.Client) -> None:
    first = api.get("/assessment/orders", params={"statuses": "OPEN", "page_size": 5}).json()[
        "data"
    ]
    unfiltered = api.get(
        "/assessment/orders", params={"cursor": first["next"], "page_size": 50}
    ).json()
    statuses = {o["status"] for o in unfiltered["data"]["results"]}
    assert statuses != {"OPEN"}, "the filter was not resent, so it no longer applies"


def test_filters_ids_statuses_and_created_after(sandbox: SandboxServer, api: httpx.Client) -> None:
    ids = sandbox.order_ids()[3:6]
    by_ids = api.get("/assessment/orders", params={"ids": ",".join(ids)}).json()["data"]["results"]
    assert [o["id"] for o in by_ids] == ids
    repeated = api.get(
        "/assessment/orders", params=[("statuses", "CANCELLED"), ("statuses", "REJECTED")]
    )
    assert {o["status"] for o in repeated.json()["data"]["results"]} == {"CANCELLED", "REJECTED"}

    listing = api.get("/_sandbox/orders").json()["data"]["orders"]
    pivot = listing[40]["created_at"]
    newer = [o["id"] for o in listing if o["created_at"] >= pivot]
    response = api.get("/assessment/orders", params={"created_after": pivot, "page_size": 250})
    assert [o["id"] for o in response.json()["data"]["results"]] == newer
    date_only = api.get(
        "/assessment/orders", params={"created_after": pivot[:10], "page_size": 250}
    )
    assert len(date_only.json()["data"]["results"]) >= len(newer)


@pytest.mark.parametrize(
    ("params", "names"),
    [
        ({"statuses": "OPEN,DONE"}, "statuses"),
        ({"page_size": "0"}, "page_size"),
        ({"page_size": "251"}, "page_size"),
        ({"page_size": "ten"}, "page_size"),
        ({"created_after": "2026-05-01T10:00:00+02:00"}, "created_after"),
        ({"created_after": "yesterday"}, "created_after"),
        ({"cursor": "not-a-cursor"}, "cursor"),
        ({"cursor": base64.urlsafe_b64encode(b'{"v":9}').decode()}, "cursor"),
    ],
)
def test_invalid_query_parameters(api: httpx.Client, params: dict[str, str], names: str) -> None:
    error = assert_error(
        api.get("/assessment/orders", params=params), 400, "PLATFORM.INPUT_INVALID"
    )
    assert names in error["message"]


def test_open_orders_have_the_deprecated_shape(sandbox: SandboxServer, api: httpx.Client) -> None:
    data = api.get("/assessment/orders/open", params={"page_size": 250}).json()["data"]
    assert data["next"] is None
    assert [o["id"] for o in data["results"]] == sandbox.order_ids("OPEN")
    assert all("status" not in o for o in data["results"])


def test_packages_cover_every_type_and_can_be_replaced(api: httpx.Client) -> None:
    packages = api.get("/assessment/packages").json()["data"]["packages"]
    assert {p["type"] for p in packages} == {
        "BEHAVIORAL",
        "VIDEO_INTERVIEW",
        "SKILLS_TEST",
        "BACKGROUND_CHECK",
        "REFERENCE_CHECK",
    }
    new = [{"id": "1001", "type": "SKILLS_TEST", "name": "TypeScript", "description": "TS"}]
    assert api.put("/assessment/packages", json={"packages": new}).status_code == 200
    assert [p["id"] for p in api.get("/assessment/packages").json()["data"]["packages"]] == ["1001"]
    bad = api.put("/assessment/packages", json={"packages": [{"id": "x", "type": "QUIZ"}]})
    message = assert_error(bad, 400, "PLATFORM.INPUT_INVALID")["message"]
    assert "packages[0].type" in message
    assert "packages[0].name" in message


def test_every_answer_has_rate_limit_headers(sandbox: SandboxServer, api: httpx.Client) -> None:
    answers = [
        api.get("/check-api-key"),
        api.get("/assessment/orders", params={"page_size": 1}),
        api.put("/assessment/orders/nope/result", json=body()),
        api.get("/nowhere"),
        call("GET", f"{sandbox.base_url}/check-api-key"),
    ]
    remaining = [int(a.headers["ratelimit-remaining"]) for a in answers]
    assert all(
        a.headers["ratelimit-limit"] == "300" and int(a.headers["ratelimit-reset"]) > 0
        for a in answers
    )
    assert remaining == sorted(remaining, reverse=True)
    assert remaining[0] > remaining[-1]


# --- faults ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("retry-after-ms", {"retry-after-ms": "1500", "ratelimit-reset": "2"}),
        ("Retry-After", {"retry-after": "2", "ratelimit-reset": "2"}),
        ("ratelimit-reset", {"ratelimit-reset": "2"}),
    ],
)
def test_rate_limit_fault(
    sandbox: SandboxServer, api: httpx.Client, header: str, expected: dict[str, str]
) -> None:
    order_id = open_order(sandbox)
    sandbox.faults.rate_limit_next(2, retry_after_ms=1500, header=header)
    assert api.get("/assessment/orders", params={"page_size": 1}).status_code == 200  # reads pass
    for _ in range(2):
        response = api.put(f"/assessment/orders/{order_id}/result", json=body())
        assert_error(response, 429, "PLATFORM.RATE_LIMIT_EXCEEDED")
        for name, value in expected.items():
            assert response.headers[name] == value
        assert response.headers["ratelimit-remaining"] == "0"
        other = {"retry-after-ms", "retry-after"} - set(expected)
        assert not other & set(response.headers)
    assert sandbox.written_result(order_id) is None
    assert api.put(f"/assessment/orders/{order_id}/result", json=body()).status_code == 200


def test_faults_can_apply_to_reads(sandbox: SandboxServer, api: httpx.Client) -> None:
    sandbox.faults.rate_limit_next(1, retry_after_ms=10, include_reads=True)
    assert_error(api.get("/assessment/orders"), 429, "PLATFORM.RATE_LIMIT_EXCEEDED")
    sandbox.faults.fail_next(1, 502, include_reads=True)
    assert_error(api.get("/assessment/orders"), 502, "PLATFORM.UNKNOWN_ERROR")
    sandbox.faults.non_json_next(1, include_reads=True)
    html = api.get("/assessment/orders/open")
    assert html.status_code == 503
    assert html.headers["content-type"].startswith("text/html")
    sandbox.faults.drop_next(1, include_reads=True)
    with pytest.raises(httpx.RemoteProtocolError):
        api.get("/check-api-key")
    sandbox.faults.fail_next(1, include_reads=True)
    assert api.get("/_sandbox/orders").status_code == 200  # the preview is never faulted
    assert api.get("/assessment/orders").status_code == 500
    assert api.get("/assessment/orders").status_code == 200


def test_fail_fault_codes(sandbox: SandboxServer, api: httpx.Client) -> None:
    order_id = open_order(sandbox)
    url = f"/assessment/orders/{order_id}/result"
    sandbox.faults.fail_next(1)
    assert_error(api.put(url, json=body()), 500, "PLATFORM.UNKNOWN_ERROR")
    sandbox.faults.fail_next(1, 503, "REMOTE.SERVICE_UNAVAILABLE")
    assert_error(api.put(url, json=body()), 503, "REMOTE.SERVICE_UNAVAILABLE")
    sandbox.faults.fail_next(1, 500, "PLATFORM.SOMETHING_NEW")  # clients must keep unknown codes
    assert_error(api.put(url, json=body()), 500, "PLATFORM.SOMETHING_NEW")
    sandbox.faults.fail_next(1, 500, None)
    assert api.put(url, json=body()).json()["error"]["code"] is None
    assert sandbox.written_result(order_id) is None
    assert sandbox.faults.pending() == {}


def test_non_json_fault(sandbox: SandboxServer, api: httpx.Client) -> None:
    order_id = open_order(sandbox)
    sandbox.faults.non_json_next(1)
    response = api.put(f"/assessment/orders/{order_id}/result", json=body())
    assert response.status_code == 503
    assert response.headers["content-type"].startswith("text/html")
    assert response.text.startswith("<html>")
    assert "503 Service Unavailable" in response.text
    assert sandbox.written_result(order_id) is None


def test_a_dropped_connection_applies_nothing(sandbox: SandboxServer, api: httpx.Client) -> None:
    order_id = open_order(sandbox)
    payload = body(
        attachments=[{"name": "big.pdf", "content_type": "application/pdf", "data": "A" * 400_000}]
    )
    sandbox.faults.drop_next(1, after_body_bytes=1000)
    with pytest.raises(httpx.TransportError):
        api.put(f"/assessment/orders/{order_id}/result", json=payload)
    assert sandbox.written_result(order_id) is None
    assert sandbox.store.get(order_id).status == "OPEN"  # type: ignore[union-attr]
    entry = sandbox.request_log[-1]
    assert (entry.outcome, entry.status, entry.body_size) == ("dropped", None, 1000)
    assert api.put(f"/assessment/orders/{order_id}/result", json=payload).status_code == 200


def test_held_writes_wait_unapplied_until_released(sandbox: SandboxServer) -> None:
    first, second = sandbox.order_ids("OPEN")[:2]
    url = f"{sandbox.base_url}/assessment/orders/{{}}/result"
    headers = {"Authorization": f"Bearer {KEY}", "X-Integration-Id": INTEGRATION}
    answers: dict[str, int] = {}

    def put(order_id: str) -> None:
        answer = call("PUT", url.format(order_id), json=body(), headers=headers)
        answers[order_id] = answer.status_code

    sandbox.faults.hold_writes()
    threads = [threading.Thread(target=put, args=(o,)) for o in (first, second)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 10
    while sandbox.faults.held_writes < 2 and time.monotonic() < deadline:
        time.sleep(0.01)  # polling against a deadline, not waiting out a delay
    assert sandbox.faults.held_writes == 2
    assert call("GET", f"{sandbox.base_url}/assessment/orders", headers=headers).status_code == 200
    assert sandbox.written_result(first) is None
    assert sandbox.written_result(second) is None
    assert answers == {}

    sandbox.faults.release_writes()
    for thread in threads:
        thread.join(10)
    assert answers == {first: 200, second: 200}
    assert sandbox.faults.held_writes == 0
    assert sandbox.written_result(first) is not None


def test_stop_ends_a_held_write() -> None:
    server = SandboxServer()
    server.start()
    order_id = open_order(server)
    server.faults.hold_writes()
    errors: list[BaseException] = []

    def put() -> None:
        try:
            call(
                "PUT",
                f"{server.base_url}/assessment/orders/{order_id}/result",
                json=body(),
                headers={"Authorization": f"Bearer {KEY}", "X-Integration-Id": INTEGRATION},
            )
        except httpx.TransportError as exc:
            errors.append(exc)

    thread = threading.Thread(target=put)
    thread.start()
    deadline = time.monotonic() + 10
    while server.faults.held_writes == 0 and time.monotonic() < deadline:
        time.sleep(0.01)  # polling against a deadline, not waiting out a delay
    assert server.faults.held_writes == 1
    server.stop()
    thread.join(10)
    assert not thread.is_alive()
    assert errors
    assert server.written_result(order_id) is None


def test_stop_cuts_a_slow_upload_and_a_long_latency() -> None:
    server = SandboxServer()
    server.start()
    order_id = open_order(server)
    server.faults.read_delay_per_mb = 60.0  # one MiB would take a minute
    errors: list[BaseException] = []

    def upload() -> None:
        payload = body(
            attachments=[
                {"name": "a.pdf", "content_type": "application/pdf", "data": "A" * 2_000_000}
            ]
        )
        try:
            call(
                "PUT",
                f"{server.base_url}/assessment/orders/{order_id}/result",
                json=payload,
                headers={"Authorization": "Bearer sandbox", "X-Integration-Id": INTEGRATION},
                timeout=30,
            )
        except httpx.TransportError as exc:
            errors.append(exc)

    thread = threading.Thread(target=upload)
    thread.start()
    deadline = time.monotonic() + 10
    while server.active_requests == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert server.active_requests == 1
    began = time.perf_counter()
    server.stop()
    print(f"\nstop with an upload in flight: {(time.perf_counter() - began) * 1000:.0f} ms")
    thread.join(10)
    assert not thread.is_alive()
    assert errors
    assert server.written_result(order_id) is None
    assert server.active_requests == 0


def test_a_client_that_vanishes_mid_body_changes_nothing(sandbox: SandboxServer) -> None:
    order_id = open_order(sandbox)
    with socket.create_connection(("127.0.0.1", sandbox.port), timeout=5) as sock:
        sock.sendall(
            f"PUT /v1/assessment/orders/{order_id}/result HTTP/1.1\r\nHost: x\r\n"
            "Authorization: Bearer sandbox\r\nX-Integration-Id: sandbox:demo\r\n"
            "Content-Length: 5000\r\n\r\n".encode()
            + b'{"status": "COMPLETED", '
        )
    deadline = time.monotonic() + 5
    while not sandbox.request_log and time.monotonic() < deadline:
        time.sleep(0.01)
    assert sandbox.request_log[-1].outcome == "client disconnected"
    assert sandbox.request_log[-1].status is None
    assert sandbox.written_result(order_id) is None


def test_head_answers_carry_no_body(sandbox: SandboxServer) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", sandbox.port, timeout=5)
    connection.request("HEAD", "/v1/check-api-key", headers={"Authorization": "Bearer sandbox"})
    response = connection.getresponse()
    assert response.status == 405
    assert response.read() == b""
    connection.request("GET", "/v1/check-api-key", headers={"Authorization": "Bearer sandbox"})
    assert connection.getresponse().status == 200  # the connection is still in step
    connection.close()


def test_faults_validate_their_arguments(sandbox: SandboxServer) -> None:
    with pytest.raises(ValueError, match="header"):
        sandbox.faults.rate_limit_next(1, header="X-Wait")
    with pytest.raises(ValueError, match="status"):
        sandbox.faults.fail_next(1, status=200)
    with pytest.raises(ValueError, match="negative"):
        sandbox.faults.latency = -1
    sandbox.faults.latency = 0.01
    sandbox.faults.drop_next(2)
    sandbox.faults.reset()
    assert sandbox.faults.pending() == {}
    assert sandbox.faults.latency == 0


# --- request log, keep-alive, concurrency ------------------------------------------------


def test_the_request_log_masks_the_key(sandbox: SandboxServer) -> None:
    secret = "s3cr3t-key-value"
    with (
        SandboxServer(api_key=secret) as server,
        httpx.Client(
            base_url=server.base_url,
            headers={"Authorization": f"Bearer {secret}", "X-Integration-Id": INTEGRATION},
        ) as client,
    ):
        client.get("/assessment/orders", params={"statuses": "OPEN", "page_size": 2})
        entry = server.request_log[-1]
    assert entry.method == "GET"
    assert entry.status == 200
    assert entry.outcome == "answered"
    assert entry.path == "/v1/assessment/orders"
    assert entry.query == "statuses=OPEN&page_size=2"
    assert entry.headers["authorization"] == "Bearer ***"
    assert entry.headers["X-Integration-Id"] == INTEGRATION
    assert secret not in repr(server.request_log)


def test_keep_alive_serves_many_requests_on_one_connection(sandbox: SandboxServer) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", sandbox.port, timeout=5)
    headers = {"Authorization": "Bearer sandbox", "X-Integration-Id": INTEGRATION}
    for path in ("/v1/check-api-key", "/v1/nowhere", "/v1/assessment/packages") * 3:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        response.read()
        assert response.status in (200, 404)
    assert connection.sock is not None  # never closed in between
    connection.close()


def test_concurrent_writes_respect_the_status_rule(sandbox: SandboxServer) -> None:
    order_id = open_order(sandbox)
    results: list[tuple[str, int]] = []
    lock = threading.Lock()

    def write(status: str) -> None:
        response = call(
            "PUT",
            f"{sandbox.base_url}/assessment/orders/{order_id}/result",
            json=body(status=status),
            headers={"Authorization": "Bearer sandbox", "X-Integration-Id": INTEGRATION},
        )
        with lock:
            results.append((status, response.status_code))

    threads = [threading.Thread(target=write, args=(s,)) for s in ["COMPLETED", "CANCELLED"] * 6]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    final = sandbox.store.get(order_id).status  # type: ignore[union-attr]
    assert final in ("COMPLETED", "CANCELLED")
    assert {status for status, code in results if code == 200} == {final}
    assert all(code == 400 for status, code in results if status != final)
    assert sandbox.written_result(order_id)["status"] == final  # type: ignore[index]


def test_a_chunked_body_over_the_limit_gets_413() -> None:
    with SandboxServer(max_body_bytes=1000) as server:

        def chunks() -> Iterator[bytes]:
            yield b'{"status": "OPEN", "result_url": "https://x.example/r", "pad": "'
            for _ in range(50):
                yield b"x" * 100
            yield b'"}'

        response = call(
            "PUT",
            f"{server.base_url}/assessment/orders/{open_order(server)}/result",
            content=chunks(),
            headers={"Authorization": "Bearer sandbox", "X-Integration-Id": INTEGRATION},
        )
        assert_error(response, 413, "PLATFORM.INPUT_INVALID")
        assert server.request_log[-1].body_size > 5000

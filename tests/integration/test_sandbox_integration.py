"""`GET /integrations/{integration_id}` in the sandbox: the customer, the ATS and whether the
integration can be used, as Kombo's contract shapes them; and `/assessment/*` refused while it
cannot.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.sandbox import SandboxServer

ROOT = Path(__file__).resolve().parents[2]
KEY = {"Authorization": "Bearer sandbox"}


@pytest.fixture
def api(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    headers = {**KEY, "X-Integration-Id": "sandbox:demo"}
    with httpx.Client(base_url=sandbox.base_url, headers=headers, verify=False) as client:
        yield client


def test_the_demo_integration_is_acme_on_workday_and_active(api: httpx.Client) -> None:
    response = api.get("/integrations/sandbox:demo")
    assert response.status_code == 200, response.text
    data = response.json()["data"]
    assert data["id"] == "sandbox:demo"
    assert data["end_user"]["organization_name"] == "Acme GmbH"
    assert (data["tool"]["id"], data["tool"]["label"]) == ("workday", "Workday")
    assert (data["status"], data["setup_status"]) == ("ACTIVE", "COMPLETED")
    # The ID is one path segment; percent-encoded, it is the same integration.
    assert api.get("/integrations/sandbox%3Ademo").json()["data"]["id"] == "sandbox:demo"


@pytest.mark.parametrize("integration_id", ["sandbox:other", "greenhouse:HWUTwvyx2wLoSUHphiWVrp28"])
def test_an_unknown_integration_is_kombos_not_found(api: httpx.Client, integration_id: str) -> None:
    response = api.get(f"/integrations/{integration_id}")
    assert response.status_code == 404
    error = response.json()["error"]
    assert error["code"] == "PLATFORM.INTEGRATION_NOT_FOUND"
    assert integration_id in error["message"]


def test_it_needs_the_api_key(sandbox: SandboxServer) -> None:
    response = httpx.get(f"{sandbox.base_url}/integrations/sandbox:demo")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "PLATFORM.AUTHENTICATION_INVALID"


@pytest.mark.parametrize(
    ("status", "setup_status", "code"),
    [
        ("INACTIVE", "COMPLETED", "INTEGRATION.INACTIVE"),
        ("ACTIVE", "INCOMPLETE", "INTEGRATION.SETUP_INCOMPLETE"),
        ("ACTIVE", "FINAL_SYNC_PENDING", "INTEGRATION.SETUP_SYNC_PENDING"),
    ],
)
def test_an_unusable_integration_says_so_and_refuses_assessment_calls(
    sandbox: SandboxServer, api: httpx.Client, status: str, setup_status: str, code: str
) -> None:
    sandbox.integration.status = status  # type: ignore[assignment]
    sandbox.integration.setup_status = setup_status  # type: ignore[assignment]
    data = api.get("/integrations/sandbox:demo").json()["data"]
    assert (data["status"], data["setup_status"]) == (status, setup_status)
    order_id = sandbox.order_ids("OPEN")[0]
    body = {"status": "OPEN", "result_url": "https://assess.example/r"}
    for response in (
        api.get("/assessment/orders"),
        api.put(f"/assessment/orders/{order_id}/result", json=body),
    ):
        assert response.status_code == 409, response.text
        assert response.json()["error"]["code"] == code
    assert sandbox.written_result(order_id) is None


def test_the_command_line_sets_customer_and_status() -> None:
    proc = subprocess.Popen(
        [
            sys.executable, "-m", "app.sandbox", "--port", "0", "--quiet",
            "--organization-name", "Beispiel AG", "--integration-status", "INACTIVE",
            "--setup-status", "INCOMPLETE",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        base_url = proc.stdout.readline().strip().removeprefix("Sandbox listening on ")
        data = httpx.get(f"{base_url}/integrations/sandbox:demo", headers=KEY).json()["data"]
        assert data["end_user"]["organization_name"] == "Beispiel AG"
        assert (data["status"], data["setup_status"]) == ("INACTIVE", "INCOMPLETE")
    finally:
        proc.terminate()
        proc.communicate(timeout=10)
    assert proc.returncode == 0

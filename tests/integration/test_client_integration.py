"""`KomboClient.get_integration` against the sandbox: the details, Kombo's not-found, and IDs
that cannot be one path segment refused before anything is sent."""

from __future__ import annotations

import asyncio

import pytest

from app.kombo.client import KomboClient
from app.kombo.errors import KomboApiError
from app.kombo.integration import IntegrationDetails
from app.sandbox import SandboxServer


def get(sandbox: SandboxServer, integration_id: str | None = None) -> IntegrationDetails:
    async def run() -> IntegrationDetails:
        async with KomboClient(sandbox.base_url, "sandbox", "sandbox:demo") as client:
            return await client.get_integration(integration_id)

    return asyncio.run(run())


def test_the_clients_own_integration(sandbox: SandboxServer) -> None:
    details = get(sandbox)
    assert details.summary == "Acme GmbH · Workday · ACTIVE"
    assert details.problem() is None
    assert sandbox.request_log[-1].path == "/v1/integrations/sandbox:demo"
    # No X-Integration-Id on general endpoints: the ID is in the path.
    assert "x-integration-id" not in sandbox.request_log[-1].headers


def test_an_unknown_integration_is_an_api_error(sandbox: SandboxServer) -> None:
    with pytest.raises(KomboApiError) as raised:
        get(sandbox, "greenhouse:unknown")
    assert (raised.value.http_status, raised.value.code) == (404, "PLATFORM.INTEGRATION_NOT_FOUND")


def test_an_id_with_a_slash_stays_one_segment(sandbox: SandboxServer) -> None:
    with pytest.raises(KomboApiError):
        get(sandbox, "a/b")
    assert sandbox.request_log[-1].path == "/v1/integrations/a%2Fb"


@pytest.mark.parametrize("bad", ["..", ".", " ", "a\nb"])
def test_ids_that_cannot_be_a_segment_are_refused_unsent(sandbox: SandboxServer, bad: str) -> None:
    with pytest.raises(ValueError, match="integration ID"):
        get(sandbox, bad)
    assert sandbox.request_log == []

"""`GET /integrations/{integration_id}`: the customer and ATS behind an integration ID, and
whether results can be written through it now.

Only the fields the desk shows are read; the rest of Kombo's answer is ignored. `status` and
`setup_status` stay open strings (a value Kombo adds later is shown, not a parse error).
"""

from __future__ import annotations

from typing import Literal
from urllib.parse import quote

from pydantic import BaseModel, ConfigDict


class _Lenient(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class IntegrationTool(_Lenient):
    id: str
    label: str


class IntegrationEndUser(_Lenient):
    organization_name: str


class IntegrationDetails(_Lenient):
    id: str
    tool: IntegrationTool
    status: str  # ACTIVE, INVALID or INACTIVE in the contract
    setup_status: str  # INCOMPLETE, FINAL_SYNC_PENDING or COMPLETED
    end_user: IntegrationEndUser

    @property
    def summary(self) -> str:
        """`Acme GmbH · Workday · ACTIVE`."""
        return f"{self.end_user.organization_name} · {self.tool.label} · {self.status}"

    def problem(self) -> str | None:
        """Why results cannot be written through this integration now, or None."""
        if self.status == "INACTIVE":
            return "Kombo says this integration is inactive; enable it on its page in Kombo."
        if self.status == "INVALID":
            return (
                "Kombo says this integration's credentials are invalid; the customer must "
                "reconnect it."
            )
        if self.setup_status == "INCOMPLETE":
            return "Kombo says this integration's setup is incomplete; the customer must finish it."
        if self.setup_status == "FINAL_SYNC_PENDING":
            return "Kombo says this integration's final setup sync is still running; try later."
        return None


class IntegrationResponse(_Lenient):
    status: Literal["success"]
    data: IntegrationDetails


def integration_path(integration_id: str) -> bytes:
    """`/integrations/{id}` with the ID as one percent-encoded segment (`:` kept, as Kombo's
    own IDs have it); ValueError for an ID that cannot be one."""
    cleaned = integration_id.strip()
    if cleaned in {"", ".", ".."} or any(ord(c) < 0x20 or ord(c) == 0x7F for c in cleaned):
        raise ValueError(f"{integration_id!r} cannot be an integration ID.")
    return b"/integrations/" + quote(cleaned, safe=":").encode("ascii")

"""The one integration the sandbox serves, as `GET /integrations/{integration_id}` shows it.

Its customer, ATS, `status` and `setup_status` can be changed (`SandboxServer.integration`, or
`--organization-name`, `--integration-status`, `--setup-status`), so tests and trainers see
what an inactive or half set-up connection looks like. While it is not usable, `/assessment/*`
answers as Kombo does for such an integration (API-NOTES.md §4.3: 409 with
`INTEGRATION.SETUP_INCOMPLETE` or `INTEGRATION.SETUP_SYNC_PENDING`; for `INACTIVE`, whose HTTP
status Kombo does not publish, 409 `INTEGRATION.INACTIVE` is an inference).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from app.sandbox.ats import ATS_BY_SLUG

IntegrationStatus = Literal["ACTIVE", "INVALID", "INACTIVE"]
SetupStatus = Literal["INCOMPLETE", "FINAL_SYNC_PENDING", "COMPLETED"]
INTEGRATION_STATUSES: tuple[IntegrationStatus, ...] = ("ACTIVE", "INVALID", "INACTIVE")
SETUP_STATUSES: tuple[SetupStatus, ...] = ("INCOMPLETE", "FINAL_SYNC_PENDING", "COMPLETED")
_ASSETS = "https://storage.googleapis.com/kombo-assets/integrations/{}/{}.svg"


@dataclass
class IntegrationState:
    organization_name: str = "Acme GmbH"
    tool: str = "workday"  # an ATS slug of ats.py
    status: IntegrationStatus = "ACTIVE"
    setup_status: SetupStatus = "COMPLETED"
    created_at: str = "2026-01-12T08:15:00.000Z"

    def refusal(self) -> tuple[str, str] | None:
        """`(code, message)` with which `/assessment/*` is refused now, or None."""
        if self.status == "INACTIVE":
            return (
                "INTEGRATION.INACTIVE",
                "The integration is inactive. Enable it again on its page in Kombo's dashboard.",
            )
        if self.setup_status == "INCOMPLETE":
            return (
                "INTEGRATION.SETUP_INCOMPLETE",
                "The integration's setup is not finished. Ask the customer to complete it.",
            )
        if self.setup_status == "FINAL_SYNC_PENDING":
            return (
                "INTEGRATION.SETUP_SYNC_PENDING",
                "The integration's final setup sync is still running; try again later.",
            )
        return None

    def to_json(self, integration_id: str) -> dict[str, Any]:
        """The `data` of the contract's `GetIntegrationsIntegrationIdPositiveResponse`."""
        profile = ATS_BY_SLUG.get(self.tool)
        return {
            "id": integration_id,
            "tool": {
                "id": self.tool,
                "label": profile.label if profile else self.tool,
                "internal_label": None,
                "logo_url": _ASSETS.format(self.tool, "logo"),
                "icon_url": _ASSETS.format(self.tool, "icon"),
            },
            "category": "ATS",
            "status": self.status,
            "setup_status": self.setup_status,
            "end_user": {
                "organization_name": self.organization_name,
                "creator_email": "it@acme.example",
                "origin_id": None,
            },
            "scope_config": {"id": "SandboxScopeConfig000001", "name": None},
            "data_expired_at": None,
            "created_at": self.created_at,
            "beta": False,
            "read_models": [],
            "write_actions": [
                {
                    "id": "assessment_update_order_result",
                    "label": "Update order result",
                    "is_available": self.refusal() is None,
                    "coverage_status": "SUPPORTED",
                    "scope_config_setting": "ENABLED",
                    "opted_out_by_customer": False,
                    "fields": [],
                }
            ],
        }

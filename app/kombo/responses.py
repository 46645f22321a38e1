"""Pydantic models of the Kombo assessment API's answers (contract copy: `tests/contract/`).

They are lenient: unknown keys are ignored and enum-like values are open strings, so that a
newer Kombo never makes the desk fail to read an answer. Kept apart from the request models
(`app.kombo.models`) so that validating a result does not build them: the client, the orders
panel and the batch's order check load them on first use.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class _Lenient(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class KomboWarning(_Lenient):
    message: str


class PutResultResponse(_Lenient):
    status: Literal["success"]
    data: dict[str, Any] = Field(default_factory=dict)
    warnings: list[KomboWarning] = Field(default_factory=list)


class ErrorDetail(_Lenient):
    # An open string: codes Kombo adds later are kept, not rejected (API-NOTES 7.3).
    code: str | None = None
    title: str | None = None
    message: str
    log_url: str | None = None


class ErrorEnvelope(_Lenient):
    status: Literal["error"]
    error: ErrorDetail


class Candidate(_Lenient):
    remote_id: str | None = None
    email: str
    first_name: str | None = None
    last_name: str | None = None
    phone: str | None = None

    @property
    def display_name(self) -> str:
        name = " ".join(p for p in (self.first_name, self.last_name) if p)
        return name or self.email


class Application(_Lenient):
    remote_id: str | None = None


class Location(_Lenient):
    street_1: str | None = None
    street_2: str | None = None
    city: str | None = None
    state: str | None = None
    zip_code: str | None = None
    country: str | None = None
    raw: str | None = None

    @property
    def display(self) -> str:
        if self.raw:
            return self.raw
        return ", ".join(p for p in (self.city, self.state, self.country) if p)


class HiringTeamMember(_Lenient):
    remote_id: str | None = None
    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    hiring_team_roles: list[str] = Field(default_factory=list)


class Job(_Lenient):
    remote_id: str | None = None
    name: str | None = None
    job_code: str | None = None
    description: str | None = None
    location: Location | None = None
    hiring_team: list[HiringTeamMember] = Field(default_factory=list)


class Order(_Lenient):
    id: str
    package_id: str
    status: str  # OrderStatus values, kept open
    candidate: Candidate
    application: Application
    job: Job


class OrdersPage(_Lenient):
    next: str | None = None
    results: list[Order]


class OrdersResponse(_Lenient):
    status: Literal["success"]
    data: OrdersPage


class CheckApiKeyData(_Lenient):
    environment_id: str
    customer_id: str | None = None


class CheckApiKeyResponse(_Lenient):
    status: Literal["success"]
    data: CheckApiKeyData


class Package(_Lenient):
    id: str
    name: str
    description: str = ""
    updated_at: str | None = None
    type: str | None = None


class PackagesData(_Lenient):
    packages: list[Package]


class PackagesResponse(_Lenient):
    status: Literal["success"]
    data: PackagesData

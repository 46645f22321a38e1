"""One saved connection to Kombo, as the desk uses it and as `profiles.json` stores it.

No key: the API key lives in the keyring under the profile's name (`secrets.py`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from app.kombo.regions import REGION_BASE_URLS, Region

__all__ = ["Profile"]


@dataclass(frozen=True)
class Profile:
    """One connection. `region=None` means "custom": `base_url` is then used."""

    name: str
    region: Region | None = Region.EU
    base_url: str | None = None
    integration_id: str = ""
    ca_bundle: str | None = None
    is_default: bool = False
    # The integration's customer as Kombo named it at the last successful test; not a secret,
    # only shown beside the name. Files from before it existed load with "".
    organization_name: str = ""

    @property
    def effective_base_url(self) -> str:
        if self.region is not None:
            return REGION_BASE_URLS[self.region]
        return (self.base_url or "").strip().rstrip("/")

    @property
    def verify(self) -> bool | str:
        """What the HTTP client gets as `verify`: always on, with the chosen CA bundle if any."""
        return self.ca_bundle or True

    def normalized(self) -> Profile:
        """Trim what people paste (spaces, a trailing newline, a trailing slash)."""
        base_url = None if self.region is not None else (self.base_url or "").strip() or None
        if base_url is not None:
            base_url = base_url.rstrip("/")
        return replace(
            self,
            name=" ".join(self.name.split()),
            base_url=base_url,
            integration_id=self.integration_id.strip(),
            ca_bundle=(self.ca_bundle or "").strip() or None,
        )

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "name": self.name,
            "region": self.region.value if self.region is not None else None,
            "base_url": self.base_url,
            "integration_id": self.integration_id,
            "ca_bundle": self.ca_bundle,
        }
        if self.organization_name:  # written once known; older files simply lack it
            data["organization_name"] = self.organization_name
        return data

    @classmethod
    def from_json(cls, raw: object) -> Profile:
        """Build a profile from its stored form; raises ValueError on a wrong shape."""
        if not isinstance(raw, Mapping):
            raise ValueError("an entry is not an object")
        name = raw.get("name")
        if not isinstance(name, str) or not name.strip():
            raise ValueError("an entry has no name")
        region_raw = raw.get("region")
        try:
            region = Region(region_raw) if region_raw is not None else None
        except ValueError:
            raise ValueError(f"{name!r} has an unknown region {region_raw!r}") from None
        base_url = _optional_str(raw, "base_url", name)
        if region is None and not base_url:
            raise ValueError(f"{name!r} has neither a region nor a base URL")
        integration_id = raw.get("integration_id", "")
        if not isinstance(integration_id, str):
            raise ValueError(f"{name!r} has an integration ID that is not text")
        return cls(
            name=name,
            region=region,
            base_url=base_url,
            integration_id=integration_id,
            ca_bundle=_optional_str(raw, "ca_bundle", name),
            organization_name=_optional_str(raw, "organization_name", name) or "",
        ).normalized()


def _optional_str(raw: Mapping[str, object], key: str, name: str) -> str | None:
    value = raw.get(key)
    if value is None or isinstance(value, str):
        return value or None
    raise ValueError(f"{name!r} has a {key} that is not text")

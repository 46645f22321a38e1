"""Kombo's regions and their API base URLs (contract README; CA is only in SDK 1.4.0)."""

from __future__ import annotations

from enum import StrEnum


class Region(StrEnum):
    EU = "EU"
    US = "US"
    CA = "CA"


REGION_BASE_URLS: dict[Region, str] = {
    Region.EU: "https://api.kombo.dev/v1",
    Region.US: "https://api.us.kombo.dev/v1",
    Region.CA: "https://api.ca.kombo.dev/v1",
}

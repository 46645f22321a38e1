"""Reading what clients send: JSON bodies, `created_after`, a packages list."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from app.kombo.timefmt import KOMBO_DATETIME_PATTERN
from app.sandbox.seed import SeedPackage

PACKAGE_TYPES = (
    "BEHAVIORAL",
    "VIDEO_INTERVIEW",
    "SKILLS_TEST",
    "BACKGROUND_CHECK",
    "REFERENCE_CHECK",
)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def parse_json(body: bytes) -> tuple[Any, str | None]:
    if not body.strip():
        return None, "The request body is empty; send a JSON object."
    try:
        return json.loads(body.decode("utf-8"), parse_constant=_reject_constant), None
    except UnicodeDecodeError:
        return None, "The request body is not valid UTF-8."
    except ValueError as exc:
        return None, f"The request body is not valid JSON: {exc}."


def parse_created_after(raw: str) -> datetime | None:
    if not KOMBO_DATETIME_PATTERN.match(raw):
        return None
    text = raw.removesuffix("Z")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    # No offset can be given (the pattern allows only Z): the value is UTC.
    return parsed.replace(tzinfo=UTC)


def parse_packages(payload: Any) -> tuple[list[SeedPackage], list[str]]:
    if not isinstance(payload, dict) or not isinstance(payload.get("packages"), list):
        return [], ["packages: This is required and must be a list."]
    problems: list[str] = []
    packages: list[SeedPackage] = []
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    for index, item in enumerate(payload["packages"]):
        if not isinstance(item, dict):
            problems.append(f"packages[{index}]: Expected an object.")
            continue
        for key in ("id", "name", "description", "type"):
            if not isinstance(item.get(key), str):
                problems.append(f"packages[{index}].{key}: This is required.")
        if isinstance(item.get("type"), str) and item["type"] not in PACKAGE_TYPES:
            problems.append(f"packages[{index}].type: Choose one of {', '.join(PACKAGE_TYPES)}.")
        if not problems:
            packages.append(
                SeedPackage(item["id"], item["name"], item["description"], item["type"], now)
            )
    return packages, problems

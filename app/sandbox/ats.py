"""How the applicant tracking systems behind the sandbox's orders take a result.

Each seeded job lives in one ATS (the integration's "remote system"); what that ATS can store
decides the warnings a successful write returns, as Kombo does: structured attributes flattened
to text, attachments renamed, remote_fields for another ATS ignored, and so on.
"""

from __future__ import annotations

import mimetypes
import posixpath
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from app.kombo.constants import GENERIC_CONTENT_TYPES, WORKDAY_STATUS_PATH

KNOWN_REMOTE_FIELD_KEYS = ("smartrecruiters", "recruitee", "workday")


@dataclass(frozen=True)
class AtsProfile:
    slug: str
    label: str
    text_only_attributes: bool
    has_score_field: bool = True
    supports_attachments: bool = True
    forbidden_name_chars: str = ""
    max_name_length: int = 255


ATS_PROFILES: tuple[AtsProfile, ...] = (
    AtsProfile(
        "workday", "Workday", False, forbidden_name_chars='\\/:*?"<>|#%&', max_name_length=100
    ),
    AtsProfile("smartrecruiters", "SmartRecruiters", False, forbidden_name_chars='\\/:*?"<>|'),
    AtsProfile("recruitee", "Recruitee", False),
    AtsProfile("greenhouse", "Greenhouse", False, forbidden_name_chars="\\/"),
    AtsProfile("lever", "Lever", True, has_score_field=False),
    AtsProfile("teamtailor", "Teamtailor", True),
    AtsProfile(
        "successfactors",
        "SAP SuccessFactors",
        True,
        forbidden_name_chars="\\/:*?\"<>|#%&{}~;,'",
        max_name_length=80,
    ),
    AtsProfile("icims", "iCIMS", True, has_score_field=False, forbidden_name_chars='\\/:*?"<>|'),
    AtsProfile("ashby", "Ashby", False),
    AtsProfile("jobylon", "Jobylon", True, supports_attachments=False),
    AtsProfile("bullhorn", "Bullhorn", True, forbidden_name_chars='\\/:*?"<>|&'),
)
ATS_BY_SLUG = {profile.slug: profile for profile in ATS_PROFILES}

_EXTRA_EXTENSIONS = {"application/pdf": ".pdf", "text/plain": ".txt", "image/jpeg": ".jpg"}


def _extension_for(content_type: str | None, data_url: str | None) -> str:
    if content_type:
        known = _EXTRA_EXTENSIONS.get(content_type.lower()) or mimetypes.guess_extension(
            content_type.lower(), strict=False
        )
        if known:
            return known
    if data_url:
        ext = posixpath.splitext(urlsplit(data_url).path)[1]
        if 1 < len(ext) <= 6:
            return ext
    return ".bin"


def sanitized_name(name: str, profile: AtsProfile, extension: str) -> tuple[str, list[str]]:
    """The name the ATS would store, and why it differs (empty when unchanged)."""
    reasons: list[str] = []
    clean = name.strip()
    bad = sorted({ch for ch in clean if ch in profile.forbidden_name_chars or ord(ch) < 32})
    if bad:
        shown = " ".join("control characters" if ord(ch) < 32 else ch for ch in bad)
        reasons.append(f"{profile.label} does not accept the characters {shown} in file names")
        clean = "".join("_" if ch in bad else ch for ch in clean)
    stem, ext = posixpath.splitext(clean)
    if not ext or len(ext) > 6 or not ext[1:].isalnum():
        reasons.append(f"{profile.label} needs a file extension")
        stem, ext = clean, extension
    if len(stem) + len(ext) > profile.max_name_length:
        reasons.append(f"{profile.label} allows at most {profile.max_name_length} characters")
        stem = stem[: profile.max_name_length - len(ext)]
    return stem + ext, reasons


def _workday_status_id(remote: Mapping[str, Any]) -> Any:
    node: Any = remote.get("workday")
    for key in WORKDAY_STATUS_PATH:
        node = node.get(key) if isinstance(node, Mapping) else None
    return node


def write_warnings(body: Mapping[str, Any], profile: AtsProfile) -> list[str]:
    """Warnings for a result the contract accepts, written to an order in `profile`'s ATS."""
    warnings: list[str] = []
    attributes = body.get("attributes") or []
    if profile.text_only_attributes and any(a.get("type") == "SUB_RESULT" for a in attributes):
        warnings.append(
            "SUB_RESULT attributes were converted to formatted text because "
            f"{profile.label} only supports text attributes."
        )
    if not profile.has_score_field and ("score" in body or "max_score" in body):
        warnings.append(
            f"{profile.label} has no score field; score and max_score were added to the "
            "result summary as text."
        )
    attachments = body.get("attachments") or []
    if attachments and not profile.supports_attachments:
        count = len(attachments)
        warnings.append(
            f"{profile.label} does not accept assessment attachments; {count} attachment"
            f"{'s were' if count > 1 else ' was'} not uploaded. The result_url is linked instead."
        )
        attachments = []
    for index, attachment in enumerate(attachments):
        name: str = attachment["name"]
        content_type: str | None = attachment.get("content_type")
        extension = _extension_for(content_type, attachment.get("data_url"))
        new_name, reasons = sanitized_name(name, profile, extension)
        if reasons:
            warnings.append(
                f"Attachment {index + 1} was renamed from {name!r} to {new_name!r} "
                f"because {' and '.join(reasons)}."
            )
        if (content_type or "").lower() in GENERIC_CONTENT_TYPES:
            warnings.append(
                f"Attachment {new_name!r} was sent as {content_type}; "
                f"{profile.label} may not be able to preview it. Use a specific content type "
                "such as application/pdf."
            )
    remote: Mapping[str, Any] = body.get("remote_fields") or {}
    for key, value in remote.items():
        if key == profile.slug or value is None:
            continue
        target = ATS_BY_SLUG.get(key)
        if target is None or key not in KNOWN_REMOTE_FIELD_KEYS:
            warnings.append(
                f"remote_fields.{key} was ignored: it is not a remote field Kombo supports "
                f"for {profile.label}."
            )
        else:
            warnings.append(
                f"remote_fields.{key} was ignored because this order's job is in "
                f"{profile.label}, not {target.label}."
            )
    if (
        profile.slug == "workday"
        and body["status"] != "OPEN"
        and _workday_status_id(remote) is None
    ):
        warnings.append(
            "No Workday Assessment_Status_ID was given in remote_fields; the tenant's default "
            "assessment status was used."
        )
    return warnings

"""What may be saved as a connection: one message per field, worded for the person filling
the form. The Connections dialog maps the field names (`FIELD_*`) to its widgets.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Final
from urllib.parse import urlsplit

from app.kombo.i18n import N_, Message
from app.store.profile_record import Profile

__all__ = [
    "FIELD_BASE_URL",
    "FIELD_CA_BUNDLE",
    "FIELD_INTEGRATION_ID",
    "FIELD_NAME",
    "INTEGRATION_ID_EXAMPLE",
    "INTEGRATION_ID_PATTERN",
    "MAX_NAME_LENGTH",
    "base_url_issue",
    "ca_bundle_issue",
    "integration_id_issue",
    "is_loopback_host",
    "name_issue",
    "profile_issues",
]

MAX_NAME_LENGTH: Final = 80
# The CA bundle check reads at most this much looking for a PEM certificate.
_PEM_PROBE_BYTES: Final = 4 * 1024 * 1024

# `<tool slug>:<opaque id>`, e.g. `workday:HWUTwvyx2wLoSUHphiWVrp28` (contract API-NOTES 2).
INTEGRATION_ID_PATTERN: Final = re.compile(r"^[a-z0-9][a-z0-9_-]*:[A-Za-z0-9_-]+$")
INTEGRATION_ID_EXAMPLE: Final = "workday:HWUTwvyx2wLoSUHphiWVrp28"

# Field names used as keys of the issue dictionaries (the dialog maps them to its widgets).
FIELD_NAME: Final = "name"
FIELD_BASE_URL: Final = "base_url"
FIELD_INTEGRATION_ID: Final = "integration_id"
FIELD_CA_BUNDLE: Final = "ca_bundle"


def name_issue(name: str, others: Iterable[str] = ()) -> str | None:
    name = " ".join(name.split())
    if not name:
        return N_("Give the connection a name, e.g. the customer and region (“Acme EU”).")
    if len(name) > MAX_NAME_LENGTH:
        return Message(
            N_("Keep the name under {limit} characters (it has {length})."),
            limit=MAX_NAME_LENGTH,
            length=len(name),
        )
    if any(unicodedata.category(ch).startswith("C") for ch in name):
        return N_("The name contains a control character; type it again without it.")
    folded = name.casefold()
    if any(" ".join(other.split()).casefold() == folded for other in others):
        return Message(
            N_("A connection named “{name}” already exists; choose another name."), name=name
        )
    return None


def integration_id_issue(value: str) -> str | None:
    value = value.strip()
    # Each problem is a sentence of its own; the second sentence is the same for all of them.
    expected = Message(
        N_(
            "Expected the ATS’s tool name, a colon and the ID, like {example} "
            "(shown in the integration’s details on Kombo’s dashboard)."
        ),
        example=INTEGRATION_ID_EXAMPLE,
    )
    if not value:
        return Message(N_("Enter the integration ID. {expected}"), expected=expected)
    if any(ch.isspace() for ch in value):
        return Message(
            N_("The integration ID cannot contain spaces. {expected}"), expected=expected
        )
    if value.count(":") != 1:
        if ":" not in value:
            return Message(
                N_("The tool name and the colon are missing. {expected}"), expected=expected
            )
        return Message(
            N_("The integration ID has more than one colon. {expected}"), expected=expected
        )
    tool, _, ident = value.partition(":")
    if not tool:
        return Message(
            N_("The tool name before the colon is missing. {expected}"), expected=expected
        )
    if not ident:
        return Message(N_("The ID after the colon is missing. {expected}"), expected=expected)
    if tool != tool.lower():
        return Message(
            N_("The tool name is written in lower case: “{id}”."), id=f"{tool.lower()}:{ident}"
        )
    if not INTEGRATION_ID_PATTERN.fullmatch(value):
        return Message(
            N_("Only letters, digits, “-” and “_” may appear around the colon. {expected}"),
            expected=expected,
        )
    return None


def is_loopback_host(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def base_url_issue(value: str) -> str | None:
    value = value.strip()
    example = "https://api.kombo.dev/v1"
    if not value:
        return Message(
            N_("Enter the API’s base URL, like {example}, or choose a region."), example=example
        )
    if any(ch.isspace() for ch in value):
        return N_("The address cannot contain spaces.")
    try:
        parts = urlsplit(value)
        port = parts.port  # raises on a port that is not a number
    except ValueError:
        return Message(
            N_("This is not a valid address. Expected something like {example}."), example=example
        )
    del port
    if not parts.scheme or not parts.netloc:
        return Message(N_("Start the address with https://, like {example}."), example=example)
    if parts.username is not None or parts.password is not None:
        return N_(
            "Leave user names and passwords out of the address; the API key has its own field."
        )
    if parts.query or parts.fragment:
        return N_("Remove the “?…” or “#…” part; the base URL ends with the API version, like /v1.")
    host = parts.hostname or ""
    if not host:
        return N_("The address has no host name.")
    scheme = parts.scheme.lower()
    if scheme == "https":
        return None
    if scheme == "http":
        if is_loopback_host(host):
            return None
        return N_(
            "Use https:// — plain http is only allowed on this computer "
            "(localhost, 127.0.0.1, ::1), e.g. for the sandbox."
        )
    return Message(N_("Only https:// addresses are supported, like {example}."), example=example)


def ca_bundle_issue(path: str) -> str | None:
    """Check that a CA bundle is a readable PEM file (httpx/ssl accept PEM only)."""
    file = Path(path.strip()).expanduser()
    if not path.strip():
        return None
    if not file.exists():
        return Message(N_("The file {file} does not exist."), file=file)
    if file.is_dir():
        return N_("Choose a certificate file, not a folder.")
    try:
        with file.open("rb") as handle:
            head = handle.read(_PEM_PROBE_BYTES)
    except OSError as exc:
        return Message(N_("The file cannot be read: {reason}."), reason=exc.strerror or exc)
    if b"-----BEGIN CERTIFICATE-----" not in head:
        return N_(
            "This file holds no PEM certificate (“-----BEGIN CERTIFICATE-----”). Export your "
            "company’s CA certificate as PEM / Base-64 and choose that file."
        )
    return None


def profile_issues(
    profile: Profile, *, others: Iterable[str] = (), check_files: bool = True
) -> dict[str, str]:
    """Every problem of `profile`, by field name; empty when it can be saved.

    `others` are the names of the other profiles (names must be unique, ignoring case).
    """
    profile = profile.normalized()
    issues: dict[str, str] = {}
    if (message := name_issue(profile.name, others)) is not None:
        issues[FIELD_NAME] = message
    if profile.region is None and (message := base_url_issue(profile.base_url or "")) is not None:
        issues[FIELD_BASE_URL] = message
    if (message := integration_id_issue(profile.integration_id)) is not None:
        issues[FIELD_INTEGRATION_ID] = message
    if (
        check_files
        and profile.ca_bundle
        and (message := ca_bundle_issue(profile.ca_bundle)) is not None
    ):
        issues[FIELD_CA_BUNDLE] = message
    return issues

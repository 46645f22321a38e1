"""Named connections to Kombo, kept in `config_dir()/profiles.json` (never with their keys).

A profile says where to send (a region or a custom base URL), to which customer system (the
integration ID) and how to trust the server (an optional CA bundle for corporate proxies).
Its API key lives in the OS keyring under the profile's name; `ProfileStore` moves, copies and
deletes that entry together with the profile when a `SecretStore` is given.

The file is written atomically (temporary file, fsync, rename), carries a schema version, and a
file that cannot be read is moved aside and reported instead of stopping the program.
"""

from __future__ import annotations

import asyncio
import builtins
import contextlib
import ipaddress
import json
import logging
import re
import shutil
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import urlsplit

from app.kombo.regions import REGION_BASE_URLS, Region
from app.store.atomic import atomic_write
from app.store.paths import intended_config_dir
from app.store.regular_files import NotRegularFile, read_regular
from app.store.set_aside import backup_path, set_aside_words

if TYPE_CHECKING:
    from app.store.secrets import SecretStore

log = logging.getLogger(__name__)

SCHEMA_VERSION: Final = 1
PROFILES_FILE: Final = "profiles.json"
# A few hundred bytes per connection; anything near this is not a profiles file.
MAX_PROFILES_BYTES: Final = 5_000_000
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


# --- validation: one message per field, worded for the person filling the form ----------------


def name_issue(name: str, others: Iterable[str] = ()) -> str | None:
    name = " ".join(name.split())
    if not name:
        return "Give the connection a name, e.g. the customer and region (“Acme EU”)."
    if len(name) > MAX_NAME_LENGTH:
        return f"Keep the name under {MAX_NAME_LENGTH} characters (it has {len(name)})."
    if any(unicodedata.category(ch).startswith("C") for ch in name):
        return "The name contains a control character; type it again without it."
    folded = name.casefold()
    if any(" ".join(other.split()).casefold() == folded for other in others):
        return f"A connection named “{name}” already exists; choose another name."
    return None


def integration_id_issue(value: str) -> str | None:
    value = value.strip()
    expected = (
        f"Expected the ATS’s tool name, a colon and the ID, like {INTEGRATION_ID_EXAMPLE} "
        "(shown in the integration’s details on Kombo’s dashboard)."
    )
    if not value:
        return "Enter the integration ID. " + expected
    if any(ch.isspace() for ch in value):
        return "The integration ID cannot contain spaces. " + expected
    if value.count(":") != 1:
        if ":" not in value:
            return "The tool name and the colon are missing. " + expected
        return "The integration ID has more than one colon. " + expected
    tool, _, ident = value.partition(":")
    if not tool:
        return "The tool name before the colon is missing. " + expected
    if not ident:
        return "The ID after the colon is missing. " + expected
    if tool != tool.lower():
        return f"The tool name is written in lower case: “{tool.lower()}:{ident}”."
    if not INTEGRATION_ID_PATTERN.fullmatch(value):
        return "Only letters, digits, “-” and “_” may appear around the colon. " + expected
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
        return f"Enter the API’s base URL, like {example}, or choose a region."
    if any(ch.isspace() for ch in value):
        return "The address cannot contain spaces."
    try:
        parts = urlsplit(value)
        port = parts.port  # raises on a port that is not a number
    except ValueError:
        return f"This is not a valid address. Expected something like {example}."
    del port
    if not parts.scheme or not parts.netloc:
        return f"Start the address with https://, like {example}."
    if parts.username is not None or parts.password is not None:
        return "Leave user names and passwords out of the address; the API key has its own field."
    if parts.query or parts.fragment:
        return "Remove the “?…” or “#…” part; the base URL ends with the API version, like /v1."
    host = parts.hostname or ""
    if not host:
        return "The address has no host name."
    scheme = parts.scheme.lower()
    if scheme == "https":
        return None
    if scheme == "http":
        if is_loopback_host(host):
            return None
        return (
            "Use https:// — plain http is only allowed on this computer "
            "(localhost, 127.0.0.1, ::1), e.g. for the sandbox."
        )
    return f"Only https:// addresses are supported, like {example}."


def ca_bundle_issue(path: str) -> str | None:
    """Check that a CA bundle is a readable PEM file (httpx/ssl accept PEM only)."""
    file = Path(path.strip()).expanduser()
    if not path.strip():
        return None
    if not file.exists():
        return f"The file {file} does not exist."
    if file.is_dir():
        return "Choose a certificate file, not a folder."
    try:
        with file.open("rb") as handle:
            head = handle.read(_PEM_PROBE_BYTES)
    except OSError as exc:
        return f"The file cannot be read: {exc.strerror or exc}."
    if b"-----BEGIN CERTIFICATE-----" not in head:
        return (
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


# --- errors ------------------------------------------------------------------------------------


class ProfileError(Exception):
    """A profile operation that could not be done; the message says why, in words."""


class ProfileNotFound(ProfileError, KeyError):
    def __init__(self, name: str) -> None:
        super().__init__(f"There is no connection named “{name}”.")
        self.name = name

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0])


class ProfileInvalid(ProfileError):
    """The profile has problems; `issues` maps field names to messages."""

    def __init__(self, issues: Mapping[str, str]) -> None:
        self.issues = dict(issues)
        super().__init__(" ".join(self.issues.values()))


@dataclass(frozen=True)
class DeleteOutcome:
    profile: Profile
    key_warning: str | None = None  # the profile is gone but its keyring entry could not be


# --- the store -------------------------------------------------------------------------------


class ProfileStore:
    """The saved connections. Reads are synchronous (from memory); changes are coroutines,
    because they write the file in a worker thread and may move a key in the keyring.
    """

    def __init__(self, path: Path | None = None, *, secrets: SecretStore | None = None) -> None:
        self._path = path
        self._secrets = secrets
        self._profiles: builtins.list[Profile] = []
        self._default: str | None = None
        self._lock = asyncio.Lock()
        self.load_problem: str | None = None
        self.read_only_reason: str | None = None
        self._loaded = False

    @property
    def path(self) -> Path:
        # Not config_dir(): it creates the folder, and a start in a RESULT_DESK_HOME that is a
        # file must still come up (with the start-up banner saying why nothing is kept).
        return self._path or intended_config_dir() / PROFILES_FILE

    @property
    def secrets(self) -> SecretStore | None:
        return self._secrets

    # --- reading ---------------------------------------------------------------------------

    def load(self) -> ProfileStore:
        """Read the file (a few hundred bytes: fine on any thread). Never raises on bad content:
        a damaged file is moved aside and `load_problem` says what happened.
        """
        self._profiles, self._default = [], None
        self.load_problem = self.read_only_reason = None
        self._loaded = True
        path = self.path
        try:
            # Never open() a FIFO or a folder here: start-up would hang or fail.
            text = read_regular(path, MAX_PROFILES_BYTES).decode("utf-8")
        except (FileNotFoundError, NotADirectoryError):
            return self  # none yet, or no settings folder at all (the start-up banner says so)
        except NotRegularFile as exc:
            self._set_aside(path, f"it is {exc.kind}, not a regular file")
            return self
        except (OSError, UnicodeDecodeError) as exc:
            self._set_aside(path, f"it could not be read ({exc})")
            return self
        try:
            document = json.loads(text)
        except json.JSONDecodeError as exc:
            self._set_aside(path, f"it is not valid JSON (line {exc.lineno}: {exc.msg})")
            return self
        if not isinstance(document, dict) or not isinstance(document.get("profiles"), list):
            self._set_aside(path, "it does not hold a list of connections")
            return self
        schema = document.get("schema")
        if not isinstance(schema, int) or schema < 1:
            self._set_aside(path, f"its schema version {schema!r} is not valid")
            return self
        if schema > SCHEMA_VERSION:
            # Written by a newer Result Desk: read what we understand, but never overwrite it.
            self.read_only_reason = (
                f"{path.name} was written by a newer version of Result Desk (schema {schema}); "
                "connections can be used but not changed with this version."
            )
        problems: builtins.list[str] = []
        seen: set[str] = set()
        for raw in document["profiles"]:
            try:
                profile = Profile.from_json(raw)
            except ValueError as exc:
                problems.append(str(exc))
                continue
            if profile.name.casefold() in seen:
                problems.append(f"{profile.name!r} appears twice")
                continue
            seen.add(profile.name.casefold())
            self._profiles.append(profile)
        default = document.get("default")
        if isinstance(default, str) and default.casefold() in seen:
            self._default = self._find(default).name
        elif self._profiles:
            self._default = self._profiles[0].name
        if problems:
            backup = self._backup_path(path)
            with contextlib.suppress(OSError):
                shutil.copy2(path, backup)
            self.load_problem = (
                f"Some saved connections were skipped ({'; '.join(problems)}). "
                f"The original file was kept as {backup}."
            )
            log.warning("profiles: %s", self.load_problem)
        return self

    def _set_aside(self, path: Path, why: str) -> None:
        where = set_aside_words(path)
        self.load_problem = (
            f"The saved connections could not be loaded: {why}; {where}. "
            "Starting with no saved connections."
        )
        log.warning("profiles: %s", self.load_problem)

    @staticmethod
    def _backup_path(path: Path) -> Path:
        return backup_path(path)

    def _ensure_loaded(self) -> None:
        if not self._loaded:
            self.load()

    def list(self) -> builtins.list[Profile]:
        self._ensure_loaded()
        return [replace(p, is_default=p.name == self._default) for p in self._profiles]

    def names(self) -> builtins.list[str]:
        return [p.name for p in self.list()]

    def _find(self, name: str) -> Profile:
        folded = " ".join(name.split()).casefold()
        for profile in self._profiles:
            if profile.name.casefold() == folded:
                return profile
        raise ProfileNotFound(name)

    def get(self, name: str) -> Profile:
        self._ensure_loaded()
        profile = self._find(name)
        return replace(profile, is_default=profile.name == self._default)

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        try:
            self.get(name)
        except ProfileNotFound:
            return False
        return True

    def default(self) -> Profile | None:
        self._ensure_loaded()
        return self.get(self._default) if self._default is not None else None

    def issues(self, profile: Profile, *, replacing: str | None = None) -> dict[str, str]:
        """Problems of `profile` if it were saved (as a new one, or in place of `replacing`)."""
        self._ensure_loaded()
        skip = replacing.casefold() if replacing is not None else None
        others = [p.name for p in self._profiles if p.name.casefold() != skip]
        return profile_issues(profile, others=others)

    def unique_name(self, base: str) -> str:
        """`base`, or `base (2)`, `base (3)`… whichever is free."""
        self._ensure_loaded()
        taken = {p.name.casefold() for p in self._profiles}
        base = " ".join(base.split()) or "Connection"
        if base.casefold() not in taken:
            return base
        counter = 2
        while f"{base} ({counter})".casefold() in taken:
            counter += 1
        return f"{base} ({counter})"

    def __repr__(self) -> str:
        return f"ProfileStore(path={str(self.path)!r}, profiles={len(self._profiles)})"

    # --- changing --------------------------------------------------------------------------

    async def add(self, profile: Profile, *, make_default: bool | None = None) -> Profile:
        """Save a new profile. The first one becomes the default unless told otherwise."""
        async with self._lock:
            self._ensure_writable()
            profile = self._validated(profile, replacing=None)
            before = self._snapshot()
            self._profiles.append(profile)
            if make_default or (make_default is None and self._default is None):
                self._default = profile.name
            await self._save_or_restore(before)
            return self.get(profile.name)

    async def update(self, name: str, profile: Profile) -> Profile:
        """Replace the profile called `name` by `profile` (which may carry a new name: the key
        then moves with it)."""
        async with self._lock:
            return await self._update_locked(name, profile, files=True)

    async def remember_organization(self, name: str, organization_name: str) -> Profile:
        """Keep the customer's name Kombo gave for `name`'s integration (after a test)."""
        async with self._lock:
            self._ensure_loaded()
            current = self._find(name)
            if current.organization_name == organization_name:
                return self.get(current.name)
            changed = replace(current, organization_name=organization_name)
            return await self._update_locked(current.name, changed, files=False)

    async def rename(self, old: str, new: str) -> Profile:
        async with self._lock:
            self._ensure_loaded()
            current = self._find(old)
            # Only the name changes: a CA bundle that has since vanished must not block it.
            return await self._update_locked(current.name, replace(current, name=new), files=False)

    async def _update_locked(self, name: str, profile: Profile, *, files: bool) -> Profile:
        self._ensure_writable()
        current = self._find(name)
        profile = self._validated(profile, replacing=current.name, files=files)
        renamed = profile.name != current.name
        if renamed:
            await self._move_key(current.name, profile.name)
        before = self._snapshot()
        index = self._profiles.index(current)
        self._profiles[index] = profile
        if self._default == current.name:
            self._default = profile.name
        try:
            await self._save_or_restore(before)
        except ProfileError:
            if renamed:
                await self._move_key(profile.name, current.name, quiet=True)
            raise
        return self.get(profile.name)

    async def duplicate(self, name: str, new_name: str | None = None) -> Profile:
        """A copy of `name` (its key copied too) called `new_name` or “NAME (copy)”."""
        async with self._lock:
            self._ensure_writable()
            source = self._find(name)
            target_name = (
                new_name if new_name is not None else self.unique_name(f"{source.name} (copy)")
            )
            copy = self._validated(replace(source, name=target_name), replacing=None, files=False)
            if self._secrets is not None:
                await self._secrets.copy_key(source.name, copy.name)
            before = self._snapshot()
            self._profiles.insert(self._profiles.index(source) + 1, copy)
            try:
                await self._save_or_restore(before)
            except ProfileError:
                if self._secrets is not None:
                    with contextlib.suppress(Exception):
                        await self._secrets.delete_key(copy.name)
                raise
            return self.get(copy.name)

    async def delete(self, name: str) -> DeleteOutcome:
        """Remove the profile and its key. If the keyring cannot delete the key right now the
        profile is still removed, and `key_warning` says which entry is left behind."""
        async with self._lock:
            self._ensure_writable()
            profile = self._find(name)
            before = self._snapshot()
            self._profiles.remove(profile)
            if self._default == profile.name:
                self._default = self._profiles[0].name if self._profiles else None
            await self._save_or_restore(before)
            warning: str | None = None
            if self._secrets is not None:
                from app.store.secrets import KeyringUnavailable

                try:
                    await self._secrets.delete_key(profile.name)
                except KeyringUnavailable as exc:
                    warning = (
                        f"The connection was removed, but its key could not be deleted from the "
                        f"keyring ({exc}). Remove the entry “{self._secrets.service} / "
                        f"{profile.name}” with your password manager."
                    )
                    log.warning("profiles: %s", warning)
            return DeleteOutcome(profile=profile, key_warning=warning)

    async def set_default(self, name: str) -> Profile:
        async with self._lock:
            self._ensure_writable()
            profile = self._find(name)
            before = self._snapshot()
            self._default = profile.name
            await self._save_or_restore(before)
            return self.get(profile.name)

    # --- helpers ---------------------------------------------------------------------------

    def _ensure_writable(self) -> None:
        self._ensure_loaded()
        if self.read_only_reason is not None:
            raise ProfileError(self.read_only_reason)

    def _validated(self, profile: Profile, *, replacing: str | None, files: bool = True) -> Profile:
        profile = replace(profile.normalized(), is_default=False)
        skip = replacing.casefold() if replacing is not None else None
        others = [p.name for p in self._profiles if p.name.casefold() != skip]
        issues = profile_issues(profile, others=others, check_files=files)
        if issues:
            raise ProfileInvalid(issues)
        return profile

    async def _move_key(self, old: str, new: str, *, quiet: bool = False) -> None:
        if self._secrets is None:
            return
        try:
            await self._secrets.rename_key(old, new)
        except Exception:
            if not quiet:
                raise
            log.warning("profiles: could not move the key back from %r to %r", new, old)

    def _snapshot(self) -> tuple[builtins.list[Profile], str | None]:
        return builtins.list(self._profiles), self._default

    def _document(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_VERSION,
            "default": self._default,
            "profiles": [p.to_json() for p in self._profiles],
        }

    async def _save_or_restore(self, before: tuple[builtins.list[Profile], str | None]) -> None:
        data = json.dumps(self._document(), indent=2, ensure_ascii=False) + "\n"
        try:
            await asyncio.to_thread(_write_document, self.path, data)
        except OSError as exc:
            self._profiles, self._default = before
            raise ProfileError(
                f"The connections could not be saved to {self.path}: {exc.strerror or exc}."
            ) from exc


def _write_document(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, text.encode("utf-8"))

"""Named connections to Kombo, kept in `config_dir()/profiles.json` (never with their keys).

A profile says where to send (a region or a custom base URL), to which customer system (the
integration ID) and how to trust the server (an optional CA bundle for corporate proxies).
Its API key lives in the OS keyring under the profile's name; `ProfileStore` moves, copies and
deletes that entry together with the profile when a `SecretStore` is given.

The file is written atomically (temporary file, fsync, rename), carries a schema version, and a
file that cannot be read is moved aside and reported instead of stopping the program.
The `Profile` itself is in `profile_record.py`, the per-field checks in `profile_checks.py`, what
a deletion did in `profile_deletion.py`.
"""

from __future__ import annotations

import builtins
import contextlib
import json
import logging
import shutil
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from app.store.atomic import atomic_write
from app.store.paths import intended_config_dir
from app.store.profile_checks import (
    FIELD_BASE_URL,
    FIELD_CA_BUNDLE,
    FIELD_INTEGRATION_ID,
    FIELD_NAME,
    INTEGRATION_ID_EXAMPLE,
    INTEGRATION_ID_PATTERN,
    MAX_NAME_LENGTH,
    base_url_issue,
    ca_bundle_issue,
    integration_id_issue,
    is_loopback_host,
    name_issue,
    profile_issues,
)
from app.store.profile_record import Profile
from app.store.regular_files import NotRegularFile, read_regular

if TYPE_CHECKING:
    import asyncio  # loaded with the qasync loop, after the first paint

    # Imported when a connection is deleted, or a damaged file is set aside: not to paint.
    from app.store.profile_deletion import DeleteOutcome
    from app.store.secrets import SecretStore

# The Profile and its checks live in their own modules; callers import them from here too.
__all__ = [
    "FIELD_BASE_URL",
    "FIELD_CA_BUNDLE",
    "FIELD_INTEGRATION_ID",
    "FIELD_NAME",
    "INTEGRATION_ID_EXAMPLE",
    "INTEGRATION_ID_PATTERN",
    "MAX_NAME_LENGTH",
    "MAX_PROFILES_BYTES",
    "PROFILES_FILE",
    "SCHEMA_VERSION",
    "Profile",
    "ProfileError",
    "ProfileInvalid",
    "ProfileNotFound",
    "ProfileStore",
    "base_url_issue",
    "ca_bundle_issue",
    "integration_id_issue",
    "is_loopback_host",
    "name_issue",
    "profile_issues",
]

log = logging.getLogger(__name__)

SCHEMA_VERSION: Final = 1
PROFILES_FILE: Final = "profiles.json"
# A few hundred bytes per connection; anything near this is not a profiles file.
MAX_PROFILES_BYTES: Final = 5_000_000


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
        # Made on first use: the store is read before the qasync loop (and asyncio) starts.
        self._lock_made: asyncio.Lock | None = None
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
        from app.store.set_aside import set_aside_words

        where = set_aside_words(path)
        self.load_problem = (
            f"The saved connections could not be loaded: {why}; {where}. "
            "Starting with no saved connections."
        )
        log.warning("profiles: %s", self.load_problem)

    @staticmethod
    def _backup_path(path: Path) -> Path:
        from app.store.set_aside import backup_path

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
        from app.store.profile_deletion import DeleteOutcome

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

    @property
    def _lock(self) -> asyncio.Lock:
        """Serializes the changes; only ever used on the loop."""
        if self._lock_made is None:
            import asyncio

            self._lock_made = asyncio.Lock()
        return self._lock_made

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
        import asyncio

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

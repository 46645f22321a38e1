"""Unsent form state, saved as the person types, one file per connection profile.

Each save writes a temporary file in the drafts folder, flushes and fsyncs it, renames it over
the draft (`os.replace` is atomic) and fsyncs the folder, so after a crash or power loss the
draft is either the previous save or the new one, never a torn mix. The API key is never part
of the form state; a top-level key that looks like one is dropped all the same.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.store.atomic import atomic_write, fsync_dir
from app.store.regular_files import NotRegularFile, irregular_kind, read_regular
from app.store.set_aside import set_aside

log = logging.getLogger(__name__)

DRAFT_FORMAT = 1
# Temp files a crash left behind are removed once they are this old (another Result Desk
# may be writing a younger one right now).
STALE_TEMP_S = 60.0
# A form with many attributes and remote fields is some kilobytes; data URLs can be more.
MAX_DRAFT_BYTES = 64_000_000
_SECRET_KEYS = frozenset({"api_key", "apikey", "key", "authorization", "kombo_api_key"})


class DraftError(Exception):
    """A draft could not be saved or read; `message` is worded for the banner."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Draft:
    profile: str
    state: dict[str, Any]
    saved_at: datetime  # UTC
    order_id: str | None


def profile_slug(profile: str) -> str:
    """A file-name-safe, collision-free name for a profile: `prod-eu-1a2b3c4d`."""
    readable = re.sub(r"[^a-z0-9]+", "-", profile.lower()).strip("-")[:40] or "profile"
    digest = hashlib.sha256(profile.encode("utf-8")).hexdigest()[:8]
    return f"{readable}-{digest}"


class DraftStore:
    """Drafts in `folder` (default: `drafts_dir()`), keyed by profile name."""

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder
        self.notices: list[str] = []

    @property
    def folder(self) -> Path:
        if self._folder is None:
            from app.store.paths import data_dir, drafts_dir

            try:
                self._folder = drafts_dir()
            except OSError as exc:
                raise DraftError(
                    f"The drafts folder cannot be used ({exc.strerror or exc}); check that "
                    f"{data_dir() / 'drafts'} is a writable folder. Until then a crash would "
                    "lose what you typed."
                ) from exc
        return self._folder

    def path_for(self, profile: str) -> Path:
        return self.folder / f"{profile_slug(profile)}.json"

    def save(self, profile: str, state: Mapping[str, Any], *, order_id: str | None = None) -> Draft:
        """Write the draft atomically. Raises `DraftError` if the folder cannot take it."""
        clean = {k: v for k, v in state.items() if str(k).lower() not in _SECRET_KEYS}
        if order_id is None:
            candidate = clean.get("order_id")
            order_id = candidate.strip() or None if isinstance(candidate, str) else None
        draft = Draft(profile=profile, state=clean, saved_at=datetime.now(UTC), order_id=order_id)
        payload = {
            "format": DRAFT_FORMAT,
            "profile": profile,
            "saved_at": draft.saved_at.isoformat(),
            "order_id": order_id,
            "state": clean,
        }
        try:
            data = json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")
        except (TypeError, ValueError) as exc:
            raise DraftError(f"The form could not be saved as a draft ({exc}).") from exc
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            path = self.path_for(profile)
            if kind := irregular_kind(path):  # a folder there would refuse every save
                self._move_aside(path, f"it is {kind}, not a regular file")
            atomic_write(path, data)
        except OSError as exc:
            raise DraftError(
                f"Your unsent form cannot be saved as a draft in {self.folder} "
                f"({exc.strerror or exc}). Check that the folder is writable and the disk has "
                "room; until then a crash would lose what you typed."
            ) from exc
        return draft

    def load(self, profile: str) -> Draft | None:
        """The saved draft of this profile, or None. A damaged file is moved aside, not lost."""
        try:
            path = self.path_for(profile)
            self._remove_stale_temps(path)
            # Never open() a FIFO (the draft worker would block and quitting would hang).
            raw = read_regular(path, MAX_DRAFT_BYTES)
        except FileNotFoundError:
            return None
        except NotRegularFile as exc:
            self._move_aside(path, f"it is {exc.kind}, not a regular file")
            return None
        except OSError as exc:
            raise DraftError(
                f"Your saved draft cannot be read ({exc.strerror or exc}). Until this is fixed a "
                "crash would lose what you typed."
            ) from exc
        try:
            payload = json.loads(raw.decode("utf-8"))
            if not isinstance(payload, dict) or not isinstance(payload.get("state"), dict):
                raise ValueError("not a draft")
            if payload.get("profile") != profile:
                return None  # a slug collision would need a sha256 prefix clash; be safe
            saved_at = datetime.fromisoformat(str(payload["saved_at"]))
            order_id = payload.get("order_id")
            return Draft(
                profile=profile,
                state=payload["state"],
                saved_at=saved_at if saved_at.tzinfo else saved_at.replace(tzinfo=UTC),
                order_id=order_id if isinstance(order_id, str) else None,
            )
        except (ValueError, KeyError, UnicodeDecodeError) as exc:
            self._move_aside(path, str(exc))
            return None

    def discard(self, profile: str) -> None:
        """Forget the draft (after a successful send, or when the person discards it)."""
        path = self.path_for(profile)
        try:
            path.unlink(missing_ok=True)
            fsync_dir(path.parent)
        except OSError as exc:
            raise DraftError(f"The draft could not be removed ({exc.strerror or exc}).") from exc

    def _move_aside(self, path: Path, reason: str) -> None:
        """Set the draft (or whatever stands at its path) aside, so the next save can write.
        Raises DraftError when it cannot be moved: autosave would fail, say why."""
        try:
            target = set_aside(path, "corrupt")
        except OSError as exc:
            log.error("draft %s is unusable (%s), not moved aside: %s", path, reason, exc)
            raise DraftError(
                f"The saved draft {path.name} cannot be used ({reason}) and could not be moved "
                f"aside ({exc.strerror or exc}); until it is removed your unsent form is not "
                "saved as a draft."
            ) from exc
        log.error("draft %s is unusable (%s); moved aside to %s", path, reason, target)
        self.notices.append(
            f"A saved draft could not be read ({reason}) and was moved aside to {target.name}."
        )

    def _remove_stale_temps(self, path: Path) -> None:
        now = time.time()
        with contextlib.suppress(OSError):
            for tmp in path.parent.glob(f".{path.name}.*.tmp"):
                with contextlib.suppress(OSError):
                    if now - tmp.stat().st_mtime > STALE_TEMP_S:
                        tmp.unlink()

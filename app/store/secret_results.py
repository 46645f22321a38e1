"""What the `SecretStore` (secrets.py) answers: a key and where it came from, and the keyring's
state for the settings dialog.

Apart from the store, which the main window builds before its first paint: these are made when
a key is looked up or the keyring's status is asked for, after it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

__all__ = ["KeyLookup", "KeySource", "KeyringStatus"]

KeySource = Literal["environment", "keyring", "memory"]


@dataclass(frozen=True)
class KeyringStatus:
    """What the settings dialog shows about the keyring."""

    backend_name: str
    available: bool
    locked: bool
    detail: str
    advice: str
    memory_only: bool = False
    environment_key: bool = False
    # The backend as `module.Class` (e.g. `keyring.backends.SecretService.Keyring`), for
    # diagnostics such as `--self-check`; not part of what the dialog compares or shows.
    backend_class: str = field(default="", compare=False)

    @property
    def state(self) -> Literal["available", "locked", "unavailable"]:
        if self.available:
            return "available"
        return "locked" if self.locked else "unavailable"


@dataclass(frozen=True, repr=False)
class KeyLookup:
    """A key and where it came from. Its repr never shows the key."""

    key: str | None
    source: KeySource | None

    def __repr__(self) -> str:
        shown = "None" if self.key is None else "'•••'"
        return f"KeyLookup(key={shown}, source={self.source!r})"

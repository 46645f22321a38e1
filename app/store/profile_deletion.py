"""What deleting a saved connection did (`ProfileStore.delete`): the profile, and a warning
when its key could not be removed from the keyring.

Apart from the store, which is read before the window's first paint: the type is made with
the first deletion.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.store.profile_record import Profile

__all__ = ["DeleteOutcome"]


@dataclass(frozen=True)
class DeleteOutcome:
    profile: Profile
    key_warning: str | None = None  # the profile is gone but its keyring entry could not be

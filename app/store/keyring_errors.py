"""Why the keyring cannot do something now, in words, with what to do about it.

Messages are built from backend names and error texts, scrubbed of the key: never the key.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "LOCKED_ADVICE",
    "MEMORY_HINT",
    "SECRET_SERVICE_ADVICE",
    "KeyringUnavailable",
    "scrub",
    "translate",
]

SECRET_SERVICE_ADVICE: Final = (
    "Install a Secret Service provider — gnome-keyring (most desktops) or KeePassXC with its "
    "Secret Service integration enabled — then log out and in again."
)
LOCKED_ADVICE: Final = (
    "Unlock your keyring (your desktop asks for your login password, or open “Passwords and "
    "Keys” / your password manager and unlock it), then try again."
)
MEMORY_HINT: Final = " Until then, Result Desk can keep the key in memory for this run only."


def scrub(text: str, *secrets: str | None) -> str:
    """`text` with every given secret replaced, for messages built from foreign exceptions."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "•••")
    return text


class KeyringUnavailable(Exception):
    """The keyring cannot do this now. The message says what happened, `advice` what to do.

    Never holds a key: messages are built from backend names and error texts (scrubbed).
    """

    def __init__(
        self, message: str, *, advice: str = "", locked: bool = False, timed_out: bool = False
    ) -> None:
        super().__init__(message)
        self.message = message
        self.advice = advice
        self.locked = locked
        self.timed_out = timed_out

    def __str__(self) -> str:
        return self.message


def translate(exc: Exception, secret: str | None) -> KeyringUnavailable:
    """A backend error in words, never carrying the key."""
    from keyring import errors

    text = scrub(str(exc) or type(exc).__name__, secret)
    if isinstance(exc, errors.KeyringLocked) or type(exc).__name__ in {
        "LockedException",
        "PromptDismissedException",
    }:
        return KeyringUnavailable(
            "The keyring is locked and was not unlocked.",
            advice=LOCKED_ADVICE + MEMORY_HINT,
            locked=True,
        )
    if isinstance(exc, errors.NoKeyringError):
        return KeyringUnavailable(
            "No system keyring was found.", advice=SECRET_SERVICE_ADVICE + MEMORY_HINT
        )
    if isinstance(exc, errors.InitError):
        return KeyringUnavailable(
            f"The keyring could not be opened: {text}", advice=LOCKED_ADVICE + MEMORY_HINT
        )
    if isinstance(exc, errors.PasswordSetError):
        return KeyringUnavailable(f"The keyring refused to store the key: {text}")
    if isinstance(exc, errors.PasswordDeleteError):
        return KeyringUnavailable(f"The keyring refused to delete the key: {text}")
    return KeyringUnavailable(f"The keyring failed: {type(exc).__name__}: {text}")

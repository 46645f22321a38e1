"""What makes a string usable as a Kombo API key: the one rule set for the client (before it
builds a header), the keyring facade (before it stores a key) and the settings dialog (as the
person types). Pure; no messages ever repeat the key.
"""

from __future__ import annotations

from app.kombo.i18n import N_

# Keys that are published, not secret: the local sandbox's (README, `python -m app.sandbox`).
# Redacting them hides nothing and garbles every message that names the sandbox: its
# integration "sandbox:demo" became "[redacted]:demo", its log links ".../<hidden>/logs".
PUBLIC_KEYS = frozenset({"sandbox"})


def is_public_key(key: str | None) -> bool:
    """A published key (the sandbox's), which messages may show as it is."""
    return key is not None and key.strip() in PUBLIC_KEYS


def normalize_key(key: str) -> str:
    """What people paste: surrounding spaces, a trailing newline, sometimes `Bearer `."""
    key = key.strip()
    if key[:7].lower() == "bearer ":  # pasted with its scheme, as the SDK also accepts
        key = key[7:].strip()
    return key


def key_issue(key: str) -> str | None:
    """Why `key` (normalised first) cannot be an API key, in words, or None."""
    key = normalize_key(key)
    if not key:
        return N_("Enter the API key (from the Secrets page of Kombo’s dashboard).")
    if any(ch.isspace() for ch in key):
        return N_("The API key cannot contain spaces or line breaks; paste only the key.")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in key):
        return N_("The API key contains a control character; paste it again.")
    if not key.isascii():
        # Also what an HTTP header can carry: a key that passes is safe to send.
        return N_("The API key contains characters that API keys never have; paste it again.")
    return None


def clean_key(key: str) -> str:
    """The normalised key, or `ValueError` with `key_issue`'s words."""
    if (problem := key_issue(key)) is not None:
        raise ValueError(problem)
    return normalize_key(key)

"""Who sent and why: the operator's display name (Preferences), a note and an optional ticket
reference. Kept in the history and the team history; never part of the body sent to Kombo.

Qt-free, below the form, the send room and `app.batch`, so a single send from the form and a
bulk correction (window or command line) carry the same thing with the same limits.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["MAX_NOTE", "MAX_TICKET", "SendReason"]

MAX_NOTE = 500
MAX_TICKET = 64


@dataclass(frozen=True)
class SendReason:
    """Who sent and why; None (or empty) where nothing was given."""

    operator_name: str | None = None
    note: str | None = None
    ticket: str | None = None

    @classmethod
    def typed(cls, operator_name: str, note: str, ticket: str) -> SendReason:
        """From what was typed: surrounding spaces dropped, empty texts as None."""
        return cls(operator_name.strip() or None, note.strip() or None, ticket.strip() or None)

    @property
    def empty(self) -> bool:
        return not (self.operator_name or self.note or self.ticket)

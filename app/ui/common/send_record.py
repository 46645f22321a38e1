"""What one send attempt was and how it ended: the record the sender hands on.

Shared by the sender (send/), the history (history/), the orders panel and the app context's
hooks, so it lives below them all; it imports nothing of the rooms.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from app.store.send_reason import SendReason  # Qt-free: the batch carries it too
from app.ui.common.connection import ConnectionInfo

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = ["BeginAttempt", "OutcomeKind", "SendReason", "SendRecord"]

OutcomeKind = Literal[
    "success",
    "api_error",
    "network_error",
    "invalid_response",
    "attachment_changed",
    "cancelled",
    "in_flight",  # the record handed to `begin_attempt`, before anything is sent
]


@dataclass(frozen=True)
class SendRecord:
    """What one send attempt was and how it ended; JSON-able for history (issue 5)."""

    order_id: str
    connection: ConnectionInfo
    # The body as JSON, each attachment as metadata (name, content_type, size, sha256,
    # source_path, mtime_ns): the history's own form, never file content.
    request: dict[str, Any]
    outcome: OutcomeKind
    started_at: datetime
    duration_s: float
    http_status: int | None = None
    warnings: list[str] = field(default_factory=list)
    error: dict[str, Any] | None = None  # code/title/message/log_url, or message/kind/path
    outcome_unknown: bool = False
    retries: int = 0
    log_url: str | None = None
    request_bytes: int = 0
    # One per attempt: the record begun before the send and the final one share it.
    attempt_key: str | None = None
    reason: SendReason | None = None

    def to_jsonable(self) -> dict[str, Any]:
        data = asdict(self)
        data["connection"] = {
            "name": self.connection.name,
            "base_url": self.connection.base_url,
            "integration_id": self.connection.integration_id,
        }
        data["started_at"] = self.started_at.isoformat()
        return data


# Records an attempt before it is sent; the sender waits for the returned future (if any).
BeginAttempt = Callable[[SendRecord], "Future[Any] | None"]

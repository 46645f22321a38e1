"""What a request handler uses of the sandbox that owns it, as a Protocol.

`server.py` builds the handler class into its HTTP server, so the handler cannot import the
server back without an import cycle; `SandboxServer` satisfies this structurally.
"""

from __future__ import annotations

import threading
from typing import Any, Protocol

from app.sandbox.answers import RateWindow
from app.sandbox.faults import SandboxFaults
from app.sandbox.integration import IntegrationState
from app.sandbox.limits import SandboxLimits
from app.sandbox.requestlog import LoggedRequest
from app.sandbox.store import OrderStore

__all__ = ["SandboxState"]


class SandboxState(Protocol):
    api_key: str
    integration_id: str
    max_body_bytes: int
    faults: SandboxFaults
    integration: IntegrationState
    limits: SandboxLimits
    store: OrderStore
    rate_window: RateWindow
    stopping: threading.Event

    def written_result(self, order_id: str) -> dict[str, Any] | None: ...

    def logged_requests(self) -> list[LoggedRequest]: ...

    def track_in_flight(self, delta: int) -> None: ...

    def record_request(self, entry: LoggedRequest) -> None: ...

    def new_interaction_id(self) -> str: ...

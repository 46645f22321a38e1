"""Faults the sandbox can inject, set from Python or from the command line.

Every fault counts down: `rate_limit_next(3)` answers the next three eligible requests with 429.
By default only writes (`PUT`, above all `PUT .../result`) are eligible: that is where the retry
rules of the desk matter. Pass `include_reads=True` to let GETs consume the fault too (for
the orders panel).

`hold_writes()` keeps each arriving write waiting (its body read, nothing applied) until
`release_writes()`: a test then knows exactly which writes are in flight when it clicks.

All state sits behind one lock: tests set faults from their own thread while handler threads
consume them.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Literal

RetryHintHeader = Literal["retry-after-ms", "Retry-After", "ratelimit-reset"]
RETRY_HINT_HEADERS: tuple[RetryHintHeader, ...] = (
    "retry-after-ms",
    "Retry-After",
    "ratelimit-reset",
)


@dataclass(frozen=True)
class RateLimitFault:
    retry_after_ms: int
    header: RetryHintHeader


@dataclass(frozen=True)
class FailFault:
    status: int
    code: str | None


@dataclass(frozen=True)
class NonJsonFault:
    status: int


@dataclass(frozen=True)
class DropFault:
    after_body_bytes: int


Fault = RateLimitFault | FailFault | NonJsonFault | DropFault


@dataclass
class _Pending:
    remaining: int
    fault: Fault
    include_reads: bool


class SandboxFaults:
    """Thread-safe fault switches; see the module docstring."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: dict[type, _Pending] = {}
        self._latency = 0.0
        self._read_delay_per_mb = 0.0
        self._released = threading.Condition(self._lock)
        self._holding = False
        self._held = 0

    # --- latency -------------------------------------------------------------------------

    @property
    def latency(self) -> float:
        """Seconds added before answering any API request."""
        with self._lock:
            return self._latency

    @latency.setter
    def latency(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("latency cannot be negative")
        with self._lock:
            self._latency = float(seconds)

    @property
    def read_delay_per_mb(self) -> float:
        """Seconds slept per MiB of request body read: a slow upload, to test cancelling."""
        with self._lock:
            return self._read_delay_per_mb

    @read_delay_per_mb.setter
    def read_delay_per_mb(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("read_delay_per_mb cannot be negative")
        with self._lock:
            self._read_delay_per_mb = float(seconds)

    # --- counted faults ------------------------------------------------------------------

    def rate_limit_next(
        self,
        n: int = 1,
        retry_after_ms: int = 1000,
        header: str = "retry-after-ms",
        *,
        include_reads: bool = False,
    ) -> None:
        """Answer the next `n` writes with 429 `PLATFORM.RATE_LIMIT_EXCEEDED`.

        `header` names where the wait goes: `retry-after-ms` (milliseconds), `Retry-After`
        (whole seconds, rounded up) or `ratelimit-reset` (only the rate-limit header that every
        response carries, in seconds, rounded up).
        """
        if header not in RETRY_HINT_HEADERS:
            raise ValueError(f"header must be one of {', '.join(RETRY_HINT_HEADERS)}")
        if retry_after_ms < 0:
            raise ValueError("retry_after_ms cannot be negative")
        fault = RateLimitFault(int(retry_after_ms), header)
        self._set(n, fault, include_reads)

    def fail_next(
        self,
        n: int = 1,
        status: int = 500,
        code: str | None = "PLATFORM.UNKNOWN_ERROR",
        *,
        include_reads: bool = False,
    ) -> None:
        """Answer the next `n` writes with `status` in Kombo's error envelope.

        `code` is sent as given (even one Kombo's contract does not list, to test that clients
        keep unknown codes); `None` sends the minimal envelope with a null code.
        """
        if not 400 <= status <= 599:
            raise ValueError("status must be an HTTP error status (400-599)")
        self._set(n, FailFault(status, code), include_reads)

    def non_json_next(self, n: int = 1, status: int = 503, *, include_reads: bool = False) -> None:
        """Answer the next `n` writes with an HTML page, like a load balancer in trouble."""
        if not 400 <= status <= 599:
            raise ValueError("status must be an HTTP error status (400-599)")
        self._set(n, NonJsonFault(status), include_reads)

    def drop_next(
        self, n: int = 1, after_body_bytes: int = 0, *, include_reads: bool = False
    ) -> None:
        """Close the connection of the next `n` writes without answering.

        The server reads `after_body_bytes` of the body first (fewer if the body is shorter),
        so a client sees the connection die mid-upload. The write is never applied.
        """
        if after_body_bytes < 0:
            raise ValueError("after_body_bytes cannot be negative")
        self._set(n, DropFault(after_body_bytes), include_reads)

    def reset(self) -> None:
        """Clear every fault, the latency and the read delay; held writes go on."""
        with self._lock:
            self._pending.clear()
            self._latency = 0.0
            self._read_delay_per_mb = 0.0
            self._holding = False
            self._released.notify_all()

    def pending(self) -> dict[str, int]:
        """How many of each fault are still to come (for tests and the CLI)."""
        with self._lock:
            return {kind.__name__: p.remaining for kind, p in self._pending.items()}

    # --- held writes ---------------------------------------------------------------------

    def hold_writes(self) -> None:
        """Keep each write that arrives from now on waiting until `release_writes()`."""
        with self._lock:
            self._holding = True

    def release_writes(self) -> None:
        """Let the held writes go on (and those that arrive later pass)."""
        with self._lock:
            self._holding = False
            self._released.notify_all()

    @property
    def held_writes(self) -> int:
        """How many writes are waiting in `hold_writes()` right now."""
        with self._lock:
            return self._held

    # --- used by the server --------------------------------------------------------------

    def wait_while_held(self, stopping: threading.Event) -> None:
        """A write waits here while writes are held, or until the server stops."""
        with self._lock:  # released only inside wait(): a write that passes is never seen held
            self._held += 1
            try:
                while self._holding and not stopping.is_set():
                    self._released.wait(0.05)  # a stopping server sets no condition: look again
            finally:
                self._held -= 1

    def take(self, kind: type, *, is_write: bool) -> Fault | None:
        """Consume one fault of `kind` if the request is eligible; None otherwise."""
        with self._lock:
            pending = self._pending.get(kind)
            if pending is None or not (is_write or pending.include_reads):
                return None
            pending.remaining -= 1
            if pending.remaining <= 0:
                del self._pending[kind]
            return pending.fault

    def _set(self, n: int, fault: Fault, include_reads: bool) -> None:
        if n < 0:
            raise ValueError("n cannot be negative")
        with self._lock:
            if n == 0:
                self._pending.pop(type(fault), None)
            else:
                self._pending[type(fault)] = _Pending(int(n), fault, include_reads)

"""Kombo's limits, enforced by the sandbox when asked (API-NOTES §5).

- `--rate-limit N/SECONDS`: a window that opens with the first request after the previous one
  ended; request N+1 inside it gets 429 `PLATFORM.RATE_LIMIT_EXCEEDED`. Every API answer then
  carries `ratelimit-limit/-remaining/-reset` of this window (reset in whole seconds, rounded
  up, as Kombo's), counted when the request arrived.
  Answers that never reach the limiter (unknown route, bad key, a malformed request, the
  sandbox's own routes) carry this window's headers too, as it stands, without counting.
- `--concurrency-limit N`: more than N writes in flight for one integration get an immediate
  429 `PLATFORM.CONCURRENCY_LIMIT_EXCEEDED`; write answers carry `Concurrency-Limit` and
  `Concurrency-Remaining`.
- `--write-latency MIN:MAX`: each write waits a random time in that range (a slow ATS) while it
  holds its concurrency slot.

Without these options the sandbox behaves as before (informational 300/60 s headers only).
"""

from __future__ import annotations

import math
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

RATE_LIMIT_EXCEEDED = "PLATFORM.RATE_LIMIT_EXCEEDED"
CONCURRENCY_LIMIT_EXCEEDED = "PLATFORM.CONCURRENCY_LIMIT_EXCEEDED"


def parse_rate(text: str) -> tuple[int, float]:
    """`100/10` → (100, 10.0); raises ValueError with a message."""
    count, sep, seconds = text.partition("/")
    try:
        n, window = int(count), float(seconds)
    except ValueError:
        n, window = 0, 0.0
    if not sep or n < 1 or not math.isfinite(window) or window <= 0:
        raise ValueError(f"--rate-limit wants N/SECONDS, e.g. 100/10 (got {text!r})")
    return n, window


def parse_latency(text: str) -> tuple[float, float]:
    """`0.1:0.4` → (0.1, 0.4); a single number is a fixed latency."""
    low, _, high = text.partition(":")
    try:
        a = float(low)
        b = float(high) if high else a
    except ValueError:
        a = b = -1.0
    if not (math.isfinite(a) and math.isfinite(b)) or a < 0 or b < a:
        raise ValueError(f"--write-latency wants MIN:MAX seconds, e.g. 0.1:0.4 (got {text!r})")
    return a, b


@dataclass
class Refusal:
    code: str
    message: str


@dataclass
class Admission:
    """What the limits decided for one request: its headers, a refusal, its write latency."""

    headers: dict[str, str] = field(default_factory=dict)
    refusal: Refusal | None = None
    write_latency: float = 0.0
    _release: Callable[[], None] | None = None

    def release(self) -> None:
        release, self._release = self._release, None
        if release is not None:
            release()


class SandboxLimits:
    """Thread-safe; `admit` once per API request, `Admission.release` when it is answered."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.rate: tuple[int, float] | None = None
        self.concurrency: int | None = None
        self.write_latency: tuple[float, float] | None = None
        self._window_end = 0.0
        self._count = 0
        self._writes: dict[str, int] = {}
        self._random = random.Random()

    @property
    def active(self) -> bool:
        return bool(self.rate or self.concurrency or self.write_latency)

    def window_headers(self) -> dict[str, str]:
        """The rate window's headers now, without counting a request; {} without a limit."""
        with self._lock:
            if self.rate is None:
                return {}
            now = time.monotonic()
            if now >= self._window_end:  # the next request opens a fresh window
                return self._headers(self.rate[0], 0, self.rate[1])
            return self._headers(self.rate[0], self._count, self._window_end - now)

    @staticmethod
    def _headers(limit: int, used: int, seconds_left: float) -> dict[str, str]:
        # Kombo's reset is whole seconds (API-NOTES §5.1, the IETF draft's delta-seconds):
        # rounded up, so that a client waiting that long is never early.
        return {
            "ratelimit-limit": str(limit),
            "ratelimit-remaining": str(max(limit - used, 0)),
            "ratelimit-reset": str(max(math.ceil(seconds_left), 1)),
        }

    def admit(self, integration: str, *, is_write: bool) -> Admission:
        admission = Admission()
        with self._lock:
            now = time.monotonic()
            if self.rate is not None:
                limit, window = self.rate
                if now >= self._window_end:
                    self._window_end, self._count = now + window, 0
                self._count += 1
                admission.headers.update(self._headers(limit, self._count, self._window_end - now))
                if self._count > limit:
                    admission.refusal = Refusal(
                        RATE_LIMIT_EXCEEDED,
                        "You have exceeded the rate limit. Wait before sending more requests.",
                    )
                    return admission
            if is_write and self.concurrency is not None:
                busy = self._writes.get(integration, 0)
                if busy >= self.concurrency:
                    admission.headers.update(
                        {"Concurrency-Limit": str(self.concurrency), "Concurrency-Remaining": "0"}
                    )
                    admission.refusal = Refusal(
                        CONCURRENCY_LIMIT_EXCEEDED,
                        f"More than {self.concurrency} actions are in progress for this "
                        "integration. Wait for one to finish before sending another.",
                    )
                    return admission
                self._writes[integration] = busy + 1
                admission.headers.update(
                    {
                        "Concurrency-Limit": str(self.concurrency),
                        "Concurrency-Remaining": str(self.concurrency - busy - 1),
                    }
                )
                admission._release = lambda: self._leave(integration)
            if is_write and self.write_latency is not None:
                low, high = self.write_latency
                admission.write_latency = self._random.uniform(low, high)
        return admission

    def _leave(self, integration: str) -> None:
        with self._lock:
            self._writes[integration] = max(0, self._writes.get(integration, 1) - 1)

"""When and how long to wait before trying a Kombo call again.

Only two failures are retried, because only there the write surely did not happen: HTTP 429
(Kombo refused the request before doing anything) and a connection that could not be made.
A server hint (`retry-after-ms`, `Retry-After`, then `ratelimit-reset`) wins over the computed
backoff; either way the retries are bounded by attempts and by total time.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from app.kombo.errors import parse_rate_limit

RATE_LIMITED = "rate limited"
COULD_NOT_CONNECT = "could not connect"

# A `ratelimit-reset` this large is a Unix time, not a number of seconds (some gateways).
_EPOCH_THRESHOLD = 1_000_000_000


@dataclass(frozen=True)
class RetryPolicy:
    """Capped exponential backoff with jitter, bounded by attempts and total time (seconds)."""

    max_attempts: int = 4
    base_delay: float = 1.0
    max_delay: float = 30.0
    max_total: float = 120.0
    jitter: float = 0.25  # up to this fraction of the delay is taken off at random

    def backoff(self, retry_number: int, rng: random.Random | None = None) -> float:
        """The wait before retry `retry_number` (1 for the first retry) without a server hint."""
        delay: float = min(self.max_delay, self.base_delay * 2 ** max(0, retry_number - 1))
        # Up to `jitter` of the delay is taken off at random: clients that failed together
        # spread out, and no wait exceeds the cap (so they spread at the cap too).
        return max(0.0, delay * (1 - self.jitter * (rng or random).random()))


NO_RETRY = RetryPolicy(max_attempts=1)


@dataclass(frozen=True)
class RetryNotice:
    """Told to the caller before each wait: `attempt` is the number of the attempt that follows
    the wait (2 for the first retry), `reason` is RATE_LIMITED or COULD_NOT_CONNECT."""

    attempt: int
    wait_seconds: float
    reason: str


def server_wait(headers: Mapping[str, str], *, now: float | None = None) -> float | None:
    """The wait a 429 asks for, in seconds, or None when it gives no hint."""
    info = parse_rate_limit(headers)
    if info.retry_after_seconds is not None:
        return max(0.0, info.retry_after_seconds)
    if info.reset_seconds is not None:
        reset = info.reset_seconds
        if reset > _EPOCH_THRESHOLD:
            reset -= time.time() if now is None else now
        return max(0.0, reset)
    return None


class RetryBudget:
    """Counts attempts and time for one call and says how long to wait before the next try."""

    def __init__(
        self,
        policy: RetryPolicy,
        *,
        clock: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
    ) -> None:
        self.policy = policy
        self._clock = clock
        self._rng = rng
        self._started = clock()
        self.attempts = 0

    def start_attempt(self) -> int:
        self.attempts += 1
        return self.attempts

    @property
    def elapsed(self) -> float:
        return self._clock() - self._started

    def next_wait(self, hint: float | None = None) -> float | None:
        """Seconds to wait before the next attempt, or None when the budget is spent."""
        if self.attempts >= self.policy.max_attempts:
            return None
        wait = hint if hint is not None else self.policy.backoff(self.attempts, self._rng)
        if self.elapsed + wait > self.policy.max_total:
            return None
        return wait

"""One limiter for a whole batch, paced by what Kombo says about its limits.

Every worker asks the limiter before each request, so they slow down together instead of each
discovering the limit with its own 429 (API-NOTES §5):

- concurrency: at most `max_concurrency` requests in flight, lowered to Kombo's
  `Concurrency-Limit` when it announces one; a 429 `PLATFORM.CONCURRENCY_LIMIT_EXCEEDED` pauses
  every worker for a backoff that starts near 1 s and doubles while they keep coming;
- rate: the `ratelimit-limit/-remaining/-reset` headers give the window; the limiter counts its
  own requests down from `remaining` and, once none are left, holds every worker until the
  window resets (a 429 `PLATFORM.RATE_LIMIT_EXCEEDED` does the same with its own wait).

Answers are read by `ObservingTransport`, which wraps the client's httpx transport, so the
headers of every answer count (writes, order look-ups, 429s). An answer to a request sent
before the limiter moved to a new window says nothing about the new one and is ignored.

asyncio only (one loop); no locks, since nothing here awaits between reading and changing
its state.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import httpx

from app.kombo.errors import header_number, parse_rate_limit

RATE_LIMIT_EXCEEDED = "PLATFORM.RATE_LIMIT_EXCEEDED"
CONCURRENCY_LIMIT_EXCEEDED = "PLATFORM.CONCURRENCY_LIMIT_EXCEEDED"
DEFAULT_CONCURRENCY = 4
# Without a hint, a rate-limited batch waits this long; a concurrency refusal starts here.
_DEFAULT_RATE_WAIT_S = 1.0
_CONCURRENCY_BACKOFF_S = (0.5, 1.0, 2.0, 4.0, 8.0)
# Waiting for an answer that changes nothing must not hang a worker forever.
_IDLE_RECHECK_S = 1.0


def _header_int(headers: Mapping[str, str], name: str) -> int | None:
    value = header_number(headers, name)
    return int(value) if value is not None and 0 <= value < 2**31 else None


@dataclass
class LimiterStats:
    requests: int = 0
    rate_limited: int = 0  # 429 PLATFORM.RATE_LIMIT_EXCEEDED
    concurrency_limited: int = 0  # 429 PLATFORM.CONCURRENCY_LIMIT_EXCEEDED
    waited_s: float = 0.0  # total time workers spent waiting for the limiter


class SharedLimiter:
    def __init__(
        self,
        max_concurrency: int = DEFAULT_CONCURRENCY,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if max_concurrency < 1:
            raise ValueError("The concurrency must be at least 1.")
        self.max_concurrency = max_concurrency
        self._clock = clock
        self._cap = max_concurrency
        self._in_flight = 0
        self._limit: int | None = None
        self._remaining: int | None = None
        self._reset_at: float | None = None
        self._window_started = -math.inf
        self._sent_in_window = 0  # requests this limiter let through since the window began
        self._paused_until = 0.0
        self._concurrency_refusals = 0
        self._changed = asyncio.Event()
        self.stats = LimiterStats()

    @property
    def in_flight(self) -> int:
        return self._in_flight

    @property
    def cap(self) -> int:
        return self._cap

    def now(self) -> float:
        return self._clock()

    def _notify(self) -> None:
        self._changed.set()

    def _roll_window(self, now: float) -> None:
        if self._reset_at is not None and now >= self._reset_at:
            self._remaining = self._limit
            self._reset_at = None
            self._window_started = now
            self._sent_in_window = 0

    def _wait_needed(self, now: float) -> float | None:
        """0 to go now; seconds to wait; None to wait for an answer to change something."""
        self._roll_window(now)
        if now < self._paused_until:
            return self._paused_until - now
        if self._in_flight >= self._cap:
            return None
        if self._remaining is not None and self._remaining <= 0:
            return None if self._reset_at is None else max(self._reset_at - now, 0.001)
        return 0.0

    async def acquire(self) -> None:
        """Wait for a slot; pair with `release()` once the answer (or failure) is in."""
        began = self._clock()
        while (wait := self._wait_needed(self._clock())) != 0.0:
            self._changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), wait or _IDLE_RECHECK_S)
        self._in_flight += 1
        self._sent_in_window += 1
        if self._remaining is not None:
            self._remaining -= 1
        self.stats.requests += 1
        self.stats.waited_s += self._clock() - began

    def release(self) -> None:
        self._in_flight = max(0, self._in_flight - 1)
        self._notify()

    def observe(self, sent_at: float, status: int, headers: Mapping[str, str]) -> None:
        """Learn from one answer's headers (any request the batch's client made)."""
        now = self._clock()
        limit = _header_int(headers, "Concurrency-Limit")
        if limit is not None and limit >= 1:
            self._cap = max(1, min(self.max_concurrency, limit))
        elif status < 400 and self._cap < self.max_concurrency:
            self._cap += 1  # lowered by a refusal, with no header to say by how much
        if status != 429:
            self._concurrency_refusals = 0
        info = parse_rate_limit(headers)
        if sent_at >= self._window_started and info.remaining is not None:
            if info.limit is not None:
                self._limit = info.limit
            # Kombo's count may lag ours (requests still on their way); ours may miss other
            # clients of the same key: trust whichever leaves fewer.
            remaining = info.remaining
            if self._limit is not None:
                remaining = min(remaining, self._limit - self._sent_in_window)
            if self._remaining is not None:
                remaining = min(remaining, self._remaining)
            self._remaining = remaining
            if info.reset_seconds is not None:
                # Kombo's reset is whole seconds, rounded up, counted from when the request
                # arrived: each answer's now + reset is a safe upper bound of the window's end,
                # and the earliest over a window's answers lands ~0.1-0.2 s after it (measured
                # with 0.1-0.4 s write latency). Anything tighter would guess the network delay
                # and risk a 429 that costs a whole second.
                reset_at = now + info.reset_seconds
                if self._reset_at is None or reset_at < self._reset_at:
                    self._reset_at = reset_at
        self._notify()

    def refused(self, code: str | None, wait_hint: float | None) -> None:
        """A 429: hold every worker (the answer's headers were already observed)."""
        now = self._clock()
        if code == CONCURRENCY_LIMIT_EXCEEDED:
            self.stats.concurrency_limited += 1
            step = min(self._concurrency_refusals, len(_CONCURRENCY_BACKOFF_S) - 1)
            self._concurrency_refusals += 1
            wait = wait_hint if wait_hint is not None else _CONCURRENCY_BACKOFF_S[step]
            self._cap = max(1, min(self._cap, self._in_flight))
            self._paused_until = max(self._paused_until, now + wait)
        else:
            self.stats.rate_limited += 1
            wait = wait_hint if wait_hint is not None else _DEFAULT_RATE_WAIT_S
            self._remaining = 0
            self._reset_at = max(self._reset_at or 0.0, now + wait)
        self._notify()


class ObservingTransport(httpx.AsyncBaseTransport):
    """Hands every answer's status and headers to the limiter, then passes it on unchanged."""

    def __init__(self, inner: httpx.AsyncBaseTransport, limiter: SharedLimiter) -> None:
        self._inner = inner
        self._limiter = limiter

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        sent_at = self._limiter.now()
        response = await self._inner.handle_async_request(request)
        self._limiter.observe(sent_at, response.status_code, response.headers)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()

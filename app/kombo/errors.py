"""Typed failures of a Kombo call, worded for the person who has to decide what to do next.

None of them ever holds the API key: the client builds them from status, headers it names
explicitly, and the response body, never from the request.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime


class KomboError(Exception):
    """Base of everything the client raises on purpose."""


@dataclass(frozen=True)
class RateLimitInfo:
    limit: int | None = None
    remaining: int | None = None
    reset_seconds: float | None = None
    retry_after_seconds: float | None = None


@dataclass
class KomboApiError(KomboError):
    """Kombo answered with its error envelope (or an error status with a JSON body)."""

    http_status: int
    message: str
    code: str | None = None
    title: str | None = None
    log_url: str | None = None
    rate_limit: RateLimitInfo = field(default_factory=RateLimitInfo)

    def __post_init__(self) -> None:
        super().__init__(self.__str__())

    def __str__(self) -> str:
        head = self.code or f"HTTP {self.http_status}"
        return f"{head}: {self.title + ' - ' if self.title else ''}{self.message}"

    @property
    def outcome_unknown(self) -> bool:
        """A 5xx may have written part of the result on the ATS side (API-NOTES 7.1)."""
        return self.http_status >= 500


@dataclass
class KomboNetworkError(KomboError):
    """No usable answer came back.

    `outcome_unknown` is False only when the request surely never reached Kombo (the
    connection could not be made); after any byte of the body went out it is True, and the
    person must check Kombo's log before sending again.
    """

    message: str
    outcome_unknown: bool
    kind: str = "network"  # connect | timeout | dropped | tls | proxy | network

    def __post_init__(self) -> None:
        super().__init__(self.message)


@dataclass
class KomboInvalidResponse(KomboError):
    """An answer that is not Kombo's JSON: an HTML 503 from a load balancer, a wrong shape."""

    http_status: int
    message: str
    body_excerpt: str = ""
    content_type: str = ""

    def __post_init__(self) -> None:
        super().__init__(self.message)

    @property
    def outcome_unknown(self) -> bool:
        # A 2xx means Kombo accepted the request even if its answer is unreadable.
        return 200 <= self.http_status < 300 or self.http_status >= 500


class OrderIdError(KomboError, ValueError):
    """The order ID cannot be sent (empty, `.`, `..`, or with control characters); raised
    before anything is sent. The message is worded for the order ID field."""


@dataclass
class AttachmentChangedError(KomboError):
    """A file attachment vanished or changed between being added and being sent.

    Raised before the request is sent, or while it is streamed: then the body stops short of
    its Content-Length, so the server cannot apply it. Either way nothing was written.
    """

    path: str
    reason: str
    index: int = 0
    # Found while streaming: part of the body went out before the send was stopped.
    during_send: bool = False
    # The sha256 of the bytes read for the send (set when found while streaming).
    sent_sha256: str | None = None

    def __post_init__(self) -> None:
        super().__init__(f"{self.path}: {self.reason}")


def header_number(headers: Mapping[str, str], name: str) -> float | None:
    """A header's number; None when it is missing or no finite number."""
    raw = headers.get(name)
    if raw is None:
        return None
    try:
        value = float(raw.strip())
    except ValueError:
        return None
    # `inf`, `nan` or `1e999` from a proxy must not turn a written result into a crash.
    return value if math.isfinite(value) and abs(value) < 2**53 else None


def parse_rate_limit(headers: Mapping[str, str]) -> RateLimitInfo:
    """Read Kombo's IETF-draft `ratelimit-*` headers and the retry hints the SDKs honour."""
    retry_after: float | None = None
    if (ms := header_number(headers, "retry-after-ms")) is not None:
        retry_after = ms / 1000
    elif (seconds := header_number(headers, "retry-after")) is not None:
        retry_after = seconds
    elif (raw := headers.get("retry-after")) is not None:
        # Here, not at the top: the orders dock imports this module before the window's first
        # paint, and email.utils (with calendar, email.charset…) is only for this rare header.
        from email.utils import parsedate_to_datetime

        try:
            when = parsedate_to_datetime(raw)
            retry_after = max(0.0, (when - datetime.now(UTC)).total_seconds())
        except (TypeError, ValueError):
            retry_after = None
    limit = header_number(headers, "ratelimit-limit")
    remaining = header_number(headers, "ratelimit-remaining")
    return RateLimitInfo(
        limit=int(limit) if limit is not None else None,
        remaining=int(remaining) if remaining is not None else None,
        reset_seconds=header_number(headers, "ratelimit-reset"),
        retry_after_seconds=retry_after,
    )

"""Answers in Kombo's shapes: JSON bodies, the error envelope, a load balancer's HTML page, and
the `ratelimit-*` headers every response carries.
"""

from __future__ import annotations

import json
import math
import threading
import time
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

RATE_LIMIT = 300
RATE_WINDOW_S = 60.0
LOG_URL = "https://app.kombo.dev/sandbox/logs?interactionId={}"
INPUT_INVALID = "PLATFORM.INPUT_INVALID"
TITLES = {
    "PLATFORM.AUTHENTICATION_INVALID": "The API key is invalid.",
    "PLATFORM.INTEGRATION_NOT_FOUND": "The integration could not be found.",
    INPUT_INVALID: "The input is invalid.",
    "PLATFORM.RATE_LIMIT_EXCEEDED": "Too many requests.",
    "PLATFORM.UNKNOWN_ERROR": "An unknown error occurred.",
    "INTEGRATION.INACTIVE": "The integration is inactive.",
    "INTEGRATION.SETUP_INCOMPLETE": "The integration's setup is incomplete.",
    "INTEGRATION.SETUP_SYNC_PENDING": "The integration's setup sync is pending.",
}


def status_phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


@dataclass
class Answer:
    status: int
    body: bytes
    content_type: str = "application/json; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    close: bool = False


def json_answer(status: int, payload: Any, headers: dict[str, str] | None = None) -> Answer:
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Answer(status, body, headers=dict(headers or {}))


def error_answer(
    status: int,
    code: str | None,
    message: str,
    interaction_id: str,
    *,
    title: str | None = None,
    headers: dict[str, str] | None = None,
) -> Answer:
    envelope = {
        "status": "error",
        "error": {
            "code": code,
            "title": title if title is not None else TITLES.get(code or ""),
            "message": message,
            "log_url": LOG_URL.format(interaction_id),
        },
    }
    return json_answer(status, envelope, headers)


def html_page(status: int) -> bytes:
    phrase = f"{status} {status_phrase(status)}".strip()
    return (
        f"<html>\r\n<head><title>{phrase}</title></head>\r\n<body>\r\n<center><h1>{phrase}</h1>"
        "</center>\r\n<hr><center>awselb/2.0</center>\r\n</body>\r\n</html>\r\n"
    ).encode()


class RateWindow:
    """`ratelimit-*` headers for a fixed 60 s window; informational, never enforced."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._start = time.monotonic()
        self._count = 0

    def headers(self) -> dict[str, str]:
        with self._lock:
            now = time.monotonic()
            if now - self._start >= RATE_WINDOW_S:
                self._start, self._count = now, 0
            self._count += 1
            remaining = max(RATE_LIMIT - self._count, 0)
            reset = max(math.ceil(self._start + RATE_WINDOW_S - now), 1)
        return {
            "ratelimit-limit": str(RATE_LIMIT),
            "ratelimit-remaining": str(remaining),
            "ratelimit-reset": str(reset),
        }

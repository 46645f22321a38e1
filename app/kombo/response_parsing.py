"""Kombo's answer, read: the expected model on success, else the typed error it stands for.

A 2xx with the expected shape is the model; Kombo's error envelope is `KomboApiError`; a
redirect (never followed), a body that is not JSON or not of the expected shape is
`KomboInvalidResponse` with a short excerpt. Every text taken from the answer passes `redact`,
so an echoed API key never reaches a message.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from app.kombo.errors import KomboApiError, KomboInvalidResponse, parse_rate_limit
from app.kombo.responses import ErrorEnvelope

__all__ = ["EXCERPT_CHARS", "RawAnswer", "excerpt", "parse_answer"]

EXCERPT_CHARS = 300

M = TypeVar("M", bound=BaseModel)
Redact = Callable[[str], str]


@dataclass
class RawAnswer:
    """One HTTP answer as read off the wire, with how many attempts and bytes it took."""

    status: int
    reason: str
    headers: httpx.Headers
    raw: bytes
    attempts: int
    request_bytes: int


def excerpt(raw: bytes) -> str:
    text = " ".join(raw[: EXCERPT_CHARS * 4].decode("utf-8", "replace").split())
    return text[:EXCERPT_CHARS] + ("…" if len(text) > EXCERPT_CHARS else "")


def _redirect(
    answer: RawAnswer, shown: str, content_type: str, redact: Redact
) -> KomboInvalidResponse:
    # Never followed (a redirected PUT would be another request, maybe to another host);
    # said as what it is, as a wrong base URL (http for https, a moved path) is the usual cause.
    location = " ".join(answer.headers.get("location", "").split())
    if len(location) > EXCERPT_CHARS:
        location = location[:EXCERPT_CHARS] + "…"
    status = f"HTTP {answer.status} {answer.reason}".strip()
    where = f"to {redact(location)}" if location else "without saying where to"
    return KomboInvalidResponse(
        answer.status,
        f"Kombo answered with a redirect {where} — not followed ({status}). Nothing was "
        "written; check the connection's base URL.",
        shown,
        content_type,
    )


def parse_answer(model: type[M], answer: RawAnswer, redact: Redact) -> M:
    """`answer` as `model`, or raise the typed error it stands for."""
    content_type = answer.headers.get("content-type", "")
    try:
        payload: Any = json.loads(answer.raw)
    except (ValueError, RecursionError):
        payload = None
        is_json = False
    else:
        is_json = True
    shown = redact(excerpt(answer.raw))
    if 200 <= answer.status < 300:
        if not is_json:
            raise KomboInvalidResponse(
                answer.status,
                f"Kombo answered HTTP {answer.status} but not with JSON.",
                shown,
                content_type,
            )
        try:
            return model.model_validate(payload)
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            where = ".".join(str(p) for p in first["loc"]) or "body"
            raise KomboInvalidResponse(
                answer.status,
                f"Kombo's answer did not have the expected shape ({where}: {first['msg']}).",
                shown,
                content_type,
            ) from None
    if 300 <= answer.status < 400:
        raise _redirect(answer, shown, content_type, redact)
    if is_json:
        try:
            envelope = ErrorEnvelope.model_validate(payload)
        except ValidationError:
            pass
        else:
            error = envelope.error
            raise KomboApiError(
                http_status=answer.status,
                message=redact(error.message),
                code=error.code,
                title=redact(error.title) if error.title else None,
                log_url=error.log_url,
                rate_limit=parse_rate_limit(answer.headers),
            )
    what = "an unexpected JSON body" if is_json else "a body that is not Kombo's JSON"
    raise KomboInvalidResponse(
        answer.status,
        f"Kombo answered HTTP {f'{answer.status} {answer.reason}'.strip()} with {what} "
        "(for example a proxy's or load balancer's error page).",
        shown,
        content_type,
    )

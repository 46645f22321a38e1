"""What the send log and the status bar say about one send attempt, as data.

Pure (no widgets), so every outcome's wording is unit-tested without a window and can be shared
(History shows the same attempts). `describe(record)` gives the log lines in order and the
status bar's one-line message; `SendController` writes them to the log panel.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.ui.common.moments import clock_time
from app.ui.common.numbers import decimal_text, format_number
from app.ui.common.placeholders import arg
from app.ui.common.send_record import SendRecord
from app.ui.common.window import LogLevel

__all__ = [
    "Described",
    "LogLine",
    "ago",
    "describe",
    "retry_text",
    "send_again_question",
    "sent_note",
]


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("MainWindow", text, None, n)


def _tr_send(text: str) -> str:
    return QCoreApplication.translate("SendController", text)


@dataclass(frozen=True)
class LogLine:
    level: LogLevel
    text: str
    link: str | None = None


@dataclass(frozen=True)
class Described:
    lines: list[LogLine]
    status: str  # the status bar's message ("" for none)


def describe(record: SendRecord) -> Described:
    """One headline per send (outcome, order, status, HTTP status, duration), then what Kombo
    said: each warning on its own highlighted line, or the error and its log link."""
    lines: list[LogLine] = []

    def add(level: LogLevel, text: str, link: str | None = None) -> None:
        lines.append(LogLine(level, text, link))

    http = arg(_tr("HTTP %1"), record.http_status) if record.http_status else _tr("no HTTP answer")
    facts = " · ".join(
        (
            arg(_tr("order %1"), record.order_id),
            str(record.request.get("status", "")),
            http,
            arg(_tr("%1 s"), decimal_text(record.duration_s, 2)),
        )
    )
    error = record.error or {}
    status = ""
    if record.outcome == "success":
        add("success", _tr("Result written") + " · " + facts)
        for warning in record.warnings:
            add("warning", arg(_tr("Kombo warning: %1"), warning))
        count = len(record.warnings)
        status = (
            _tr("Result written with %n warning(s).", count) if count else _tr("Result written.")
        )
    elif record.outcome == "api_error":
        code = error.get("code") or http
        # A 5xx may have been written before it failed: never call that a refusal.
        refused = not record.outcome_unknown
        headline = _tr("Kombo refused the result") if refused else _tr("Kombo answered an error")
        add("error" if refused else "warning", headline + " · " + facts)
        title = error.get("title")
        message = str(error.get("message") or "")
        add("detail", f"{code}: {title} - {message}" if title else f"{code}: {message}")
        if record.log_url:
            add("detail", _tr("Kombo's log of this request:"), record.log_url)
        status = arg(
            _tr("Kombo refused the result: %1") if refused else _tr("Kombo answered %1."), code
        )
    elif record.outcome == "network_error" and error.get("kind") == "configuration":
        add("error", _tr("Nothing was sent: this connection cannot be used"))
        add("detail", str(error.get("message") or ""))
        status = _tr("Nothing was sent: check the connection's settings.")
    elif record.outcome == "network_error":
        add("error", _tr("No answer from Kombo") + " · " + facts)
        add("detail", str(error.get("message") or ""))
        status = _tr("The request did not get an answer.")
    elif record.outcome == "invalid_response" and 300 <= (record.http_status or 0) < 400:
        # The client's message says where to; the usual cause is a wrong base URL.
        add("error", _tr("Kombo answered with a redirect") + " · " + facts)
        add("detail", str(error.get("message") or ""))
        status = _tr("Redirected, not followed: check the connection's base URL.")
    elif record.outcome == "invalid_response":
        add("error", _tr("Kombo's answer could not be read") + " · " + facts)
        add("detail", str(error.get("message") or ""))
        excerpt = " ".join(str(error.get("body_excerpt") or "").split())
        if excerpt:
            add("detail", arg(_tr("It began: %1"), excerpt[:200]))
        status = _tr("Kombo's answer could not be read.")
    elif record.outcome == "attachment_changed" and error.get("during_send"):
        add(
            "error",
            arg(
                _tr(
                    "Attachment %1 changed while it was being sent. The send was stopped before "
                    "its end, but Kombo may hold a damaged copy: send again."
                ),
                str(int(error.get("index", 0)) + 1),
            ),
        )
        add("detail", str(error.get("path") or ""))
        status = _tr("An attachment changed during the send: send again.")
    elif record.outcome == "attachment_changed":
        add(
            "error",
            arg(
                _tr("Nothing was sent: attachment %1 %2"),
                str(int(error.get("index", 0)) + 1),
                str(error.get("reason") or ""),
            ),
        )
        add("detail", str(error.get("path") or ""))
        status = _tr("Nothing was sent: an attachment changed.")
    elif record.outcome == "cancelled":
        if record.outcome_unknown:
            add("warning", _tr("Cancelled after the whole result was sent") + " · " + facts)
        else:
            add("info", _tr("Cancelled; nothing was written. The form is unchanged."))
        status = _tr("Sending cancelled.")
    if record.outcome_unknown:
        # The status bar says the same as the log's last warning, not something milder.
        add(
            "warning",
            _tr(
                "The outcome is unknown: Kombo may or may not have written this result. "
                "Check the Kombo log before sending it again."
            ),
        )
        status = arg(
            _tr("%1 The outcome is unknown: check the Kombo log before sending again."), status
        )
    if record.retries:
        add("detail", _tr("%n retry(s) before this answer.", record.retries))
    return Described(lines, status)


def retry_text(reason: str, wait_seconds: float, attempt: int) -> str:
    """ "Rate limited, retrying in 2.5 s (attempt 2)": the log line for a retry's wait."""
    seconds = f"{wait_seconds:.0f}" if wait_seconds >= 1 else f"{wait_seconds:.1f}"
    said = _tr("Rate limited") if reason == "rate limited" else _tr("Could not connect")
    return arg(_tr("%1, retrying in %2 s (attempt %3)"), said, seconds, attempt)


def ago(when: datetime, now: datetime | None = None) -> str:
    """ "less than a minute ago" / "7 min ago", for the "Send again?" question."""
    minutes = int(((now or datetime.now(UTC)) - when).total_seconds() // 60)
    if minutes < 1:
        return _tr("less than a minute ago")
    return arg(_tr("%1 min ago"), minutes)


def _status_and_score(request: Mapping[str, Any]) -> tuple[str, str | None]:
    """What a write said, for a sentence: its status (Kombo's word) and its score (the locale's
    number), None when no score was sent."""
    score = request.get("score")
    shown = format_number(score) if isinstance(score, int | float) else score
    return str(request.get("status", "")), None if shown is None else str(shown)


def send_again_question(order_id: str, when: datetime, request: Mapping[str, Any]) -> str:
    """The "Send again?" question about a write of `order_id` minutes ago (whole sentences, so
    a translation orders the parts as its grammar needs)."""
    status, score = _status_and_score(request)
    if score is None:
        text = _tr_send("Order %1 was written at %2 (%3) with status %4. Write it again?")
        return arg(text, order_id, clock_time(when), ago(when), status)
    text = _tr_send("Order %1 was written at %2 (%3) with status %4 and score %5. Write it again?")
    return arg(text, order_id, clock_time(when), ago(when), status, score)


def sent_note(when: datetime, request: Mapping[str, Any]) -> str:
    """The form's note after a write: when, and what it said."""
    status, score = _status_and_score(request)
    if score is None:
        text = _tr_send("Sent at %1 (status %2). Sending again writes the order again.")
        return arg(text, clock_time(when), status)
    text = _tr_send("Sent at %1 (status %2, score %3). Sending again writes the order again.")
    return arg(text, clock_time(when), status, score)

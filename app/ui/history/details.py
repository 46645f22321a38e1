"""How one recorded send reads: the outcome in words, its severity, the details' summary and
Kombo's answer as JSON.

Pure formatting (no widgets, no store): the history table (`model`), the details pane (`view`)
and the tests call these with a `HistorySummary` or `HistoryRecord`. Words go through Qt's
translator under the contexts they had inside the window ("History", "HistoryWindow").
"""

from __future__ import annotations

import html
from datetime import datetime
from enum import StrEnum
from typing import Any

from app.store.history import HistoryRecord, HistorySummary, OutcomeKind, record_to_jsonable
from app.ui.common.moments import date_time, short_when
from app.ui.common.numbers import decimal_text
from app.ui.common.placeholders import arg

__all__ = [
    "OutcomeLook",
    "local_time",
    "no_selection_html",
    "operator_text",
    "outcome_look",
    "outcome_severity",
    "outcome_text",
    "reason_text",
    "response_of",
    "summary_html",
    "superseded_text",
]

_Outcome = HistorySummary | HistoryRecord


def _tr(text: str, n: int = -1) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("History", text, None, n)


def _tr_window(text: str, n: int = -1) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("HistoryWindow", text, None, n)


def outcome_text(item: _Outcome) -> str:
    """A few words for the outcome column: what happened, from the person's side."""
    if item.outcome is OutcomeKind.IN_FLIGHT:
        return _tr("Sending…")  # on record before it is sent; completed with its outcome
    if item.outcome is OutcomeKind.INTERRUPTED:
        return _tr("Outcome unknown: Result Desk stopped")
    if item.outcome_unknown:
        return _tr("Outcome unknown")
    kind = item.outcome
    if kind is OutcomeKind.SUCCESS:
        count = item.warning_count if isinstance(item, HistorySummary) else len(item.warnings)
        return _tr("Written, %n warning(s)", count) if count else _tr("Written")
    return {
        OutcomeKind.API_ERROR: _tr("Refused by Kombo"),
        OutcomeKind.NETWORK_ERROR: _tr("No connection"),
        OutcomeKind.INVALID_RESPONSE: _tr("Unreadable answer"),
        OutcomeKind.ATTACHMENT_CHANGED: _tr("File changed, not sent"),
        OutcomeKind.CANCELLED: _tr("Cancelled"),
    }.get(kind, str(kind))


class OutcomeLook(StrEnum):
    """How an outcome looks in the history: each has its own icon and colour (`outcome_marks`),
    so "Written, 1 warning" never reads like "Outcome unknown"."""

    WRITTEN = "written"
    WRITTEN_WITH_WARNINGS = "written_with_warnings"
    REFUSED = "refused"  # Kombo said no: nothing was written
    FAILED = "failed"  # no connection, an unreadable answer: nothing known to be written
    UNKNOWN = "unknown"  # Kombo may or may not have written it
    SUPERSEDED = "superseded"  # unknown, but a later send of the order was written
    SENDING = "sending"
    INTERRUPTED = "interrupted"  # Result Desk stopped mid-send: unknown too
    ATTACHMENT_CHANGED = "attachment_changed"
    CANCELLED = "cancelled"


def outcome_look(item: _Outcome, superseded: bool = False) -> OutcomeLook:
    """The look of an outcome; `superseded`: a later send of the same order was written."""
    kind = item.outcome
    if kind is OutcomeKind.IN_FLIGHT:
        return OutcomeLook.SENDING
    if superseded and (item.outcome_unknown or kind is OutcomeKind.INTERRUPTED):
        return OutcomeLook.SUPERSEDED
    if kind is OutcomeKind.INTERRUPTED:
        return OutcomeLook.INTERRUPTED
    if item.outcome_unknown:
        return OutcomeLook.UNKNOWN
    if kind is OutcomeKind.SUCCESS:
        count = item.warning_count if isinstance(item, HistorySummary) else len(item.warnings)
        return OutcomeLook.WRITTEN_WITH_WARNINGS if count else OutcomeLook.WRITTEN
    if kind is OutcomeKind.API_ERROR:
        return OutcomeLook.REFUSED
    if kind is OutcomeKind.ATTACHMENT_CHANGED:
        return OutcomeLook.ATTACHMENT_CHANGED
    if kind is OutcomeKind.CANCELLED:
        return OutcomeLook.CANCELLED
    return OutcomeLook.FAILED


def superseded_text(written_at: datetime) -> str:
    """An unknown outcome that a later write of the same order made moot."""
    return arg(_tr("Unknown — later written at %1"), short_when(written_at))


def outcome_severity(item: _Outcome) -> str:
    """ok | warning | error: the icon and colour of the outcome."""
    if item.outcome_unknown:
        return "warning"
    if item.outcome is OutcomeKind.SUCCESS:
        count = item.warning_count if isinstance(item, HistorySummary) else len(item.warnings)
        return "warning" if count else "ok"
    if item.outcome is OutcomeKind.CANCELLED:
        return "info"
    return "error"


def operator_text(item: _Outcome, *, full: bool = False) -> str:
    """Who sent it: the display name (else the OS user); `full` adds "user@host" after it."""
    name = item.operator_name or item.operator_user or ""
    if not full or not item.operator_user:
        return name
    desk = (
        f"{item.operator_user}@{item.operator_host}" if item.operator_host else item.operator_user
    )
    return f"{name} ({desk})" if item.operator_name else desk


def reason_text(item: _Outcome) -> str:
    """Why, on one line: the ticket first (short, searched for), then the note."""
    note = " ".join((item.reason_note or "").split())
    return " · ".join(part for part in (item.reason_ticket or "", note) if part)


def local_time(when: datetime) -> str:
    """A moment as this computer's local time, to the second."""
    return date_time(when)


def no_selection_html() -> str:
    """The details pane while no send is selected."""
    text = _tr_window("Select a send to see what was sent and what Kombo answered.")
    return "<p>" + html.escape(text) + "</p>"


def summary_html(
    record: HistoryRecord, colour: str = "", later_written: datetime | None = None
) -> str:
    """The details pane's head: outcome (in `colour`, a CSS colour, when given), when, which
    order and connection, who sent it and why, the answer, the error, Kombo's log link and the
    warnings.
    `later_written`: a later send of the order was written (an unknown outcome made moot)."""
    e = html.escape
    head = e(outcome_text(record) if later_written is None else superseded_text(later_written))
    if record.outcome is OutcomeKind.API_ERROR and record.error_code:
        head += f" · <code>{e(record.error_code)}</code>"
    style = f' style="color:{colour}"' if colour else ""
    rows: list[tuple[str, str]] = [
        (_tr_window("Sent"), e(local_time(record.sent_at))),
        (_tr_window("Order"), f"<code>{e(record.order_id)}</code>"),
    ]
    if record.candidate:
        rows.append((_tr_window("Candidate"), e(record.candidate)))
    connection = e(record.profile or "")
    rows.append(
        (
            _tr_window("Connection"),
            f"{connection} <small>{e(record.base_url)}"
            f"{' · ' + e(record.integration_id) if record.integration_id else ''}</small>",
        )
    )
    if record.operator_name or record.operator_user:
        rows.append((_tr_window("Operator"), e(operator_text(record, full=True))))
    if record.reason_note:
        rows.append((_tr_window("Reason"), e(record.reason_note).replace("\n", "<br>")))
    if record.reason_ticket:
        rows.append((_tr_window("Ticket"), f"<code>{e(record.reason_ticket)}</code>"))
    answer = (
        [arg(_tr_window("HTTP %1"), record.http_status)]
        if (record.http_status)
        else [_tr_window("no HTTP answer")]
    )
    if record.duration_s is not None:
        answer.append(f"{decimal_text(record.duration_s, 2)} s")
    if record.retries:
        answer.append(_tr_window("%n retry(s)", record.retries))
    rows.append((_tr_window("Answer"), e(" · ".join(answer))))
    if record.error_title or record.error_message:
        text = " – ".join(p for p in (record.error_title, record.error_message) if p)
        rows.append((_tr_window("Error"), e(text)))
    if record.log_url:
        rows.append(
            (
                _tr_window("Kombo log"),
                f'<a href="{e(record.log_url)}">{e(record.log_url)}</a>',
            )
        )
    body = "".join(
        f"<tr><td style='padding-right:10px'><b>{e(label)}</b></td><td>{value}</td></tr>"
        for label, value in rows
    )
    parts = [f"<p style='font-size:large'{style}><b>{head}</b></p>"]
    if record.outcome_unknown and later_written is None:
        parts.append(
            "<p>"
            + e(
                _tr_window(
                    "Kombo may or may not have written this result. Check Kombo's log "
                    "before sending the order again."
                )
            )
            + "</p>"
        )
    parts.append(f"<table>{body}</table>")
    if record.warnings:
        items = "".join(f"<li>{e(w)}</li>" for w in record.warnings)
        parts.append(f"<p><b>{e(_tr_window('Warnings'))}</b></p><ul>{items}</ul>")
    return "".join(parts)


def response_of(record: HistoryRecord) -> dict[str, Any]:
    """Kombo's answer as JSON: the stored response, or rebuilt from the recorded fields."""
    if record.response is not None:
        return dict(record.response)
    data = record_to_jsonable(record)
    if record.outcome is OutcomeKind.SUCCESS:
        return {"status": "success", "warnings": [{"message": w} for w in record.warnings]}
    keys = ("http_status", "error_code", "error_title", "error_message", "log_url")
    return {key: data[key] for key in keys if data.get(key) is not None}

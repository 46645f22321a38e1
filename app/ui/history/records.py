"""Send records into history entries, and history records back into a form state.

Pure (no widgets, no store, no files): `entry_from_send_record` is what the history keeps of
one send attempt (attachments as metadata, never content); `state_from_record` is the form
state "Open in form" and "Send again" load, with notes on what cannot come back as it was.
`check_attachments` is the one blocking step (it reads the files), run off the Qt thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.store.history import HistoryEntry, HistoryRecord, OutcomeKind, sanitize_request
from app.ui.common.placeholders import arg
from app.ui.form import form_state as fs
from app.ui.form.sent_files_check import check_sent_files

if TYPE_CHECKING:
    from app.ui.common.send_record import SendRecord

__all__ = ["FormFromHistory", "check_attachments", "entry_from_send_record", "state_from_record"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryWiring", text)


def entry_from_send_record(record: SendRecord, candidate: str | None = None) -> HistoryEntry:
    """The history entry of one send attempt (attachments as metadata, never content)."""
    error = record.error or {}
    outcome = OutcomeKind(record.outcome)
    response: dict[str, Any] | None
    if outcome is OutcomeKind.SUCCESS:
        response = {"status": "success", "warnings": [{"message": w} for w in record.warnings]}
    elif outcome is OutcomeKind.API_ERROR:
        response = {
            "status": "error",
            "error": {
                "code": error.get("code"),
                "title": error.get("title"),
                "message": error.get("message"),
                "log_url": error.get("log_url"),
            },
        }
    else:
        response = {key: value for key, value in error.items() if value is not None} or None
    started = record.started_at
    reason = record.reason
    return HistoryEntry(
        order_id=record.order_id,
        outcome=outcome,
        base_url=record.connection.base_url,
        integration_id=record.connection.integration_id,
        profile=record.connection.name,
        request=sanitize_request(record.request),
        http_status=record.http_status,
        warnings=tuple(record.warnings),
        error_code=error.get("code") if outcome is OutcomeKind.API_ERROR else None,
        error_title=error.get("title"),
        error_message=error.get("message") if outcome is not OutcomeKind.SUCCESS else None,
        log_url=record.log_url or error.get("log_url"),
        outcome_unknown=record.outcome_unknown,
        duration_s=record.duration_s,
        retries=record.retries,
        candidate=candidate,
        response=response,
        sent_at=started if started.tzinfo else started.replace(tzinfo=UTC),
        operator_name=(reason.operator_name or None) if reason else None,
        reason_note=(reason.note or None) if reason else None,
        reason_ticket=(reason.ticket or None) if reason else None,
    )


@dataclass
class FormFromHistory:
    state: dict[str, Any]
    notes: list[str]  # for the log panel: what could not be restored as it was


def state_from_record(record: HistoryRecord) -> FormFromHistory:
    """The form state of a recorded request (no file access; see `check_attachments`)."""
    request = record.request
    state = fs.empty_state()
    state["order_id"] = record.order_id
    for key in fs.RESULT_FIELDS:
        if key in request:
            state[key] = request[key]
    if isinstance(request.get("attributes"), list):
        state["attributes"] = [dict(a) for a in request["attributes"] if isinstance(a, dict)]
    if isinstance(request.get("remote_fields"), dict):
        state["remote_fields"] = dict(request["remote_fields"])
    notes: list[str] = []
    attachments: list[dict[str, Any]] = []
    for item in request.get("attachments") or []:
        if not isinstance(item, dict):
            continue
        entry: dict[str, Any] = {"name": str(item.get("name") or "")}
        if item.get("content_type"):
            entry["content_type"] = str(item["content_type"])
        if item.get("data_url"):
            entry["data_url"] = str(item["data_url"])
        elif item.get("source_path"):
            entry["path"] = str(item["source_path"])
            entry["size"] = item.get("size")
            entry["mtime_ns"] = item.get("mtime_ns")
            if item.get("sha256"):
                entry["sha256"] = item["sha256"]
        else:
            # Inline data is not kept in the history (only its size and sha256).
            notes.append(
                arg(
                    _tr(
                        "“%1” was sent inline and the history keeps no file content: "
                        "attach it again."
                    ),
                    entry["name"],
                )
            )
            entry["data_url"] = ""
        attachments.append(entry)
    state["attachments"] = attachments
    return FormFromHistory(state, notes)


def check_attachments(state: dict[str, Any]) -> list[str]:
    """Compare each file attachment with what was sent (blocking; see `sent_files_check`)."""
    return check_sent_files(state)

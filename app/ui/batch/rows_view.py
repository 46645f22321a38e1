"""How one batch row reads in the window: its state, which filters show it, its words, and the
form state that opens it in the main form. Pure (no widgets): unit-tested on its own.

A row's *state* is the journal's outcome once the row belongs to a batch (written, failed,
unknown, pending, in flight), else what the checks say (problems or ready).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.batch.journal import RowOutcome, RowState
from app.batch.mapping import ColumnMapping
from app.batch.rows import RowCheck, row_input
from app.batch.sheet import Sheet
from app.kombo.i18n import QT_TRANSLATE_NOOP
from app.ui.common.moments import duration_text
from app.ui.common.placeholders import arg
from app.ui.form import form_state as fs

__all__ = ["FILTERS", "RowFilter", "form_state_from_row", "matches", "state_text", "time_left"]


def _tr(text: str, n: int = -1) -> str:
    """`text` in "BatchRows"; with `n`, the plural form for n (its %n)."""
    return QCoreApplication.translate("BatchRows", text, None, n)


class RowFilter(StrEnum):
    ALL = "all"
    PROBLEMS = "problems"
    READY = "ready"
    SENT = "sent"
    WARNINGS = "warnings"
    FAILED = "failed"
    UNKNOWN = "unknown"


# (filter, label) in the order the filter box lists them.
FILTERS: tuple[tuple[RowFilter, str], ...] = (
    (RowFilter.ALL, QT_TRANSLATE_NOOP("BatchWindow", "All rows")),
    (RowFilter.PROBLEMS, QT_TRANSLATE_NOOP("BatchWindow", "Problems")),
    (RowFilter.READY, QT_TRANSLATE_NOOP("BatchWindow", "Ready to send")),
    (RowFilter.SENT, QT_TRANSLATE_NOOP("BatchWindow", "Sent")),
    (RowFilter.WARNINGS, QT_TRANSLATE_NOOP("BatchWindow", "Warnings")),
    (RowFilter.FAILED, QT_TRANSLATE_NOOP("BatchWindow", "Failed")),
    (RowFilter.UNKNOWN, QT_TRANSLATE_NOOP("BatchWindow", "Unknown outcome")),
)


@dataclass(frozen=True)
class CheckSummary:
    """What the filters need of a row's checks, computed once per check."""

    errors: int
    warnings: int
    ready: bool

    @classmethod
    def of(cls, check: RowCheck) -> CheckSummary:
        errors = len(check.errors)
        return cls(errors, len(check.problems) - errors, check.ready)


def matches(which: RowFilter, summary: CheckSummary, outcome: RowOutcome | None) -> bool:
    state = outcome.state if outcome is not None else None
    if which is RowFilter.ALL:
        return True
    if which is RowFilter.PROBLEMS:
        return summary.errors > 0
    if which is RowFilter.READY:
        return summary.ready and state in (None, RowState.PENDING)
    if which is RowFilter.SENT:
        return state is RowState.WRITTEN
    if which is RowFilter.WARNINGS:
        return summary.warnings > 0 or bool(outcome and outcome.warnings)
    if which is RowFilter.FAILED:
        return state is RowState.FAILED
    return state is RowState.UNKNOWN


def state_text(summary: CheckSummary, outcome: RowOutcome | None) -> str:
    """The State column: the outcome once sent, else what the checks found."""
    if outcome is not None and outcome.state is not RowState.PENDING:
        if outcome.state is RowState.WRITTEN:
            n = len(outcome.warnings)
            if n:
                return _tr("Written, %n warning(s)", n)
            return _tr("Written")
        return {
            RowState.FAILED: _tr("Failed"),
            RowState.UNKNOWN: _tr("Unknown outcome"),
            RowState.IN_FLIGHT: _tr("Sending…"),
        }[outcome.state]
    if summary.errors:
        return _tr("%n problem(s)", summary.errors)
    if outcome is not None:
        return _tr("Not sent yet")
    return _tr("Ready")


def answer_text(outcome: RowOutcome | None) -> str:
    """Kombo's answer in one line: its error message or warnings."""
    if outcome is None:
        return ""
    parts: list[str] = []
    if outcome.error_code:
        parts.append(outcome.error_code)
    if outcome.message and outcome.state is not RowState.WRITTEN:
        parts.append(outcome.message)
    parts.extend(outcome.warnings)
    return " — ".join(parts)


def time_left(done: int, total: int, elapsed_s: float) -> str:
    """`12 of 40 rows done, 28 left, about 0:35 left` (the pace so far)."""
    left = max(0, total - done)
    text = arg(_tr("%1 of %n row(s) done, %2 left", total), done, left)
    if done and left:
        text += arg(_tr(", about %1 left"), duration_text(elapsed_s / done * left))
    return text


def form_state_from_row(
    sheet: Sheet, index: int, mapping: ColumnMapping, zone: tzinfo | None
) -> dict[str, Any]:
    """The row as the main form's state: the same values the checks read, files as paths."""
    order_id, made = row_input(
        sheet.path.parent, sheet.headers, sheet.rows[index], index, mapping, zone
    )
    data = made.data
    state = fs.empty_state()
    state["order_id"] = order_id
    for key in fs.RESULT_FIELDS:
        if key in data:
            state[key] = data[key]
    state["attributes"] = list(data.get("attributes", []))
    state["remote_fields"] = dict(data.get("remote_fields", {}))
    attachments: list[dict[str, Any]] = []
    for item in data.get("attachments", []):
        entry = {"name": item.get("name", ""), "content_type": item.get("content_type", "")}
        if "data_url" in item:
            entry["data_url"] = item["data_url"]
        elif isinstance(item.get("data"), dict):
            ref = item["data"]
            entry.update(path=ref.get("path"), size=ref.get("size"), mtime_ns=ref.get("mtime_ns"))
        attachments.append(entry)
    state["attachments"] = attachments
    return state

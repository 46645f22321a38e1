"""How the history's rows map to records and summaries, and a filter to SQL; the CSV columns."""

from __future__ import annotations

import sqlite3
from dataclasses import fields
from datetime import datetime
from enum import StrEnum
from typing import Any

from app.store.history_model import (
    HistoryEntry,
    HistoryFilter,
    HistoryRecord,
    HistorySummary,
    OutcomeKind,
)
from app.store.history_requests import sanitize_request
from app.store.history_schema import dump_json, format_time, load_json, parse_time


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def where_clause(flt: HistoryFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    for word in flt.text.split():
        escaped = _like_escape(word)
        clauses.append(
            "(order_id LIKE ? ESCAPE '\\' OR error_code LIKE ? ESCAPE '\\'"
            " OR candidate LIKE ? ESCAPE '\\')"
        )
        params += [f"{escaped}%", f"%{escaped}%", f"%{escaped}%"]
    if flt.outcomes:
        marks = ",".join("?" * len(flt.outcomes))
        clauses.append(f"outcome IN ({marks})")
        params += sorted(str(o) for o in flt.outcomes)
    if flt.unknown_only:
        clauses.append("outcome_unknown = 1")
    if flt.profile is not None:
        clauses.append("profile = ?")
        params.append(flt.profile)
    if flt.since is not None:
        clauses.append("sent_at >= ?")
        params.append(format_time(flt.since))
    if flt.until is not None:
        clauses.append("sent_at < ?")
        params.append(format_time(flt.until))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


SUMMARY_COLUMNS = (
    "id, sent_at, profile, base_url, integration_id, order_id, candidate, outcome, http_status,"
    " outcome_unknown, error_code, error_message, warning_count, duration_ms, retries, log_url"
)
FULL_SELECT = (
    "SELECT s.id, sent_at, profile, base_url, integration_id, order_id, candidate, outcome,"
    " http_status, outcome_unknown, warnings, error_code, error_title, error_message, log_url,"
    " duration_ms, retries, request, response"
    " FROM sends AS s LEFT JOIN send_bodies AS b ON b.send_id = s.id"
)


def _outcome(text: str) -> OutcomeKind:
    try:
        return OutcomeKind(text)
    except ValueError:  # a newer version's kind in a shared file: show it as an error
        return OutcomeKind.API_ERROR


# Columns that a summary and a record take as they are stored.
_PLAIN_COLUMNS = (
    "profile",
    "base_url",
    "integration_id",
    "order_id",
    "candidate",
    "http_status",
    "error_code",
    "error_message",
    "log_url",
    "retries",
)


def _shared_fields(row: sqlite3.Row) -> dict[str, Any]:
    """The fields that `HistorySummary` and `HistoryRecord` read alike from a row."""
    duration_ms = row["duration_ms"]
    return {
        "id": row["id"],
        "sent_at": parse_time(row["sent_at"]),
        "outcome": _outcome(row["outcome"]),
        "outcome_unknown": bool(row["outcome_unknown"]),
        "duration_s": None if duration_ms is None else duration_ms / 1000,
        **{name: row[name] for name in _PLAIN_COLUMNS},
    }


def summary_from_row(row: sqlite3.Row) -> HistorySummary:
    return HistorySummary(**_shared_fields(row), warning_count=row["warning_count"])


def record_from_row(row: sqlite3.Row) -> HistoryRecord:
    warnings = load_json(row["warnings"])
    request = load_json(row["request"])
    response = load_json(row["response"])
    return HistoryRecord(
        **_shared_fields(row),
        warnings=tuple(str(w) for w in warnings) if isinstance(warnings, list) else (),
        error_title=row["error_title"],
        request=request if isinstance(request, dict) else {},
        response=response if isinstance(response, dict) else None,
    )


def record_to_jsonable(record: HistoryRecord) -> dict[str, Any]:
    """A record as plain JSON data (the JSON export and the details pane use it)."""
    out: dict[str, Any] = {"id": record.id}  # first, then the fields in declaration order
    for f in fields(record):
        value = getattr(record, f.name)
        if isinstance(value, datetime):
            value = format_time(value)
        elif isinstance(value, tuple):
            value = list(value)
        elif isinstance(value, StrEnum):
            value = str(value)
        out[f.name] = value
    return out


CSV_COLUMNS = (
    "id",
    "sent_at",
    "profile",
    "base_url",
    "integration_id",
    "order_id",
    "candidate",
    "outcome",
    "outcome_unknown",
    "http_status",
    "error_code",
    "error_title",
    "error_message",
    "log_url",
    "warnings",
    "duration_s",
    "retries",
    "request",
)


# Columns copied from the row as they are; the others are formatted for people.
CSV_FROM_ROW = tuple(
    name for name in CSV_COLUMNS if name not in {"outcome_unknown", "warnings", "duration_s"}
)


def csv_cell(value: Any) -> str:
    text = "" if value is None else str(value)
    # A cell that a spreadsheet would run as a formula is quoted as text (CSV injection).
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        text = "'" + text
    return text


SUMMARY_NAMES = (
    "sent_at, profile, base_url, integration_id, order_id, candidate, outcome, http_status,"
    " outcome_unknown, error_code, error_message, warning_count, duration_ms, retries, log_url"
)
SUMMARY_SET = ", ".join(f"{name.strip()} = ?" for name in SUMMARY_NAMES.split(","))


def insert_row(
    conn: sqlite3.Connection,
    summary: tuple[Any, ...],
    body: tuple[Any, ...],
    attempt_key: str | None = None,
    owner: str | None = None,
) -> int:
    """One attempt's two rows (list columns and bodies); its row id."""
    cursor = conn.execute(
        f"INSERT INTO sends ({SUMMARY_NAMES}, attempt_key, in_flight_owner)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (*summary, attempt_key, owner),
    )
    row_id = cursor.lastrowid
    assert row_id is not None
    conn.execute(
        "INSERT INTO send_bodies (send_id, warnings, error_title, request, response)"
        " VALUES (?,?,?,?,?)",
        (row_id, *body),
    )
    return row_id


def row_values(entry: HistoryEntry) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    """An entry as the values of its list row (`SUMMARY_NAMES` order) and its body row."""
    summary = (
        format_time(entry.sent_at),
        entry.profile,
        entry.base_url,
        entry.integration_id,
        entry.order_id,
        entry.candidate,
        str(entry.outcome),
        entry.http_status,
        int(entry.outcome_unknown),
        entry.error_code,
        entry.error_message,
        len(entry.warnings),
        None if entry.duration_s is None else round(entry.duration_s * 1000),
        entry.retries,
        entry.log_url,
    )
    body = (
        dump_json(list(entry.warnings)),
        entry.error_title,
        dump_json(sanitize_request(entry.request)),
        None if entry.response is None else dump_json(entry.response),
    )
    return summary, body

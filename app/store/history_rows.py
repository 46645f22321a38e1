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
    desk_host,
    desk_user,
)
from app.store.history_requests import sanitize_request
from app.store.history_schema import dump_json, format_time, load_json, parse_time


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# The columns a search word may match anywhere in (the order ID matches by its start).
_CONTAINS_COLUMNS = ("error_code", "candidate", "operator_name", "reason_note", "reason_ticket")


def where_clause(flt: HistoryFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    for word in flt.text.split():
        escaped = _like_escape(word)
        clauses.append(
            "(order_id LIKE ? ESCAPE '\\'"
            + "".join(f" OR {name} LIKE ? ESCAPE '\\'" for name in _CONTAINS_COLUMNS)
            + ")"
        )
        params += [f"{escaped}%", *[f"%{escaped}%"] * len(_CONTAINS_COLUMNS)]
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


# Who and why, and the attempt's identity (schema v4).
_TEAM_COLUMNS = (
    "operator_name",
    "operator_user",
    "operator_host",
    "reason_note",
    "reason_ticket",
    "batch_id",
    "record_uuid",
)
_TEAM_NAMES = ", ".join(_TEAM_COLUMNS)

SUMMARY_COLUMNS = (
    "id, sent_at, profile, base_url, integration_id, order_id, candidate, outcome, http_status,"
    " outcome_unknown, error_code, error_message, warning_count, duration_ms, retries, log_url, "
    + _TEAM_NAMES
)
FULL_SELECT = (
    "SELECT s.id, sent_at, profile, base_url, integration_id, order_id, candidate, outcome,"
    " http_status, outcome_unknown, warnings, error_code, error_title, error_message, log_url,"
    f" duration_ms, retries, request, response, revision, {_TEAM_NAMES}"
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
    *_TEAM_COLUMNS,
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
        revision=row["revision"],
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
    "operator_name",
    "operator_user",
    "operator_host",
    "reason_note",
    "reason_ticket",
    "batch_id",
    "record_uuid",
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


_WHO_AND_WHY = ("operator_name", "operator_user", "operator_host", "reason_note", "reason_ticket")
SUMMARY_NAMES = (
    "sent_at, profile, base_url, integration_id, order_id, candidate, outcome, http_status,"
    " outcome_unknown, error_code, error_message, warning_count, duration_ms, retries, log_url,"
    " operator_name, operator_user, operator_host, reason_note, reason_ticket, batch_id"
)
# Completing an attempt replaces its columns, but who, why and the batch stay as begun when
# the completing entry leaves them unset.
SUMMARY_SET = ", ".join(
    f"{name} = COALESCE(?, {name})" if name in (*_WHO_AND_WHY, "batch_id") else f"{name} = ?"
    for name in (part.strip() for part in SUMMARY_NAMES.split(","))
)


def insert_row(
    conn: sqlite3.Connection,
    summary: tuple[Any, ...],
    body: tuple[Any, ...],
    attempt_key: str | None = None,
    owner: str | None = None,
) -> int:
    """One attempt's two rows (list columns and bodies); its row id. A summary without a
    record UUID (`row_values` of an entry without one) gets a new one."""
    *columns, record_uuid = summary
    if not record_uuid:
        import uuid  # with the first new record, not when the history opens (it loads platform)

        record_uuid = str(uuid.uuid4())
    marks = ",".join("?" * (len(columns) + 3))
    cursor = conn.execute(
        f"INSERT INTO sends ({SUMMARY_NAMES}, attempt_key, in_flight_owner, record_uuid)"
        f" VALUES ({marks})",
        (*columns, attempt_key, owner, record_uuid),
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
    """An entry as the values of its list row (`SUMMARY_NAMES` order, then its record UUID
    or None) and its body row. Unset OS user and host become this desk's."""
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
        entry.operator_name,
        entry.operator_user or desk_user(),
        entry.operator_host or desk_host(),
        entry.reason_note or None,
        entry.reason_ticket or None,
        entry.batch_id,
        entry.record_uuid,
    )
    body = (
        dump_json(list(entry.warnings)),
        entry.error_title,
        dump_json(sanitize_request(entry.request)),
        None if entry.response is None else dump_json(entry.response),
    )
    return summary, body

"""The history's SQLite schema, its migrations and the value formats of its columns.

Each step takes the schema from version N-1 to N inside one transaction. Never edit a step that
has shipped; add a new one.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from typing import Any

_TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"  # fixed width, so text order is time order

_V1 = """
CREATE TABLE sends (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    sent_at TEXT NOT NULL,
    profile TEXT,
    base_url TEXT NOT NULL,
    integration_id TEXT,
    order_id TEXT NOT NULL,
    outcome TEXT NOT NULL,
    http_status INTEGER,
    outcome_unknown INTEGER NOT NULL DEFAULT 0,
    warnings TEXT NOT NULL DEFAULT '[]',
    error_code TEXT,
    error_title TEXT,
    error_message TEXT,
    log_url TEXT,
    duration_ms INTEGER,
    retries INTEGER NOT NULL DEFAULT 0,
    request TEXT NOT NULL,
    response TEXT
);
CREATE INDEX sends_order ON sends(order_id);
CREATE INDEX sends_sent_at ON sends(sent_at);
"""

# v2: the list columns and the bodies part ways, so that searching and paging read a narrow
# table (~250 bytes a row) instead of one carrying every request; plus the candidate's name
# (the orders panel knows it), a warning count, and case-insensitive indexes for search.
_V2 = """
CREATE TABLE send_bodies (
    send_id INTEGER PRIMARY KEY,
    warnings TEXT NOT NULL DEFAULT '[]',
    error_title TEXT,
    request TEXT NOT NULL,
    response TEXT
);
INSERT INTO send_bodies (send_id, warnings, error_title, request, response)
    SELECT id, warnings, error_title, request, response FROM sends;
CREATE TABLE sends_v2 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    sent_at TEXT NOT NULL,
    profile TEXT,
    base_url TEXT NOT NULL,
    integration_id TEXT,
    order_id TEXT NOT NULL,
    candidate TEXT,
    outcome TEXT NOT NULL,
    http_status INTEGER,
    outcome_unknown INTEGER NOT NULL DEFAULT 0,
    error_code TEXT,
    error_message TEXT,
    warning_count INTEGER NOT NULL DEFAULT 0,
    duration_ms INTEGER,
    retries INTEGER NOT NULL DEFAULT 0,
    log_url TEXT
);
INSERT INTO sends_v2 (id, sent_at, profile, base_url, integration_id, order_id, outcome,
        http_status, outcome_unknown, error_code, error_message, warning_count, duration_ms,
        retries, log_url)
    SELECT id, sent_at, profile, base_url, integration_id, order_id, outcome, http_status,
        outcome_unknown, error_code, error_message,
        CASE WHEN json_valid(warnings) THEN json_array_length(warnings) ELSE 0 END,
        duration_ms, retries, log_url
    FROM sends;
DROP TABLE sends;
ALTER TABLE sends_v2 RENAME TO sends;
CREATE INDEX sends_sent_at ON sends(sent_at);
CREATE INDEX sends_order_id ON sends(order_id COLLATE NOCASE, id);
CREATE INDEX sends_error_code ON sends(error_code COLLATE NOCASE);
CREATE INDEX sends_candidate ON sends(candidate COLLATE NOCASE);
CREATE INDEX sends_outcome ON sends(outcome, id);
CREATE INDEX sends_profile ON sends(profile, id);
"""

# v3: every attempt is written before its first byte leaves and completed with its outcome.
# `attempt_key` finds the row again when the outcome is known; `in_flight_owner` names the
# process ("host:pid") that is sending, until the row is completed. The next start turns a row
# whose owner is gone into an interrupted attempt of unknown outcome.
_V3 = """
ALTER TABLE sends ADD COLUMN attempt_key TEXT;
ALTER TABLE sends ADD COLUMN in_flight_owner TEXT;
CREATE UNIQUE INDEX sends_attempt_key ON sends(attempt_key) WHERE attempt_key IS NOT NULL;
CREATE INDEX sends_in_flight ON sends(in_flight_owner) WHERE in_flight_owner IS NOT NULL;
"""

# A random (version 4) UUID in SQLite's own SQL, for rows written before v4.
_SQL_UUID4 = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'"
    " || substr(lower(hex(randomblob(2))), 2) || '-'"
    " || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2)"
    " || '-' || lower(hex(randomblob(6)))"
)

# v4: team history. Every attempt gets a UUID (its identity on the team server) and a revision
# (1 when written, +1 when completed or found interrupted), who sent it and why, and the batch
# it belongs to. `team_outbox` holds each revision's JSON until the team server has it; it is
# written in the same transaction as the row, so a record is never without its queue entry.
# Rows from before v4 get UUIDs but are not queued (they predate the team). `desk_identity`
# names this history file on the team server (so a desk can leave out its own sends).
_V4 = f"""
ALTER TABLE sends ADD COLUMN record_uuid TEXT;
ALTER TABLE sends ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE sends ADD COLUMN operator_name TEXT;
ALTER TABLE sends ADD COLUMN operator_user TEXT;
ALTER TABLE sends ADD COLUMN operator_host TEXT;
ALTER TABLE sends ADD COLUMN reason_note TEXT;
ALTER TABLE sends ADD COLUMN reason_ticket TEXT;
ALTER TABLE sends ADD COLUMN batch_id TEXT;
UPDATE sends SET record_uuid = {_SQL_UUID4};
CREATE UNIQUE INDEX sends_record_uuid ON sends(record_uuid);
CREATE INDEX sends_batch_id ON sends(batch_id) WHERE batch_id IS NOT NULL;
CREATE TABLE team_outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    record_uuid TEXT NOT NULL,
    revision INTEGER NOT NULL,
    queued_at TEXT NOT NULL,
    payload TEXT NOT NULL,
    UNIQUE (record_uuid, revision)
);
CREATE TABLE desk_identity (desk_id TEXT NOT NULL);
INSERT INTO desk_identity (desk_id) VALUES ({_SQL_UUID4});
"""

MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3, _V4)
SCHEMA_VERSION = len(MIGRATIONS)


def format_time(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime(_TIME_FORMAT)


def parse_time(text: str) -> datetime:
    return datetime.fromisoformat(text)  # the fixed format above, "Z" included (3.11+)


def dump_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def load_json(text: str | None) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


def is_disk_problem(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return any(
        phrase in text
        for phrase in (
            "readonly database",
            "read-only",
            "disk is full",
            "disk i/o error",
            "unable to open database file",
            "database or disk is full",
        )
    )


def is_corruption(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text or "file is encrypted" in text

"""The team history's PostgreSQL schema: versioned migrations and the setup SQL for its roles.

Append-only: `team_records` holds one row per revision of an attempt (key: record UUID +
revision); a trigger refuses UPDATE, DELETE and TRUNCATE on it, whoever asks. `team_latest`
holds each attempt's newest revision's list columns for search; only the SECURITY DEFINER
trigger on `team_records` writes it, so desks need INSERT on `team_records` and SELECT, nothing
more. The same trigger NOTIFYs `result_desk_team` with a short JSON of the send.

`team_schema` lists the applied versions. Each migration runs in one transaction under an
advisory lock (two desks starting at once). Never edit a shipped step; add one.
"""

from __future__ import annotations

NOTIFY_CHANNEL = "result_desk_team"
# The role desks log in as belong to this group (see SETUP_SQL); migrations grant to it.
WRITER_ROLE = "result_desk_writer"
_MIGRATION_LOCK = 0x52455355  # pg_advisory_xact_lock key: "RESU"

_V1 = f"""
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE team_records (
    record_uuid uuid NOT NULL,
    revision integer NOT NULL CHECK (revision > 0),
    desk_id text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    sent_at timestamptz NOT NULL,
    order_id text NOT NULL,
    candidate text,
    result_status text,
    outcome text NOT NULL,
    outcome_unknown boolean NOT NULL,
    http_status integer,
    profile text,
    base_url text NOT NULL,
    integration_id text,
    error_code text,
    error_title text,
    error_message text,
    log_url text,
    warnings jsonb NOT NULL DEFAULT '[]',
    duration_ms integer,
    retries integer NOT NULL DEFAULT 0,
    operator_name text,
    operator_user text,
    operator_host text,
    reason_note text,
    reason_ticket text,
    batch_id text,
    request jsonb NOT NULL,
    response jsonb,
    PRIMARY KEY (record_uuid, revision)
);

CREATE TABLE team_latest (
    record_uuid uuid PRIMARY KEY,
    revision integer NOT NULL,
    desk_id text NOT NULL,
    sent_at timestamptz NOT NULL,
    order_id text NOT NULL,
    candidate text,
    result_status text,
    outcome text NOT NULL,
    outcome_unknown boolean NOT NULL,
    http_status integer,
    profile text,
    integration_id text,
    error_code text,
    operator_name text,
    operator_user text,
    operator_host text,
    reason_note text,
    reason_ticket text,
    batch_id text,
    search_text text GENERATED ALWAYS AS (lower(
        order_id || ' ' || coalesce(candidate, '') || ' ' || coalesce(operator_name, '') || ' '
        || coalesce(operator_user, '') || ' ' || coalesce(reason_note, '') || ' '
        || coalesce(reason_ticket, '') || ' ' || coalesce(error_code, '')
    )) STORED,
    operator_text text GENERATED ALWAYS AS (lower(
        coalesce(operator_name, '') || ' ' || coalesce(operator_user, '') || '@'
        || coalesce(operator_host, '')
    )) STORED
);
CREATE INDEX team_latest_sent_at ON team_latest (sent_at DESC, record_uuid DESC);
CREATE INDEX team_latest_order ON team_latest (lower(order_id) text_pattern_ops, sent_at DESC);
CREATE INDEX team_latest_outcome ON team_latest (outcome, sent_at DESC);
CREATE INDEX team_latest_integration ON team_latest (integration_id, sent_at DESC);
CREATE INDEX team_latest_profile ON team_latest (profile, sent_at DESC);
CREATE INDEX team_latest_search ON team_latest USING gin (search_text gin_trgm_ops);
CREATE INDEX team_latest_operator ON team_latest USING gin (operator_text gin_trgm_ops);

CREATE FUNCTION team_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the team history is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER team_records_append_only BEFORE UPDATE OR DELETE ON team_records
    FOR EACH ROW EXECUTE FUNCTION team_refuse_change();
CREATE TRIGGER team_records_no_truncate BEFORE TRUNCATE ON team_records
    FOR EACH STATEMENT EXECUTE FUNCTION team_refuse_change();

CREATE FUNCTION team_record_added() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
BEGIN
    INSERT INTO team_latest (record_uuid, revision, desk_id, sent_at, order_id, candidate,
        result_status, outcome, outcome_unknown, http_status, profile, integration_id,
        error_code, operator_name, operator_user, operator_host, reason_note, reason_ticket,
        batch_id)
    VALUES (NEW.record_uuid, NEW.revision, NEW.desk_id, NEW.sent_at, NEW.order_id,
        NEW.candidate, NEW.result_status, NEW.outcome, NEW.outcome_unknown, NEW.http_status,
        NEW.profile, NEW.integration_id, NEW.error_code, NEW.operator_name, NEW.operator_user,
        NEW.operator_host, NEW.reason_note, NEW.reason_ticket, NEW.batch_id)
    ON CONFLICT (record_uuid) DO UPDATE SET
        revision = EXCLUDED.revision, desk_id = EXCLUDED.desk_id, sent_at = EXCLUDED.sent_at,
        order_id = EXCLUDED.order_id, candidate = EXCLUDED.candidate,
        result_status = EXCLUDED.result_status, outcome = EXCLUDED.outcome,
        outcome_unknown = EXCLUDED.outcome_unknown, http_status = EXCLUDED.http_status,
        profile = EXCLUDED.profile, integration_id = EXCLUDED.integration_id,
        error_code = EXCLUDED.error_code, operator_name = EXCLUDED.operator_name,
        operator_user = EXCLUDED.operator_user, operator_host = EXCLUDED.operator_host,
        reason_note = EXCLUDED.reason_note, reason_ticket = EXCLUDED.reason_ticket,
        batch_id = EXCLUDED.batch_id
    WHERE team_latest.revision < EXCLUDED.revision;
    PERFORM pg_notify('{NOTIFY_CHANNEL}', json_build_object(
        'record_uuid', NEW.record_uuid, 'revision', NEW.revision, 'desk_id', NEW.desk_id,
        'sent_at', NEW.sent_at, 'order_id', NEW.order_id, 'integration_id', NEW.integration_id,
        'result_status', NEW.result_status, 'outcome', NEW.outcome,
        'error_code', NEW.error_code, 'operator_name', NEW.operator_name,
        'operator_user', NEW.operator_user, 'operator_host', NEW.operator_host,
        'reason_ticket', NEW.reason_ticket)::text);
    RETURN NULL;
END $$;
CREATE TRIGGER team_records_latest AFTER INSERT ON team_records
    FOR EACH ROW EXECUTE FUNCTION team_record_added();

DO $$ BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = '{WRITER_ROLE}') THEN
        GRANT SELECT, INSERT ON team_records TO {WRITER_ROLE};
        GRANT SELECT ON team_latest, team_schema TO {WRITER_ROLE};
    END IF;
END $$;
"""

MIGRATIONS: tuple[str, ...] = (_V1,)
TEAM_SCHEMA_VERSION = len(MIGRATIONS)

# Created before the first migration (and by it when missing), so a version can be read.
VERSION_TABLE = """
CREATE TABLE IF NOT EXISTS team_schema (
    version integer PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now(),
    applied_by text NOT NULL DEFAULT current_user
)
"""
LOCK_SQL = f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})"

# What an administrator runs once (README "Team history (PostgreSQL)"). Two roles: the owner,
# whose desk (or one run of `result-desk` with it) applies migrations, and the writers, who
# may only INSERT and SELECT. Replace the passwords; one login per person is also fine
# (CREATE ROLE anna LOGIN PASSWORD '…' IN ROLE result_desk_writer).
SETUP_SQL = f"""
CREATE ROLE result_desk_owner LOGIN PASSWORD 'change-me-owner';
CREATE ROLE {WRITER_ROLE} NOLOGIN;
CREATE ROLE result_desk LOGIN PASSWORD 'change-me-desk' IN ROLE {WRITER_ROLE};
CREATE DATABASE result_desk_team OWNER result_desk_owner;
\\connect result_desk_team
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO {WRITER_ROLE};
GRANT CREATE ON SCHEMA public TO result_desk_owner;
"""

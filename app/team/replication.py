"""Pushing the desk's outbox to the team history: at-least-once, idempotent on the server.

Each batch is inserted in one server transaction with `ON CONFLICT (record_uuid, revision) DO
NOTHING`; only after that commit are the outbox rows deleted locally. A desk killed between the
two sends the batch again at its next push, and the server keeps one row per revision. The
server never sees an UPDATE from a desk: a completed attempt is its next revision.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from psycopg.types.json import Jsonb

from app.store.history import HistoryStore, OutboxItem
from app.team.connection import AsyncConn

BATCH_SIZE = 200

_COLUMNS = (
    "record_uuid",
    "revision",
    "desk_id",
    "sent_at",
    "order_id",
    "candidate",
    "result_status",
    "outcome",
    "outcome_unknown",
    "http_status",
    "profile",
    "base_url",
    "integration_id",
    "error_code",
    "error_title",
    "error_message",
    "log_url",
    "warnings",
    "duration_ms",
    "retries",
    "operator_name",
    "operator_user",
    "operator_host",
    "reason_note",
    "reason_ticket",
    "batch_id",
    "request",
    "response",
)
INSERT_SQL = (
    f"INSERT INTO team_records ({', '.join(_COLUMNS)})"
    f" VALUES ({', '.join(['%s'] * len(_COLUMNS))})"
    " ON CONFLICT (record_uuid, revision) DO NOTHING"
).encode()


def _row(item: OutboxItem) -> tuple[Any, ...]:
    """An outbox payload (the store's record JSON) as `_COLUMNS` values."""
    p: Mapping[str, Any] = item.payload
    request = p.get("request") if isinstance(p.get("request"), dict) else {}
    response = p.get("response")
    duration_s = p.get("duration_s")
    status = request.get("status") if isinstance(request, dict) else None
    return (
        item.record_uuid,
        item.revision,
        p["desk_id"],
        datetime.fromisoformat(p["sent_at"]),
        p["order_id"],
        p.get("candidate"),
        status if isinstance(status, str) else None,
        p["outcome"],
        bool(p.get("outcome_unknown")),
        p.get("http_status"),
        p.get("profile"),
        p.get("base_url") or "",
        p.get("integration_id"),
        p.get("error_code"),
        p.get("error_title"),
        p.get("error_message"),
        p.get("log_url"),
        Jsonb(list(p.get("warnings") or [])),
        None if duration_s is None else round(float(duration_s) * 1000),
        int(p.get("retries") or 0),
        p.get("operator_name"),
        p.get("operator_user"),
        p.get("operator_host"),
        p.get("reason_note"),
        p.get("reason_ticket"),
        p.get("batch_id"),
        Jsonb(request),
        None if response is None else Jsonb(response),
    )


async def push_outbox(store: HistoryStore, conn: AsyncConn, *, batch_size: int = BATCH_SIZE) -> int:
    """Deliver every queued revision in batches; returns how many were delivered. Raises
    psycopg's error when the server fails mid-way (what was committed stays delivered)."""
    delivered = 0
    while True:
        items = await asyncio.to_thread(store.outbox_pending, batch_size)
        if not items:
            return delivered
        async with conn.transaction(), conn.cursor() as cur:
            await cur.executemany(INSERT_SQL, [_row(item) for item in items])
        # Committed on the server: only now may the desk forget them.
        await asyncio.to_thread(store.outbox_delivered, [item.id for item in items])
        delivered += len(items)

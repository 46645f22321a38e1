"""Team history against a real PostgreSQL server (private, TLS verify-full with a test CA):
two desks, the append-only rule, schema checks, wrong password and CA, LISTEN/NOTIFY, search."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import psycopg
import pytest
from pg_server import make_ca
from team_support import TeamServer, desk, entry, open_store

from app.store.history_model import now_utc
from app.team import (
    TeamAuthError,
    TeamFilter,
    TeamPage,
    TeamSchemaError,
    TeamSchemaTooNewError,
    TeamSend,
    TeamTlsError,
    format_recent_send,
)
from app.team.service import deliver_before_exit


def test_two_desks_sending_to_one_order_see_each_other(
    team_server: TeamServer, team_db: str, tmp_path: Path
) -> None:
    anna_store, bruno_store = open_store(tmp_path / "anna"), open_store(tmp_path / "bruno")
    # Anna's desk logs in as the owner and applies the schema; Bruno's may only write.
    anna = desk(team_server, team_db, anna_store, owner=True)
    bruno = desk(team_server, team_db, bruno_store)
    anna_store.record(
        entry("ORD-7", operator_name="Anna Keller", reason_note="score", reason_ticket="ZD-48213")
    )
    bruno_store.record(entry("ORD-7", operator_name="Bruno Meier", outcome="api_error"))
    bruno_store.record(entry("ORD-8", operator_name="Bruno Meier"))

    async def scenario() -> tuple[list[TeamSend], list[TeamSend]]:
        assert await anna.push() == 1
        assert await bruno.push() == 2
        seen_by_bruno = await bruno.recent_sends("ORD-7")
        seen_by_anna = await anna.recent_sends("ORD-7")
        await anna.close()
        await bruno.close()
        return seen_by_bruno, seen_by_anna

    seen_by_bruno, seen_by_anna = asyncio.run(scenario())
    assert [s.operator_name for s in seen_by_bruno] == ["Anna Keller"]
    assert [s.operator_name for s in seen_by_anna] == ["Bruno Meier"]
    text = format_recent_send(
        seen_by_bruno[0], now=seen_by_bruno[0].sent_at + timedelta(minutes=12)
    )
    assert text == "Anna Keller sent COMPLETED 12 min ago — ticket ZD-48213"
    assert anna.status().text == "Team history: up to date"
    assert anna_store.outbox_count() == bruno_store.outbox_count() == 0


def test_an_attempt_is_one_record_with_its_revisions_and_search_shows_the_latest(
    team_server: TeamServer, team_db: str, tmp_path: Path
) -> None:
    store = open_store(tmp_path / "desk")
    team = desk(team_server, team_db, store, owner=True)
    store.begin_attempt(entry("ORD-9", reason_note="customer disputed"), attempt_key="k")

    async def scenario() -> list[TeamSend]:
        await team.push()
        store.complete_attempt("k", entry("ORD-9", outcome="success"))
        await team.push()
        found = await team.search(TeamFilter(text="disputed"))
        await team.close()
        return found

    [found] = asyncio.run(scenario())
    assert (found.revision, found.outcome, found.order_id) == (2, "success", "ORD-9")
    rows = team_server.server.admin_rows(
        "SELECT revision, outcome FROM team_records ORDER BY revision", team_db
    )
    assert rows == [(1, "in_flight"), (2, "success")]


def test_records_are_append_only_for_desks_and_owner(
    team_server: TeamServer, team_db: str, tmp_path: Path
) -> None:
    store = open_store(tmp_path / "desk")
    store.record(entry())
    asyncio.run(desk(team_server, team_db, store, owner=True).push())
    for owner in (False, True):
        settings = team_server.settings(team_db, owner=owner)
        kwargs = settings.connect_kwargs(team_server.password(owner=owner))
        with psycopg.connect(**kwargs, autocommit=True) as conn:
            for sql in ("UPDATE team_records SET outcome = 'x'", "DELETE FROM team_records"):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(sql.encode())
            if not owner:  # desks may not touch the search table either (the trigger writes it)
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(b"UPDATE team_latest SET outcome = 'x'")
    assert team_server.server.admin_rows("SELECT count(*) FROM team_records", team_db) == [(1,)]


def test_a_server_with_a_newer_schema_is_refused_and_nothing_leaves(
    team_server: TeamServer, team_db: str, tmp_path: Path
) -> None:
    store = open_store(tmp_path / "desk")
    store.record(entry())
    team = desk(team_server, team_db, store, owner=True)
    asyncio.run(team.push())
    team_server.server.admin_sql("INSERT INTO team_schema (version) VALUES (99)", team_db)
    store.record(entry("ORD-2"))
    team = desk(team_server, team_db, store)
    with pytest.raises(TeamSchemaTooNewError, match="schema is version 99; this Result Desk"):
        asyncio.run(team.push())
    assert store.outbox_count() == 1
    assert "update Result Desk" in team.status().text


def test_a_desk_login_cannot_create_the_schema_and_says_so(
    team_server: TeamServer, team_db: str, tmp_path: Path
) -> None:
    store = open_store(tmp_path / "desk")
    store.record(entry())
    with pytest.raises(TeamSchemaError, match="connect once with the owner role"):
        asyncio.run(desk(team_server, team_db, store).push())
    assert store.outbox_count() == 1


def test_a_wrong_password_is_named(team_server: TeamServer, team_db: str, tmp_path: Path) -> None:
    store = open_store(tmp_path / "desk")
    store.record(entry())
    team = desk(team_server, team_db, store)
    team._password = lambda: "not-the-password"
    with pytest.raises(TeamAuthError, match="refused the user name or password") as caught:
        asyncio.run(team.push())
    assert "not-the-password" not in caught.value.message
    assert team.status().text.startswith("Team history: The team history at 127.0.0.1:")


def test_verify_full_fails_on_a_certificate_from_another_ca(
    team_server: TeamServer, team_db: str, tmp_path: Path
) -> None:
    other_ca, _key = make_ca(tmp_path, "other-ca")
    store = open_store(tmp_path / "desk")
    team = desk(team_server, team_db, store, ca_file=str(other_ca))
    assert team.settings.tls_mode == "verify-full"
    with pytest.raises(TeamTlsError, match="could not be verified over TLS"):
        asyncio.run(team.test())
    # The right CA passes (the certificate names 127.0.0.1).
    assert "Connected to PostgreSQL" in asyncio.run(
        desk(team_server, team_db, store, owner=True).test()
    )


def test_listen_delivers_a_teammates_send_to_the_open_order(
    team_server: TeamServer, team_db: str, tmp_path: Path
) -> None:
    anna_store, bruno_store = open_store(tmp_path / "anna"), open_store(tmp_path / "bruno")
    anna = desk(team_server, team_db, anna_store, owner=True)
    bruno = desk(team_server, team_db, bruno_store)
    asyncio.run(anna.test())  # the schema exists before anyone listens

    async def scenario() -> list[TeamSend]:
        heard: list[TeamSend] = []
        arrived = asyncio.Event()
        ready = asyncio.Event()

        def on_send(send: TeamSend) -> None:
            heard.append(send)
            arrived.set()

        listener = asyncio.create_task(
            bruno.listen(on_send, order_id=lambda: "ORD-OPEN", ready=ready)
        )
        await asyncio.wait_for(ready.wait(), 10)
        bruno_store.record(entry("ORD-OPEN"))  # Bruno's own send: not a notice for him
        await bruno.push()
        anna_store.record(entry("ORD-OTHER", operator_name="Anna Keller"))
        anna_store.record(entry("ORD-OPEN", operator_name="Anna Keller", reason_ticket="ZD-1"))
        await anna.push()
        await asyncio.wait_for(arrived.wait(), 10)
        listener.cancel()
        await asyncio.gather(listener, return_exceptions=True)
        await anna.close()
        await bruno.close()
        return heard

    [heard] = asyncio.run(scenario())
    assert (heard.order_id, heard.operator_name, heard.reason_ticket) == (
        "ORD-OPEN",
        "Anna Keller",
        "ZD-1",
    )
    assert heard.result_status == "COMPLETED"


def test_search_filters_and_pages_every_row_once(
    team_server: TeamServer, team_db: str, tmp_path: Path
) -> None:
    store = open_store(tmp_path / "desk")
    start = now_utc() - timedelta(hours=5)
    store.record_many(
        [
            entry(
                f"P{n:03}",
                sent_at=start + timedelta(minutes=n),
                operator_name="Anna Keller" if n % 2 else "Bruno Meier",
                outcome="success" if n % 3 else "api_error",
                profile="Staging" if n < 10 else "Production EU",
                reason_ticket="ZD-77" if n == 17 else None,
            )
            for n in range(40)
        ]
    )
    team = desk(team_server, team_db, store, owner=True)

    async def scenario() -> dict[str, list[str]]:
        await team.push()

        async def ids(flt: TeamFilter) -> list[str]:
            return [s.order_id for s in await team.search(flt)]

        pages: list[str] = []
        page = TeamPage(size=7)
        while rows := await team.search(TeamFilter(), page):
            pages += [r.order_id for r in rows]
            page = TeamPage(size=7, after=rows[-1])
        found = {
            "pages": pages,
            "ticket": await ids(TeamFilter(text="zd-77")),
            "operator": await ids(TeamFilter(operator="bruno", order_id="P00")),
            "outcome": await ids(
                TeamFilter(outcomes=frozenset({"api_error"}), connection="Staging")
            ),
            "dates": await ids(
                TeamFilter(since=start + timedelta(minutes=38), until=start + timedelta(hours=1))
            ),
        }
        await team.close()
        return found

    found = asyncio.run(scenario())
    assert found["pages"] == [f"P{n:03}" for n in reversed(range(40))]
    assert found["ticket"] == ["P017"]
    assert found["operator"] == ["P008", "P006", "P004", "P002", "P000"]
    assert found["outcome"] == ["P009", "P006", "P003", "P000"]
    assert found["dates"] == ["P039", "P038"]


def test_deliver_before_exit_says_how_many_stay_queued(
    team_server: TeamServer, team_db: str, tmp_path: Path
) -> None:
    store = open_store(tmp_path / "desk")
    store.record_many([entry(f"B{n}", batch_id="batch-1") for n in range(3)])
    settings = team_server.settings(team_db, owner=True)
    nowhere = replace(settings, port=1, connect_timeout_s=2)
    password = team_server.password(owner=True)
    assert asyncio.run(deliver_before_exit(store, nowhere, lambda: password, 5)) == 3
    assert asyncio.run(deliver_before_exit(store, settings, lambda: password, 5)) == 0
    rows = team_server.server.admin_rows("SELECT DISTINCT batch_id FROM team_records", team_db)
    assert rows == [("batch-1",)]

"""Team history search at one million rows (issue 15): prints numbers, asserts nothing.

    .venv/bin/python -m tests.bench.team_search [--rows 1000000] [--runs 5]

Starts a private PostgreSQL (tests/pg_server.py), sets it up with the README's role SQL, lets a
desk apply the schema, generates the rows server-side (generate_series: order IDs, candidates,
operators, outcomes, connections, a year of dates, reasons and tickets), then times each search
through `TeamHistory.search` / `recent_sends` as a desk login over TCP (page of 100, median of
`--runs`). Target: every search under 300 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from tempfile import TemporaryDirectory

from app.store.history import HistoryStore
from app.store.history_model import now_utc
from app.team import TeamFilter, TeamHistory, TeamPage, TeamSettings
from tests.bench.common import Row, Suite, emit, run_child
from tests.pg_server import running_server, setup_parts

TARGET_MS = 300.0

_GENERATE = """
ALTER TABLE team_records DISABLE TRIGGER team_records_latest;
INSERT INTO team_records (record_uuid, revision, desk_id, sent_at, order_id, candidate,
    result_status, outcome, outcome_unknown, http_status, profile, base_url, integration_id,
    error_code, operator_name, operator_user, operator_host, reason_note, reason_ticket,
    request)
SELECT gen_random_uuid(), 1, 'desk-' || (i % 12),
    now() - (i % 525600) * interval '1 minute' - (i % 60) * interval '1 second',
    'ORD' || lpad(i::text, 10, '0'),
    (ARRAY['Mia','Noah','Lea','Ben','Emma','Paul','Hanna','Luis','Anna','Jonas'])[1 + i % 10]
        || ' ' || (ARRAY['Müller','Schmidt','Schneider','Fischer','Weber','Meyer','Wagner',
        'Becker','Schulz','Hoffmann','Koch','Richter','Klein','Wolf','Schröder'])[1 + (i / 10) % 15]
        || '-' || (i % 997),
    (ARRAY['COMPLETED','FAILED','CANCELLED'])[1 + i % 3],
    CASE WHEN i % 20 = 0 THEN 'api_error' WHEN i % 97 = 0 THEN 'network_error' ELSE 'success' END,
    i % 97 = 0, CASE WHEN i % 20 = 0 THEN 400 ELSE 200 END,
    (ARRAY['Production EU','Production US','Staging','Acme','Globex'])[1 + i % 5],
    'https://api.kombo.dev/v1', 'customer-' || (i % 40) || ':workday',
    CASE WHEN i % 20 = 0 THEN 'PLATFORM.INPUT_INVALID' END,
    (ARRAY['Anna Keller','Bruno Meier','Chloé Durand','David Novak','Eva Lindqvist',
        'Farid Haddad','Greta Olsen','Hugo Martin'])[1 + i % 8],
    'user' || (i % 8), 'desk-' || (i % 12) || '.example.org',
    (ARRAY['customer disputed the score','wrong status after ATS sync','resend after outage',
        'candidate asked for correction','duplicate order cleanup'])[1 + i % 5],
    CASE WHEN i % 3 = 0 THEN 'ZD-' || (10000 + i % 90000) END,
    '{"status": "COMPLETED"}'::jsonb
FROM generate_series(1, %(rows)s) AS i;
INSERT INTO team_latest (record_uuid, revision, desk_id, sent_at, order_id, candidate,
    result_status, outcome, outcome_unknown, http_status, profile, integration_id, error_code,
    operator_name, operator_user, operator_host, reason_note, reason_ticket, batch_id)
SELECT record_uuid, revision, desk_id, sent_at, order_id, candidate, result_status, outcome,
    outcome_unknown, http_status, profile, integration_id, error_code, operator_name,
    operator_user, operator_host, reason_note, reason_ticket, batch_id FROM team_records;
ALTER TABLE team_records ENABLE TRIGGER team_records_latest;
"""


async def _median_ms(runs: int, query: Callable[[], Awaitable[object]]) -> tuple[float, int]:
    times: list[float] = []
    count = 0
    for _ in range(runs):
        start = time.perf_counter()
        result = await query()
        times.append((time.perf_counter() - start) * 1000)
        count = len(result) if isinstance(result, list) else 0
    return statistics.median(times), count


async def _measure(team: TeamHistory, runs: int) -> list[tuple[str, float, int]]:
    now = now_utc()
    day = now - timedelta(days=100)
    page_50 = await _page_after(team, 49)
    searches: dict[str, Callable[[], Awaitable[object]]] = {
        "newest page, no filter": lambda: team.search(TeamFilter()),
        "order ID (exact)": lambda: team.search(TeamFilter(order_id="ORD0000471100")),
        "order ID prefix": lambda: team.search(TeamFilter(order_id="ORD00004711")),
        "candidate word 'schröder-42'": lambda: team.search(TeamFilter(text="schröder-42")),
        "operator 'keller'": lambda: team.search(TeamFilter(operator="keller")),
        "outcome api_error + connection": lambda: team.search(
            TeamFilter(outcomes=frozenset({"api_error"}), connection="Production EU")
        ),
        "one day": lambda: team.search(TeamFilter(since=day, until=day + timedelta(days=1))),
        "ticket 'ZD-48214'": lambda: team.search(TeamFilter(text="ZD-48214")),
        "reason word 'disputed'": lambda: team.search(TeamFilter(text="disputed")),
        "no match 'zzqx'": lambda: team.search(TeamFilter(text="zzqx")),
        "reason + outcome + 30 days": lambda: team.search(
            TeamFilter(
                text="outage",
                outcomes=frozenset({"network_error"}),
                since=now - timedelta(days=30),
            )
        ),
        "page 50 of 'weber' (keyset)": lambda: team.search(TeamFilter(text="weber"), page_50),
        "recent_sends(order, 24 h)": lambda: team.recent_sends("ORD0000000060", exclude_desk=""),
    }
    rows = []
    for name, query in searches.items():
        ms, count = await _median_ms(runs, query)
        rows.append((name, ms, count))
    return rows


async def _page_after(team: TeamHistory, pages: int) -> TeamPage:
    """The cursor of the page after `pages` pages of 'weber' (walked, not timed)."""
    page = TeamPage(size=100)
    for _ in range(pages):
        found = await team.search(TeamFilter(text="weber"), page)
        page = TeamPage(size=100, after=found[-1])
    return page


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", action="store_true", help="for python -m tests.bench")
    args = parser.parse_args()
    with running_server() as server, TemporaryDirectory() as home:
        owner_pw, desk_pw = "bench-owner-pw", "bench-desk-pw"
        roles, create, inside = setup_parts(owner_pw, desk_pw, "team_bench")
        server.admin_sql(roles)
        server.admin_sql(create)
        server.admin_sql(inside, dbname="team_bench")
        store = HistoryStore.open(Path(home) / "history.sqlite3")
        settings = TeamSettings(
            host=server.host,
            port=server.port,
            database="team_bench",
            user="result_desk_owner",
            tls_mode="disable",
        )
        asyncio.run(TeamHistory(settings, lambda: owner_pw, store).test())  # applies the schema
        start = time.perf_counter()
        server.admin_sql(_GENERATE.replace("%(rows)s", str(args.rows)), dbname="team_bench")
        for table in ("team_records", "team_latest"):
            server.admin_sql(f"VACUUM ANALYZE {table}", "team_bench")
        generated = time.perf_counter() - start
        [(size,)] = server.admin_rows(
            "SELECT pg_size_pretty(pg_database_size('team_bench'))", "team_bench"
        )
        desk = TeamHistory(
            replace(settings, user="result_desk"),
            lambda: desk_pw,
            store,
        )
        rows = asyncio.run(_measure(desk, args.runs))
        print(f"team history search: {args.rows:,} rows generated and indexed in {generated:.1f} s")
        print(f"database size {size}; median of {args.runs} runs, page of 100, desk login over TCP")
        width = max(len(name) for name, _, _ in rows)
        for name, ms, count in rows:
            verdict = "ok" if ms < TARGET_MS else "MISSED"
            print(f"  {name:<{width}}  {ms:8.1f} ms  {count:4d} rows  {verdict}")
        worst = max(ms for _, ms, _ in rows)
        print(f"slowest {worst:.1f} ms (target < {TARGET_MS:.0f} ms)")
        store.close()
    if args.child:
        emit(
            {
                "rows": args.rows,
                "runs": args.runs,
                "generated_s": generated,
                "size": size,
                "searches": [[name, ms, count] for name, ms, count in rows],
            }
        )


def run(suite: Suite) -> list[Row]:
    """For `python -m tests.bench` (not --quick): a million rows, searched in a fresh process."""
    f = run_child(suite, "team_search", timeout=1800)
    searches = f["searches"]
    worst_name, worst_ms, _ = max(searches, key=lambda s: s[1])
    return [
        Row(
            "9 team search",
            f"slowest team history search at {f['rows']:,} rows (page of 100)",
            worst_ms,
            "ms",
            target=f"< {TARGET_MS:.0f} ms",
            passed=worst_ms < TARGET_MS,
            runs=f["runs"],
            note=f"slowest: {worst_name}; {len(searches)} searches, median of {f['runs']} each; "
            f"{f['rows']:,} rows generated in {f['generated_s']:.0f} s ({f['size']})",
        )
    ]


if __name__ == "__main__":
    main()

"""Nothing lost, nothing twice: the team server stopped and started again, and the pushing desk
killed with SIGKILL after the server committed a batch and while a batch was open."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

from team_support import TeamServer, desk, entry, open_store

from app.team import TeamUnreachableError

CHILD = Path(__file__).with_name("push_child.py")
ROOT = Path(__file__).resolve().parents[2]


def server_counts(team: TeamServer, database: str) -> tuple[int, int]:
    """(revisions on the server, distinct attempts)."""
    [(rows, attempts)] = team.server.admin_rows(
        "SELECT count(*), count(DISTINCT record_uuid) FROM team_records", database
    )
    return int(rows), int(attempts)  # type: ignore[call-overload]


def test_a_server_outage_loses_and_doubles_nothing(
    own_team_server: TeamServer, tmp_path: Path
) -> None:
    team_db = own_team_server.new_database()
    store = open_store(tmp_path / "desk")
    team = desk(own_team_server, team_db, store, owner=True)
    store.record_many([entry(f"A{n}") for n in range(5)])
    assert asyncio.run(team.push()) == 5

    own_team_server.server.stop("immediate")  # a crash, not a clean shutdown
    store.record_many([entry(f"B{n}") for n in range(5)])

    async def while_down() -> None:
        try:
            await team.push()
        except TeamUnreachableError:
            return
        raise AssertionError("the push reached a stopped server")

    asyncio.run(while_down())
    status = team.status().text
    assert status.startswith("Team history: unreachable since ")
    assert status.endswith(" — 5 records waiting")
    assert store.outbox_count() == 5

    own_team_server.server.start()
    assert asyncio.run(team.push()) == 5
    assert team.status().text == "Team history: up to date"
    assert server_counts(own_team_server, team_db) == (10, 10)


def _child(
    team: TeamServer, database: str, history: Path, mode: str, at: int
) -> subprocess.Popen[str]:
    settings = team.settings(database, owner=True)
    url = (
        f"postgresql://{settings.user}:{quote(team.password(owner=True))}@{settings.host}:"
        f"{settings.port}/{database}?sslrootcert={quote(str(settings.ca_file))}"
    )
    env = {**os.environ, "RESULT_DESK_TEAM_URL": url, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, str(CHILD), str(history), "10", mode, str(at)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


def _kill_when_stopped(child: subprocess.Popen[str]) -> None:
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line == "stopped\n", line
    child.send_signal(signal.SIGKILL)
    assert child.wait(timeout=30) == -signal.SIGKILL


def test_a_desk_killed_mid_push_loses_and_doubles_nothing(
    team_server: TeamServer, team_db: str, tmp_path: Path
) -> None:
    store = open_store(tmp_path / "desk")
    store.record_many([entry(f"K{n:02}", reason_note=f"row {n}") for n in range(50)])
    store.begin_attempt(entry("K-IN-FLIGHT"), attempt_key="k")
    store.complete_attempt("k", entry("K-IN-FLIGHT"))  # 2 revisions: 52 queued
    history = store.path
    store.close()

    # Killed after the server committed batch 2 and before the desk forgot it.
    _kill_when_stopped(_child(team_server, team_db, history, "after-commit", 2))
    assert server_counts(team_server, team_db) == (20, 20)
    # Killed while batch 2 of the next run (rows 21-30) was inside its server transaction.
    _kill_when_stopped(_child(team_server, team_db, history, "in-transaction", 2))
    assert server_counts(team_server, team_db) == (20, 20)

    finish = _child(team_server, team_db, history, "none", 0)
    out, _ = finish.communicate(timeout=60)
    assert finish.returncode == 0, out
    # The second run sent the first run's batch 2 again (nothing new on the server) and forgot
    # it; what remained is the 32 never committed.
    assert out == "delivered 32\n"
    assert server_counts(team_server, team_db) == (52, 51)
    reopened = open_store(tmp_path / "desk")
    assert reopened.outbox_count() == 0
    assert reopened.integrity_check() == "ok"

"""`result-desk batch` (a process) against the sandbox delivers its history records to the team
server before it exits; when the server cannot take them it says how many stay queued, and the
exit status still says how the rows went."""

from __future__ import annotations

import csv
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from team_support import TeamServer

from app.sandbox import SandboxServer

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


def team_url(team: TeamServer, database: str, *, port: int | None = None) -> str:
    settings = team.settings(database, owner=True)  # the owner creates the schema on first use
    return (
        f"postgresql://{settings.user}:{quote(team.password(owner=True))}@{settings.host}:"
        f"{port or settings.port}/{database}?sslrootcert={quote(str(settings.ca_file))}"
    )


def sheet_of(path: Path, orders: list[str]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Order ID", "Status", "Completed at", "Result URL", "Score"])
        for order in orders:
            writer.writerow([order, "COMPLETED", "2026-03-01T10:30:00Z", "https://r.example/", 80])
    return path


def run_batch(
    sandbox: SandboxServer, sheet: Path, url: str, *extra: str
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KOMBO_API_KEY": "sandbox", "RESULT_DESK_TEAM_URL": url}
    command = [sys.executable, "-m", "app", "batch", str(sheet), "--base-url", sandbox.base_url]
    return subprocess.run(
        [*command, "--integration-id", "sandbox:demo", *extra],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def batch_id_of(out: str) -> str:
    return out.split("Batch ", 1)[1].split(":", 1)[0]


def team_rows(team: TeamServer, database: str) -> set[tuple[object, ...]]:
    return set(
        team.server.admin_rows("SELECT order_id, batch_id, outcome FROM team_latest", database)
    )


def test_the_batch_delivers_its_records_before_it_exits(
    team_server: TeamServer, team_db: str, sandbox: SandboxServer, tmp_path: Path
) -> None:
    orders = sandbox.order_ids("OPEN")[:4]
    done = run_batch(
        sandbox, sheet_of(tmp_path / "four.csv", orders), team_url(team_server, team_db)
    )
    assert done.returncode == 0, done.stdout + done.stderr
    batch_id = batch_id_of(done.stdout)
    assert f"/{team_db}): 4 records delivered." in done.stdout
    assert team_rows(team_server, team_db) == {(o, batch_id, "success") for o in orders}


def test_with_the_server_down_the_records_wait_for_the_next_start(
    own_team_server: TeamServer, sandbox: SandboxServer, tmp_path: Path
) -> None:
    team_db = own_team_server.new_database()
    url = team_url(own_team_server, team_db)
    open_orders = sandbox.order_ids("OPEN")
    own_team_server.server.stop()

    first = run_batch(sandbox, sheet_of(tmp_path / "a.csv", open_orders[:3]), url)
    assert first.returncode == 0, first.stdout + first.stderr  # the rows were all written
    assert "3 records still queued for the next start (The team history at " in first.stdout
    assert "0 delivered" in first.stdout

    own_team_server.server.start()
    second = run_batch(sandbox, sheet_of(tmp_path / "b.csv", open_orders[3:5]), url)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "5 records delivered." in second.stdout  # the first batch's too
    batches = {batch_id_of(first.stdout), batch_id_of(second.stdout)}
    assert {row[1] for row in team_rows(own_team_server, team_db)} == batches
    assert len(team_rows(own_team_server, team_db)) == 5


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A port that accepts connections and never says a word (a server stuck or firewalled
    mid-way): only the --team-wait bound ends the wait."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield int(listener.getsockname()[1])


def test_the_wait_for_the_team_server_is_bounded(
    team_server: TeamServer, team_db: str, sandbox: SandboxServer, silent_server: int,
    tmp_path: Path,
) -> None:  # fmt: skip
    orders = sandbox.order_ids("OPEN")[:2]
    url = team_url(team_server, team_db, port=silent_server)
    done = run_batch(sandbox, sheet_of(tmp_path / "two.csv", orders), url, "--team-wait", "1")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 records still queued for the next start (no answer within 1 s)" in done.stdout


def test_a_team_url_that_is_not_one_stops_the_batch_before_it_sends(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    orders = sandbox.order_ids("OPEN")[:1]
    done = run_batch(sandbox, sheet_of(tmp_path / "one.csv", orders), "mysql://desk@host/db")
    assert done.returncode == 2
    assert "RESULT_DESK_TEAM_URL must look like postgresql://" in done.stderr
    assert sandbox.written_result(orders[0]) is None

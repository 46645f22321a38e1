"""The team server fixtures of tests/team, for the window's team tests."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.team.team_support import TeamServer, desk, open_store, start_team_server


@pytest.fixture(scope="module")
def team_server() -> Iterator[TeamServer]:
    yield from start_team_server()


@pytest.fixture
def own_team_server() -> Iterator[TeamServer]:
    """A server of this test's own (it is stopped and started)."""
    yield from start_team_server()


def migrated_database(server: TeamServer, folder: Path) -> str:
    """A new team database with the schema applied by the owner role, as an administrator
    does once (README); desks log in with the INSERT/SELECT role."""
    name = server.new_database()
    store = open_store(folder)

    async def migrate() -> None:
        owner = desk(server, name, store, owner=True)
        await owner.test()
        await owner.close()

    worker = threading.Thread(target=asyncio.run, args=(migrate(),))
    worker.start()
    worker.join(30)
    store.close()
    return name


@pytest.fixture
def team_db(team_server: TeamServer, tmp_path: Path) -> str:
    return migrated_database(team_server, tmp_path / "owner")

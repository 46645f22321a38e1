"""A private PostgreSQL server (TLS on, passwords over TCP) set up with the README's role SQL,
and a fresh team database per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from team_support import TeamServer, start_team_server


@pytest.fixture(scope="session")
def team_server() -> Iterator[TeamServer]:
    yield from start_team_server()


@pytest.fixture
def own_team_server() -> Iterator[TeamServer]:
    """A server of this test's own (it is stopped and started)."""
    yield from start_team_server()


@pytest.fixture
def team_db(team_server: TeamServer) -> str:
    return team_server.new_database()

"""What the team tests share besides fixtures: a private PostgreSQL server set up with the
README's role SQL, history entries and desks. Not in conftest.py, because `from conftest import`
finds whichever conftest module was imported last."""

from __future__ import annotations

import itertools
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from pg_server import PgServer, running_server, setup_parts

from app.store.history import HistoryEntry, HistoryStore, OutcomeKind
from app.team import TeamHistory, TeamSettings

_numbers = itertools.count(1)


@dataclass(frozen=True)
class TeamServer:
    server: PgServer
    owner_password: str
    desk_password: str

    def new_database(self) -> str:
        name = f"team_{next(_numbers)}"
        _roles, create, inside = setup_parts(self.owner_password, self.desk_password, name)
        self.server.admin_sql(create)
        self.server.admin_sql(inside, dbname=name)
        return name

    def settings(self, database: str, *, owner: bool = False) -> TeamSettings:
        assert self.server.tls is not None
        return TeamSettings(
            host=self.server.host,
            port=self.server.port,
            database=database,
            user="result_desk_owner" if owner else "result_desk",
            ca_file=str(self.server.tls.ca_file),
            connect_timeout_s=3,
        )

    def password(self, *, owner: bool = False) -> str:
        return self.owner_password if owner else self.desk_password


def start_team_server() -> Iterator[TeamServer]:
    with running_server(tls=True) as server:
        team = TeamServer(server, secrets.token_urlsafe(12), secrets.token_urlsafe(12))
        roles, _create, _inside = setup_parts(team.owner_password, team.desk_password, "x")
        server.admin_sql(roles)
        yield team


def entry(order_id: str = "ORDER1", **overrides: object) -> HistoryEntry:
    values: dict[str, object] = {
        "order_id": order_id,
        "outcome": OutcomeKind.SUCCESS,
        "base_url": "https://api.kombo.dev/v1",
        "integration_id": "acme:workday",
        "profile": "Production EU",
        "request": {"status": "COMPLETED", "score": 80},
        "http_status": 200,
    }
    values.update(overrides)
    return HistoryEntry(**values)  # type: ignore[arg-type]


def open_store(folder: Path) -> HistoryStore:
    folder.mkdir(parents=True, exist_ok=True)
    store = HistoryStore.open(folder / "history.sqlite3")
    assert store.problem is None
    return store


def desk(
    team: TeamServer, database: str, store: HistoryStore, *, owner: bool = False, **changes: object
) -> TeamHistory:
    settings = replace(team.settings(database, owner=owner), **changes)  # type: ignore[arg-type]
    password = team.password(owner=owner)
    return TeamHistory(settings, lambda: password, store)

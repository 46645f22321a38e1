"""A desk pushing its outbox, for the SIGKILL tests: `python push_child.py HISTORY BATCH MODE
AT`, the server in RESULT_DESK_TEAM_URL. MODE `after-commit` stops when batch AT is committed on
the server but not yet forgotten locally; `in-transaction` stops while batch AT's server
transaction is open; `none` runs to the end. At the stop it prints `stopped` and waits for the
parent's SIGKILL."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.store.history import HistoryStore, OutboxItem
from app.team import replication, settings_from_env
from app.team.service import TeamHistory


def stop_here() -> None:
    print("stopped", flush=True)
    sys.stdin.readline()  # the parent kills us here
    raise SystemExit("the parent did not kill this process")


def main() -> None:
    path, batch, mode, at = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    store = HistoryStore.open(path)
    batches = 0
    forget = store.outbox_delivered
    make_row = replication._row

    def delivered(ids: Sequence[int]) -> None:
        nonlocal batches
        batches += 1
        if mode == "after-commit" and batches == at:
            stop_here()
        forget(ids)

    def row(item: OutboxItem) -> tuple[Any, ...]:
        if mode == "in-transaction" and batches + 1 == at:
            stop_here()
        return make_row(item)

    store.outbox_delivered = delivered  # type: ignore[method-assign]
    replication._row = row
    configured = settings_from_env()
    assert configured is not None
    team = TeamHistory(*configured, store, batch_size=batch)
    print("delivered", asyncio.run(team.push()), flush=True)


if __name__ == "__main__":
    main()

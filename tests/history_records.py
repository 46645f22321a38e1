"""The desk's saved history, read back whole: what a test checks after a send or a batch."""

from __future__ import annotations

from app.store.history_model import HistoryRecord


def saved_history() -> list[HistoryRecord]:
    """Every record in the history of RESULT_DESK_HOME, newest first (as History lists them)."""
    from app.store.history import HistoryStore

    store = HistoryStore.open_default()
    try:
        return [r for s in store.query() if (r := store.get(s.id)) is not None]
    finally:
        store.close()

"""The History window's filter choices and the dates they mean, as a `HistoryFilter`.

Pure (no widgets): the window lists `OUTCOME_FILTERS` and `DATE_FILTERS` in its combos and asks
`history_filter` for what the store should match; the tests call it with fixed dates.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from app.kombo.i18n import QT_TRANSLATE_NOOP
from app.store.history import HistoryFilter, OutcomeKind

__all__ = ["DATE_FILTERS", "OUTCOME_FILTERS", "date_range", "history_filter"]

# (label, outcomes matched (empty: any), unknown outcomes only)
OUTCOME_FILTERS: list[tuple[str, frozenset[OutcomeKind], bool]] = [
    (QT_TRANSLATE_NOOP("HistoryWindow", "All outcomes"), frozenset(), False),
    (QT_TRANSLATE_NOOP("HistoryWindow", "Written"), frozenset({OutcomeKind.SUCCESS}), False),
    (
        QT_TRANSLATE_NOOP("HistoryWindow", "Any failure"),
        frozenset(set(OutcomeKind) - {OutcomeKind.SUCCESS}),
        False,
    ),
    (QT_TRANSLATE_NOOP("HistoryWindow", "Outcome unknown"), frozenset(), True),
    (
        QT_TRANSLATE_NOOP("HistoryWindow", "Refused by Kombo"),
        frozenset({OutcomeKind.API_ERROR}),
        False,
    ),
    (
        QT_TRANSLATE_NOOP("HistoryWindow", "No connection"),
        frozenset({OutcomeKind.NETWORK_ERROR}),
        False,
    ),
    (
        QT_TRANSLATE_NOOP("HistoryWindow", "Unreadable answer"),
        frozenset({OutcomeKind.INVALID_RESPONSE}),
        False,
    ),
    (
        QT_TRANSLATE_NOOP("HistoryWindow", "File changed"),
        frozenset({OutcomeKind.ATTACHMENT_CHANGED}),
        False,
    ),
    (QT_TRANSLATE_NOOP("HistoryWindow", "Cancelled"), frozenset({OutcomeKind.CANCELLED}), False),
]
DATE_FILTERS = [
    QT_TRANSLATE_NOOP("HistoryWindow", "Any time"),
    QT_TRANSLATE_NOOP("HistoryWindow", "Today"),
    QT_TRANSLATE_NOOP("HistoryWindow", "Last 7 days"),
    QT_TRANSLATE_NOOP("HistoryWindow", "Last 30 days"),
    QT_TRANSLATE_NOOP("HistoryWindow", "Custom range"),
]
CUSTOM_RANGE = len(DATE_FILTERS) - 1


def date_range(
    mode: int, start: date, end: date, today: date | None = None
) -> tuple[datetime | None, datetime | None]:
    """(since, until) in UTC for the `DATE_FILTERS` entry `mode`; days are this computer's
    local days, and the custom range includes its `end` day. `today` is for tests."""
    local_midnight = datetime.combine(today or datetime.now().date(), time()).astimezone()
    if mode == 1:
        return local_midnight.astimezone(UTC), None
    if mode == 2:
        return (local_midnight - timedelta(days=6)).astimezone(UTC), None
    if mode == 3:
        return (local_midnight - timedelta(days=29)).astimezone(UTC), None
    if mode == CUSTOM_RANGE:
        since = datetime.combine(start, time()).astimezone()
        until = datetime.combine(end, time()).astimezone() + timedelta(days=1)
        return since.astimezone(UTC), until.astimezone(UTC)
    return None, None


def history_filter(
    text: str,
    outcome_index: int,
    profile: object,
    since: datetime | None,
    until: datetime | None,
) -> HistoryFilter:
    """What the store matches for the window's search text, outcome choice and connection
    (None or any non-string: all connections)."""
    _label, kinds, unknown = OUTCOME_FILTERS[max(0, outcome_index)]
    return HistoryFilter(
        text=text.strip(),
        outcomes=kinds,
        unknown_only=unknown,
        profile=profile if isinstance(profile, str) else None,
        since=since,
        until=until,
    )

"""The history table's model: the sends matching a filter, fetched page by page.

`HistoryTableModel` holds only the rows fetched so far (pages of `PAGE_SIZE`, newest first,
read on the history's reader thread as the table scrolls) and the total count, so a history of
tens of thousands of sends opens and filters at once. How a row reads is `details`; its icon
and colour `outcome_marks`.

Sorted by the Order column, the attempts of one order stand together (each order's oldest
first when ascending), and the order ID of a row that repeats the one above is muted, so the
groups read at a glance. An unknown outcome that a later write of its order made moot is marked
as such ("Unknown — later written at 10:42"), looked up with each page.
"""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Any, Literal

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QTableView, QWidget

from app.kombo.i18n import QT_TRANSLATE_NOOP
from app.store.history import HistoryFilter, HistoryStore, HistorySummary
from app.ui.common.moments import date_time
from app.ui.common.numbers import decimal_text
from app.ui.history.details import (
    local_time,
    operator_text,
    outcome_look,
    outcome_text,
    reason_text,
    superseded_text,
)
from app.ui.history.outcome_marks import outcome_color, outcome_icon
from app.ui.history.service import HistoryService

__all__ = ["COLUMN_WIDTHS", "PAGE_SIZE", "Column", "HistoryTableModel", "sort_by_time_or_order"]

PAGE_SIZE = 200
_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TIME = 0
    ORDER = 1
    OUTCOME = 2
    CANDIDATE = 3
    OPERATOR = 4
    REASON = 5
    CONNECTION = 6
    DETAIL = 7
    HTTP = 8
    DURATION = 9
    RETRIES = 10


_HEADERS = {
    Column.TIME: QT_TRANSLATE_NOOP("HistoryTableModel", "Sent"),
    Column.ORDER: QT_TRANSLATE_NOOP("HistoryTableModel", "Order ID"),
    Column.OUTCOME: QT_TRANSLATE_NOOP("HistoryTableModel", "Outcome"),
    Column.CANDIDATE: QT_TRANSLATE_NOOP("HistoryTableModel", "Candidate"),
    Column.OPERATOR: QT_TRANSLATE_NOOP("HistoryTableModel", "Operator"),
    Column.REASON: QT_TRANSLATE_NOOP("HistoryTableModel", "Reason / ticket"),
    Column.CONNECTION: QT_TRANSLATE_NOOP("HistoryTableModel", "Connection"),
    Column.DETAIL: QT_TRANSLATE_NOOP("HistoryTableModel", "Error"),
    Column.HTTP: QT_TRANSLATE_NOOP("HistoryTableModel", "HTTP"),
    Column.DURATION: QT_TRANSLATE_NOOP("HistoryTableModel", "Duration"),
    Column.RETRIES: QT_TRANSLATE_NOOP("HistoryTableModel", "Retries"),
}

# The columns' first widths in pixels (the person resizes them; the window keeps none).
COLUMN_WIDTHS = {
    Column.TIME: 140,
    Column.ORDER: 205,
    Column.OUTCOME: 165,
    Column.CANDIDATE: 130,
    Column.OPERATOR: 110,
    Column.REASON: 170,
    Column.CONNECTION: 120,
    Column.DETAIL: 190,
    Column.HTTP: 50,
    Column.DURATION: 70,
    Column.RETRIES: 55,
}


class HistoryTableModel(QAbstractTableModel):
    """Rows fetched page by page on the reader thread; `loaded` after each (re)load."""

    loaded = Signal()

    def __init__(self, service: HistoryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._rows: list[HistorySummary] = []
        self._filter = HistoryFilter()
        self._total: int | None = None
        self._generation = 0
        self._fetching = False
        self._exhausted = True
        # Unknown outcomes a later write of the same order made moot: row id -> when written.
        self._superseded: dict[int, datetime] = {}
        self._by_order: Literal["asc", "desc"] | None = None  # None: newest first

    # --- loading ------------------------------------------------------------------------------

    @property
    def filter(self) -> HistoryFilter:
        return self._filter

    @property
    def total(self) -> int | None:
        """How many sends match the filter (None until the first load finished)."""
        return self._total

    @property
    def busy(self) -> bool:
        return self._fetching

    def set_filter(self, flt: HistoryFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation, flt = self._generation, self._filter
        self._fetching = True

        by_order = self._by_order

        def job(store: HistoryStore) -> tuple[int, list[HistorySummary], dict[int, datetime]]:
            rows = store.query(flt, PAGE_SIZE, by_order=by_order)
            return store.count(flt), rows, _superseded(store, rows)

        def done(result: tuple[int, list[HistorySummary], dict[int, datetime]]) -> None:
            if generation != self._generation:
                return  # a newer search is on its way
            total, rows, superseded = result
            self.beginResetModel()
            self._rows, self._total, self._superseded = rows, total, superseded
            self._exhausted = len(rows) < PAGE_SIZE
            self._fetching = False
            self.endResetModel()
            self.loaded.emit()

        self._service.read(job, done, self._failed(generation))

    def _failed(self, generation: int) -> Any:
        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._fetching = False
                self._exhausted = True
                self.loaded.emit()

        return failed

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's API
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008 - Qt's API
        if not self.canFetchMore(parent) or not self._rows:
            return
        self._fetching = True
        generation, flt, by_order = self._generation, self._filter, self._by_order
        before, offset = self._rows[-1].id, len(self._rows)

        def job(store: HistoryStore) -> tuple[list[HistorySummary], dict[int, datetime]]:
            if by_order is not None:
                rows = store.query(flt, PAGE_SIZE, offset, by_order=by_order)
            else:
                rows = store.query(flt, PAGE_SIZE, before_id=before)
            return rows, _superseded(store, rows)

        def done(result: tuple[list[HistorySummary], dict[int, datetime]]) -> None:
            if generation != self._generation:
                return
            rows, superseded = result
            self._superseded.update(superseded)
            self._fetching = False
            self._exhausted = len(rows) < PAGE_SIZE
            if rows:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()

        self._service.read(job, done, self._failed(generation))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """By the Order column (grouped by order) or by time; the other columns keep time."""
        ascending = order == Qt.SortOrder.AscendingOrder
        by_order: Literal["asc", "desc"] | None = None
        if column == Column.ORDER:
            by_order = "asc" if ascending else "desc"
        if by_order != self._by_order:
            self._by_order = by_order
            self.reload()

    @property
    def by_order(self) -> Literal["asc", "desc"] | None:
        return self._by_order

    def superseded_at(self, row_id: int) -> datetime | None:
        """When a later send wrote the order of this unknown outcome, if one did."""
        return self._superseded.get(row_id)

    def _repeats_order(self, row: int) -> bool:
        """Sorted by order: this row's order is the one of the row above (same group)."""
        if self._by_order is None or row == 0:
            return False
        return self._rows[row - 1].order_id == self._rows[row].order_id

    def summary(self, row: int) -> HistorySummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: int) -> int:
        for row, item in enumerate(self._rows):
            if item.id == row_id:
                return row
        return -1

    # --- Qt's model API -----------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(_HEADERS[Column(section)])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.summary(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.DecorationRole and column is Column.OUTCOME:
            return outcome_icon(outcome_look(item, item.id in self._superseded))
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.OUTCOME:
            return outcome_color(outcome_look(item, item.id in self._superseded))
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.ORDER:
            if self._repeats_order(index.row()):
                return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
            return None
        if role == Qt.ItemDataRole.FontRole and column is Column.ORDER:
            font = QFont()
            font.setStyleHint(QFont.StyleHint.Monospace)
            font.setFamily("monospace")
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            Column.HTTP,
            Column.DURATION,
            Column.RETRIES,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return item
        return None

    def _display(self, item: HistorySummary, column: Column) -> str:
        if column is Column.TIME:
            return local_time(item.sent_at)
        if column is Column.ORDER:
            return item.order_id
        if column is Column.CANDIDATE:
            return item.candidate or ""
        if column is Column.OPERATOR:
            return operator_text(item)
        if column is Column.REASON:
            return reason_text(item)
        if column is Column.CONNECTION:
            return item.profile or item.base_url
        if column is Column.OUTCOME:
            written_at = self._superseded.get(item.id)
            return outcome_text(item) if written_at is None else superseded_text(written_at)
        if column is Column.HTTP:
            return str(item.http_status) if item.http_status else "–"
        if column is Column.DETAIL:
            return item.error_code or item.error_message or ""
        if column is Column.DURATION:
            return "" if item.duration_s is None else f"{decimal_text(item.duration_s, 2)} s"
        return str(item.retries) if item.retries else ""

    def _tooltip(self, item: HistorySummary, column: Column) -> str | None:
        if column is Column.OUTCOME and item.id in self._superseded:
            return self.tr(
                "Kombo's answer to this send was unclear, but a later send of the same order "
                "was written: nothing to check."
            )
        if column is Column.OUTCOME and item.outcome_unknown:
            return self.tr(
                "Kombo may or may not have written this result. Check Kombo's log before "
                "sending the order again."
            )
        if column is Column.DETAIL and item.error_message:
            return item.error_message
        if column is Column.OPERATOR and item.operator_user:
            return operator_text(item, full=True)
        if column is Column.REASON and (item.reason_note or item.reason_ticket):
            return "\n".join(p for p in (item.reason_ticket, item.reason_note) if p)
        if column is Column.CONNECTION:
            return f"{item.base_url}\n{item.integration_id or ''}".strip()
        if column is Column.TIME:
            return f"{date_time(item.sent_at, utc=True)} UTC"
        return None


def _superseded(store: HistoryStore, rows: list[HistorySummary]) -> dict[int, datetime]:
    """Of these rows, the unknown outcomes a later write of their order made moot."""
    unknown = [row.id for row in rows if row.outcome_unknown]
    return store.later_successes(unknown) if unknown else {}


def sort_by_time_or_order(table: QTableView) -> None:
    """Let the header sort `table` (a `HistoryTableModel`) by the Sent or the Order column;
    a click on another column goes back to time, newest first (the only time order paged)."""
    header = table.horizontalHeader()
    header.setSortIndicator(Column.TIME, Qt.SortOrder.DescendingOrder)
    table.setSortingEnabled(True)

    def keep_sortable(column: int, order: Qt.SortOrder) -> None:
        newest_first = column == Column.TIME and order == Qt.SortOrder.DescendingOrder
        if column != Column.ORDER and not newest_first:
            header.setSortIndicator(Column.TIME, Qt.SortOrder.DescendingOrder)

    header.sortIndicatorChanged.connect(keep_sortable)

"""The history table's model: the sends matching a filter, fetched page by page.

`HistoryTableModel` holds only the rows fetched so far (pages of `PAGE_SIZE`, newest first,
read on the history's reader thread as the table scrolls) and the total count, so a history of
tens of thousands of sends opens and filters at once. How a row reads is `details`.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from app.store.history import HistoryFilter, HistoryStore, HistorySummary
from app.ui.common import field_marks
from app.ui.common.icons import icon
from app.ui.history.details import local_time, outcome_severity, outcome_text
from app.ui.history.service import HistoryService

__all__ = ["PAGE_SIZE", "Column", "HistoryTableModel"]

PAGE_SIZE = 200
_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TIME = 0
    ORDER = 1
    OUTCOME = 2
    CANDIDATE = 3
    CONNECTION = 4
    DETAIL = 5
    HTTP = 6
    DURATION = 7
    RETRIES = 8


_HEADERS = {
    Column.TIME: "Sent",
    Column.ORDER: "Order ID",
    Column.OUTCOME: "Outcome",
    Column.CANDIDATE: "Candidate",
    Column.CONNECTION: "Connection",
    Column.DETAIL: "Error",
    Column.HTTP: "HTTP",
    Column.DURATION: "Duration",
    Column.RETRIES: "Retries",
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

        def job(store: HistoryStore) -> tuple[int, list[HistorySummary]]:
            return store.count(flt), store.query(flt, PAGE_SIZE)

        def done(result: tuple[int, list[HistorySummary]]) -> None:
            if generation != self._generation:
                return  # a newer search is on its way
            total, rows = result
            self.beginResetModel()
            self._rows, self._total = rows, total
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
        generation, flt, before = self._generation, self._filter, self._rows[-1].id

        def job(store: HistoryStore) -> list[HistorySummary]:
            return store.query(flt, PAGE_SIZE, before_id=before)

        def done(rows: list[HistorySummary]) -> None:
            if generation != self._generation:
                return
            self._fetching = False
            self._exhausted = len(rows) < PAGE_SIZE
            if rows:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()

        self._service.read(job, done, self._failed(generation))

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
            return icon(outcome_severity(item))
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.OUTCOME:
            severity = outcome_severity(item)
            if severity in ("warning", "error"):
                return field_marks.mark_color(severity)  # type: ignore[arg-type]
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
        if column is Column.CONNECTION:
            return item.profile or item.base_url
        if column is Column.OUTCOME:
            return outcome_text(item)
        if column is Column.HTTP:
            return str(item.http_status) if item.http_status else "–"
        if column is Column.DETAIL:
            return item.error_code or item.error_message or ""
        if column is Column.DURATION:
            return "" if item.duration_s is None else f"{item.duration_s:.2f} s"
        return str(item.retries) if item.retries else ""

    def _tooltip(self, item: HistorySummary, column: Column) -> str | None:
        if column is Column.OUTCOME and item.outcome_unknown:
            return self.tr(
                "Kombo may or may not have written this result. Check Kombo's log before "
                "sending the order again."
            )
        if column is Column.DETAIL and item.error_message:
            return item.error_message
        if column is Column.CONNECTION:
            return f"{item.base_url}\n{item.integration_id or ''}".strip()
        if column is Column.TIME:
            return item.sent_at.strftime("%Y-%m-%d %H:%M:%S UTC")
        return None

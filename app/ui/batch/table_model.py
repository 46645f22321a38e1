"""The batch table: one row per sheet row, the window's columns then the sheet's own.

Smooth with 10,000 rows: no widget per row, and `data()` only indexes lists and dicts built
once per check (problems by (row, column), summaries per row); the sheet's cells are turned
into text as they are painted. Problems are marked at their cell (icon, tint, tooltip with the
form's message); a problem of the row as a whole (no column) is marked at the State column.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.batch.journal import RowOutcome, RowState
from app.batch.rows import CellProblem, RowCheck
from app.batch.sheet import Sheet, cell_text
from app.kombo.i18n import QT_TRANSLATE_NOOP
from app.kombo.responses import Order
from app.ui.batch.rows_view import CheckSummary, RowFilter, answer_text, matches, state_text
from app.ui.common.field_marks import cell_background, severity_icon
from app.ui.common.kombo_text import kombo_text

__all__ = ["SORT_ROLE", "BatchFilterProxy", "BatchTableModel", "Column"]

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("BatchTable", text)


class Column:
    LINE, STATE, CANDIDATE, KOMBO_STATUS, HTTP, ANSWER, LOG = range(7)
    FIXED = 7
    TITLES = (
        QT_TRANSLATE_NOOP("BatchTable", "Line"),
        QT_TRANSLATE_NOOP("BatchTable", "State"),
        QT_TRANSLATE_NOOP("BatchTable", "Candidate"),
        QT_TRANSLATE_NOOP("BatchTable", "Kombo status"),
        QT_TRANSLATE_NOOP("BatchTable", "HTTP"),
        QT_TRANSLATE_NOOP("BatchTable", "Kombo's answer"),
        QT_TRANSLATE_NOOP("BatchTable", "Log"),
    )


class BatchTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sheet: Sheet | None = None
        self.checks: list[RowCheck] = []
        self._summaries: list[CheckSummary] = []
        self._problems: dict[tuple[int, int], list[CellProblem]] = {}  # (row, column)
        self.outcomes: dict[int, RowOutcome] = {}
        self.orders: dict[str, Order] = {}

    # --- filling ----------------------------------------------------------------------------

    def set_rows(self, sheet: Sheet | None, checks: Sequence[RowCheck]) -> None:
        self.beginResetModel()
        self.sheet = sheet
        self.checks = list(checks)
        self._index_problems()
        self.endResetModel()

    def checks_changed(self) -> None:
        """The checks gained problems (Check with Kombo): re-read them, repaint every row."""
        self._index_problems()
        self._all_changed()

    def set_orders(self, orders: Mapping[str, Order]) -> None:
        self.orders = dict(orders)
        self._all_changed()

    def set_outcomes(self, outcomes: Mapping[int, RowOutcome]) -> None:
        self.outcomes = dict(outcomes)
        self._all_changed()

    def set_outcome(self, sheet_row: int, outcome: RowOutcome) -> None:
        self.outcomes[sheet_row] = outcome
        self.dataChanged.emit(self.index(sheet_row, 0), self.index(sheet_row, Column.FIXED - 1))

    def _all_changed(self) -> None:
        if self.checks:
            last = self.index(len(self.checks) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _index_problems(self) -> None:
        headers = self.sheet.headers if self.sheet is not None else []
        position = {header: Column.FIXED + n for n, header in enumerate(headers)}
        self._problems = {}
        for row, check in enumerate(self.checks):
            for problem in check.problems:
                column = position.get(problem.column or "", Column.STATE)
                self._problems.setdefault((row, column), []).append(problem)
        self._summaries = [CheckSummary.of(check) for check in self.checks]

    # --- reading ----------------------------------------------------------------------------

    def summary(self, row: int) -> CheckSummary:
        return self._summaries[row]

    def matches(self, row: int, which: RowFilter) -> bool:
        return matches(which, self._summaries[row], self.outcomes.get(row))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.checks)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return Column.FIXED + (len(self.sheet.headers) if self.sheet is not None else 0)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < Column.FIXED:
            return _tr(Column.TITLES[section])
        return self.sheet.headers[section - Column.FIXED] if self.sheet is not None else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return self._text(row, column, sort=role == SORT_ROLE)
        if role == Qt.ItemDataRole.DecorationRole:
            problems = self._problems.get((row, column))
            return severity_icon(_worst(problems)) if problems else None
        if role == Qt.ItemDataRole.BackgroundRole:
            problems = self._problems.get((row, column))
            return cell_background(_worst(problems)) if problems else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _text(self, row: int, column: int, *, sort: bool) -> Any:
        check = self.checks[row]
        outcome = self.outcomes.get(row)
        if column >= Column.FIXED:
            assert self.sheet is not None
            return cell_text(self.sheet.rows[row][column - Column.FIXED])
        if column == Column.LINE:
            return row + 2 if sort or self.sheet is None else self.sheet.line_number(row)
        if column == Column.STATE:
            return state_text(self._summaries[row], outcome)
        if column in (Column.CANDIDATE, Column.KOMBO_STATUS):
            order = self.orders.get(check.order_id)
            if order is None:
                return ""
            return order.candidate.display_name if column == Column.CANDIDATE else order.status
        if outcome is None:
            return (0 if sort else "") if column == Column.HTTP else ""
        if column == Column.HTTP:
            return outcome.http_status or (0 if sort else "")
        if column == Column.ANSWER:
            return answer_text(outcome)
        return outcome.log_url or ""

    def _tooltip(self, row: int, column: int) -> str | None:
        problems = self._problems.get((row, column))
        if problems:
            return "\n".join(kombo_text(p.message) for p in problems)
        outcome = self.outcomes.get(row)
        if column == Column.ANSWER and outcome is not None:
            return answer_text(outcome) or None
        if column == Column.LOG and outcome is not None and outcome.log_url:
            return _tr("Kombo's log of this request (right-click to open)")
        return None

    def log_url(self, row: int) -> str | None:
        outcome = self.outcomes.get(row)
        return outcome.log_url if outcome is not None else None

    def counts(self) -> dict[RowFilter, int]:
        return {
            which: sum(1 for row in range(len(self.checks)) if self.matches(row, which))
            for which in RowFilter
        }

    def unknown_rows(self) -> list[int]:
        return [r for r, o in self.outcomes.items() if o.state is RowState.UNKNOWN]


def _worst(problems: Sequence[CellProblem]) -> Any:
    return "error" if any(p.severity == "error" for p in problems) else "warning"


class BatchFilterProxy(QSortFilterProxyModel):
    """Shows the rows of one filter; sorts by the model's sort keys (lines as numbers)."""

    def __init__(self, source: BatchTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self.which = RowFilter.ALL
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)

    def set_filter(self, which: RowFilter) -> None:
        self.beginFilterChange()
        self.which = which
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        return self.which is RowFilter.ALL or self._source.matches(source_row, self.which)

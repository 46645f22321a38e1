"""What the row editors' table models share: rows that carry validation issues.

A row keeps its issues by column (None is the row as a whole) as (severity, message) pairs.
`IssueRowsModel.set_issues` replaces them and repaints only the rows whose marks changed; the
helpers word a cell's issues the same way in both editors.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, ClassVar, Generic, Protocol, TypeAlias, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.ui.common.field_marks import Severity

AnyIndex: TypeAlias = QModelIndex | QPersistentModelIndex
Issue: TypeAlias = tuple[Severity, str]

# The issue on a cell as (severity, message); for tests and for delegates that draw it.
IssueRole = Qt.ItemDataRole.UserRole + 1


class IssueRow(Protocol):
    issues: dict[Any, list[Issue]]


RowT = TypeVar("RowT", bound=IssueRow)


def _tr(text: str) -> str:
    return QCoreApplication.translate("IssueRows", text)


def worst_severity(issues: Iterable[Issue]) -> Severity:
    return "error" if any(severity == "error" for severity, _ in issues) else "warning"


def combined(found: list[Issue] | None) -> Issue | None:
    """A cell's issues as one: the worst severity, the messages one per line."""
    if not found:
        return None
    return worst_severity(found), "\n".join(message for _, message in found)


# The roles whose data is a cell's issue: what screen readers say, and IssueRole itself.
ISSUE_ROLES = frozenset(
    {Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.AccessibleDescriptionRole, IssueRole}
)


def issue_data(role: int, issue: Issue | None, text: str) -> Any:
    """A cell's data for one of `ISSUE_ROLES`, given its issue and its displayed text."""
    if role == Qt.ItemDataRole.AccessibleTextRole:
        text = text or _tr("empty")
        if issue is None:
            return text
        kind = _tr("Error") if issue[0] == "error" else _tr("Warning")
        return f"{text}. {kind}: {issue[1]}"
    if role == Qt.ItemDataRole.AccessibleDescriptionRole:
        return issue[1] if issue else None
    return issue


class IssueRowsModel(QAbstractTableModel, Generic[RowT]):
    """A flat table of rows with issues; `edited` fires on every change of rows or content."""

    edited = Signal()
    column_count: ClassVar[int]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []

    def rowCount(self, parent: AnyIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else self.column_count

    def rows(self) -> list[RowT]:
        return list(self._rows)

    def insert_rows(self, position: int, rows: Sequence[RowT]) -> None:
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), position, position + len(rows) - 1)
        self._rows[position:position] = rows
        self.endInsertRows()
        self.edited.emit()

    def remove_rows(self, numbers: Iterable[int]) -> None:
        for number in sorted(set(numbers), reverse=True):
            self.beginRemoveRows(QModelIndex(), number, number)
            del self._rows[number]
            self.endRemoveRows()
        self.edited.emit()

    def reset(self, rows: Iterable[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()
        self.edited.emit()

    def set_issues(self, issues: Iterable[tuple[int, Any, Severity, str]]) -> None:
        """Show these (row, column or None, severity, message); only rows whose marks changed
        are repainted.

        Validation runs on every (debounced) keystroke; announcing every cell as changed made
        the view repaint the whole table through data() each time (~30 ms for 50 rows).
        """
        fresh: list[dict[Any, list[Issue]]] = [{} for _ in self._rows]
        for number, column, severity, message in issues:
            bucket = fresh[number].setdefault(column, [])
            if (severity, message) not in bucket:
                bucket.append((severity, message))
        for number, (row, marks) in enumerate(zip(self._rows, fresh, strict=True)):
            if row.issues != marks:
                row.issues = marks
                self._row_changed(number)

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.column_count - 1))
        # The row's header shows its marks (where the view shows a vertical header).
        self.headerDataChanged.emit(Qt.Orientation.Vertical, row, row)

"""The rows behind the attributes editor: TEXT and SUB_RESULT attributes as a table model.

Columns: Type, ID, Label, Value, Score, Max, Status. A TEXT row uses Label and Value; a
SUB_RESULT row uses ID, Label, Score, Max and Status. Cells that do not apply to a row are
disabled, empty and shaded; what was typed into them before the row's type changed is kept,
so switching the type back loses nothing.

Numbers are read in the user's locale ("2,5" in German) and handed to the model as floats;
text that is not a number is handed on as typed so that the model says "Enter a number." at
that cell.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from app.ui.common import field_marks
from app.ui.common.numbers import Number, format_number, parse_number
from app.ui.form.issue_rows import (
    ISSUE_ROLES,
    AnyIndex,
    Issue,
    IssueRowsModel,
    combined,
    issue_data,
    worst_severity,
)

TEXT = "TEXT"
SUB_RESULT = "SUB_RESULT"
SUB_RESULT_STATUSES = ("COMPLETED", "CANCELLED")
DEFAULT_SUB_RESULT_MAX = 100.0


class Column(IntEnum):
    TYPE = 0
    ID = 1
    LABEL = 2
    VALUE = 3
    SCORE = 4
    MAX = 5
    STATUS = 6


APPLIES: dict[str, frozenset[Column]] = {
    TEXT: frozenset({Column.TYPE, Column.LABEL, Column.VALUE}),
    SUB_RESULT: frozenset(
        {Column.TYPE, Column.ID, Column.LABEL, Column.SCORE, Column.MAX, Column.STATUS}
    ),
}
NUMBER_COLUMNS = frozenset({Column.SCORE, Column.MAX})
TEXT_COLUMNS = frozenset({Column.ID, Column.LABEL, Column.VALUE})
KEY_COLUMNS: dict[str, tuple[Column, ...]] = {
    "type": (Column.TYPE,),
    "id": (Column.ID,),
    "label": (Column.LABEL,),
    "value": (Column.VALUE,),
    "status": (Column.STATUS,),
    "score": (Column.SCORE, Column.MAX),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttributesEditor", text)


def _number_from_state(value: Any) -> Number:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return str(value).lower()  # not a number: let the model say so
    if isinstance(value, int | float):
        return float(value)
    return str(value)


# --- rows ----------------------------------------------------------------------------------


@dataclass
class AttributeRow:
    type: str = TEXT
    label: str = ""
    value: str = ""
    id: str = ""
    score: Number = None
    max: Number = DEFAULT_SUB_RESULT_MAX
    status: str = SUB_RESULT_STATUSES[0]
    # Issues by column; None is the row as a whole.
    issues: dict[Column | None, list[Issue]] = field(default_factory=dict)

    def state(self) -> dict[str, Any]:
        if self.type == SUB_RESULT:
            return {
                "type": SUB_RESULT,
                "id": self.id,
                "label": self.label,
                "score": {"value": self.score, "max": self.max},
                "status": self.status,
            }
        return {"type": TEXT, "label": self.label, "value": self.value}

    @classmethod
    def from_state(cls, item: Mapping[str, Any]) -> AttributeRow:
        score = item.get("score")
        score = score if isinstance(score, Mapping) else {}
        kind = item.get("type")
        return cls(
            type=SUB_RESULT if kind == SUB_RESULT else TEXT,
            label=_text(item.get("label")),
            value=_text(item.get("value")),
            id=_text(item.get("id")),
            score=_number_from_state(score.get("value")),
            max=_number_from_state(score.get("max", DEFAULT_SUB_RESULT_MAX)),
            status=_text(item.get("status")) or SUB_RESULT_STATUSES[0],
        )

    def copy(self) -> AttributeRow:
        return replace(self, issues={})

    def worst(self, column: Column | None) -> Issue | None:
        return combined(self.issues.get(column))


def _text(value: Any) -> str:
    return "" if value is None else str(value)


# --- the model -------------------------------------------------------------------------------


class AttributesModel(IssueRowsModel[AttributeRow]):
    """The rows of the attributes editor; `edited` fires on every change of content."""

    column_count = len(Column)

    # structure

    def applies(self, row: int, column: int) -> bool:
        return Column(column) in APPLIES[self._rows[row].type]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if not self.applies(index.row(), index.column()):
            return Qt.ItemFlag.ItemNeverHasChildren
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # cells

    def _edit_value(self, row: AttributeRow, column: Column) -> str:
        if column in NUMBER_COLUMNS:
            return format_number(row.score if column == Column.SCORE else row.max)
        attribute = {
            Column.TYPE: row.type,
            Column.ID: row.id,
            Column.LABEL: row.label,
            Column.VALUE: row.value,
            Column.STATUS: row.status,
        }
        return attribute[column]

    def _display(self, row: AttributeRow, column: Column) -> str:
        if column == Column.TYPE:
            return type_label(row.type)
        if column == Column.STATUS:
            return status_label(row.status)
        return self._edit_value(row, column)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        applies = column in APPLIES[row.type]
        issue = row.worst(column) if applies else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column) if applies else None
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(row, column) if applies else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if not applies:
                return (
                    _tr("Not used by text attributes")
                    if row.type == TEXT
                    else _tr("Not used by sub-results")
                )
            if issue:
                return issue[1]
            # The whole text, for cells too narrow to show it.
            return self._display(row, column) if column in TEXT_COLUMNS else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if not applies:
                return field_marks.unavailable_background()
            return field_marks.cell_background(issue[0]) if issue else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return field_marks.cell_foreground(issue[0]) if issue else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole and not applies:
            return _tr("not applicable")
        if role in ISSUE_ROLES:
            return issue_data(role, issue, self._display(row, column))
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.applies(index.row(), index.column()):
            return False
        row = self._rows[index.row()]
        column = Column(index.column())
        text = _text(value)
        if column == Column.TYPE:
            if text not in APPLIES:
                return False
            if text == row.type:
                return True
            row.type = text
            row.issues.clear()
            self._row_changed(index.row())
        else:
            if column == Column.ID:
                row.id = text
            elif column == Column.LABEL:
                row.label = text
            elif column == Column.VALUE:
                row.value = text
            elif column == Column.SCORE:
                row.score = parse_number(text)
            elif column == Column.MAX:
                row.max = parse_number(text)
            elif column == Column.STATUS:
                row.status = text
            # The old message no longer describes what is there; live validation re-marks it.
            row.issues.pop(column, None)
            self.dataChanged.emit(index, index)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, index.row(), index.row())
        self.edited.emit()
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return column_title(Column(section))
            if role == Qt.ItemDataRole.ToolTipRole:
                return column_tooltip(Column(section))
            return None
        if not 0 <= section < len(self._rows):
            return None
        row = self._rows[section]
        messages = self.row_messages(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        if role == Qt.ItemDataRole.DecorationRole and messages:
            return field_marks.severity_icon(worst_severity(messages))
        if role == Qt.ItemDataRole.ToolTipRole and messages:
            return "\n".join(text for _, text in messages)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = _tr("Row {number}, {type}").format(number=section + 1, type=type_label(row.type))
            if messages:
                text += ". " + " ".join(message for _, message in messages)
            return text
        return None

    def row_messages(self, row: int) -> list[Issue]:
        """Every issue of a row, each message prefixed by its column's title."""
        out: list[Issue] = []
        for column, issues in self._rows[row].issues.items():
            prefix = "" if column is None else f"{column_title(column)}: "
            out.extend((severity, prefix + message) for severity, message in issues)
        return out

    # rows

    def duplicate_row(self, row: int) -> None:
        self.insert_rows(row + 1, [self._rows[row].copy()])

    def move_row(self, row: int, to: int) -> bool:
        if row == to or not (0 <= row < len(self._rows) and 0 <= to < len(self._rows)):
            return False
        # Qt's destination is the row to insert before, counted before the move.
        destination = to + 1 if to > row else to
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._rows.insert(to, self._rows.pop(row))
        self.endMoveRows()
        self.edited.emit()
        return True

    def state(self) -> list[dict[str, Any]]:
        return [row.state() for row in self._rows]

    def set_state(self, items: Iterable[Any]) -> None:
        self.reset(AttributeRow.from_state(item) for item in items if isinstance(item, Mapping))


def type_label(kind: str) -> str:
    return {TEXT: _tr("Text"), SUB_RESULT: _tr("Sub-result")}.get(kind, kind)


def status_label(status: str) -> str:
    return {"COMPLETED": _tr("Completed"), "CANCELLED": _tr("Cancelled")}.get(status, status)


def column_title(column: Column) -> str:
    return {
        Column.TYPE: _tr("Type"),
        Column.ID: _tr("ID"),
        Column.LABEL: _tr("Label"),
        Column.VALUE: _tr("Value"),
        Column.SCORE: _tr("Score"),
        Column.MAX: _tr("Max"),
        Column.STATUS: _tr("Status"),
    }[column]


def column_tooltip(column: Column) -> str:
    return {
        Column.TYPE: _tr("Text: a label and a value. Sub-result: a scored part of the assessment."),
        Column.ID: _tr("Your internal ID of the test (sub-results)"),
        Column.LABEL: _tr("The name the ATS shows"),
        Column.VALUE: _tr("The text the ATS shows (text attributes)"),
        Column.SCORE: _tr("The score reached (sub-results)"),
        Column.MAX: _tr("The highest possible score, at least 1 (sub-results)"),
        Column.STATUS: _tr("Completed or cancelled (sub-results)"),
    }[column]

"""The result's own fields: status, completion time, result URL, score and max score.

Numbers are typed in the user's locale ("1,5" in German) and handed on as floats, so the JSON
always has a dot; text that is not a number is handed on as typed, and the model says what is
wrong with it. The completion time is edited in local time with the zone on display; the model
converts it to UTC.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.kombo.constants import ResultStatus
from app.kombo.timefmt import format_kombo_datetime, parse_datetime
from app.ui.icons import icon
from app.ui.numbers import format_number, parse_number

# The field names of the result body this form owns, in tab order.
FIELDS = ("status", "completed_at", "result_url", "score", "max_score")
_UNSET = QDateTime(QDate(2000, 1, 1), QTime(0, 0))


class CompletedAtEdit(QDateTimeEdit):
    """A date-time edit that can also be "Not set" (shown as such, at its minimum).

    Clicking or typing into an unset edit starts from now rather than from the year 2000.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("completedAtEdit")
        self.setTimeZone(QTimeZone.systemTimeZone())
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd HH:mm:ss t")
        self.setMinimumDateTime(_UNSET)
        self.setSpecialValueText(self.tr("Not set"))
        self.setDateTime(_UNSET)

    def is_set(self) -> bool:
        return self.dateTime() != self.minimumDateTime()

    def clear_value(self) -> None:
        self.setDateTime(self.minimumDateTime())

    def set_now(self) -> None:
        now = QDateTime.currentDateTime()
        now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()))
        self.setDateTime(now)

    def _start_from_now(self) -> None:
        if not self.is_set():
            self.set_now()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._start_from_now()
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.text().isdigit() or event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._start_from_now()
        super().keyPressEvent(event)

    def value(self) -> datetime | None:
        """The chosen moment as an aware datetime, or None when not set."""
        if not self.is_set():
            return None
        seconds = self.dateTime().toSecsSinceEpoch()
        return datetime.fromtimestamp(seconds).astimezone()

    def set_value(self, value: datetime | None) -> None:
        if value is None:
            self.clear_value()
            return
        moment = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.systemTimeZone())
        self.setDateTime(moment)


class ResultForm(QWidget):
    """The top of the result: a QFormLayout with aligned labels."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultForm")
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        layout.setContentsMargins(0, 0, 0, 0)

        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusCombo")
        for status, label in (
            (ResultStatus.OPEN, self.tr("Open")),
            (ResultStatus.COMPLETED, self.tr("Completed")),
            (ResultStatus.CANCELLED, self.tr("Cancelled")),
        ):
            self.status_combo.addItem(label, status.value)
            self.status_combo.setItemData(
                self.status_combo.count() - 1, status.value, Qt.ItemDataRole.ToolTipRole
            )
        self.status_combo.setCurrentIndex(1)
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.setToolTip(
            self.tr(
                "The status the order gets. Kombo lets the status change only while the "
                "order is OPEN: once it is COMPLETED or CANCELLED it cannot change again, "
                "so sending anything but OPEN asks you to confirm."
            )
        )

        self.completed_at_edit = CompletedAtEdit(self)
        self.completed_at_edit.setAccessibleName(self.tr("Completed at"))
        self.completed_at_edit.setToolTip(
            self.tr(
                "When the assessment was completed or cancelled, in your local time (%1). "
                "Required for COMPLETED and CANCELLED; sent in UTC."
            ).replace("%1", _zone_name())
        )
        self.completed_at_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.now_button = QToolButton(self)
        self.now_button.setObjectName("completedAtNowButton")
        self.now_button.setText(self.tr("Now"))
        self.now_button.setIcon(icon("now"))
        self.now_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.now_button.setToolTip(self.tr("Set the completion time to the current time"))
        self.now_button.clicked.connect(self.completed_at_edit.set_now)
        self.clear_time_button = QToolButton(self)
        self.clear_time_button.setObjectName("completedAtClearButton")
        self.clear_time_button.setIcon(icon("erase"))
        self.clear_time_button.setToolTip(self.tr("Clear the completion time (not sent)"))
        self.clear_time_button.setAccessibleName(self.tr("Clear completion time"))
        self.clear_time_button.clicked.connect(self.completed_at_edit.clear_value)
        time_row = QHBoxLayout()
        time_row.setSpacing(4)
        time_row.addWidget(self.completed_at_edit, 1)
        time_row.addWidget(self.now_button)
        time_row.addWidget(self.clear_time_button)
        self.utc_hint = QLabel(self)
        self.utc_hint.setObjectName("completedAtUtcHint")
        self.utc_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.utc_hint.setWordWrap(True)

        self.result_url_edit = QLineEdit(self)
        self.result_url_edit.setObjectName("resultUrlEdit")
        self.result_url_edit.setAccessibleName(self.tr("Result URL"))
        self.result_url_edit.setPlaceholderText("https://…")
        self.result_url_edit.setToolTip(
            self.tr("Link to the result in your product (required, http:// or https://)")
        )
        self.result_url_edit.setClearButtonEnabled(True)

        self.score_edit = QLineEdit(self)
        self.score_edit.setObjectName("scoreEdit")
        self.score_edit.setAccessibleName(self.tr("Score"))
        self.max_score_edit = QLineEdit(self)
        self.max_score_edit.setObjectName("maxScoreEdit")
        self.max_score_edit.setAccessibleName(self.tr("Max score"))
        example = format_number(87.5)
        for edit in (self.score_edit, self.max_score_edit):
            edit.setPlaceholderText(self.tr("not sent"))
            edit.setToolTip(
                self.tr("A number such as %1; leave empty to send none.").replace("%1", example)
            )
            edit.setClearButtonEnabled(True)
        score_row = QHBoxLayout()
        score_row.setSpacing(8)
        score_row.addWidget(self.score_edit, 1)
        out_of = QLabel(self.tr("out of"), self)
        out_of.setBuddy(self.max_score_edit)
        score_row.addWidget(out_of)
        score_row.addWidget(self.max_score_edit, 1)

        layout.addRow(self._label(self.tr("&Status:"), self.status_combo), self.status_combo)
        time_cell = QVBoxLayout()
        time_cell.setSpacing(2)
        time_cell.addLayout(time_row)
        time_cell.addWidget(self.utc_hint)
        layout.addRow(self._label(self.tr("Completed &at:"), self.completed_at_edit), time_cell)
        layout.addRow(
            self._label(self.tr("Result &URL:"), self.result_url_edit), self.result_url_edit
        )
        layout.addRow(self._label(self.tr("S&core:"), self.score_edit), score_row)

        self.status_combo.currentIndexChanged.connect(self._emit_changed)
        self.completed_at_edit.dateTimeChanged.connect(self._emit_changed)
        for edit in (self.result_url_edit, self.score_edit, self.max_score_edit):
            edit.textChanged.connect(self._emit_changed)
        self._update_hint()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _emit_changed(self) -> None:
        self._update_hint()
        self.changed.emit()

    def _update_hint(self) -> None:
        value = self.completed_at_edit.value()
        if value is None:
            self.utc_hint.setText(self.tr("Required for Completed and Cancelled."))
        else:
            self.utc_hint.setText(
                self.tr("Sent as %1 (UTC)").replace("%1", format_kombo_datetime(value))
            )

    # --- state ------------------------------------------------------------------------------

    def widget_for(self, field: str) -> QWidget | None:
        return {
            "status": self.status_combo,
            "completed_at": self.completed_at_edit,
            "result_url": self.result_url_edit,
            "score": self.score_edit,
            "max_score": self.max_score_edit,
        }.get(field)

    def state(self) -> dict[str, Any]:
        """Plain JSON-able values; numbers parsed in the user's locale, time in UTC."""
        value = self.completed_at_edit.value()
        return {
            "status": self.status_combo.currentData(),
            "completed_at": format_kombo_datetime(value) if value is not None else None,
            "result_url": self.result_url_edit.text(),
            "score": parse_number(self.score_edit.text()),
            "max_score": parse_number(self.max_score_edit.text()),
        }

    def set_state(self, state: dict[str, Any]) -> None:
        status = state.get("status") or ResultStatus.COMPLETED.value
        index = self.status_combo.findData(str(status))
        self.status_combo.setCurrentIndex(index if index >= 0 else 1)
        completed = state.get("completed_at")
        try:
            moment = parse_datetime(completed) if completed else None
        except (TypeError, ValueError):
            moment = None
        self.completed_at_edit.set_value(moment)
        self.result_url_edit.setText(str(state.get("result_url") or ""))
        self.score_edit.setText(format_number(_number_or_text(state.get("score"))))
        self.max_score_edit.setText(format_number(_number_or_text(state.get("max_score"))))
        self._update_hint()


def _number_or_text(value: Any) -> float | str | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    return str(value)


def _zone_name() -> str:
    zone = QTimeZone.systemTimeZone()
    now = QDateTime.currentDateTime()
    offset = zone.displayName(now, QTimeZone.NameType.OffsetName)
    return f"{bytes(zone.id().data()).decode(errors='replace')}, {offset}"

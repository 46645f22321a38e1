"""The result's own fields: status, completion time, result URL, score and max score.

Numbers are typed in the user's locale ("1,5" in German) and handed on as floats, so the JSON
always has a dot; text that is not a number is handed on as typed, and the model says what is
wrong with it. The completion time is typed in local time or UTC (see `completed_at_edit`) and
handed on in UTC.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.kombo.constants import ResultStatus
from app.kombo.issues import FieldIssue, ValidationOutcome
from app.ui.common.long_text import keep_long_text
from app.ui.common.numbers import format_number, number_problem, parse_number
from app.ui.common.placeholders import arg
from app.ui.form.completed_at_edit import CompletedAtField

# The field names of the result body this form owns, in tab order.
FIELDS = ("status", "completed_at", "result_url", "score", "max_score")


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

        # The edit, calendar, occurrence choice, Now, Clear and the UTC hint (own module).
        self.completed_at_field = CompletedAtField(self)
        self.completed_at_edit = self.completed_at_field.edit
        self.now_button = self.completed_at_field.now_button
        self.clear_time_button = self.completed_at_field.clear_time_button
        self.utc_hint = self.completed_at_field.utc_hint

        self.result_url_edit = QLineEdit(self)
        self.result_url_edit.setObjectName("resultUrlEdit")
        self.result_url_edit.setAccessibleName(self.tr("Result URL"))
        self.result_url_edit.setPlaceholderText("https://…")
        self.result_url_edit.setToolTip(
            self.tr("Link to the result in your product (required, http:// or https://)")
        )
        self.result_url_edit.setClearButtonEnabled(True)
        keep_long_text(self.result_url_edit)  # not cut at QLineEdit's 32,767
        # The URI that is sent, when it differs from what was typed (IDNA host, %-escapes).
        self.result_url_hint = QLabel(self)
        self.result_url_hint.setObjectName("resultUrlSentHint")
        self.result_url_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.result_url_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.result_url_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long URL must not widen the form: the label takes the width it is given.
        self.result_url_hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.result_url_hint.hide()
        url_cell = QVBoxLayout()
        url_cell.setSpacing(2)
        url_cell.addWidget(self.result_url_edit)
        url_cell.addWidget(self.result_url_hint)

        self.score_edit = QLineEdit(self)
        self.score_edit.setObjectName("scoreEdit")
        self.score_edit.setAccessibleName(self.tr("Score"))
        self.max_score_edit = QLineEdit(self)
        self.max_score_edit.setObjectName("maxScoreEdit")
        self.max_score_edit.setAccessibleName(self.tr("Max score"))
        example = format_number(87.5)
        for edit in (self.score_edit, self.max_score_edit):
            edit.setPlaceholderText(self.tr("not sent"))
            edit.setToolTip(arg(self.tr("A number such as %1; leave empty to send none."), example))
            edit.setClearButtonEnabled(True)
        score_row = QHBoxLayout()
        score_row.setSpacing(8)
        score_row.addWidget(self.score_edit, 1)
        out_of = QLabel(self.tr("out of"), self)
        out_of.setBuddy(self.max_score_edit)
        score_row.addWidget(out_of)
        score_row.addWidget(self.max_score_edit, 1)
        # The numbers as they will be sent (a dot, no thousands separators), or why not.
        self.score_sent_label = QLabel(self)
        self.score_sent_label.setObjectName("scoreSentLabel")
        self.score_sent_label.setTextFormat(Qt.TextFormat.PlainText)
        self.score_sent_label.setWordWrap(True)  # two lines in a narrow form, not a scroll bar
        score_row.addWidget(self.score_sent_label)

        layout.addRow(self._label(self.tr("&Status:"), self.status_combo), self.status_combo)
        layout.addRow(
            self._label(self.tr("Completed &at:"), self.completed_at_edit), self.completed_at_field
        )
        layout.addRow(self._label(self.tr("Result &URL:"), self.result_url_edit), url_cell)
        layout.addRow(self._label(self.tr("Sco&re:"), self.score_edit), score_row)

        self.status_combo.currentIndexChanged.connect(self._emit_changed)
        self.completed_at_edit.valueChanged.connect(self._emit_changed)
        for edit in (self.result_url_edit, self.score_edit, self.max_score_edit):
            edit.textChanged.connect(self._emit_changed)
        for edit in (self.score_edit, self.max_score_edit):
            edit.textChanged.connect(self._show_score_as_sent)
        self.result_url_edit.textChanged.connect(self._show_url_as_sent)

    def _show_url_as_sent(self, text: str) -> None:
        sent: str | None = None
        if text.strip():
            from app.kombo.uri import encoded_if_changed  # idna: not before the first paint

            sent = encoded_if_changed(text)
        self.result_url_hint.setVisible(sent is not None)
        shown = arg(self.tr("Sent as %1"), sent or "")
        self.result_url_hint.setText(shown if len(shown) <= 500 else shown[:500] + "…")
        self.result_url_hint.setToolTip(self.tr("The URL as it is sent (RFC 3986)"))
        self.result_url_hint.setAccessibleName(self.result_url_hint.text())

    def _show_score_as_sent(self) -> None:
        problems = [
            problem
            for edit in (self.score_edit, self.max_score_edit)
            if (problem := number_problem(edit.text()))
        ]
        if problems:
            self.score_sent_label.setText(problems[0])
            self.score_sent_label.setAccessibleName(problems[0])
            return
        values = [parse_number(e.text()) for e in (self.score_edit, self.max_score_edit)]
        if all(v is None for v in values):
            text = ""
        elif any(isinstance(v, str) for v in values):
            text = self.tr("not a number")
        else:
            shown = [self.tr("none") if v is None else json.dumps(v) for v in values]
            text = arg(self.tr("Sent as %1 out of %2"), shown[0], shown[1])
        self.score_sent_label.setText(text)
        self.score_sent_label.setAccessibleName(text)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _emit_changed(self) -> None:
        self.changed.emit()

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
        return {
            "status": self.status_combo.currentData(),
            # UTC when the text names a time, else the text as typed (never lost; its
            # problem is shown at the field, see `checked`).
            "completed_at": self.completed_at_edit.state_value(),
            "result_url": self.result_url_edit.text(),
            "score": parse_number(self.score_edit.text()),
            "max_score": parse_number(self.max_score_edit.text()),
        }

    def set_state(self, state: dict[str, Any]) -> None:
        status = state.get("status") or ResultStatus.COMPLETED.value
        index = self.status_combo.findData(str(status))
        self.status_combo.setCurrentIndex(index if index >= 0 else 1)
        self.completed_at_edit.set_state_value(state.get("completed_at"))
        self.result_url_edit.setText(str(state.get("result_url") or ""))
        self.score_edit.setText(format_number(_number_or_text(state.get("score"))))
        self.max_score_edit.setText(format_number(_number_or_text(state.get("max_score"))))

    def checked(self, outcome: ValidationOutcome) -> ValidationOutcome:
        """`outcome` with the fields' own problems: a completion time the field cannot read
        (or that does not exist locally) replaces the model's word on it and blocks the body."""
        problem = self.completed_at_edit.problem()
        if problem is None:
            return outcome
        errors = [issue for issue in outcome.errors if issue.path != ("completed_at",)]
        errors.append(FieldIssue(("completed_at",), problem))
        return ValidationOutcome(None, errors, outcome.warnings)


def _number_or_text(value: Any) -> float | str | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    return str(value)

"""Per-ATS remote fields: three common inputs and a raw JSON editor for everything else.

The inputs are SmartRecruiters' score label (`smartrecruiters.scoreLabel`), Recruitee's
subtitle (`recruitee.subtitle`) and Workday's assessment status ID (the nested
`workday...Assessment_Status_ID`, built by `workday_remote_fields`). The "Other remote fields"
JSON object is merged under them: the inputs win for their own keys, every other key passes
through. JSON that does not parse, or is not an object, is an error at `remoteFieldsEdit` with
its line and column; the rest of the form keeps working meanwhile (`model_input` then holds
only the inputs, so the owner must not send while `parse_error()` is set). The state and its
reading without widgets are in `remote_fields_data`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFontDatabase, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.kombo.issues import FieldIssue
from app.ui.common import field_marks
from app.ui.form import remote_fields_data as data
from app.ui.form.remote_fields_data import (
    RECRUITEE_PATH,
    SMARTRECRUITERS_PATH,
    STATE_KEYS,
    WORKDAY_PATH,
    RawJsonError,
    parse_raw,
)

__all__ = [
    "RECRUITEE_PATH",
    "SMARTRECRUITERS_PATH",
    "STATE_KEYS",
    "WORKDAY_PATH",
    "RawJsonError",
    "RemoteFieldsEditor",
    "parse_raw",
]


class _JsonEdit(QPlainTextEdit):
    """A monospace plain-text editor where Tab moves on (the form is keyboard-first)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)


class RemoteFieldsEditor(QWidget):
    """See the module docstring."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remoteFieldsEditor")
        self._parse_error: RawJsonError | None = None
        self._issue_marks: dict[QWidget, tuple[field_marks.Severity, list[str]]] = {}

        self.smartrecruiters_edit = self._line_edit(
            "smartRecruitersScoreLabelEdit",
            self.tr("SmartRecruiters score label"),
            self.tr("e.g. Overall fit"),
            self.tr("Sent as remote_fields.smartrecruiters.scoreLabel"),
        )
        self.recruitee_edit = self._line_edit(
            "recruiteeSubtitleEdit",
            self.tr("Recruitee subtitle"),
            self.tr("e.g. Cognitive ability"),
            self.tr("Sent as remote_fields.recruitee.subtitle"),
        )
        self.workday_edit = self._line_edit(
            "workdayStatusIdEdit",
            self.tr("Workday assessment status ID"),
            self.tr("e.g. Assessment_Status_Passed"),
            self.tr(
                "Sent as remote_fields.workday.Assess_Candidate_Data.Candidate_Assessment_Data."
                "Assess_Candidate_Test_Result_Data.Assessment_Test_Status_Reference."
                "Assessment_Status_ID"
            ),
        )

        self.advanced_toggle = QToolButton(self)
        self.advanced_toggle.setObjectName("remoteFieldsAdvancedToggle")
        self.advanced_toggle.setAccessibleName(self.tr("Other remote fields (JSON)"))
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setAutoRaise(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setToolTip(
            self.tr("Any other remote fields, as a JSON object; merged under the fields above")
        )
        self.advanced_toggle.toggled.connect(self._set_advanced_open)

        self.raw_edit = _JsonEdit(self)
        self.raw_edit.setObjectName("remoteFieldsEdit")
        self.raw_edit.setAccessibleName(self.tr("Other remote fields (JSON object)"))
        self.raw_edit.setPlaceholderText(
            '{\n  "greenhouse": {"note": "Passed on first attempt"}\n}'
        )
        line_height = self.raw_edit.fontMetrics().lineSpacing()
        self.raw_edit.setMinimumHeight(line_height * 5 + 12)
        self.raw_edit.textChanged.connect(self._raw_changed)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("remoteFieldsErrorLabel")
        self.error_label.setAccessibleName(self.tr("Remote fields JSON error"))
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.RichText)
        self.error_label.linkActivated.connect(lambda _link: self.go_to_error())
        self.error_label.hide()

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # No mnemonics here: the main window owns the Alt+letter keys of its form.
        for text, edit in (
            (self.tr("SmartRecruiters score label:"), self.smartrecruiters_edit),
            (self.tr("Recruitee subtitle:"), self.recruitee_edit),
            (self.tr("Workday status ID:"), self.workday_edit),
        ):
            form.addRow(self._label(text, edit), edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.advanced_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.raw_edit, 1)
        layout.addWidget(self.error_label)
        self._set_advanced_open(False)

    # building

    def _line_edit(self, name: str, accessible: str, placeholder: str, tip: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        edit.setToolTip(tip)
        edit.setClearButtonEnabled(True)
        edit.textChanged.connect(self._input_changed)
        return edit

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    # the API

    def state(self) -> dict[str, str]:
        """The three inputs and the raw text, as typed (for drafts and Save as JSON)."""
        return dict(
            zip(
                STATE_KEYS,
                (
                    self.smartrecruiters_edit.text(),
                    self.recruitee_edit.text(),
                    self.workday_edit.text(),
                    self.raw_edit.toPlainText(),
                ),
                strict=True,
            )
        )

    def set_state(self, state: Mapping[str, Any] | None) -> None:
        self._set_all(data.state_of(state))

    def set_from_model(self, remote_fields: Mapping[str, Any] | None) -> None:
        """Split a dumped `remote_fields` object into the inputs and the raw rest."""
        self._set_all(data.state_from_model(remote_fields))

    def model_input(self) -> dict[str, Any] | None:
        """The merged `remote_fields` object, or None when there is nothing to send.

        While the raw JSON does not parse, only the inputs are in it (see `parse_error`).
        """
        return data.model_input(self.state())

    def parse_error(self) -> str | None:
        """Why the raw JSON cannot be used ("Line 2, column 5: ..."), or None."""
        return None if self._parse_error is None else self._parse_error.message

    def show_issues(self, issues: Iterable[FieldIssue]) -> None:
        """Mark the input an issue belongs to, else the raw editor (paths relative to
        remote_fields, e.g. ("smartrecruiters", "scoreLabel"))."""
        marks: dict[QWidget, tuple[field_marks.Severity, list[str]]] = {}
        for issue in issues:
            widget = self._widget_for(issue.path)
            message = issue.message
            if widget is self.raw_edit and issue.path:
                message = f"{data.dotted(issue.path)}: {message}"
            severity, messages = marks.get(widget, (issue.severity, []))
            if issue.severity == "error":
                severity = "error"
            marks[widget] = (severity, [*messages, message])
        self._issue_marks = marks
        self._apply_marks()

    def go_to_error(self) -> None:
        """Put the cursor where the JSON error is."""
        if self._parse_error is None:
            return
        self.advanced_toggle.setChecked(True)
        cursor = self.raw_edit.textCursor()
        cursor.setPosition(min(self._parse_error.position, len(self.raw_edit.toPlainText())))
        self.raw_edit.setTextCursor(cursor)
        self.raw_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # internals

    def _inputs(self) -> dict[tuple[str, ...], QLineEdit]:
        return {
            SMARTRECRUITERS_PATH: self.smartrecruiters_edit,
            RECRUITEE_PATH: self.recruitee_edit,
            WORKDAY_PATH: self.workday_edit,
        }

    def _widget_for(self, path: tuple[str | int, ...]) -> QWidget:
        for input_path, edit in self._inputs().items():
            if not edit.text().strip() or not path:
                continue
            shorter = min(len(path), len(input_path))
            if tuple(path[:shorter]) == input_path[:shorter]:
                return edit
        return self.raw_edit

    def _set_all(self, state: Mapping[str, str]) -> None:
        edits = (self.smartrecruiters_edit, self.recruitee_edit, self.workday_edit, self.raw_edit)
        raw = state["raw_json"]
        for edit in edits:
            edit.blockSignals(True)
        try:
            self.smartrecruiters_edit.setText(state["smartrecruiters_score_label"])
            self.recruitee_edit.setText(state["recruitee_subtitle"])
            self.workday_edit.setText(state["workday_status_id"])
            self.raw_edit.setPlainText(raw)
        finally:
            for edit in edits:
                edit.blockSignals(False)
        self._issue_marks = {}
        self._check_raw()
        if raw.strip():
            self.advanced_toggle.setChecked(True)
        self._update_toggle_text()
        self.changed.emit()

    def _input_changed(self) -> None:
        sender = self.sender()
        if isinstance(sender, QWidget) and sender in self._issue_marks:
            # The message described the old text; live validation marks it again if needed.
            del self._issue_marks[sender]
            self._apply_marks()
        self.changed.emit()

    def _raw_changed(self) -> None:
        self._issue_marks.pop(self.raw_edit, None)
        self._check_raw()
        self._update_toggle_text()
        self.changed.emit()

    def _check_raw(self) -> None:
        self._parse_error = data.raw_error(self.raw_edit.toPlainText())
        self._apply_marks()

    def _apply_marks(self) -> None:
        for edit in self._inputs().values():
            severity, messages = self._issue_marks.get(edit, ("error", []))
            field_marks.mark(edit, "\n".join(messages) or None, severity)
        severity, messages = self._issue_marks.get(self.raw_edit, ("error", []))
        error = self._parse_error
        if error is not None:
            messages, severity = [error.message, *messages], "error"
        field_marks.mark(self.raw_edit, "\n".join(messages) or None, severity)
        self._show_error_label(error)
        if messages and not self.advanced_toggle.isChecked():
            self.advanced_toggle.setChecked(True)

    def _show_error_label(self, error: RawJsonError | None) -> None:
        selections: list[QTextEdit.ExtraSelection] = []
        if error is None:
            self.error_label.clear()
            self.error_label.hide()
        else:
            colour = field_marks.mark_color("error", self.palette())
            palette = self.error_label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            palette.setColor(QPalette.ColorRole.Link, colour)
            self.error_label.setPalette(palette)
            escaped = error.message.replace("&", "&amp;").replace("<", "&lt;")
            self.error_label.setText(
                f'<a href="#error" style="color:{colour.name()}">{escaped}</a>'
            )
            self.error_label.setToolTip(self.tr("Go to the error"))
            self.error_label.show()
            selections.append(self._error_selection(error, colour))
        self.raw_edit.setExtraSelections(selections)

    def _error_selection(self, error: RawJsonError, colour: QColor) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.raw_edit.document())
        length = len(self.raw_edit.toPlainText())
        start = min(error.position, max(length - 1, 0))
        cursor.setPosition(start)
        cursor.setPosition(min(start + 1, length), QTextCursor.MoveMode.KeepAnchor)
        text_format = QTextCharFormat()
        text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        text_format.setUnderlineColor(colour)
        background = QColor(colour)
        background.setAlpha(60)
        text_format.setBackground(background)
        selection.cursor = cursor
        selection.format = text_format
        return selection

    def _set_advanced_open(self, open_: bool) -> None:
        self.advanced_toggle.setArrowType(
            Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow
        )
        self.raw_edit.setVisible(open_)
        self.error_label.setVisible(open_ and self._parse_error is not None)
        self._update_toggle_text()
        if self.advanced_toggle.isChecked() != open_:
            self.advanced_toggle.setChecked(open_)

    def _update_toggle_text(self) -> None:
        text = self.tr("Other remote fields (JSON)")
        if not self.advanced_toggle.isChecked():
            try:
                keys = list(parse_raw(self.raw_edit.toPlainText()))
            except RawJsonError:
                keys = []
            if keys:
                text = self.tr("Other remote fields (JSON): {keys}").format(keys=", ".join(keys))
        self.advanced_toggle.setText(text)

"""The remote fields editor: inputs merged over raw JSON, JSON errors with their place."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from editor_helpers import app_palette, dark_palette, press, show_active, type_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.kombo.models import workday_remote_fields
from app.kombo.validation import FieldIssue, validate_result
from app.ui.common import field_marks
from app.ui.form.remote_fields_editor import RemoteFieldsEditor

BODY = {"status": "OPEN", "result_url": "https://x.example/r"}


@pytest.fixture
def editor(qtbot: QtBot) -> RemoteFieldsEditor:
    widget = RemoteFieldsEditor()
    widget.resize(560, 360)
    qtbot.addWidget(widget)
    return widget


def _issues(remote_fields: dict[str, Any] | None) -> list[FieldIssue]:
    outcome = validate_result({**BODY, "remote_fields": remote_fields})
    return [
        FieldIssue(i.path[1:], i.message, i.severity)
        for i in outcome.errors
        if i.path[:1] == ("remote_fields",)
    ]


def test_typed_inputs_merge_over_the_raw_json(qtbot: QtBot, editor: RemoteFieldsEditor) -> None:
    show_active(qtbot, editor)
    assert editor.model_input() is None
    assert not editor.raw_edit.isVisible()  # the advanced part starts collapsed

    editor.smartrecruiters_edit.setFocus()
    with qtbot.waitSignal(editor.changed):
        type_text(qtbot, "Overall fit")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Cognitive ability")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "  PASSED_1 ")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.advanced_toggle
    press(qtbot, Qt.Key.Key_Space)  # opens the raw JSON editor
    assert editor.raw_edit.isVisible()
    editor.raw_edit.setPlainText(
        json.dumps(
            {
                "smartrecruiters": {"scoreLabel": "from raw", "extra": 1},
                "greenhouse": {"note": "ok"},
                "workday": {"Assess_Candidate_Data": {"Other": True}},
            }
        )
    )
    expected = {
        "smartrecruiters": {"scoreLabel": "Overall fit", "extra": 1},
        "greenhouse": {"note": "ok"},
        "workday": {
            "Assess_Candidate_Data": {
                "Other": True,
                **workday_remote_fields("PASSED_1")["Assess_Candidate_Data"],
            }
        },
        "recruitee": {"subtitle": "Cognitive ability"},
    }
    assert editor.model_input() == expected
    outcome = validate_result({**BODY, "remote_fields": editor.model_input()})
    assert outcome.ok, outcome.summary()
    assert outcome.body is not None
    assert outcome.body.remote_fields is not None
    assert outcome.body.remote_fields.workday_assessment_status_id == "PASSED_1"


def test_blank_is_nothing_to_send(editor: RemoteFieldsEditor) -> None:
    editor.set_state(
        {"smartrecruiters_score_label": "  ", "recruitee_subtitle": "", "raw_json": " {} "}
    )
    assert editor.model_input() is None
    assert editor.parse_error() is None


def test_invalid_json_is_an_error_at_the_raw_editor_with_line_and_column(
    qtbot: QtBot, editor: RemoteFieldsEditor
) -> None:
    show_active(qtbot, editor)
    editor.recruitee_edit.setText("Kept")
    editor.advanced_toggle.setChecked(True)
    editor.raw_edit.setFocus()
    type_text(qtbot, '{"a": 1,')
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "}")
    error = editor.parse_error()
    assert error == "Line 2, column 1: Expecting property name enclosed in double quotes."
    assert field_marks.message(editor.raw_edit) == error
    assert field_marks.severity(editor.raw_edit) == "error"
    assert error in editor.raw_edit.accessibleDescription()
    assert editor.error_label.isVisible()
    assert "Line 2, column 1" in editor.error_label.text()
    assert len(editor.raw_edit.extraSelections()) == 1
    # The inputs still work meanwhile; nothing typed is lost.
    assert editor.model_input() == {"recruitee": {"subtitle": "Kept"}}
    assert editor.state()["raw_json"] == '{"a": 1,\n}'

    editor.go_to_error()
    assert editor.raw_edit.textCursor().position() == len('{"a": 1,\n')
    press(qtbot, Qt.Key.Key_Backspace)  # the line break
    press(qtbot, Qt.Key.Key_Backspace)  # the trailing comma
    assert editor.raw_edit.toPlainText() == '{"a": 1}'
    assert editor.parse_error() is None
    assert field_marks.message(editor.raw_edit) is None
    assert not editor.error_label.isVisible()
    assert editor.raw_edit.extraSelections() == []

    editor.raw_edit.setPlainText('\n  ["not", "an object"]')
    assert editor.parse_error() == (
        'Line 2, column 3: expected a JSON object such as {"key": "value"}, not a list.'
    )


def test_set_from_model_splits_into_inputs_and_the_rest(editor: RemoteFieldsEditor) -> None:
    dumped = {
        "smartrecruiters": {"scoreLabel": "Fit"},
        "recruitee": {"subtitle": "Logic", "color": "blue"},
        "workday": workday_remote_fields("DONE"),
        "lever": {"stage": 3},
    }
    editor.set_from_model(dumped)
    assert editor.smartrecruiters_edit.text() == "Fit"
    assert editor.recruitee_edit.text() == "Logic"
    assert editor.workday_edit.text() == "DONE"
    assert json.loads(editor.raw_edit.toPlainText()) == {
        "recruitee": {"color": "blue"},
        "lever": {"stage": 3},
    }
    assert editor.advanced_toggle.isChecked()
    assert editor.model_input() == dumped

    # A value that is not a string stays in the raw JSON, where the model reports it.
    editor.set_from_model({"smartrecruiters": {"scoreLabel": 5}})
    assert editor.smartrecruiters_edit.text() == ""
    assert json.loads(editor.raw_edit.toPlainText()) == {"smartrecruiters": {"scoreLabel": 5}}
    editor.set_from_model(None)
    assert editor.state() == {
        "smartrecruiters_score_label": "",
        "recruitee_subtitle": "",
        "workday_status_id": "",
        "raw_json": "",
    }


def test_state_round_trip_and_collapsed_summary(qtbot: QtBot, editor: RemoteFieldsEditor) -> None:
    editor.set_state(
        {
            "smartrecruiters_score_label": "A",
            "recruitee_subtitle": "B",
            "workday_status_id": "C",
            "raw_json": '{"lever": {}, "greenhouse": {}}',
        }
    )
    state = editor.state()
    other = RemoteFieldsEditor()
    qtbot.addWidget(other)
    with qtbot.waitSignal(other.changed):
        other.set_state(state)
    assert other.state() == state
    assert other.model_input() == editor.model_input()
    other.advanced_toggle.setChecked(False)
    assert other.advanced_toggle.text() == "Other remote fields (JSON): lever, greenhouse"


def test_show_issues_marks_the_input_or_the_raw_editor(editor: RemoteFieldsEditor) -> None:
    editor.set_state({"raw_json": '{"smartrecruiters": {"scoreLabel": 5}}'})
    issues = _issues(editor.model_input())
    assert issues == [FieldIssue(("smartrecruiters", "scoreLabel"), "Enter text.")]
    editor.show_issues(issues)
    # The raw JSON holds the bad value (the input is empty), so the mark is there.
    assert field_marks.message(editor.raw_edit) == "smartrecruiters.scoreLabel: Enter text."
    assert field_marks.message(editor.smartrecruiters_edit) is None

    editor.smartrecruiters_edit.setText("Fit")
    editor.show_issues([FieldIssue(("smartrecruiters", "scoreLabel"), "Too long.", "warning")])
    assert field_marks.message(editor.smartrecruiters_edit) == "Too long."
    assert field_marks.severity(editor.smartrecruiters_edit) == "warning"
    assert field_marks.message(editor.raw_edit) is None
    # Typing into the marked input takes the stale mark away.
    editor.smartrecruiters_edit.setText("Fit!")
    assert field_marks.message(editor.smartrecruiters_edit) is None

    editor.workday_edit.setText("X")
    editor.show_issues([FieldIssue(("workday",), "Expected an object.")])
    assert field_marks.message(editor.workday_edit) == "Expected an object."
    editor.show_issues([FieldIssue((), "Expected an object.")])
    assert field_marks.message(editor.raw_edit) == "Expected an object."
    editor.show_issues([])
    assert field_marks.message(editor.raw_edit) is None


def test_names_for_tests_and_screen_readers(editor: RemoteFieldsEditor) -> None:
    for name in (
        "smartRecruitersScoreLabelEdit",
        "recruiteeSubtitleEdit",
        "workdayStatusIdEdit",
        "remoteFieldsEdit",
        "remoteFieldsAdvancedToggle",
        "remoteFieldsErrorLabel",
    ):
        widget = editor.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
    assert QFontInfo(editor.raw_edit.font()).fixedPitch()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_screenshot_filled_with_errors(qtbot: QtBot, artifacts_dir: Path, theme: str) -> None:
    with app_palette(dark_palette() if theme == "dark" else None):
        editor = RemoteFieldsEditor()
        qtbot.addWidget(editor)
        editor.resize(560, 330)
        editor.set_state(
            {
                "smartrecruiters_score_label": "Overall fit",
                "recruitee_subtitle": "",
                "workday_status_id": "Assessment_Status_Passed",
                "raw_json": '{\n  "greenhouse": {"note": "Passed"},\n  "lever": {"stage": 3,}\n}',
            }
        )
        editor.show_issues(
            [FieldIssue(("workday",), "Example: a warning from the model.", "warning")]
        )
        editor.show()
        qtbot.waitExposed(editor)
        QApplication.processEvents()  # let the text layout settle its scroll bars
        assert editor.grab().save(str(artifacts_dir / f"remote-fields-editor-{theme}.png"))
    assert editor.parse_error() is not None

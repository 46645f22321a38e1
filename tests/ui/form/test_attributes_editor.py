"""The attributes editor: keyboard-only editing, row actions, issues at the exact cell."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from editor_helpers import app_palette, dark_palette, press, show_active, type_text
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from samples import sample_attributes, sub_result, text_attribute

from app.kombo.validation import FieldIssue, validate_result
from app.ui.common import field_marks
from app.ui.form.attributes_editor import AttributesEditor, Column, IssueRole

BODY = {
    "status": "COMPLETED",
    "result_url": "https://x.example/r",
    "completed_at": "2024-01-01T00:00:00Z",
}

FILLED: list[dict[str, Any]] = [
    *sample_attributes(),
    text_attribute("Recommendation", "Invite to interview"),
    sub_result("logic-2", "Logic", 12.5, 20.0, status="CANCELLED"),
]


@pytest.fixture
def german() -> Iterator[None]:
    original = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(original)


@pytest.fixture
def form(qtbot: QtBot) -> tuple[QWidget, QLineEdit, AttributesEditor, QLineEdit]:
    """The editor between two line edits, shown and active, so Tab has somewhere to go."""
    window = QWidget()
    layout = QVBoxLayout(window)
    # Created in tab order: the focus chain follows creation.
    before = QLineEdit(window)
    before.setObjectName("before")
    editor = AttributesEditor(window)
    after = QLineEdit(window)
    after.setObjectName("after")
    layout.addWidget(before)
    layout.addWidget(editor)
    layout.addWidget(after)
    window.resize(760, 360)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    return window, before, editor, after


def _issues_for_attributes(state: list[dict[str, Any]]) -> list[FieldIssue]:
    outcome = validate_result({**BODY, "attributes": state})
    return [
        FieldIssue(issue.path[1:], issue.message, issue.severity)
        for issue in [*outcome.errors, *outcome.warnings]
        if issue.path[:1] == ("attributes",)
    ]


# Warnings come only with a valid body; this is the one validation gives for row 3 of FILLED.
SCORE_WARNING = FieldIssue(
    (3, "score", "value"), "The sub-result score is above its maximum.", "warning"
)


def test_everything_from_the_keyboard(
    qtbot: QtBot, german: None, form: tuple[QWidget, QLineEdit, AttributesEditor, QLineEdit]
) -> None:
    _window, before, editor, after = form
    before.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.table

    with qtbot.waitSignal(editor.changed):
        press(
            qtbot,
            Qt.Key.Key_T,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    # The new row's label is already being edited.
    assert editor.table.currentIndex().column() == Column.LABEL
    type_text(qtbot, "Role fit")
    press(qtbot, Qt.Key.Key_Tab)  # commits and edits the value, skipping the unused cells
    assert editor.table.currentIndex().column() == Column.VALUE
    type_text(qtbot, "Excellent")
    press(qtbot, Qt.Key.Key_Return)

    press(
        qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert editor.table.currentIndex() == editor.model.index(1, Column.ID)
    type_text(qtbot, "pers-1")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Personality")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "97,5")  # German decimal comma
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "120")  # replaces the default 100
    press(qtbot, Qt.Key.Key_Tab)
    assert editor.table.currentIndex().column() == Column.STATUS
    press(qtbot, Qt.Key.Key_Down)  # the status combo: Completed -> Cancelled
    press(qtbot, Qt.Key.Key_Return)

    # Not editing any more: F2 edits the current cell, Escape throws the edit away.
    press(qtbot, Qt.Key.Key_Left)
    press(qtbot, Qt.Key.Key_F2)
    type_text(qtbot, "999")
    press(qtbot, Qt.Key.Key_Escape)

    assert editor.state() == [
        {"type": "TEXT", "label": "Role fit", "value": "Excellent"},
        {
            "type": "SUB_RESULT",
            "id": "pers-1",
            "label": "Personality",
            "score": {"value": 97.5, "max": 120.0},
            "status": "CANCELLED",
        },
    ]
    # Numbers show in the user's locale.
    assert editor.model.index(1, Column.SCORE).data() == "97,5"
    header = editor.table.horizontalHeader()
    for column in (Column.TYPE, Column.SCORE, Column.STATUS):
        assert header.sectionSize(column) >= editor.table.sizeHintForColumn(column)

    # Tab from the last cell leaves the table for the editor's buttons, then the next field.
    editor.table.setCurrentIndex(editor.model.index(1, Column.STATUS))
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.add_text_button
    for _ in range(8):
        press(qtbot, Qt.Key.Key_Tab)
        if not editor.isAncestorOf(QApplication.focusWidget()):
            break
    assert QApplication.focusWidget() is after


def test_row_shortcuts_duplicate_move_remove(
    qtbot: QtBot, form: tuple[QWidget, QLineEdit, AttributesEditor, QLineEdit]
) -> None:
    _window, _before, editor, _after = form
    editor.set_state(FILLED[:3])
    editor.table.setFocus()
    editor.table.setCurrentIndex(editor.model.index(1, Column.LABEL))
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    labels = [row["label"] for row in editor.state()]
    assert labels == ["Role fit", "Personality test", "Personality test", "Recommendation"]
    assert editor.current_row() == 2

    press(qtbot, Qt.Key.Key_Down, ctrl_shift)
    assert [row["label"] for row in editor.state()][2:] == ["Recommendation", "Personality test"]
    assert editor.current_row() == 3
    assert not editor.move_down_button.isEnabled()

    press(qtbot, Qt.Key.Key_Up, ctrl_shift)
    press(qtbot, Qt.Key.Key_Up, ctrl_shift)
    press(qtbot, Qt.Key.Key_Up, ctrl_shift)
    assert editor.state()[0]["label"] == "Personality test"
    assert editor.current_row() == 0
    assert not editor.move_up_button.isEnabled()

    with qtbot.waitSignal(editor.changed):
        press(qtbot, Qt.Key.Key_Delete)
    assert [row["label"] for row in editor.state()] == [
        "Role fit",
        "Personality test",
        "Recommendation",
    ]
    assert editor.current_row() == 0


def test_buttons_with_the_mouse(qtbot: QtBot) -> None:
    editor = AttributesEditor()
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.remove_button.isEnabled()
    qtbot.mouseClick(editor.add_text_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.add_sub_result_button, Qt.MouseButton.LeftButton)
    assert editor.state() == [
        {"type": "TEXT", "label": "", "value": ""},
        {
            "type": "SUB_RESULT",
            "id": "",
            "label": "",
            "score": {"value": None, "max": 100.0},
            "status": "COMPLETED",
        },
    ]
    editor.table.setCurrentIndex(editor.model.index(0, Column.LABEL))
    qtbot.mouseClick(editor.duplicate_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.move_down_button, Qt.MouseButton.LeftButton)
    assert [row["type"] for row in editor.state()] == ["TEXT", "SUB_RESULT", "TEXT"]
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert editor.state() == []
    assert not editor.remove_button.isEnabled()


def test_names_tooltips_and_shortcuts_are_discoverable() -> None:
    editor = AttributesEditor()
    for name in (
        "attributesTable",
        "addTextAttributeButton",
        "addSubResultButton",
        "removeAttributeButton",
        "duplicateAttributeButton",
        "moveAttributeUpButton",
        "moveAttributeDownButton",
    ):
        widget = editor.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
    assert "Ctrl+D" in editor.duplicate_button.toolTip()
    assert "Del" in editor.remove_button.toolTip()
    assert "Ctrl+Shift+T" in editor.add_text_button.toolTip()
    editor.deleteLater()


def test_cells_that_do_not_apply_are_disabled_and_empty() -> None:
    editor = AttributesEditor()
    editor.set_state(FILLED[:2])
    model = editor.model
    for column in (Column.ID, Column.SCORE, Column.MAX, Column.STATUS):
        index = model.index(0, column)
        assert not index.flags() & Qt.ItemFlag.ItemIsEnabled
        assert index.data() is None
        assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert not model.index(1, Column.VALUE).flags() & Qt.ItemFlag.ItemIsEnabled
    assert model.index(1, Column.MAX).flags() & Qt.ItemFlag.ItemIsEditable
    editor.deleteLater()


def test_switching_the_type_keeps_what_was_typed() -> None:
    editor = AttributesEditor()
    editor.set_state([FILLED[1]])
    model = editor.model
    assert model.setData(model.index(0, Column.TYPE), "TEXT")
    assert editor.state() == [{"type": "TEXT", "label": "Personality test", "value": ""}]
    assert model.setData(model.index(0, Column.TYPE), "SUB_RESULT")
    assert editor.state() == [FILLED[1]]
    editor.deleteLater()


def test_text_that_is_not_a_number_reaches_the_model_as_typed() -> None:
    editor = AttributesEditor()
    editor.set_state([FILLED[1]])
    model = editor.model
    model.setData(model.index(0, Column.SCORE), "lots")
    model.setData(model.index(0, Column.MAX), "")
    assert editor.state()[0]["score"] == {"value": "lots", "max": None}
    issues = _issues_for_attributes(editor.state())
    assert FieldIssue((0, "score", "value"), "Enter a number.") in issues
    assert FieldIssue((0, "score", "max"), "Enter a number.") in issues
    editor.deleteLater()


def test_show_issues_marks_the_exact_cell_and_its_row(qtbot: QtBot) -> None:
    editor = AttributesEditor()
    qtbot.addWidget(editor)
    state = [dict(row) for row in FILLED]
    state[1] = {**FILLED[1], "score": {"value": 97.0, "max": 0.5}}  # max below 1
    state[2] = {**FILLED[2], "label": "  "}  # blank label
    state[3] = {**FILLED[3], "score": {"value": 25.0, "max": 20.0}}  # SCORE_WARNING
    editor.set_state(state)
    issues = _issues_for_attributes(editor.state())
    assert {issue.path for issue in issues} == {(1, "score", "max"), (2, "label")}
    editor.show_issues([*issues, SCORE_WARNING])
    model = editor.model

    severity, message = model.index(1, Column.MAX).data(IssueRole)
    assert (severity, message) == ("error", "The maximum score must be at least 1.")
    assert model.index(1, Column.MAX).data(Qt.ItemDataRole.ToolTipRole) == message
    assert model.index(1, Column.MAX).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert message in model.index(1, Column.MAX).data(Qt.ItemDataRole.AccessibleTextRole)
    assert model.index(1, Column.SCORE).data(IssueRole) is None
    assert model.index(1, Column.LABEL).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(2, Column.LABEL).data(IssueRole)[0] == "error"
    assert model.index(3, Column.SCORE).data(IssueRole)[0] == "warning"

    vertical = Qt.Orientation.Vertical
    assert model.headerData(1, vertical, Qt.ItemDataRole.DecorationRole) is not None
    assert "Max: The maximum score" in model.headerData(1, vertical, Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(0, vertical, Qt.ItemDataRole.DecorationRole) is None
    summary = field_marks.message(editor.table)
    assert summary is not None
    assert "Row 2: Max: The maximum score must be at least 1." in summary
    assert field_marks.severity(editor.table) == "error"
    assert editor.table.accessibleDescription().startswith("Row 2")

    # Row-level and whole-list issues; then clearing.
    editor.show_issues(
        [FieldIssue((0,), "Each attribute needs a type."), FieldIssue((), "Expected a list.")]
    )
    assert "Each attribute needs a type." in model.headerData(
        0, vertical, Qt.ItemDataRole.ToolTipRole
    )
    assert "Expected a list." in (field_marks.message(editor.table) or "")
    assert model.index(1, Column.MAX).data(IssueRole) is None
    editor.show_issues([])
    assert field_marks.message(editor.table) is None
    assert editor.table.accessibleDescription() == ""


def test_editing_a_marked_cell_clears_its_mark_and_emits_changed(qtbot: QtBot) -> None:
    editor = AttributesEditor()
    qtbot.addWidget(editor)
    editor.set_state([{**FILLED[0], "label": ""}])
    editor.show_issues([FieldIssue((0, "label"), "This cannot be empty.")])
    with qtbot.waitSignal(editor.changed):
        editor.model.setData(editor.model.index(0, Column.LABEL), "Fit")
    assert editor.model.index(0, Column.LABEL).data(IssueRole) is None


def test_set_state_round_trips_state_and_the_models_json() -> None:
    editor = AttributesEditor()
    editor.set_state(FILLED)
    assert editor.state() == FILLED
    outcome = validate_result({**BODY, "attributes": editor.state()})
    assert outcome.ok, outcome.summary()
    assert outcome.body is not None
    dumped = outcome.body.to_jsonable()["attributes"]
    assert dumped[1]["score"] == {"value": 97, "max": 100}  # ints in the JSON
    editor.set_state(dumped)
    assert editor.state() == FILLED
    # Junk from a hand-edited file does not crash and keeps what it can.
    editor.set_state([{"type": "SUB_RESULT", "score": "x"}, "nonsense", {"label": 5}])
    assert editor.state() == [
        {
            "type": "SUB_RESULT",
            "id": "",
            "label": "",
            "score": {"value": None, "max": 100.0},
            "status": "COMPLETED",
        },
        {"type": "TEXT", "label": "5", "value": ""},
    ]
    editor.deleteLater()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_screenshot_filled_with_errors(qtbot: QtBot, artifacts_dir: Path, theme: str) -> None:
    with app_palette(dark_palette() if theme == "dark" else None):
        editor = AttributesEditor()
        qtbot.addWidget(editor)
        state = [dict(row) for row in FILLED]
        state[1] = {**FILLED[1], "score": {"value": 97.0, "max": 0.5}}
        state[2] = {**FILLED[2], "label": ""}
        state[3] = {**FILLED[3], "score": {"value": 25.0, "max": 20.0}}
        editor.set_state(state)
        editor.show_issues([*_issues_for_attributes(state), SCORE_WARNING])
        editor.resize(620, 260)
        editor.show()
        qtbot.waitExposed(editor)
        editor.table.setCurrentIndex(editor.model.index(0, Column.VALUE))
        image = editor.grab()
        path = artifacts_dir / f"attributes-editor-{theme}.png"
        assert image.save(str(path))
        empty = AttributesEditor()
        qtbot.addWidget(empty)
        empty.resize(620, 160)
        empty.show()
        qtbot.waitExposed(empty)
        assert empty.grab().save(str(artifacts_dir / f"attributes-editor-empty-{theme}.png"))
    # The window was painted with the marks: the marked cell is not the plain base colour.
    cell = editor.cell_rect(1, Column.MAX).center()
    offset = editor.table.viewport().mapTo(editor, cell)
    pixel = image.toImage().pixelColor(offset * image.devicePixelRatio())
    base = (dark_palette() if theme == "dark" else QApplication.palette()).base().color()
    assert pixel != base


def test_the_id_column_fits_its_ids_within_bounds(qtbot: QtBot) -> None:
    editor = AttributesEditor()
    qtbot.addWidget(editor)
    editor.resize(700, 240)
    header = editor.table.horizontalHeader()
    editor.set_state([{**FILLED[1], "id": "numerical-reasoning-2024"}])
    fitted = header.sectionSize(Column.ID)
    assert fitted >= editor.table.fontMetrics().horizontalAdvance("numerical-reasoning-2024")
    editor.set_state([{**FILLED[1], "id": "x" * 200}])
    assert header.sectionSize(Column.ID) == 200
    editor.set_state([{**FILLED[1], "id": "a"}])
    assert header.sectionSize(Column.ID) == 72


def test_tab_in_the_last_cell_commits_and_leaves_the_table(
    qtbot: QtBot, form: tuple[QWidget, QLineEdit, AttributesEditor, QLineEdit]
) -> None:
    _window, before, editor, _after = form
    editor.set_state([FILLED[0]])
    editor.table.setFocus()
    editor.table.setCurrentIndex(editor.model.index(0, Column.VALUE))
    press(qtbot, Qt.Key.Key_F2)
    type_text(qtbot, "Good")
    press(qtbot, Qt.Key.Key_Tab)
    assert editor.state()[0]["value"] == "Good"
    assert QApplication.focusWidget() is editor.add_text_button
    # And Shift+Tab from the first cell while editing goes back to the field before.
    editor.table.setFocus()
    editor.table.setCurrentIndex(editor.model.index(0, Column.TYPE))
    press(qtbot, Qt.Key.Key_F2)
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is before

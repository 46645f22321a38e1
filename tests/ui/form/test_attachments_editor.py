"""The attachments editor: adding and refusing files, links, drops, editing, issues, state."""

from __future__ import annotations

import os
import warnings
import zipfile
from pathlib import Path

import pytest
from editor_helpers import app_palette, dark_palette, press, show_active, type_text
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from app.kombo.models import FileRef
from app.kombo.validation import FieldIssue, validate_result
from app.ui.common import field_marks
from app.ui.form.attachments_editor import AttachmentsEditor, Column, IssueRole, link_name

BODY = {
    "status": "COMPLETED",
    "result_url": "https://x.example/r",
    "completed_at": "2024-01-01T00:00:00Z",
}
PDF = b"%PDF-1.7\n" + b"0" * 3000
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 500


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    made = {
        "pdf": tmp_path / "Assessment Report.pdf",
        "png": tmp_path / "chart.png",
        "txt": tmp_path / "notes.txt",
        "csv": tmp_path / "scores.csv",
        "blob": tmp_path / "raw.dat",
        "docx": tmp_path / "letter.docx",
    }
    made["pdf"].write_bytes(PDF)
    made["png"].write_bytes(PNG)
    made["txt"].write_text("Strong candidate.\n")
    made["csv"].write_text("name,score\nAda,97\n")
    made["blob"].write_bytes(bytes(range(256)) * 8)
    with zipfile.ZipFile(made["docx"], "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return made


@pytest.fixture
def editor(qtbot: QtBot) -> AttachmentsEditor:
    widget = AttachmentsEditor()
    widget.resize(640, 300)
    qtbot.addWidget(widget)
    return widget


def _drag_enter(mime: QMimeData) -> QDragEnterEvent:
    # Qt 6 offers only the QPoint constructor, which PySide marks as deprecated.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return QDragEnterEvent(
            QPoint(20, 20),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )


def _drop(editor: AttachmentsEditor, urls: list[QUrl]) -> tuple[bool, bool]:
    mime = QMimeData()
    mime.setUrls(urls)
    viewport = editor.list_view.viewport()
    enter = _drag_enter(mime)
    QApplication.sendEvent(viewport, enter)
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_added_files_are_sniffed_and_become_file_refs(
    editor: AttachmentsEditor, files: dict[str, Path]
) -> None:
    paths = [str(files[k]) for k in ("pdf", "png", "docx", "csv")]
    assert editor.add_paths(paths) == []
    state = editor.state()
    assert [(item["name"], item["content_type"]) for item in state] == [
        ("Assessment Report.pdf", "application/pdf"),
        ("chart.png", "image/png"),
        ("letter.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("scores.csv", "text/csv"),
    ]
    assert state[0]["size"] == len(PDF)
    assert state[0]["mtime_ns"] == files["pdf"].stat().st_mtime_ns
    model_input = editor.model_input()
    assert model_input[0]["data"] == FileRef(
        path=str(files["pdf"]), size=len(PDF), mtime_ns=files["pdf"].stat().st_mtime_ns
    )
    outcome = validate_result({**BODY, "attachments": model_input})
    assert outcome.ok, outcome.summary()
    assert outcome.body is not None
    assert len(outcome.body.file_attachments) == 4
    # Human-readable size and the full path in the row.
    assert editor.model.index(0, Column.SIZE).data() == "3.0 kB"
    assert editor.model.index(0, Column.SOURCE).data() == str(files["pdf"])
    assert editor.count_label.text() == "4 of 5"


def test_a_sixth_attachment_is_refused_with_a_message(
    qtbot: QtBot, editor: AttachmentsEditor, files: dict[str, Path]
) -> None:
    editor.add_paths([str(files[k]) for k in ("pdf", "png", "txt", "csv")])
    with qtbot.waitSignal(editor.message) as said:
        refusals = editor.add_paths([str(files["docx"]), str(files["blob"])])
    assert refusals == ["raw.dat was not added: at most 5 attachments can be sent."]
    assert said.args is not None
    assert said.args[0] == (
        "Added: letter.docx. raw.dat was not added: at most 5 attachments can be sent."
    )
    assert editor.model.rowCount() == 5
    assert editor.message_label.isVisibleTo(editor)
    assert "at most 5" in editor.message_label.text()
    assert not editor.add_files_button.isEnabled()
    assert editor.add_link("https://x.example/a.pdf", "a.pdf") is not None
    assert editor.model.rowCount() == 5


def test_paths_that_cannot_be_sent_are_refused_with_the_reason(
    editor: AttachmentsEditor, files: dict[str, Path], tmp_path: Path
) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    folder = tmp_path / "scans"
    folder.mkdir()
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    if os.geteuid() == 0:  # root reads anything; a path through a file cannot be read by anyone
        unreadable = files["txt"] / "inside"
    else:
        unreadable = tmp_path / "secret.pdf"
        unreadable.write_bytes(PDF)
        unreadable.chmod(0)
    refusals = editor.add_paths(
        [
            str(empty),
            str(folder),
            str(tmp_path / "gone.pdf"),
            str(fifo),
            str(unreadable),
            str(files["pdf"]),
            str(files["pdf"]),
        ]
    )
    assert refusals[:4] == [
        "empty.pdf was not added: the file is empty.",
        "scans was not added: it is a folder; add the files in it instead.",
        "gone.pdf was not added: there is no such file.",
        "pipe was not added: it is not a regular file.",
    ]
    assert refusals[4].startswith(f"{unreadable.name} was not added: it cannot be read (")
    assert refusals[5] == "Assessment Report.pdf was not added: it is already attached."
    assert len(refusals) == 6
    assert [row["name"] for row in editor.state()] == ["Assessment Report.pdf"]
    assert editor.message_label.text() == "\n".join(refusals)


def test_drag_and_drop_of_files_and_links(
    qtbot: QtBot, editor: AttachmentsEditor, files: dict[str, Path]
) -> None:
    accepted = _drop(
        editor,
        [
            QUrl.fromLocalFile(str(files["pdf"])),
            QUrl.fromLocalFile(str(files["png"])),
            QUrl("https://files.example/reports/Final%20report.pdf?sig=abc"),
        ],
    )
    assert accepted == (True, True)
    # The files are read in a worker thread; the rows arrive with `changed`.
    qtbot.waitUntil(lambda: editor.model.rowCount() == 3 and not editor.busy(), timeout=5000)
    # Rows that arrive later still get a Size column wide enough for them.
    view = editor.list_view
    assert view.horizontalHeader().sectionSize(Column.SIZE) >= view.sizeHintForColumn(Column.SIZE)
    state = editor.state()
    assert [item["content_type"] for item in state] == ["application/pdf", "image/png", None]
    assert state[2] == {
        "name": "Final report.pdf",
        "data_url": "https://files.example/reports/Final%20report.pdf?sig=abc",
        "content_type": None,
    }
    # Something that is not a file or link is not taken.
    mime = QMimeData()
    mime.setText("just text")
    enter = _drag_enter(mime)
    QApplication.sendEvent(editor.list_view.viewport(), enter)
    assert not enter.isAccepted()


def test_dropping_refused_files_reports_them(
    qtbot: QtBot, editor: AttachmentsEditor, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with qtbot.waitSignal(editor.message, timeout=5000) as said:
        _drop(editor, [QUrl.fromLocalFile(str(empty)), QUrl.fromLocalFile(str(tmp_path))])
    assert said.args is not None
    assert "empty.txt was not added: the file is empty." in said.args[0]
    assert "it is a folder" in said.args[0]
    assert editor.model.rowCount() == 0


def test_keyboard_rename_change_type_and_remove(
    qtbot: QtBot, editor: AttachmentsEditor, files: dict[str, Path]
) -> None:
    show_active(qtbot, editor)
    editor.add_paths([str(files["blob"]), str(files["txt"])])
    editor.list_view.setFocus()
    editor.list_view.setCurrentIndex(editor.model.index(0, Column.NAME))
    # The generic type is flagged as a warning at its cell.
    assert editor.model.index(0, Column.CONTENT_TYPE).data(IssueRole)[0] == "warning"

    press(qtbot, Qt.Key.Key_F2)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "Raw data.pdf")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right)
    assert editor.list_view.currentIndex().column() == Column.CONTENT_TYPE
    press(qtbot, Qt.Key.Key_Return)  # Enter edits, too
    type_text(qtbot, "application/pdf")
    press(qtbot, Qt.Key.Key_Return)
    first = editor.state()[0]
    assert (first["name"], first["content_type"]) == ("Raw data.pdf", "application/pdf")
    assert editor.model.index(0, Column.CONTENT_TYPE).data(IssueRole) is None

    press(qtbot, Qt.Key.Key_Down)
    with qtbot.waitSignal(editor.changed):
        press(qtbot, Qt.Key.Key_Delete)
    assert [row["name"] for row in editor.state()] == ["Raw data.pdf"]


def test_add_link_inline_form(qtbot: QtBot, editor: AttachmentsEditor) -> None:
    show_active(qtbot, editor)
    qtbot.mouseClick(editor.add_link_button, Qt.MouseButton.LeftButton)
    form = editor.link_form
    assert form.isVisible()
    assert QApplication.focusWidget() is form.url_edit

    type_text(qtbot, "ftp://files.example/x.pdf")
    press(qtbot, Qt.Key.Key_Return)
    assert editor.model.rowCount() == 0
    assert "http" in (field_marks.message(form.url_edit) or "")
    assert form.isVisible()

    form.url_edit.clear()
    type_text(qtbot, "https://files.example/out/summary.pdf")
    assert form.name_edit.placeholderText() == "summary.pdf"
    form.type_combo.setEditText("application/pdf")
    with qtbot.waitSignal(editor.changed):
        qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    assert editor.state() == [
        {
            "name": "summary.pdf",
            "data_url": "https://files.example/out/summary.pdf",
            "content_type": "application/pdf",
        }
    ]
    assert editor.model_input() == [
        {
            "name": "summary.pdf",
            "data_url": "https://files.example/out/summary.pdf",
            "content_type": "application/pdf",
        }
    ]
    # Escape closes the form without adding.
    editor.start_link()
    type_text(qtbot, "https://a.example/b")
    press(qtbot, Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert editor.model.rowCount() == 1


def test_the_file_dialog_is_not_modal_blocking_and_adds_what_was_chosen(
    qtbot: QtBot, editor: AttachmentsEditor, files: dict[str, Path]
) -> None:
    editor.show()
    qtbot.mouseClick(editor.add_files_button, Qt.MouseButton.LeftButton)
    dialog = editor.file_dialog
    assert isinstance(dialog, QFileDialog)
    assert dialog.fileMode() == QFileDialog.FileMode.ExistingFiles
    with qtbot.waitSignal(editor.changed, timeout=5000):
        dialog.filesSelected.emit([str(files["pdf"]), str(files["txt"])])
    qtbot.waitUntil(lambda: not editor.busy())
    dialog.reject()
    assert [row["name"] for row in editor.state()] == ["Assessment Report.pdf", "notes.txt"]
    # The folder is remembered for next time.
    editor.choose_files()
    assert Path(dialog.directory().absolutePath()) == files["pdf"].parent
    dialog.reject()


def test_state_round_trip_and_changed_files_are_flagged(
    editor: AttachmentsEditor, files: dict[str, Path]
) -> None:
    editor.add_paths([str(files["pdf"]), str(files["txt"]), str(files["png"])])
    editor.add_link("https://x.example/r.pdf", "", None)
    editor.model.setData(editor.model.index(0, Column.NAME), "Report for ACME.pdf")
    state = editor.state()
    other = AttachmentsEditor()
    other.set_state(state)
    assert other.state() == state
    assert other.model_input() == editor.model_input()
    for number in range(4):
        assert other.model.index(number, Column.SOURCE).data(IssueRole) is None

    files["txt"].write_text("Edited after it was attached, and longer.\n")
    files["png"].unlink()
    other.set_state(state)
    assert other.state() == state  # kept as it was, so the send refuses it
    changed = other.model.index(1, Column.SOURCE).data(IssueRole)
    gone = other.model.index(2, Column.SOURCE).data(IssueRole)
    assert changed[0] == "error"
    assert "changed since it was added" in changed[1]
    assert gone[0] == "error"
    assert "gone" in gone[1]
    assert other.model.index(1, Column.NAME).data(Qt.ItemDataRole.DecorationRole) is not None
    other.deleteLater()


def test_show_issues_marks_the_cell_and_the_list(
    editor: AttachmentsEditor, files: dict[str, Path]
) -> None:
    editor.add_paths([str(files["pdf"]), str(files["png"])])
    editor.model.setData(editor.model.index(1, Column.CONTENT_TYPE), "image png")
    editor.model.setData(editor.model.index(0, Column.NAME), " ")
    outcome = validate_result({**BODY, "attachments": editor.model_input()})
    issues = [
        FieldIssue(i.path[1:], i.message, i.severity)
        for i in outcome.errors
        if i.path[:1] == ("attachments",)
    ]
    assert {i.path for i in issues} == {(0, "name"), (1, "content_type")}
    editor.show_issues([*issues, FieldIssue((), "At most 5 attachments can be sent.")])
    severity, message = editor.model.index(1, Column.CONTENT_TYPE).data(IssueRole)
    assert severity == "error"
    assert message.startswith("Use a type/subtype")
    assert editor.model.index(1, Column.NAME).data(IssueRole) is None
    assert editor.model.index(0, Column.NAME).data(IssueRole)[1] == "This cannot be empty."
    summary = field_marks.message(editor.list_view) or ""
    assert "At most 5 attachments" in summary
    assert "chart.png (row 2): Content type: Use a type/subtype" in summary
    editor.show_issues([])
    assert field_marks.message(editor.list_view) is None


def test_names_for_tests_and_screen_readers(editor: AttachmentsEditor) -> None:
    for name in (
        "attachmentsList",
        "addAttachmentButton",
        "removeAttachmentButton",
        "addLinkButton",
        "attachmentsMessageLabel",
        "linkUrlEdit",
        "linkNameEdit",
        "linkContentTypeCombo",
        "addLinkConfirmButton",
    ):
        widget = editor.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
    assert "Ctrl+Shift+A" in editor.add_files_button.toolTip()
    assert link_name("https://x.example/") == "x.example"


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_screenshot_filled_with_errors(
    qtbot: QtBot, artifacts_dir: Path, files: dict[str, Path], theme: str
) -> None:
    with app_palette(dark_palette() if theme == "dark" else None):
        editor = AttachmentsEditor()
        qtbot.addWidget(editor)
        editor.resize(640, 330)
        editor.add_paths([str(files[k]) for k in ("pdf", "blob", "docx")])
        editor.add_link("https://files.example/reports/2024/ACME/final-assessment.pdf", "")
        editor.add_paths([str(files["txt"]), str(files["csv"])])  # the sixth is refused
        editor.model.setData(editor.model.index(2, Column.CONTENT_TYPE), "word document")
        outcome = validate_result({**BODY, "attachments": editor.model_input()})
        editor.show_issues(
            [
                FieldIssue(i.path[1:], i.message)
                for i in outcome.errors
                if i.path[0] == "attachments"
            ]
        )
        editor.show()
        qtbot.waitExposed(editor)
        editor.list_view.selectRow(0)
        assert editor.grab().save(str(artifacts_dir / f"attachments-editor-{theme}.png"))

        empty = AttachmentsEditor()
        qtbot.addWidget(empty)
        empty.resize(640, 260)
        empty.show()
        qtbot.waitExposed(empty)
        empty.start_link()
        assert empty.grab().save(str(artifacts_dir / f"attachments-editor-link-{theme}.png"))


def _sparse(path: Path, size: int) -> Path:
    """A file of `size` bytes that takes no disk space (a PDF by its first bytes)."""
    with path.open("wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(size)
    return path


def test_a_large_file_is_added_with_a_warning_and_a_huge_one_is_refused(
    editor: AttachmentsEditor, tmp_path: Path
) -> None:
    large = _sparse(tmp_path / "large.pdf", 25 * 1024 * 1024)
    huge = _sparse(tmp_path / "huge.pdf", 2 * 1024**3)
    refusals = editor.add_paths([str(large), str(huge)])
    assert editor.model.rowCount() == 1
    assert refusals == [
        "huge.pdf was not added: it is 2,048.0 MiB; at most 48.0 MiB can be sent inline "
        "(send a link to it instead)."
    ]
    shown = editor.message_label.text()
    assert "large.pdf is 25.0 MiB: above 20.0 MiB an upload is slow" in shown
    assert "huge.pdf was not added" in shown


def test_files_that_together_exceed_the_request_limit_are_refused(
    editor: AttachmentsEditor, tmp_path: Path
) -> None:
    first = _sparse(tmp_path / "first.pdf", 30 * 1024 * 1024)
    second = _sparse(tmp_path / "second.pdf", 30 * 1024 * 1024)
    assert editor.add_paths([str(first)]) == []
    (refusal,) = editor.add_paths([str(second)])
    assert "with it the attachments would be 60.0 MiB; at most 48.0 MiB" in refusal
    assert editor.model.rowCount() == 1


def test_a_huge_file_from_a_draft_is_marked_at_its_row(
    editor: AttachmentsEditor, tmp_path: Path
) -> None:
    huge = _sparse(tmp_path / "huge.pdf", 100 * 1024 * 1024)
    info = huge.stat()
    editor.set_state([
        {"name": "huge.pdf", "content_type": "application/pdf", "path": str(huge),
         "size": info.st_size, "mtime_ns": info.st_mtime_ns}
    ])  # fmt: skip
    (row,) = editor.model.rows()
    assert row.problem is not None
    assert "at most 48.0 MiB" in row.problem

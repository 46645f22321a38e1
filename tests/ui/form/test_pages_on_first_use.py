"""The Attachments and Remote fields pages are built when first needed, and look and work the
same as if they had been built with the window.

A new window has only the Attributes page; the other tabs hold empty stand-ins. Showing a tab
(Ctrl+Tab, a click), dropping or adding files, or a load followed by opening the tab builds the
page; until then the editor keeps what was loaded and the issues found there.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from window_helpers import make_window, settle_layouts

from app.ui.common import field_marks
from app.ui.common.context import ConnectionInfo
from app.ui.common.icons import icon
from app.ui.shell.main_window import MainWindow
from app.ui.shell.self_check import sample_state

OFFLINE = ConnectionInfo("Test", "http://127.0.0.1:9/v1", "sandbox:demo", "demo")
ORDER = "GRKdd9dibYKKCrmGRSMJf3wu"
ATTACHMENTS, REMOTE_FIELDS = 1, 2
ATTACHMENT_WIDGETS = ("attachmentsList", "addAttachmentButton", "addLinkButton",
                      "removeAttachmentButton", "attachmentsCountLabel")  # fmt: skip
REMOTE_WIDGETS = ("smartRecruitersScoreLabelEdit", "recruiteeSubtitleEdit", "workdayStatusIdEdit",
                  "remoteFieldsAdvancedToggle", "remoteFieldsEdit")  # fmt: skip


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    return make_window(qtbot, connections=[OFFLINE])


def built(window: MainWindow, index: int) -> bool:
    return window.editor.is_page_built(index)


def ctrl_tab(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+Tab where the focus is, inside the tabs (as a person moves to the next tab)."""
    if not window.tabs.isAncestorOf(QApplication.focusWidget()):
        window.tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)
    focused = QApplication.focusWidget()
    assert focused is not None
    assert window.tabs.isAncestorOf(focused)
    qtbot.keyClick(focused, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)


def tab_after_max_score(qtbot: QtBot, window: MainWindow) -> QWidget:
    """Tab from the last field of the result: the first field of the page in front."""
    window.result_form.max_score_edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(window.result_form.max_score_edit, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not None
    return focused


def same_icon(shown: QIcon, glyph: str) -> bool:
    return shown.pixmap(16, 16).toImage() == icon(glyph).pixmap(16, 16).toImage()


def drop_on(widget: QWidget, paths: list[Path]) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    rest = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(widget, QDragEnterEvent(QPoint(20, 20), *rest))
    drop = QDropEvent(QPointF(20, 20), *rest)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def file_item(path: Path, content_type: str = "application/pdf") -> dict[str, Any]:
    info = path.stat()
    return {"name": path.name, "content_type": content_type, "path": str(path),
            "size": info.st_size, "mtime_ns": info.st_mtime_ns}  # fmt: skip


def test_a_new_window_has_only_the_attributes_page(window: MainWindow) -> None:
    assert not built(window, ATTACHMENTS)
    assert not built(window, REMOTE_FIELDS)
    assert window.findChild(QWidget, "attachmentsEditor") is None
    assert window.findChild(QWidget, "remoteFieldsEditor") is None
    assert [window.tabs.tabText(i) for i in range(3)] == [
        "Attributes",
        "Attachments",
        "Remote fields",
    ]
    assert window.tabs.currentWidget() is window.attributes_editor
    # The add keys are in the Edit menu and enabled from the start.
    actions = {a.objectName(): a for a in window.edit_menu.actions()}
    assert actions["addAttachmentAction"].isEnabled()
    assert actions["addLinkAction"].isEnabled()


def test_building_the_pages_changes_nothing_on_screen(qtbot: QtBot, window: MainWindow) -> None:
    """The stand-ins look like the pages behind the one in front: same tabs, same sizes."""
    settle_layouts(window)
    look = window.tabs.grab().toImage()
    hints = (window.tabs.sizeHint(), window.minimumSizeHint(), window.tabs.geometry())
    assert window.attachments_editor.objectName() == "attachmentsEditor"  # built on access
    assert window.remote_fields_editor.objectName() == "remoteFieldsEditor"
    assert built(window, ATTACHMENTS)
    assert built(window, REMOTE_FIELDS)
    settle_layouts(window)
    assert window.tabs.currentWidget() is window.attributes_editor
    assert (window.tabs.sizeHint(), window.minimumSizeHint(), window.tabs.geometry()) == hints
    assert window.tabs.grab().toImage() == look


def test_ctrl_tab_builds_each_page_with_its_widgets_and_tab_order(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.attributes_editor.table.setFocus(Qt.FocusReason.TabFocusReason)
    ctrl_tab(qtbot, window)
    assert built(window, ATTACHMENTS)
    assert not built(window, REMOTE_FIELDS)
    assert window.tabs.currentIndex() == ATTACHMENTS
    assert window.tabs.currentWidget() is window.attachments_editor
    assert window.tabs.tabText(ATTACHMENTS) == "Attachments"
    for name in ATTACHMENT_WIDGETS:
        widget = window.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.isVisible(), name
        assert widget.accessibleName(), name
    # The Tab key goes from the result's last field into the page, as before.
    assert tab_after_max_score(qtbot, window).objectName() == "attachmentsList"

    ctrl_tab(qtbot, window)
    assert built(window, REMOTE_FIELDS)
    assert window.tabs.currentWidget() is window.remote_fields_editor
    for name in REMOTE_WIDGETS:
        widget = window.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
    assert tab_after_max_score(qtbot, window).objectName() == "smartRecruitersScoreLabelEdit"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget().objectName() == "recruiteeSubtitleEdit"


def test_clicking_the_remote_fields_tab_builds_it_and_what_is_typed_is_sent(
    qtbot: QtBot, window: MainWindow
) -> None:
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(REMOTE_FIELDS).center())
    assert built(window, REMOTE_FIELDS)
    assert not built(window, ATTACHMENTS)
    assert window.tabs.currentIndex() == REMOTE_FIELDS
    edit = tab_after_max_score(qtbot, window)
    assert edit.objectName() == "smartRecruitersScoreLabelEdit"
    qtbot.keyClicks(edit, "Overall fit")
    assert window.editor.remote_fields_input() == {"smartrecruiters": {"scoreLabel": "Overall fit"}}
    window.validate_now()
    assert '"scoreLabel": "Overall fit"' in window.preview_edit.toPlainText()


def test_a_loaded_form_round_trips_before_its_pages_are_built(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF-1.4 sample\n")
    state = window.form_state()
    state["order_id"] = ORDER
    state["attachments"] = [
        file_item(report),
        {
            "name": "Scorecard",
            "data_url": "https://example.com/s.pdf",
            "content_type": "application/pdf",
        },
    ]
    # As a template or a history entry holds them: the remote_fields object itself.
    state["remote_fields"] = {
        "smartrecruiters": {"scoreLabel": "Fit"},
        "greenhouse": {"note": "Passed"},
    }
    window.load_form_state(state)
    assert not built(window, ATTACHMENTS)
    assert not built(window, REMOTE_FIELDS)

    kept = window.form_state()
    assert kept["attachments"] == state["attachments"]
    assert kept["remote_fields"]["smartrecruiters_score_label"] == "Fit"
    assert '"note": "Passed"' in kept["remote_fields"]["raw_json"]
    assert window.editor.remote_fields_input() == state["remote_fields"]
    assert window.editor.parse_error_text() is None
    assert window.tabs.tabText(ATTACHMENTS) == "Attachments (2)"
    preview = window.preview_edit.toPlainText()
    assert '"scoreLabel": "Fit"' in preview
    assert "https://example.com/s.pdf" in preview

    # Opening the tabs shows what was loaded and changes nothing in the form.
    window.attributes_editor.table.setFocus(Qt.FocusReason.TabFocusReason)
    ctrl_tab(qtbot, window)
    assert window.attachments_editor.model.rowCount() == 2
    ctrl_tab(qtbot, window)
    assert window.remote_fields_editor.smartrecruiters_edit.text() == "Fit"
    assert window.form_state() == kept
    # The saved form loads into a window whose pages are built as it was kept.
    other = make_window(qtbot, connections=[OFFLINE], show=False)
    other.attachments_editor, other.remote_fields_editor  # noqa: B018 (built on access)
    other.load_form_state(kept)
    assert other.form_state() == kept


def test_files_dropped_on_the_window_build_the_attachments_page(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("interview notes\n", encoding="utf-8")
    assert drop_on(window.result_form, [notes])  # anywhere on the window
    assert built(window, ATTACHMENTS)
    assert window.tabs.currentWidget().objectName() == "attachmentsEditor"
    editor = window.attachments_editor
    qtbot.waitUntil(lambda: not editor.busy() and len(editor.state()) == 1, timeout=5000)
    assert window.form_state()["attachments"][0]["path"] == str(notes)
    qtbot.waitUntil(lambda: window.tabs.tabText(ATTACHMENTS) == "Attachments (1)", timeout=2000)


def test_the_add_files_shortcut_builds_the_page_and_opens_the_picker(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.order_id_edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(
        window.order_id_edit,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert built(window, ATTACHMENTS)
    assert window.tabs.currentIndex() == ATTACHMENTS
    dialog = window.attachments_editor.file_dialog
    assert isinstance(dialog, QFileDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    dialog.reject()


def test_five_loaded_attachments_disable_adding_before_the_page_is_built(
    window: MainWindow, tmp_path: Path
) -> None:
    state = window.form_state()
    state["attachments"] = [
        {
            "name": f"link {n}",
            "data_url": f"https://example.com/{n}.pdf",
            "content_type": "application/pdf",
        }
        for n in range(5)
    ]
    window.load_form_state(state)
    assert not built(window, ATTACHMENTS)
    actions = {a.objectName(): a for a in window.edit_menu.actions()}
    assert not actions["addAttachmentAction"].isEnabled()
    assert not actions["addLinkAction"].isEnabled()


def test_an_issue_in_an_unbuilt_tab_is_marked_on_it_and_shown_at_the_field_once_opened(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    gone = tmp_path / "gone.pdf"
    gone.write_bytes(b"%PDF-1.4\n")
    item = file_item(gone)
    gone.unlink()
    state = sample_state(ORDER, [])  # valid but for what follows
    state["attachments"] = [item]
    state["remote_fields"] = {"raw_json": '{"greenhouse": {"note": "x"'}  # as typed, unclosed
    window.load_form_state(state)
    assert not built(window, ATTACHMENTS)
    assert not built(window, REMOTE_FIELDS)

    assert window.tabs.tabText(ATTACHMENTS) == "Attachments (1)"
    assert same_icon(window.tabs.tabIcon(ATTACHMENTS), "error")
    assert same_icon(window.tabs.tabIcon(REMOTE_FIELDS), "error")
    assert window.editor.parse_error_text()
    assert not window.is_ready_to_send()
    assert "2 problems" in window.problems_label.text()
    assert "gone" in window.problems_label.toolTip()

    window.tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)
    ctrl_tab(qtbot, window)
    attachments = window.findChild(QWidget, "attachmentsList")
    assert "gone" in (field_marks.message(attachments) or "")
    ctrl_tab(qtbot, window)
    raw = window.findChild(QWidget, "remoteFieldsEdit")
    assert raw.isVisible()
    assert window.editor.parse_error_text() in (field_marks.message(raw) or "")
    # The marks stay on the tabs once the pages are built.
    assert same_icon(window.tabs.tabIcon(ATTACHMENTS), "error")
    assert same_icon(window.tabs.tabIcon(REMOTE_FIELDS), "error")


def test_the_summary_link_opens_the_unbuilt_page_of_the_first_problem(
    qtbot: QtBot, window: MainWindow
) -> None:
    state = sample_state(ORDER, [])
    state["remote_fields"] = {"raw_json": "[1, 2]"}  # not an object
    window.load_form_state(state)
    assert not built(window, REMOTE_FIELDS)
    assert "1 problem" in window.problems_label.text()
    window.problems_label.linkActivated.emit("#first")  # the link in the summary
    assert built(window, REMOTE_FIELDS)
    assert window.tabs.currentIndex() == REMOTE_FIELDS
    assert QApplication.focusWidget() is window.remote_fields_editor.raw_edit

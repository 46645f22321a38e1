"""The result as a whole: New result (with Undo), Save as JSON… and Open JSON….

Apart from the editor because these are file and undo chores around the form, not the form:
they read and write `ResultEditor.form_state()` and nothing else. A template is the form's
state as JSON (`form_state.dumps_template`); attachments stay file paths, so a template is
small and "Open JSON" refuses anything larger than MAX_TEMPLATE_BYTES or deeper than
MAX_TEMPLATE_DEPTH before parsing it.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStatusBar,
    QWidget,
)

from app.store.regular_files import FileTooLarge, read_regular
from app.ui.common.icons import icon
from app.ui.common.placeholders import arg
from app.ui.form import form_state as fs
from app.ui.form.editor import ResultEditor
from app.ui.form.json_depth import MAX_TEMPLATE_DEPTH, exceeds_depth

__all__ = ["MAX_TEMPLATE_BYTES", "UNDO_MESSAGE_MS", "Templates"]

log = logging.getLogger(__name__)

UNDO_MESSAGE_MS = 15000
# "Open JSON" reads at most this much: templates are small, attachments are file paths.
MAX_TEMPLATE_BYTES = 5 * 1024 * 1024


class Templates(QObject):
    """New/undo, save and open for `editor`; dialogs are modal to `parent`, messages and the
    "The form was cleared. [Undo]" note go to `status`."""

    def __init__(self, editor: ResultEditor, status: QStatusBar, parent: QWidget) -> None:
        super().__init__(parent)
        self._editor, self._status, self._parent = editor, status, parent
        self._undo_state: dict[str, Any] | None = None
        self._undo_widget: QWidget | None = None
        self.undo_new_action = QAction(icon("undo"), self.tr("&Undo new result"), parent)
        self.undo_new_action.setObjectName("undoNewResultAction")
        self.undo_new_action.setEnabled(False)
        self.undo_new_action.triggered.connect(self.undo_new_result)
        editor.edited.connect(self._disable_undo)

    # === new and undo =======================================================================

    def new_result(self) -> None:
        """Clear the form; "Undo new result" brings it back until the form is edited."""
        self._undo_state = self._editor.form_state()
        self._editor.load_pristine(fs.empty_state())
        self.undo_new_action.setEnabled(True)
        self._show_undo_message()

    def undo_new_result(self) -> None:
        if self._undo_state is None:
            return
        state, self._undo_state = self._undo_state, None
        self._editor.load_form_state(state)
        self._disable_undo()
        self._status.showMessage(self.tr("The previous result is back."), 4000)

    def _show_undo_message(self) -> None:
        self._remove_undo_widget()
        box = QWidget(self._parent)
        box.setObjectName("undoNewResultMessage")
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("The form was cleared."), box))
        button = QPushButton(icon("undo"), self.tr("Undo"), box)
        button.setObjectName("undoNewResultButton")
        button.clicked.connect(self.undo_new_result)
        layout.addWidget(button)
        self._status.addWidget(box)
        self._undo_widget = box
        QTimer.singleShot(UNDO_MESSAGE_MS, box, self._remove_undo_widget)

    def _remove_undo_widget(self) -> None:
        if self._undo_widget is not None:
            self._status.removeWidget(self._undo_widget)
            self._undo_widget.deleteLater()
            self._undo_widget = None

    def _disable_undo(self) -> None:
        if self._undo_state is not None or self._undo_widget is not None:
            self._undo_state = None
            self.undo_new_action.setEnabled(False)
            self._remove_undo_widget()

    # === save ===============================================================================

    def save_json(self) -> None:
        parse_error = self._editor.parse_error_text()
        if parse_error:
            # Saving would drop the raw remote fields that do not parse; say so instead.
            self._error_box(
                self.tr("Fix the remote fields first"),
                arg(
                    self.tr(
                        "The other remote fields are not valid JSON (%1), so they cannot be "
                        "saved. Fix or clear them, then save again."
                    ),
                    parse_error,
                ),
            )
            return
        from PySide6.QtWidgets import QFileDialog  # the dialogs' enums: not before first use

        dialog = QFileDialog(self._parent, self.tr("Save result as JSON"))
        dialog.setObjectName("saveJsonDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Result templates (*.json)"))
        dialog.setDefaultSuffix("json")
        order = self._editor.order_id()
        dialog.selectFile(f"result-{order}.json" if order else "result.json")
        dialog.fileSelected.connect(self.save_json_to)
        dialog.open()

    def save_json_to(self, path: str) -> bool:
        from app.store.atomic import atomic_write

        editor = self._editor
        try:
            text = fs.dumps_template(editor.form_state(), editor.remote_fields_input())
            # All or nothing: a full disk or a crash never leaves half a template behind.
            atomic_write(Path(path), text.encode("utf-8"))
        except OSError as exc:
            self._error_box(self.tr("Could not save the file"), f"{path}\n{exc.strerror or exc}")
            return False
        self._status.showMessage(arg(self.tr("Saved %1"), path), 5000)
        log.info("saved template %s", path)
        return True

    # === open ===============================================================================

    def open_json(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        dialog = QFileDialog(self._parent, self.tr("Open result JSON"))
        dialog.setObjectName("openJsonDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Result templates (*.json)"), self.tr("All files (*)")])
        dialog.fileSelected.connect(self.open_json_from)
        dialog.open()

    def open_json_from(self, path: str) -> bool:
        try:
            # Read on the Qt thread, so never more than a template can be (attachments are
            # kept as paths): a wrong pick of a huge file must not freeze the window.
            # A regular file only (a FIFO would block the open), at most the limit + 1 bytes.
            raw = read_regular(Path(path), MAX_TEMPLATE_BYTES)
        except FileTooLarge:
            raw = None
        except OSError as exc:
            self._error_box(self.tr("Could not open the file"), f"{path}\n{exc}")
            return False
        try:
            if raw is None:
                self._error_box(
                    self.tr("Could not open the file"),
                    arg(
                        self.tr(
                            "%1\nThe file is larger than 5 MB: too large for a result template, "
                            "which keeps attachments as file paths."
                        ),
                        path,
                    ),
                )
                return False
            text = raw.decode("utf-8")
            if exceeds_depth(text):
                self._error_box(
                    self.tr("Could not open the file"),
                    arg(
                        self.tr(
                            "%1\nIts JSON nests more than %2 levels deep: this is not a result "
                            "template."
                        ),
                        path,
                        MAX_TEMPLATE_DEPTH,
                    ),
                )
                return False
            loaded = fs.loads_template(text, base_dir=os.path.dirname(os.path.abspath(path)))
        except (OSError, UnicodeDecodeError) as exc:
            self._error_box(self.tr("Could not open the file"), f"{path}\n{exc}")
            return False
        except fs.TemplateError as exc:
            self._error_box(self.tr("Could not open the file"), f"{path}\n{exc}")
            return False
        self._editor.load_form_state(loaded.state)
        message = arg(self.tr("Opened %1"), path)
        if loaded.issues:
            message += " - " + self.tr("some attachments need attention")
        self._status.showMessage(message, 8000)
        return True

    def _error_box(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self._parent
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

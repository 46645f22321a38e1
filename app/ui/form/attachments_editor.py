"""The result's attachments: files (picker or drag and drop) and links, at most five.

Each row shows the name the ATS will show (editable), the size, the content type (detected
from the file's first bytes and its extension; editable, with common types offered) and where
the content comes from. Files stay references (path, size, mtime): only `os.stat` and the first
4 KiB are read here, and the picker and drops do even that in a worker thread. The file is read
when the result is sent, and a file that changed by then stops the send (`app.kombo.body`).

Adding refuses, with the reason, what cannot be sent: a sixth attachment, empty files,
folders, unreadable or missing paths, and a file that is already in the list. The reasons go
to the inline label under the list and to `message` for the main window's status bar and log.

The parts: `attachments_view` (the table, its drops and cell editors), `attachment_link_form`
(the inline "Add link" form), `attachment_probe` (the file check and its worker),
`attachments_adding` (which files and links may join, in words), `attachments_model` (the rows).
This module composes them and keeps the editor's API, the picker and the selection.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt, QThreadPool, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.kombo.constants import MAX_ATTACHMENTS
from app.kombo.issues import FieldIssue
from app.store.paths import settings_file
from app.ui.common import field_marks
from app.ui.common.field_marks import Severity
from app.ui.form.attachment_actions import AddActions, add_actions
from app.ui.form.attachment_link_form import LinkForm
from app.ui.form.attachment_probe import FileProbe, FileRefusal, ProbeJob, ProbeSignals, probe_file
from app.ui.form.attachments_adding import LinkSource, plan_additions, report_text
from app.ui.form.attachments_model import (
    KEY_COLUMNS,
    AttachmentRow,
    AttachmentsModel,
    Column,
    link_name,
    row_from_state,
)
from app.ui.form.attachments_view import AttachmentsDelegate, AttachmentsView
from app.ui.form.drop_sources import accept_sources, dropped_sources
from app.ui.form.editor_kit import editor_action, issues_by_row, mark_summary, tool_button
from app.ui.form.issue_rows import Issue, IssueRole

__all__ = [
    "AttachmentsEditor",
    "AttachmentsModel",
    "Column",
    "IssueRole",
    "dropped_sources",
    "link_name",
]

_LAST_DIRECTORY_KEY = "attachments/lastDirectory"


# --- the editor ------------------------------------------------------------------------------


class AttachmentsEditor(QWidget):
    """Files and links to attach; see the module docstring."""

    changed = Signal()
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None, actions: AddActions | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentsEditor")
        self.setAcceptDrops(True)
        self.model = AttachmentsModel(self)
        self.model.edited.connect(self.changed)
        self.model.edited.connect(self._update_actions)
        self._jobs: set[ProbeSignals] = set()
        self._file_dialog: QFileDialog | None = None

        self.list_view = AttachmentsView(self)
        self.list_view.setObjectName("attachmentsList")
        self.list_view.setAccessibleName(self.tr("Attachments"))
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(AttachmentsDelegate(self.list_view))
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list_view.setShowGrid(False)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list_view.setTabKeyNavigation(False)
        self.list_view.verticalHeader().hide()
        header = self.list_view.horizontalHeader()
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.SIZE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.CONTENT_TYPE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.SOURCE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(
            Column.CONTENT_TYPE,
            self.fontMetrics().horizontalAdvance("application/octet-stream") + 16,
        )
        self.list_view.sources_dropped.connect(self._sources_dropped)
        # Qt does not refit a horizontal ResizeToContents section when rows arrive.
        self.model.edited.connect(self._fit_size_column)

        # Given by the result editor, which owns them window-wide and calls the slots itself.
        if actions is None:
            actions = add_actions(self, self.choose_files, self.start_link)
        else:
            self.addActions(list(actions))
        self.add_files_action, self.add_link_action = actions
        self.remove_action = editor_action(
            self, "removeAttachment", self.tr("Remove"), self.tr("Remove the selected attachments"),
            "remove", QKeySequence(Qt.Key.Key_Delete), self.remove_selected,
        )  # fmt: skip
        native = QKeySequence.SequenceFormat.NativeText
        self.list_view.placeholder = self.tr(
            "No attachments. Drop files here, add files ({files}) or add a link ({link})."
        ).format(
            files=self.add_files_action.shortcut().toString(native),
            link=self.add_link_action.shortcut().toString(native),
        )
        drop_hint = self.tr("Drop to attach (at most {max})")
        self.list_view.drop_hint = drop_hint.format(max=MAX_ATTACHMENTS)

        self.add_files_button = tool_button(
            self, self.add_files_action, "addAttachmentButton", with_text=True
        )
        self.add_link_button = tool_button(
            self, self.add_link_action, "addLinkButton", with_text=True
        )
        self.remove_button = tool_button(self, self.remove_action, "removeAttachmentButton")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("attachmentsCountLabel")
        self.count_label.setAccessibleName(self.tr("Number of attachments"))
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.link_form = LinkForm(self)
        self.link_form.hide()
        self.link_form.submitted.connect(self._link_submitted)
        self.link_form.cancelled.connect(self._link_cancelled)

        self.message_label = QLabel(self)
        self.message_label.setObjectName("attachmentsMessageLabel")
        self.message_label.setAccessibleName(self.tr("Attachment messages"))
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(2)
        buttons.addWidget(self.add_files_button)
        buttons.addWidget(self.add_link_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        buttons.addSpacing(6)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.link_form)
        layout.addLayout(buttons)

        self.list_view.selectionModel().selectionChanged.connect(self._update_actions)
        self._update_actions()

    # the API

    def add_paths(self, paths: Sequence[str]) -> list[str]:
        """Add files now (stat and a 4 KiB sniff each); returns why any were refused."""
        normalized = [os.path.abspath(os.path.expanduser(p)) for p in paths]
        return self._accept([probe_file(path) for path in normalized], [])

    def add_paths_in_background(self, paths: Sequence[str], links: Sequence[str] = ()) -> None:
        """Like `add_paths` (and `add_link` for links), with the disk work in a worker thread.

        `changed` and `message` tell when it is done.
        """
        normalized = [os.path.abspath(os.path.expanduser(p)) for p in paths]
        if not normalized:
            self._accept([], list(links))
            return
        signals = ProbeSignals()
        signals.done.connect(self._probed, Qt.ConnectionType.QueuedConnection)
        self._jobs.add(signals)
        self._show_message(self.tr("Reading the files…"), severity=None)
        QThreadPool.globalInstance().start(ProbeJob(normalized, list(links), signals))

    def busy(self) -> bool:
        """Whether files are still being read in the background."""
        return bool(self._jobs)

    def add_link(self, url: str, name: str, content_type: str | None = None) -> str | None:
        """Add a link attachment; returns why it was refused, or None."""
        refusals = self._accept([], [(url, name, content_type)])
        return refusals[0] if refusals else None

    def model_input(self) -> list[dict[str, Any]]:
        """The attachments as input for `ResultBody` (files as `FileRef`s)."""
        return [row.model_input() for row in self.model.rows()]

    def state(self) -> list[dict[str, Any]]:
        """The attachments as plain JSON-able data (drafts, Save as JSON)."""
        return [row.state() for row in self.model.rows()]

    def set_state(self, items: Sequence[Any] | None) -> None:
        """Restore `state()`; a file that is gone or changed is kept and flagged in its row."""
        rows = [row_from_state(item) for item in items or [] if isinstance(item, Mapping)]
        self.model.reset(rows)
        self._show_message("", severity=None)
        field_marks.clear(self.list_view)

    def show_issues(self, issues: Iterable[FieldIssue]) -> None:
        """Mark cells; paths are relative to the attachments, e.g. (0, "content_type")."""
        placed: list[tuple[int, Column | None, Severity, str]] = []
        in_rows, whole = issues_by_row(issues, self.model.rowCount())
        for issue in in_rows:
            path = issue.path
            key = path[1] if len(path) > 1 else None
            column = KEY_COLUMNS.get(key) if isinstance(key, str) else None
            text = issue.message if column is not None or key is None else f"{key}: {issue.message}"
            placed.append((int(path[0]), column, issue.severity, text))
        self.model.set_issues(placed)
        self._mark_list(whole)

    def _mark_list(self, whole: list[Issue]) -> None:
        found = list(whole)
        for number, row in enumerate(self.model.rows()):
            found.extend(
                (
                    severity,
                    self.tr("{name} (row {number}): {message}").format(
                        name=row.name or self.tr("unnamed"), number=number + 1, message=message
                    ),
                )
                for severity, message in row.all_issues()
            )
        mark_summary(self.list_view, found)

    # adding

    def choose_files(self) -> None:
        """Open the file picker (non-blocking); the chosen files are added in the background."""
        if self._file_dialog is None:
            dialog = QFileDialog(self, self.tr("Attach files"))
            dialog.setObjectName("attachmentsFileDialog")
            dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
            dialog.setNameFilters(
                [
                    self.tr("All files (*)"),
                    self.tr("Documents (*.pdf *.docx *.doc *.odt *.txt *.rtf *.html)"),
                    self.tr("Images (*.png *.jpg *.jpeg *.gif *.webp)"),
                    self.tr("Spreadsheets (*.xlsx *.xls *.ods *.csv)"),
                ]
            )
            dialog.filesSelected.connect(self._files_chosen)
            self._file_dialog = dialog
        directory = self._settings().value(_LAST_DIRECTORY_KEY, "", str)
        if isinstance(directory, str) and directory and os.path.isdir(directory):
            self._file_dialog.setDirectory(directory)
        self._file_dialog.open()

    @property
    def file_dialog(self) -> QFileDialog | None:
        return self._file_dialog

    def _files_chosen(self, paths: list[str]) -> None:
        if paths:
            self._settings().setValue(_LAST_DIRECTORY_KEY, os.path.dirname(paths[0]))
        self.add_paths_in_background(paths)

    @staticmethod
    def _settings() -> QSettings:
        return QSettings(str(settings_file()), QSettings.Format.IniFormat)

    def _sources_dropped(self, files: list[str], links: list[str]) -> None:
        self.add_paths_in_background(files, links)

    def _probed(self, results: list[FileProbe | FileRefusal], links: list[str]) -> None:
        signals = self.sender()
        if isinstance(signals, ProbeSignals):
            self._jobs.discard(signals)
        self._accept(results, [(url, "", None) for url in links])

    def _accept(
        self, results: Sequence[FileProbe | FileRefusal], links: Sequence[LinkSource]
    ) -> list[str]:
        """Add what can be added, in order; say what was refused and why."""
        plan = plan_additions(self.model.rows(), results, links)
        first_new = self.model.rowCount()
        self.model.insert_rows(first_new, plan.added)
        if plan.added:
            self._select_rows(range(first_new, first_new + len(plan.added)))
        self._report(plan.added, plan.refusals + plan.warnings)
        return plan.refusals

    def _report(self, added: list[AttachmentRow], refusals: list[str]) -> None:
        text = report_text(added, refusals)
        if text:
            self.message.emit(text)
        # The inline label keeps only what needs attention.
        self._show_message("\n".join(refusals), severity="warning" if refusals else None)

    def _show_message(self, text: str, *, severity: Severity | None) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        palette = self.message_label.palette()
        colour = (
            field_marks.mark_color(severity, self.palette())
            if severity
            else self.palette().color(QPalette.ColorRole.WindowText)
        )
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.message_label.setPalette(palette)

    # links

    def start_link(self) -> None:
        """Show the inline "Add link" form."""
        if self.model.rowCount() >= MAX_ATTACHMENTS:
            self._report([], [self.tr("No link was added: at most {max} attachments can be sent.")
                              .format(max=MAX_ATTACHMENTS)])  # fmt: skip
            return
        self.link_form.start()

    def _link_submitted(self, url: str, name: str, content_type: object) -> None:
        refusal = self.add_link(url, name, content_type if isinstance(content_type, str) else None)
        if refusal is None:
            self.link_form.hide()
            self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _link_cancelled(self) -> None:
        self.link_form.hide()
        self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)

    # removing and selection

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.list_view.selectionModel().selectedRows()})

    def remove_selected(self) -> None:
        rows = self.selected_rows()
        if not rows and self.list_view.currentIndex().isValid():
            rows = [self.list_view.currentIndex().row()]
        if not rows:
            return
        names = [self.model.rows()[n].name for n in rows]
        self.model.remove_rows(rows)
        self.message.emit(self.tr("Removed: {names}.").format(
            names=", ".join(names)
        ))  # fmt: skip
        self._show_message("", severity=None)
        if self.model.rowCount():
            self._select_rows([min(rows[0], self.model.rowCount() - 1)])
        self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _select_rows(self, rows: Iterable[int]) -> None:
        selection = self.list_view.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        numbers = list(rows)
        for number in numbers:
            selection.select(self.model.index(number, 0), flags)
        if numbers:
            selection.setCurrentIndex(
                self.model.index(numbers[0], Column.NAME),
                QItemSelectionModel.SelectionFlag.NoUpdate,
            )

    def _fit_size_column(self) -> None:
        self.list_view.resizeColumnToContents(Column.SIZE)

    def _update_actions(self, *_: Any) -> None:
        count = self.model.rowCount()
        self.remove_action.setEnabled(bool(self.selected_rows()))
        full = count >= MAX_ATTACHMENTS
        self.add_files_action.setEnabled(not full)
        self.add_link_action.setEnabled(not full)
        self.count_label.setText(
            self.tr("{count} of {max}").format(count=count, max=MAX_ATTACHMENTS)
        )
        self.count_label.setToolTip(
            self.tr("At most {max} attachments can be sent.").format(max=MAX_ATTACHMENTS)
        )

    # drops anywhere on the editor, not only on the list

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        accept_sources(event)

    def dropEvent(self, event: QDropEvent) -> None:
        sources = accept_sources(event)
        if sources:
            self.add_paths_in_background(*sources)

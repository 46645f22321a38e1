"""The result's attachments: files (picker or drag and drop) and links, at most five.

Each row shows the name the ATS will show (editable), the size, the content type (detected
from the file's first bytes and its extension; editable, with common types offered) and where
the content comes from. Files stay references (path, size, mtime): only `os.stat` and the first
4 KiB are read here, and the picker and drops do even that in a worker thread. The file is read
when the result is sent, and a file that changed by then stops the send (`app.kombo.body`).

Adding refuses, with the reason, what cannot be sent: a sixth attachment, empty files,
folders, unreadable or missing paths, and a file that is already in the list. The reasons go
to the inline label under the list and to `message` for the main window's status bar and log.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
    QThreadPool,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.kombo.constants import MAX_ATTACHMENTS
from app.kombo.content_types import COMMON_CONTENT_TYPES
from app.kombo.issues import FieldIssue
from app.store.paths import settings_file
from app.ui.common import field_marks
from app.ui.common.field_marks import Severity
from app.ui.form.attachments_model import (
    KEY_COLUMNS,
    MAX_FILES_BYTES,
    WARN_FILE_BYTES,
    AttachmentRow,
    AttachmentsModel,
    Column,
    FileProbe,
    FileRefusal,
    ProbeJob,
    ProbeSignals,
    link_name,
    mib,
    probe_file,
    refusal_text,
    row_from_state,
)
from app.ui.form.editor_kit import (
    EditorTableView,
    editor_action,
    issues_by_row,
    mark_summary,
    tool_button,
)
from app.ui.form.issue_rows import AnyIndex, Issue, IssueRole

__all__ = ["AttachmentsEditor", "AttachmentsModel", "Column", "IssueRole", "link_name"]

_LAST_DIRECTORY_KEY = "attachments/lastDirectory"


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttachmentsEditor", text)


# --- delegate and view ----------------------------------------------------------------------


class _AttachmentsDelegate(QStyledItemDelegate):
    """An editable combo with common content types; a line edit (from Qt) for the name."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        # A path keeps its start and its file name; everything else reads from the left.
        option.textElideMode = (
            Qt.TextElideMode.ElideMiddle
            if index.column() == Column.SOURCE
            else Qt.TextElideMode.ElideRight
        )

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        if index.column() != Column.CONTENT_TYPE:
            editor = super().createEditor(parent, option, index)
            editor.setAccessibleName(_tr("Attachment name"))
            return editor
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setAccessibleName(_tr("Content type"))
        _compact(combo)
        combo.addItems(list(COMMON_CONTENT_TYPES))
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setEditText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            line = editor.lineEdit()
            if line is not None:
                line.selectAll()
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


def _compact(combo: QComboBox) -> None:
    """Size a content-type combo by a typical type, not by the longest Office one."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)


def dropped_sources(
    event: QDropEvent | QDragEnterEvent | QDragMoveEvent,
) -> tuple[list[str], list[str]]:
    """Local file paths and http(s) links in a drag's `text/uri-list`."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return [], []
    files: list[str] = []
    links: list[str] = []
    for url in mime.urls():
        if url.isLocalFile():
            files.append(url.toLocalFile())
        elif url.scheme() in ("http", "https"):
            links.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
    return files, links


def _accept_sources(
    event: QDropEvent | QDragEnterEvent | QDragMoveEvent,
) -> tuple[list[str], list[str]] | None:
    """Accept a drag or drop that brings files or links, and return them; ignore any other."""
    files, links = dropped_sources(event)
    if not (files or links):
        event.ignore()
        return None
    event.acceptProposedAction()
    return files, links


class _AttachmentsView(EditorTableView):
    """A list of attachments that takes dropped files and links, and says so while dragging."""

    sources_dropped = Signal(list, list)  # local paths, links

    drop_hint = ""
    hint_margins = (14, 10)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._drop_active = False
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(False)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _accept_sources(event):
            self._set_drop_active(True)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        _accept_sources(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_drop_active(False)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_drop_active(False)
        sources = _accept_sources(event)
        if sources:
            self.sources_dropped.emit(*sources)

    def _set_drop_active(self, active: bool) -> None:
        self._drop_active = active
        self.viewport().update()

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        # Rows are selected whole, but Left and Right still move between cells, so the
        # content type can be reached and edited from the keyboard.
        current = self.currentIndex()
        step = {
            QAbstractItemView.CursorAction.MoveLeft: -1,
            QAbstractItemView.CursorAction.MoveRight: 1,
        }.get(cursorAction)
        if step is not None and current.isValid():
            column = min(max(current.column() + step, 0), self.model().columnCount() - 1)
            return self.model().index(current.row(), column)
        return super().moveCursor(cursorAction, modifiers)

    def hint(self) -> str:
        return self.drop_hint if self._drop_active else super().hint()

    def paint_hint(self, painter: QPainter, text: str) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._drop_active:
            highlight = self.palette().color(QPalette.ColorRole.Highlight)
            painter.setPen(QPen(highlight, 2, Qt.PenStyle.DashLine))
            fill = highlight
            fill.setAlpha(28)
            painter.setBrush(fill)
            painter.drawRoundedRect(self.viewport().rect().adjusted(6, 6, -6, -6), 6, 6)
        super().paint_hint(painter, text)


# --- the "Add link" form ----------------------------------------------------------------------


class _LinkForm(QFrame):
    """A small inline form: URL, name and an optional content type."""

    submitted = Signal(str, str, object)  # url, name, content type or None
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addLinkForm")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("linkUrlEdit")
        self.url_edit.setAccessibleName(self.tr("Link URL"))
        self.url_edit.setPlaceholderText(self.tr("https://example.com/report.pdf"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("linkNameEdit")
        self.name_edit.setAccessibleName(self.tr("Link name"))
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("linkContentTypeCombo")
        self.type_combo.setAccessibleName(self.tr("Link content type"))
        self.type_combo.setEditable(True)
        self.type_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        _compact(self.type_combo)
        self.type_combo.addItems(["", *COMMON_CONTENT_TYPES])
        type_line = self.type_combo.lineEdit()
        if type_line is not None:
            type_line.setPlaceholderText(self.tr("From the download"))
        self.type_combo.setToolTip(
            self.tr("Optional: Kombo takes the type the server sends when this is empty.")
        )
        self.add_button = QPushButton(self.tr("Add link"), self)
        self.add_button.setObjectName("addLinkConfirmButton")
        self.add_button.setAccessibleName(self.tr("Add the link"))
        self.add_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("addLinkCancelButton")
        self.cancel_button.setAccessibleName(self.tr("Cancel adding a link"))

        url_label = QLabel(self.tr("UR&L:"), self)
        url_label.setBuddy(self.url_edit)
        name_label = QLabel(self.tr("&Name:"), self)
        name_label.setBuddy(self.name_edit)
        type_label = QLabel(self.tr("&Type:"), self)
        type_label.setBuddy(self.type_combo)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        grid.addWidget(url_label, 0, 0)
        grid.addWidget(self.url_edit, 0, 1, 1, 3)
        grid.addWidget(name_label, 1, 0)
        grid.addWidget(self.name_edit, 1, 1)
        grid.addWidget(type_label, 1, 2)
        grid.addWidget(self.type_combo, 1, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.add_button)
        grid.addLayout(buttons, 2, 0, 1, 4)

        self.url_edit.textChanged.connect(self._url_changed)
        self.url_edit.returnPressed.connect(self._submit)
        self.name_edit.returnPressed.connect(self._submit)
        if type_line is not None:
            type_line.returnPressed.connect(self._submit)
        self.add_button.clicked.connect(self._submit)
        self.cancel_button.clicked.connect(self.cancelled)

    def start(self) -> None:
        for widget in (self.url_edit, self.name_edit, self.type_combo):
            field_marks.clear(widget)
        self.url_edit.clear()
        self.name_edit.clear()
        self.type_combo.setCurrentIndex(0)
        self.type_combo.setEditText("")
        self.show()
        self.url_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _url_changed(self, text: str) -> None:
        self.name_edit.setPlaceholderText(link_name(text) if text.strip() else "")
        field_marks.clear(self.url_edit)

    def values(self) -> tuple[str, str, str | None]:
        url = self.url_edit.text().strip()
        name = self.name_edit.text().strip() or (link_name(url) if url else "")
        return url, name, self.type_combo.currentText().strip() or None

    def _submit(self) -> None:
        url, name, content_type = self.values()
        # The model decides what a valid link is; the form only shows it at its own fields.
        from pydantic import ValidationError

        from app.kombo.models import Attachment
        from app.kombo.validation import issues_from_error

        issues: list[FieldIssue] = []
        try:
            Attachment.model_validate({"name": name, "data_url": url, "content_type": content_type})
        except ValidationError as exc:
            issues = issues_from_error(exc)
        fields = {
            "name": self.name_edit,
            "data_url": self.url_edit,
            "content_type": self.type_combo,
        }
        for key, widget in fields.items():
            found = [issue.message for issue in issues if issue.path[:1] == (key,)]
            field_marks.mark(widget, "\n".join(found) or None)
        if not issues:
            self.submitted.emit(url, name, content_type)
        else:
            first = next(w for w in fields.values() if field_marks.message(w))
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)


# --- the editor ------------------------------------------------------------------------------


class AttachmentsEditor(QWidget):
    """Files and links to attach; see the module docstring."""

    changed = Signal()
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentsEditor")
        self.setAcceptDrops(True)
        self.model = AttachmentsModel(self)
        self.model.edited.connect(self.changed)
        self.model.edited.connect(self._update_actions)
        self._jobs: set[ProbeSignals] = set()
        self._file_dialog: QFileDialog | None = None

        self.list_view = _AttachmentsView(self)
        self.list_view.setObjectName("attachmentsList")
        self.list_view.setAccessibleName(self.tr("Attachments"))
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(_AttachmentsDelegate(self.list_view))
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

        self.add_files_action = editor_action(
            self, "addAttachment", self.tr("Add files…"), self.tr("Attach files"),
            "file", QKeySequence("Ctrl+Shift+A"), self.choose_files,
        )  # fmt: skip
        self.add_link_action = editor_action(
            self, "addLink", self.tr("Add link"), self.tr("Attach a link (data_url)"),
            "link", QKeySequence("Ctrl+Shift+L"), self.start_link,
        )  # fmt: skip
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

        self.link_form = _LinkForm(self)
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
        self,
        results: Sequence[FileProbe | FileRefusal],
        links: Sequence[tuple[str, str, str | None] | str],
    ) -> list[str]:
        """Add what can be added, in order; say what was refused and why."""
        refusals: list[str] = []
        added: list[AttachmentRow] = []
        known = {row.path for row in self.model.rows() if row.path}
        room = MAX_ATTACHMENTS - self.model.rowCount()
        too_many = self.tr("{name} was not added: at most {max} attachments can be sent.")

        warnings: list[str] = []
        total = sum(row.size or 0 for row in self.model.rows() if row.path)
        for result in results:
            if isinstance(result, FileRefusal):
                refusals.append(refusal_text(result))
                continue
            name = os.path.basename(result.path)
            if total + result.size > MAX_FILES_BYTES and result.path not in known:
                too_much = self.tr(
                    "{name} was not added: with it the attachments would be {size}; at most "
                    "{max} can be sent in one result."
                )
                size = mib(total + result.size)
                refusals.append(too_much.format(name=name, size=size, max=mib(MAX_FILES_BYTES)))
            elif result.path in known:
                refusals.append(self.tr("{name} was not added: it is already attached.").format(
                    name=name
                ))  # fmt: skip
            elif len(added) >= room:
                refusals.append(too_many.format(name=name, max=MAX_ATTACHMENTS))
            else:
                known.add(result.path)
                total += result.size
                if result.size > WARN_FILE_BYTES:
                    large = self.tr(
                        "{name} is {size}: above {warn} an upload is slow and some ATSs refuse "
                        "it; a link to the file (data_url) is safer."
                    )
                    size = mib(result.size)
                    warnings.append(large.format(name=name, size=size, warn=mib(WARN_FILE_BYTES)))
                added.append(
                    AttachmentRow(
                        name=name,
                        content_type=result.content_type,
                        path=result.path,
                        size=result.size,
                        mtime_ns=result.mtime_ns,
                    )
                )
        for link in links:
            url, name, content_type = (link, "", None) if isinstance(link, str) else link
            url = url.strip()
            name = name.strip() or link_name(url)
            if len(added) >= room:
                refusals.append(too_many.format(name=name, max=MAX_ATTACHMENTS))
                continue
            added.append(AttachmentRow(name=name, content_type=content_type or None, data_url=url))

        first_new = self.model.rowCount()
        self.model.insert_rows(first_new, added)
        if added:
            self._select_rows(range(first_new, first_new + len(added)))
        self._report(added, refusals + warnings)
        return refusals

    def _report(self, added: list[AttachmentRow], refusals: list[str]) -> None:
        parts: list[str] = []
        if added:
            names = ", ".join(row.name for row in added)
            parts.append(self.tr("Added: {names}.").format(
                names=names
            ))  # fmt: skip
        parts.extend(refusals)
        text = " ".join(parts)
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
        _accept_sources(event)

    def dropEvent(self, event: QDropEvent) -> None:
        sources = _accept_sources(event)
        if sources:
            self.add_paths_in_background(*sources)

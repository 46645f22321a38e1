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
import stat
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any, Literal, TypeAlias
from urllib.parse import unquote, urlsplit

from pydantic import ValidationError
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    QSettings,
    Qt,
    QThreadPool,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
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
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.kombo.models import MAX_ATTACHMENTS, Attachment, FileRef
from app.kombo.validation import FieldIssue, issues_from_error
from app.store.paths import settings_file
from app.ui import field_marks
from app.ui.content_types import (
    COMMON_CONTENT_TYPES,
    SNIFF_BYTES,
    detect_content_type,
    is_generic,
)
from app.ui.field_marks import Severity
from app.ui.glyph_icons import glyph_icon

AnyIndex: TypeAlias = QModelIndex | QPersistentModelIndex
IssueRole = Qt.ItemDataRole.UserRole + 1
_LAST_DIRECTORY_KEY = "attachments/lastDirectory"


class Column(IntEnum):
    NAME = 0
    SIZE = 1
    CONTENT_TYPE = 2
    SOURCE = 3


_KEY_COLUMNS: dict[str, Column] = {
    "name": Column.NAME,
    "content_type": Column.CONTENT_TYPE,
    "data_url": Column.SOURCE,
    "data": Column.SOURCE,
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttachmentsEditor", text)


# --- probing files (any thread; no Qt) --------------------------------------------------------

RefusalKind = Literal["missing", "directory", "special", "empty", "unreadable"]


@dataclass(frozen=True)
class FileProbe:
    path: str
    size: int
    mtime_ns: int
    content_type: str


@dataclass(frozen=True)
class FileRefusal:
    path: str
    kind: RefusalKind
    detail: str = ""


def probe_file(path: str) -> FileProbe | FileRefusal:
    """Stat a path and sniff its first bytes; never raises. Blocking: call it off the Qt thread
    when the disk may be slow (a network share)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return FileRefusal(path, "missing")
    except OSError as exc:
        return FileRefusal(path, "unreadable", exc.strerror or str(exc))
    if stat.S_ISDIR(info.st_mode):
        return FileRefusal(path, "directory")
    if not stat.S_ISREG(info.st_mode):
        # Opening a FIFO or a device could block forever.
        return FileRefusal(path, "special")
    if info.st_size == 0:
        return FileRefusal(path, "empty")
    try:
        with open(path, "rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError as exc:
        return FileRefusal(path, "unreadable", exc.strerror or str(exc))
    return FileProbe(path, info.st_size, info.st_mtime_ns, detect_content_type(path, head))


def _refusal_text(refusal: FileRefusal) -> str:
    name = os.path.basename(refusal.path.rstrip(os.sep)) or refusal.path
    reasons = {
        "missing": _tr("there is no such file"),
        "directory": _tr("it is a folder; add the files in it instead"),
        "special": _tr("it is not a regular file"),
        "empty": _tr("the file is empty"),
        "unreadable": _tr("it cannot be read ({detail})").format(detail=refusal.detail),
    }
    return _tr("{name} was not added: {reason}.").format(name=name, reason=reasons[refusal.kind])


class _ProbeSignals(QObject):
    done = Signal(object, object)  # (list of probes and refusals, links)


class _ProbeJob(QRunnable):
    def __init__(self, paths: list[str], links: list[str], signals: _ProbeSignals) -> None:
        super().__init__()
        self._paths = paths
        self._links = links
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        self.signals.done.emit([probe_file(path) for path in self._paths], self._links)


# --- rows ----------------------------------------------------------------------------------


@dataclass
class _Row:
    name: str
    content_type: str | None = None
    path: str | None = None
    size: int | None = None
    mtime_ns: int | None = None
    data_url: str | None = None
    data: str | None = None  # inline base64 from an opened JSON file
    # What is wrong with the file on disk since it was added (set by set_state).
    problem: str | None = None
    issues: dict[Column | None, list[tuple[Severity, str]]] = field(default_factory=dict)

    @property
    def kind(self) -> Literal["file", "link", "inline"]:
        if self.path is not None:
            return "file"
        return "link" if self.data is None else "inline"

    def model_input(self) -> dict[str, Any]:
        if self.kind == "file":
            ref = FileRef(path=self.path or "", size=self.size or 0, mtime_ns=self.mtime_ns)
            return {"name": self.name, "data": ref, "content_type": self.content_type}
        out: dict[str, Any] = {"name": self.name}
        if self.kind == "link":
            out["data_url"] = self.data_url or ""
        else:
            out["data"] = self.data
        if self.content_type is not None or self.kind == "inline":
            out["content_type"] = self.content_type
        return out

    def state(self) -> dict[str, Any]:
        if self.kind == "file":
            return {
                "name": self.name,
                "content_type": self.content_type,
                "path": self.path,
                "size": self.size,
                "mtime_ns": self.mtime_ns,
            }
        if self.kind == "link":
            return {"name": self.name, "data_url": self.data_url, "content_type": self.content_type}
        return {"name": self.name, "data": self.data, "content_type": self.content_type}

    def local_issues(self) -> dict[Column, tuple[Severity, str]]:
        found: dict[Column, tuple[Severity, str]] = {}
        if self.problem:
            found[Column.SOURCE] = ("error", self.problem)
        if is_generic(self.content_type):
            found[Column.CONTENT_TYPE] = (
                "warning",
                _tr(
                    "{type} is generic; the ATS may not open the file. "
                    "Choose a meaningful type such as application/pdf."
                ).format(type=self.content_type),
            )
        return found

    def issue(self, column: Column | None) -> tuple[Severity, str] | None:
        given = self.issues.get(column)
        if given:
            severity: Severity = "error" if any(s == "error" for s, _ in given) else "warning"
            return severity, "\n".join(message for _, message in given)
        return self.local_issues().get(column) if column is not None else None

    def all_issues(self) -> list[tuple[Severity, str]]:
        out: list[tuple[Severity, str]] = []
        for column in (None, *Column):
            found = self.issue(column)
            if found is not None:
                prefix = "" if column is None else f"{_column_title(column)}: "
                out.append((found[0], prefix + found[1]))
        return out


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _text_or_none(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _row_from_state(item: Mapping[str, Any]) -> _Row:
    name = "" if item.get("name") is None else str(item["name"])
    content_type = _text_or_none(item.get("content_type"))
    if item.get("path") is not None:
        row = _Row(
            name=name,
            content_type=content_type,
            path=str(item["path"]),
            size=_int_or_none(item.get("size")),
            mtime_ns=_int_or_none(item.get("mtime_ns")),
        )
        row.problem = _file_problem(row)
        return row
    if isinstance(item.get("data"), str):
        return _Row(name=name, content_type=content_type, data=item["data"])
    return _Row(name=name, content_type=content_type, data_url=str(item.get("data_url") or ""))


def _file_problem(row: _Row) -> str | None:
    """Whether the file on disk is still the one that was added."""
    try:
        info = os.stat(row.path or "")
    except FileNotFoundError:
        return _tr("The file is gone. Remove it, or add it again from where it is now.")
    except OSError as exc:
        return _tr("The file cannot be read ({detail}).").format(detail=exc.strerror or exc)
    if not stat.S_ISREG(info.st_mode):
        return _tr("This is no longer a regular file.")
    if row.size is None:
        row.size, row.mtime_ns = info.st_size, info.st_mtime_ns
        return None
    if info.st_size != row.size or (row.mtime_ns is not None and info.st_mtime_ns != row.mtime_ns):
        return _tr(
            "The file changed since it was added. "
            "Remove it and add it again to send it as it is now."
        )
    return None


def link_name(url: str) -> str:
    """A name for a link: its last path segment, else its host."""
    parts = urlsplit(url.strip())
    segment = unquote(parts.path.rstrip("/").rsplit("/", 1)[-1])
    return segment or parts.hostname or url.strip()


def _column_title(column: Column) -> str:
    return {
        Column.NAME: _tr("Name"),
        Column.SIZE: _tr("Size"),
        Column.CONTENT_TYPE: _tr("Content type"),
        Column.SOURCE: _tr("Source"),
    }[column]


# --- the model -------------------------------------------------------------------------------


class AttachmentsModel(QAbstractTableModel):
    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []

    def rowCount(self, parent: AnyIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(Column)

    def rows(self) -> list[_Row]:
        return list(self._rows)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        if index.column() in (Column.NAME, Column.CONTENT_TYPE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _display(self, row: _Row, column: Column) -> str:
        if column == Column.NAME:
            return row.name
        if column == Column.SIZE:
            if row.kind == "link":
                return _tr("link")
            size = row.size if row.kind == "file" else len(row.data or "") * 3 // 4
            return QLocale().formattedDataSize(
                size or 0, 1, QLocale.DataSizeFormat.DataSizeSIFormat
            )
        if column == Column.CONTENT_TYPE:
            if row.content_type is None and row.kind == "link":
                return _tr("from the download")
            return row.content_type or ""
        if row.kind == "file":
            return row.path or ""
        if row.kind == "link":
            return row.data_url or ""
        return _tr("inline data")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        issue = row.issue(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == Column.CONTENT_TYPE:
                return row.content_type or ""
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [issue[1]] if issue else []
            if column == Column.NAME:
                lines = [message for _, message in row.all_issues()]
                lines.append(_tr("The name the ATS shows. F2 to rename."))
            elif column == Column.SOURCE:
                lines.append(self._display(row, column))
            elif column == Column.SIZE and row.size is not None:
                lines.append(_tr("{bytes} bytes").format(bytes=QLocale().toString(row.size)))
            return "\n".join(lines) or None
        if role == Qt.ItemDataRole.DecorationRole and column == Column.NAME:
            problems = row.all_issues()
            if problems:
                worst: Severity = "error" if any(s == "error" for s, _ in problems) else "warning"
                return field_marks.severity_icon(worst)
            return glyph_icon("file" if row.kind != "link" else "link")
        if role == Qt.ItemDataRole.BackgroundRole and issue:
            return field_marks.cell_background(issue[0])
        if role == Qt.ItemDataRole.ForegroundRole:
            if issue:
                return field_marks.cell_foreground(issue[0])
            if column == Column.CONTENT_TYPE and row.content_type is None:
                return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._display(row, column) or _tr("empty")
            if issue:
                kind = _tr("Error") if issue[0] == "error" else _tr("Warning")
                text = f"{text}. {kind}: {issue[1]}"
            return text
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return issue[1] if issue else None
        if role == IssueRole:
            return issue
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self._rows[index.row()]
        column = Column(index.column())
        text = "" if value is None else str(value)
        if column == Column.NAME:
            if text == row.name:
                return True
            row.name = text
        elif column == Column.CONTENT_TYPE:
            new_type = text.strip() or None
            if new_type == row.content_type:
                return True
            row.content_type = new_type
        else:
            return False
        row.issues.pop(column, None)
        self._row_changed(index.row())
        self.edited.emit()
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _column_title(Column(section))
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                Column.NAME: _tr("The file name the ATS shows (editable)"),
                Column.SIZE: _tr("The file's size"),
                Column.CONTENT_TYPE: _tr("What kind of file it is, e.g. application/pdf"),
                Column.SOURCE: _tr("The file on this computer, or the link Kombo downloads"),
            }[Column(section)]
        return None

    def append(self, rows: Sequence[_Row]) -> None:
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()
        self.edited.emit()

    def remove_rows(self, numbers: Iterable[int]) -> None:
        for number in sorted(set(numbers), reverse=True):
            self.beginRemoveRows(QModelIndex(), number, number)
            del self._rows[number]
            self.endRemoveRows()
        self.edited.emit()

    def reset(self, rows: list[_Row]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        self.edited.emit()

    def set_issues(self, issues: Iterable[tuple[int, Column | None, Severity, str]]) -> None:
        for row in self._rows:
            row.issues.clear()
        for number, column, severity, message in issues:
            bucket = self._rows[number].issues.setdefault(column, [])
            if (severity, message) not in bucket:
                bucket.append((severity, message))
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
            )

    def _row_changed(self, number: int) -> None:
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(Column) - 1))


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


class _AttachmentsView(QTableView):
    """A list of attachments that takes dropped files and links, with hints painted in."""

    sources_dropped = Signal(list, list)  # local paths, links

    placeholder = ""
    drop_hint = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._drop_active = False
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(False)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        files, links = dropped_sources(event)
        if files or links:
            event.acceptProposedAction()
            self._set_drop_active(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        files, links = dropped_sources(event)
        if files or links:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_drop_active(False)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_drop_active(False)
        files, links = dropped_sources(event)
        if not (files or links):
            event.ignore()
            return
        event.acceptProposedAction()
        self.sources_dropped.emit(files, links)

    def _set_drop_active(self, active: bool) -> None:
        self._drop_active = active
        self.viewport().update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            current = self.currentIndex()
            if current.isValid() and current.flags() & Qt.ItemFlag.ItemIsEditable:
                self.edit(current)
                return
        super().keyPressEvent(event)

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

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        empty = self.model().rowCount() == 0
        if not (self._drop_active or (empty and self.placeholder)):
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self.viewport().rect().adjusted(6, 6, -6, -6)
        if self._drop_active:
            highlight = self.palette().color(QPalette.ColorRole.Highlight)
            pen = QPen(highlight, 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            fill = highlight
            fill.setAlpha(28)
            painter.setBrush(fill)
            painter.drawRoundedRect(area, 6, 6)
        if empty or self._drop_active:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            text = self.drop_hint if self._drop_active else self.placeholder
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(area.adjusted(8, 4, -8, -4), int(flags), text)


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

        url_label = QLabel(self.tr("&URL:"), self)
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
            first = next(w for k, w in fields.items() if field_marks.message(w))
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
        self._jobs: set[_ProbeSignals] = set()
        self._file_dialog: QFileDialog | None = None

        self.list = _AttachmentsView(self)
        self.list.setObjectName("attachmentsList")
        self.list.setAccessibleName(self.tr("Attachments"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(_AttachmentsDelegate(self.list))
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.list.setShowGrid(False)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setTabKeyNavigation(False)
        self.list.verticalHeader().hide()
        header = self.list.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.SIZE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.CONTENT_TYPE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.SOURCE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(
            Column.CONTENT_TYPE,
            self.fontMetrics().horizontalAdvance("application/octet-stream") + 16,
        )
        self.list.sources_dropped.connect(self._sources_dropped)

        self.add_files_action = self._action(
            "addAttachment", self.tr("Add files…"), self.tr("Attach files"),
            "file", QKeySequence("Ctrl+Shift+A"), self.choose_files,
        )  # fmt: skip
        self.add_link_action = self._action(
            "addLink", self.tr("Add link"), self.tr("Attach a link (data_url)"),
            "link", QKeySequence("Ctrl+Shift+L"), self.start_link,
        )  # fmt: skip
        self.remove_action = self._action(
            "removeAttachment", self.tr("Remove"), self.tr("Remove the selected attachments"),
            "remove", QKeySequence(Qt.Key.Key_Delete), self.remove_selected,
        )  # fmt: skip
        native = QKeySequence.SequenceFormat.NativeText
        self.list.placeholder = self.tr(
            "No attachments. Drop files here, add files ({files}) or add a link ({link})."
        ).format(
            files=self.add_files_action.shortcut().toString(native),
            link=self.add_link_action.shortcut().toString(native),
        )
        self.list.drop_hint = self.tr("Drop to attach (at most {max})").format(max=MAX_ATTACHMENTS)

        self.add_files_button = self._button(self.add_files_action, "addAttachmentButton", True)
        self.add_link_button = self._button(self.add_link_action, "addLinkButton", True)
        self.remove_button = self._button(self.remove_action, "removeAttachmentButton")
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
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.link_form)
        layout.addLayout(buttons)

        self.list.selectionModel().selectionChanged.connect(self._update_actions)
        self._update_actions()

    # building

    def _action(
        self,
        name: str,
        text: str,
        description: str,
        glyph: Any,
        shortcut: QKeySequence,
        slot: Any,
    ) -> QAction:
        action = QAction(glyph_icon(glyph), text, self)
        action.setObjectName(name + "Action")
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{description} ({keys})")
        action.setStatusTip(description)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _button(self, action: QAction, name: str, with_text: bool = False) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setObjectName(name)
        button.setAccessibleName(action.statusTip())
        button.setAutoRaise(not with_text)
        button.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            if with_text
            else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        return button

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
        signals = _ProbeSignals()
        signals.done.connect(self._probed, Qt.ConnectionType.QueuedConnection)
        self._jobs.add(signals)
        count = len(normalized)
        self._show_message(self.tr("Reading %n file(s)…", "", count), severity=None)
        QThreadPool.globalInstance().start(_ProbeJob(normalized, list(links), signals))

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
        rows = [_row_from_state(item) for item in items or [] if isinstance(item, Mapping)]
        self.model.reset(rows)
        self._show_message("", severity=None)
        field_marks.clear(self.list)

    def show_issues(self, issues: Iterable[FieldIssue]) -> None:
        """Mark cells; paths are relative to the attachments, e.g. (0, "content_type")."""
        placed: list[tuple[int, Column | None, Severity, str]] = []
        whole: list[tuple[Severity, str]] = []
        count = self.model.rowCount()
        for issue in issues:
            path = issue.path
            if not path or not isinstance(path[0], int) or not 0 <= path[0] < count:
                whole.append((issue.severity, issue.message))
                continue
            key = path[1] if len(path) > 1 else None
            column = _KEY_COLUMNS.get(key) if isinstance(key, str) else None
            text = issue.message if column is not None or key is None else f"{key}: {issue.message}"
            placed.append((path[0], column, issue.severity, text))
        self.model.set_issues(placed)
        self._mark_list(whole)

    def _mark_list(self, whole: list[tuple[Severity, str]]) -> None:
        lines = [message for _, message in whole]
        severities = [severity for severity, _ in whole]
        for number, row in enumerate(self.model.rows()):
            for severity, message in row.all_issues():
                lines.append(
                    self.tr("{name} (row {number}): {message}").format(
                        name=row.name or self.tr("unnamed"), number=number + 1, message=message
                    )
                )
                severities.append(severity)
        worst: Severity = "error" if "error" in severities else "warning"
        field_marks.mark(self.list, "\n".join(lines) or None, worst)

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
        if isinstance(signals, _ProbeSignals):
            self._jobs.discard(signals)
        self._accept(results, [(url, "", None) for url in links])

    def _accept(
        self,
        results: Sequence[FileProbe | FileRefusal],
        links: Sequence[tuple[str, str, str | None] | str],
    ) -> list[str]:
        """Add what can be added, in order; say what was refused and why."""
        refusals: list[str] = []
        added: list[_Row] = []
        known = {row.path for row in self.model.rows() if row.path}
        room = MAX_ATTACHMENTS - self.model.rowCount()
        too_many = self.tr("{name} was not added: at most {max} attachments can be sent.")

        for result in results:
            if isinstance(result, FileRefusal):
                refusals.append(_refusal_text(result))
                continue
            name = os.path.basename(result.path)
            if result.path in known:
                refusals.append(self.tr("{name} was not added: it is already attached.").format(
                    name=name
                ))  # fmt: skip
            elif len(added) >= room:
                refusals.append(too_many.format(name=name, max=MAX_ATTACHMENTS))
            else:
                known.add(result.path)
                added.append(
                    _Row(
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
            added.append(_Row(name=name, content_type=content_type or None, data_url=url))

        first_new = self.model.rowCount()
        self.model.append(added)
        if added:
            self._select_rows(range(first_new, first_new + len(added)))
        self._report(added, refusals)
        return refusals

    def _report(self, added: list[_Row], refusals: list[str]) -> None:
        parts: list[str] = []
        if added:
            names = ", ".join(row.name for row in added)
            parts.append(self.tr("Added %n attachment(s): {names}.", "", len(added)).format(
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
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _link_cancelled(self) -> None:
        self.link_form.hide()
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    # removing and selection

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.list.selectionModel().selectedRows()})

    def remove_selected(self) -> None:
        rows = self.selected_rows()
        if not rows and self.list.currentIndex().isValid():
            rows = [self.list.currentIndex().row()]
        if not rows:
            return
        names = [self.model.rows()[n].name for n in rows]
        self.model.remove_rows(rows)
        self.message.emit(self.tr("Removed %n attachment(s): {names}.", "", len(names)).format(
            names=", ".join(names)
        ))  # fmt: skip
        self._show_message("", severity=None)
        if self.model.rowCount():
            self._select_rows([min(rows[0], self.model.rowCount() - 1)])
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _select_rows(self, rows: Iterable[int]) -> None:
        selection = self.list.selectionModel()
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
        files, links = dropped_sources(event)
        if files or links:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files, links = dropped_sources(event)
        if files or links:
            event.acceptProposedAction()
            self.add_paths_in_background(files, links)
        else:
            event.ignore()

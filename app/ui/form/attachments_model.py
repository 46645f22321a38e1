"""The rows behind the attachments editor.

`AttachmentRow` is one file, link or inline attachment with what its cells show;
`AttachmentsModel` is the table of them. How a file is checked before it is added lives in
`attachment_probe`.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any, Literal
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QPalette,
)

from app.kombo.content_types import is_generic
from app.kombo.files import ChangeKind, file_change
from app.ui.common import field_marks
from app.ui.common.icons import icon
from app.ui.form.attachment_probe import MAX_FILES_BYTES, mib
from app.ui.form.issue_rows import (
    ISSUE_ROLES,
    AnyIndex,
    Issue,
    IssueRowsModel,
    combined,
    issue_data,
    worst_severity,
)


class Column(IntEnum):
    NAME = 0
    SIZE = 1
    CONTENT_TYPE = 2
    SOURCE = 3


KEY_COLUMNS: dict[str, Column] = {
    "name": Column.NAME,
    "content_type": Column.CONTENT_TYPE,
    "data_url": Column.SOURCE,
    "data": Column.SOURCE,
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttachmentsEditor", text)


# --- rows ----------------------------------------------------------------------------------


@dataclass
class AttachmentRow:
    name: str
    content_type: str | None = None
    path: str | None = None
    size: int | None = None
    mtime_ns: int | None = None
    data_url: str | None = None
    data: str | None = None  # inline base64 from an opened JSON file
    # What is wrong with the file on disk since it was added (set by set_state).
    problem: str | None = None
    issues: dict[Column | None, list[Issue]] = field(default_factory=dict)

    @property
    def kind(self) -> Literal["file", "link", "inline"]:
        if self.path is not None:
            return "file"
        return "link" if self.data is None else "inline"

    def model_input(self) -> dict[str, Any]:
        if self.kind == "file":
            from app.kombo.models import FileRef  # pydantic: loaded with the first validation

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

    def local_issues(self) -> dict[Column, Issue]:
        found: dict[Column, Issue] = {}
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

    def issue(self, column: Column | None) -> Issue | None:
        given = combined(self.issues.get(column))
        if given:
            return given
        return self.local_issues().get(column) if column is not None else None

    def all_issues(self) -> list[Issue]:
        out: list[Issue] = []
        for column in (None, *Column):
            found = self.issue(column)
            if found is not None:
                prefix = "" if column is None else f"{column_title(column)}: "
                out.append((found[0], prefix + found[1]))
        return out


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _text_or_none(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def row_from_state(item: Mapping[str, Any]) -> AttachmentRow:
    name = "" if item.get("name") is None else str(item["name"])
    content_type = _text_or_none(item.get("content_type"))
    if item.get("path") is not None:
        row = AttachmentRow(
            name=name,
            content_type=content_type,
            path=str(item["path"]),
            size=_int_or_none(item.get("size")),
            mtime_ns=_int_or_none(item.get("mtime_ns")),
        )
        row.problem = _file_problem(row)
        return row
    if isinstance(item.get("data"), str):
        return AttachmentRow(name=name, content_type=content_type, data=item["data"])
    return AttachmentRow(
        name=name, content_type=content_type, data_url=str(item.get("data_url") or "")
    )


def _file_problem(row: AttachmentRow) -> str | None:
    """Whether the file on disk is still the one that was added."""
    path = row.path or ""
    if row.size is None:  # added without its stat (an old draft): take the file as it is now
        with contextlib.suppress(OSError):
            info = os.stat(path)
            if stat.S_ISREG(info.st_mode):
                row.size, row.mtime_ns = info.st_size, info.st_mtime_ns
    change = file_change(path, row.size, row.mtime_ns)
    if change is None:
        if row.size is not None and row.size > MAX_FILES_BYTES:
            return _tr("The file is {size}; at most {max} can be sent inline.").format(
                size=mib(row.size), max=mib(MAX_FILES_BYTES)
            )
        return None
    if change.kind is ChangeKind.MISSING:
        return _tr("The file is gone. Remove it, or add it again from where it is now.")
    if change.kind is ChangeKind.UNREADABLE:
        return _tr("The file cannot be read ({detail}).").format(detail=change.detail)
    if not change.kind.is_edit:
        return _tr("This is no longer a regular file.")
    return _tr(
        "The file changed since it was added. Remove it and add it again to send it as it is now."
    )


def link_name(url: str) -> str:
    """A name for a link: its last path segment, else its host."""
    parts = urlsplit(url.strip())
    segment = unquote(parts.path.rstrip("/").rsplit("/", 1)[-1])
    return segment or parts.hostname or url.strip()


def column_title(column: Column) -> str:
    return {
        Column.NAME: _tr("Name"),
        Column.SIZE: _tr("Size"),
        Column.CONTENT_TYPE: _tr("Content type"),
        Column.SOURCE: _tr("Source"),
    }[column]


# --- the model -------------------------------------------------------------------------------


class AttachmentsModel(IssueRowsModel[AttachmentRow]):
    column_count = len(Column)

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

    def _display(self, row: AttachmentRow, column: Column) -> str:
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
                lines = [row.name, *(message for _, message in row.all_issues())]
                lines.append(_tr("The name the ATS shows. F2 to rename."))
            elif column == Column.SOURCE:
                lines.append(self._display(row, column))
                if row.kind == "link" and row.data_url:
                    from app.kombo.uri import encoded_if_changed  # idna: only when asked

                    if (sent := encoded_if_changed(row.data_url)) is not None:
                        lines.append(_tr("Sent as {uri}").format(uri=sent))
            elif column == Column.SIZE and row.size is not None:
                lines.append(_tr("{bytes} bytes").format(bytes=QLocale().toString(row.size)))
            return "\n".join(lines) or None
        if role == Qt.ItemDataRole.DecorationRole and column == Column.NAME:
            problems = row.all_issues()
            if problems:
                return field_marks.severity_icon(worst_severity(problems))
            return icon("file" if row.kind != "link" else "link")
        if role == Qt.ItemDataRole.BackgroundRole and issue:
            return field_marks.cell_background(issue[0])
        if role == Qt.ItemDataRole.ForegroundRole:
            if issue:
                return field_marks.cell_foreground(issue[0])
            if column == Column.CONTENT_TYPE and row.content_type is None:
                return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in ISSUE_ROLES:
            return issue_data(role, issue, self._display(row, column))
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
            return column_title(Column(section))
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                Column.NAME: _tr("The file name the ATS shows (editable)"),
                Column.SIZE: _tr("The file's size"),
                Column.CONTENT_TYPE: _tr("What kind of file it is, e.g. application/pdf"),
                Column.SOURCE: _tr("The file on this computer, or the link Kombo downloads"),
            }[Column(section)]
        return None

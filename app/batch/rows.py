"""Each row of a sheet checked by the form's own models, problems placed at their cells.

A row becomes the same model input the form builds (`validate_result` on a mapping with empty
optional fields left out), so a row passes here exactly when the same values typed into the
form would. Each `FieldIssue` path is traced back to the column that produced it; a problem
with no column of its own (a missing required column) is a row problem (`column` None).
"""

from __future__ import annotations

import mimetypes
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

from app.batch.mapping import IGNORE, ColumnMapping
from app.batch.sheet import CellValue, Sheet, cell_datetime, cell_text
from app.kombo.body import file_ref_for
from app.kombo.issues import FieldIssue, Severity
from app.kombo.issues import Path as IssuePath
from app.kombo.models import ResultBody
from app.kombo.validation import validate_result

_DECIMAL_COMMA = re.compile(r"^[+-]?\d+,\d+$")


@dataclass(frozen=True)
class CellProblem:
    row: int  # index into sheet.rows
    column: str | None  # the header, or None for the row as a whole
    message: str
    severity: Severity = "error"


@dataclass
class RowCheck:
    index: int  # into sheet.rows
    order_id: str
    body: ResultBody | None
    problems: list[CellProblem] = field(default_factory=list)

    @property
    def errors(self) -> list[CellProblem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def ready(self) -> bool:
        return self.body is not None and not self.errors


@dataclass
class _RowInput:
    data: dict[str, Any]
    sources: dict[IssuePath, str]  # model path prefix -> column
    problems: list[CellProblem]


def _set_path(target: dict[str, Any], dotted: str, value: Any) -> None:
    keys = dotted.split(".")
    node = target
    for key in keys[:-1]:
        child = node.get(key)
        if not isinstance(child, dict):
            child = node[key] = {}
        node = child
    node[keys[-1]] = value


def _number(value: CellValue) -> Any:
    if isinstance(value, str):
        text = value.strip()
        # 85,5 from a sheet saved in a decimal-comma locale is 85.5, not an error.
        return text.replace(",", ".") if _DECIMAL_COMMA.match(text) else text
    return value


def _attachment(text: str, base_dir: Path) -> tuple[dict[str, Any], str | None]:
    """The model input of one attachment cell and a problem with its file, if any."""
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", text):
        name = unquote(PurePosixPath(urlsplit(text).path).name) or "attachment"
        return {"name": name, "data_url": text}, None
    path = Path(os.path.expanduser(text))
    if not path.is_absolute():
        path = base_dir / path
    content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    entry: dict[str, Any] = {"name": path.name, "content_type": content_type}
    try:
        ref = file_ref_for(path)
    except FileNotFoundError:
        entry["data"] = {"path": str(path), "size": 0}
        return entry, f"File not found: {path}"
    except OSError as exc:
        entry["data"] = {"path": str(path), "size": 0}
        return entry, f"The file cannot be read: {path} ({exc.strerror or exc})"
    entry["data"] = ref.model_dump()
    return entry, None


def row_input(
    sheet_dir: Path,
    headers: Sequence[str],
    row: Sequence[CellValue],
    row_index: int,
    mapping: ColumnMapping,
    zone: tzinfo | None,
) -> tuple[str, _RowInput]:
    """The order ID and the model input of one row, with where each part came from."""
    data: dict[str, Any] = {}
    sources: dict[IssuePath, str] = {}
    problems: list[CellProblem] = []
    order_id = ""
    texts: list[tuple[str, str, str]] = []  # label, column, value
    subs: dict[str, dict[str, tuple[str, CellValue]]] = {}
    attachments: list[tuple[int, str, str]] = []
    remote: dict[str, Any] = {}
    remote_column: str | None = None
    for position, header in enumerate(headers):
        target = mapping.columns.get(header, IGNORE)
        if target == IGNORE:
            continue
        value = row[position] if position < len(row) else None
        text = cell_text(value)
        kind, _, rest = target.partition(":")
        if target == "order_id":
            order_id = text
            sources[("order_id",)] = header
        elif target == "status":
            data["status"] = text.upper()
            sources[("status",)] = header
        elif target == "completed_at":
            sources[("completed_at",)] = header
            try:
                when = cell_datetime(value, zone)
            except ValueError as exc:
                problems.append(CellProblem(row_index, header, str(exc)))
            else:
                if when is not None:
                    data["completed_at"] = when
        elif target in ("result_url", "score", "max_score"):
            sources[(target,)] = header
            if text:
                data[target] = text if target == "result_url" else _number(value)
        elif kind == "text":
            if text:
                texts.append((rest, header, text))
        elif kind == "sub":
            sub_id, _, part = rest.rpartition(":")
            subs.setdefault(sub_id, {})[part] = (header, value)
        elif kind == "attachment":
            if text:
                attachments.append((int(rest), header, text))
        elif kind == "remote":
            remote_column = remote_column or header
            sources[("remote_fields", *rest.split("."))] = header
            if text:
                _set_path(remote, rest, value if isinstance(value, int | float) else text)

    attributes: list[dict[str, Any]] = []
    for label, header, text in texts:
        sources[("attributes", len(attributes))] = header
        attributes.append({"type": "TEXT", "label": label, "value": text})
    for sub_id, parts in subs.items():
        if all(cell_text(value) == "" for _, value in parts.values()):
            continue
        index = len(attributes)
        item: dict[str, Any] = {"type": "SUB_RESULT", "id": sub_id}
        first_header = next(iter(parts.values()))[0]
        sources[("attributes", index)] = first_header
        label_cell = parts.get("label")
        item["label"] = cell_text(label_cell[1]) if label_cell else sub_id
        status_cell = parts.get("status")
        if status_cell is not None:
            item["status"] = cell_text(status_cell[1]).upper()
        score: dict[str, Any] = {}
        for part, key in (("score", "value"), ("max", "max")):
            if part in parts:
                header, value = parts[part]
                sources[("attributes", index, "score", key)] = header
                if cell_text(value):
                    score[key] = _number(value)
        item["score"] = score
        for part in ("label", "status"):
            if part in parts:
                sources[("attributes", index, part)] = parts[part][0]
        attributes.append(item)
    if attributes:
        data["attributes"] = attributes
    if attachments:
        data["attachments"] = []
        for slot, (_number_in_header, header, text) in enumerate(sorted(attachments)):
            entry, problem = _attachment(text, sheet_dir)
            sources[("attachments", slot)] = header
            data["attachments"].append(entry)
            if problem is not None:
                problems.append(CellProblem(row_index, header, problem))
    if remote:
        data["remote_fields"] = remote
    if remote_column is not None:
        sources.setdefault(("remote_fields",), remote_column)
    return order_id, _RowInput(data, sources, problems)


def _column_for(path: IssuePath, sources: dict[IssuePath, str]) -> str | None:
    for length in range(len(path), 0, -1):
        if (column := sources.get(path[:length])) is not None:
            return column
    return None


def check_row(
    sheet: Sheet, row_index: int, mapping: ColumnMapping, zone: tzinfo | None
) -> RowCheck:
    order_id, made = row_input(
        sheet.path.parent, sheet.headers, sheet.rows[row_index], row_index, mapping, zone
    )
    problems = list(made.problems)
    if not order_id.strip():
        problems.append(
            CellProblem(row_index, made.sources.get(("order_id",)), "Enter an order ID.")
        )
    outcome = validate_result(made.data)
    taken = {p.column for p in problems}
    for issue in (*outcome.errors, *outcome.warnings):
        column = _column_for(issue.path, made.sources)
        if issue.severity == "error" and column in taken and column is not None:
            continue  # the cell already says what is wrong (e.g. its file is missing)
        problems.append(CellProblem(row_index, column, _message(issue, column), issue.severity))
    body = outcome.body if outcome.ok and not any(p.severity == "error" for p in problems) else None
    return RowCheck(row_index, order_id.strip(), body, problems)


def _message(issue: FieldIssue, column: str | None) -> str:
    if column is not None or not issue.path:
        return issue.message
    # No column feeds this field (e.g. no result URL column at all): say which field.
    return f"{issue.dotted}: {issue.message}"


def check_sheet(sheet: Sheet, mapping: ColumnMapping, zone: tzinfo | None = None) -> list[RowCheck]:
    """Every row checked; a second row for the same order is an error at its order ID."""
    checks = [check_row(sheet, index, mapping, zone) for index in range(len(sheet.rows))]
    first_line: dict[str, int] = {}
    column = next((h for h, t in mapping.columns.items() if t == "order_id"), None)
    for check in checks:
        if not check.order_id:
            continue
        if check.order_id in first_line:
            line = first_line[check.order_id]
            check.problems.append(
                CellProblem(
                    check.index,
                    column,
                    f"This order is already in line {line}; one row per order, so that "
                    "nothing is written twice.",
                )
            )
            check.body = None
        else:
            first_line[check.order_id] = sheet.line_number(check.index)
    return checks


def zone_from_name(name: str | None) -> tzinfo | None:
    """The zone of a mapping or `--time-zone`; None (this computer's zone) for no name."""
    if not name:
        return None
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)

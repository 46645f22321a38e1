"""Which column of a sheet feeds which part of a result, guessed from headers and saved by name.

A column's *target* is one of:

    order_id, status, completed_at, result_url, score, max_score
    text:<label>                 a TEXT attribute with that label; the cell is its value
    sub:<id>:score|max|label|status   one part of the SUB_RESULT attribute <id>
    attachment:1 … attachment:5  a file path (relative to the sheet's folder) or an http(s) URL
    remote:<dotted.path>         one remote field, e.g. remote:smartrecruiters.scoreLabel
    ignore                       not used

Headers written as a target (`text:Comment`, `Score`, `Order ID`) are recognised; the rest is
`ignore` until the person maps it. Saved mappings are JSON files in the data folder
(`batch-mappings/<name>.json`), together with the sheet's time zone.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.kombo.constants import MAX_ATTACHMENTS
from app.store.atomic import atomic_write
from app.store.paths import data_dir

MAPPING_VERSION = 1
MAPPINGS_FOLDER = "batch-mappings"
RESULT_TARGETS = ("order_id", "status", "completed_at", "result_url", "score", "max_score")
SUB_PARTS = ("score", "max", "label", "status")
IGNORE = "ignore"

# Header words people use, normalised (lower case, separators as one underscore).
_SYNONYMS: dict[str, str] = {
    "order_id": "order_id",
    "order": "order_id",
    "assessment_order_id": "order_id",
    "orderid": "order_id",
    "status": "status",
    "result_status": "status",
    "completed_at": "completed_at",
    "completed": "completed_at",
    "completion_time": "completed_at",
    "completed_on": "completed_at",
    "result_url": "result_url",
    "url": "result_url",
    "report_url": "result_url",
    "score": "score",
    "max_score": "max_score",
    "maximum_score": "max_score",
    "max": "max_score",
}
_NAME_PATTERN = re.compile(r"^[\w][\w .-]{0,79}$")


def _normalise(header: str) -> str:
    return re.sub(r"[\s\-_.]+", "_", header.strip().lower()).strip("_")


def target_issue(target: str) -> str | None:
    """Why `target` is not a column target, or None when it is one."""
    if target == IGNORE or target in RESULT_TARGETS:
        return None
    kind, _, rest = target.partition(":")
    if kind == "text":
        return None if rest.strip() else "Give the attribute's label: text:<label>."
    if kind == "sub":
        sub_id, _, part = rest.rpartition(":")
        if not sub_id.strip() or part not in SUB_PARTS:
            return "Use sub:<id>:score, sub:<id>:max, sub:<id>:label or sub:<id>:status."
        return None
    if kind == "attachment":
        if rest.isdigit() and 1 <= int(rest) <= MAX_ATTACHMENTS:
            return None
        return f"Use attachment:1 … attachment:{MAX_ATTACHMENTS}."
    if kind == "remote":
        parts = rest.split(".")
        return None if all(p.strip() for p in parts) else "Use remote:<path>, e.g. remote:a.b."
    return f"{target!r} is not a column target."


def guess_target(header: str) -> str:
    """The target a header names, or `ignore`."""
    text = header.strip()
    kind, sep, rest = text.partition(":")
    if sep and kind.strip().lower() in {"text", "sub", "attachment", "remote"}:
        candidate = f"{kind.strip().lower()}:{rest.strip()}"
        if target_issue(candidate) is None:
            return candidate
    return _SYNONYMS.get(_normalise(text), IGNORE)


@dataclass
class ColumnMapping:
    """Header → target, in the sheet's column order; `time_zone` is an IANA name or None."""

    columns: dict[str, str] = field(default_factory=dict)
    time_zone: str | None = None

    def issues(self, headers: Iterable[str] = ()) -> list[str]:
        """What keeps the mapping from being used with a sheet of these headers."""
        problems: list[str] = []
        present = list(headers)
        seen: dict[str, str] = {}
        for header, target in self.columns.items():
            if (issue := target_issue(target)) is not None:
                problems.append(f"Column {header!r}: {issue}")
            elif target != IGNORE and target in seen:
                problems.append(
                    f"Columns {seen[target]!r} and {header!r} both map to {target}; keep one."
                )
            seen.setdefault(target, header)
        for header in self.columns:
            if present and header not in present and self.columns[header] != IGNORE:
                problems.append(f"The sheet has no column {header!r} (the mapping expects it).")
        if "order_id" not in self.columns.values():
            problems.append("No column is mapped to the order ID.")
        if self.time_zone:
            from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

            try:
                ZoneInfo(self.time_zone)
            except (ZoneInfoNotFoundError, ValueError):
                problems.append(f"{self.time_zone!r} is not a time zone (e.g. Europe/Berlin).")
        return problems

    def to_json(self) -> dict[str, Any]:
        return {"version": MAPPING_VERSION, "columns": self.columns, "time_zone": self.time_zone}

    @classmethod
    def from_json(cls, raw: Any) -> ColumnMapping:
        if not isinstance(raw, Mapping) or not isinstance(raw.get("columns"), Mapping):
            raise ValueError("The mapping file has no “columns” object.")
        version = raw.get("version", MAPPING_VERSION)
        if not isinstance(version, int) or version > MAPPING_VERSION:
            raise ValueError("The mapping was saved by a newer Result Desk.")
        columns = {str(k): str(v) for k, v in raw["columns"].items()}
        zone = raw.get("time_zone")
        return cls(columns, zone if isinstance(zone, str) and zone else None)


def guess_mapping(headers: Iterable[str]) -> ColumnMapping:
    """One target per header; a second column for the same target is ignored."""
    columns: dict[str, str] = {}
    taken: set[str] = set()
    for header in headers:
        if not header or header in columns:
            continue
        target = guess_target(header)
        if target != IGNORE and target in taken:
            target = IGNORE
        taken.add(target)
        columns[header] = target
    return ColumnMapping(columns)


# --- saved by name ------------------------------------------------------------------------------


def mappings_dir() -> Path:
    folder = data_dir() / MAPPINGS_FOLDER
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def name_issue(name: str) -> str | None:
    if not _NAME_PATTERN.match(name) or name.strip() != name:
        return "Use letters, digits, spaces, dots, dashes or underscores (at most 80)."
    return None


def _mapping_path(name: str) -> Path:
    if (issue := name_issue(name)) is not None:
        raise ValueError(f"{name!r}: {issue}")
    return mappings_dir() / f"{name}.json"


def save_mapping(name: str, mapping: ColumnMapping) -> Path:
    path = _mapping_path(name)
    text = json.dumps({"name": name, **mapping.to_json()}, indent=2, ensure_ascii=False)
    atomic_write(path, (text + "\n").encode("utf-8"))
    return path


def load_mapping(name: str) -> ColumnMapping:
    """Raises KeyError when no mapping has that name, ValueError when the file is damaged."""
    path = _mapping_path(name)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KeyError(name) from None
    try:
        return ColumnMapping.from_json(json.loads(text))
    except json.JSONDecodeError as exc:
        raise ValueError(f"The mapping file {path} is not valid JSON ({exc.msg}).") from None


def mapping_names() -> list[str]:
    return sorted(path.stem for path in mappings_dir().glob("*.json"))

"""The remote fields as data, without their editor: the state's keys, the raw JSON's reading
and the merged `remote_fields` object.

`RemoteFieldsEditor` shows and edits this state; the result editor reads it here while that
page is not built yet (it is built when first shown), so a loaded form validates and saves
the same either way. The state is the three inputs and the raw text as typed (`STATE_KEYS`).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.kombo.constants import WORKDAY_STATUS_PATH, workday_remote_fields

SMARTRECRUITERS_PATH: tuple[str, ...] = ("smartrecruiters", "scoreLabel")
RECRUITEE_PATH: tuple[str, ...] = ("recruitee", "subtitle")
WORKDAY_PATH: tuple[str, ...] = ("workday", *WORKDAY_STATUS_PATH)

# Keys of the state, in the order of the editor's inputs.
STATE_KEYS = ("smartrecruiters_score_label", "recruitee_subtitle", "workday_status_id", "raw_json")

RemoteState = dict[str, str]


def _tr(text: str) -> str:
    return QCoreApplication.translate("RemoteFieldsEditor", text)


class RawJsonError(ValueError):
    def __init__(self, message: str, line: int, column: int, position: int) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.position = position


def parse_raw(text: str) -> dict[str, Any]:
    """The object in the raw editor ({} when blank); raises RawJsonError with its place."""
    if not text.strip():
        return {}
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RawJsonError(
            _tr("Line {line}, column {column}: {problem}.").format(
                line=exc.lineno, column=exc.colno, problem=exc.msg
            ),
            exc.lineno,
            exc.colno,
            exc.pos,
        ) from None
    if not isinstance(value, dict):
        position = len(text) - len(text.lstrip())
        line = text.count("\n", 0, position) + 1
        column = position - (text.rfind("\n", 0, position) + 1) + 1
        kind = {list: _tr("a list"), str: _tr("a string"), bool: _tr("true or false")}.get(
            type(value), _tr("a number") if isinstance(value, int | float) else _tr("null")
        )
        raise RawJsonError(
            _tr(
                'Line {line}, column {column}: expected a JSON object such as {{"key": "value"}}, '
                "not {kind}."
            ).format(line=line, column=column, kind=kind),
            line,
            column,
            position,
        )
    return value


def raw_error(text: str) -> RawJsonError | None:
    """Why the raw text cannot be used, or None."""
    try:
        parse_raw(text)
    except RawJsonError as exc:
        return exc
    return None


# --- the state ------------------------------------------------------------------------------


def blank_state() -> RemoteState:
    return dict.fromkeys(STATE_KEYS, "")


def state_of(state: Mapping[str, Any] | None) -> RemoteState:
    """The editor's own state (`STATE_KEYS`), each value as text."""
    state = state or {}
    return {key: "" if state.get(key) is None else str(state.get(key)) for key in STATE_KEYS}


def state_from_model(remote_fields: Mapping[str, Any] | None) -> RemoteState:
    """Split a dumped `remote_fields` object into the inputs and the raw rest."""
    rest = copy.deepcopy(dict(remote_fields or {}))
    smartrecruiters = _take(rest, SMARTRECRUITERS_PATH) or ""
    recruitee = _take(rest, RECRUITEE_PATH) or ""
    workday = _take(rest, WORKDAY_PATH) or ""
    raw = json.dumps(rest, indent=2, ensure_ascii=False) if rest else ""
    return dict(zip(STATE_KEYS, (smartrecruiters, recruitee, workday, raw), strict=True))


def state_from_loaded(value: Mapping[str, Any]) -> RemoteState:
    """A form state's `remote_fields`: the editor's state (inputs as typed) or, from a template
    or a history entry, a `remote_fields` object; the state's keys are never ATS names."""
    if value and set(value) <= set(STATE_KEYS):
        return state_of(value)
    return state_from_model(value)


def model_input(state: Mapping[str, str]) -> dict[str, Any] | None:
    """The merged `remote_fields` object, or None when there is nothing to send.

    While the raw JSON does not parse, only the inputs are in it (see `raw_error`).
    """
    try:
        merged = parse_raw(state.get("raw_json", ""))
    except RawJsonError:
        merged = {}
    merged = copy.deepcopy(merged)
    smartrecruiters = state.get("smartrecruiters_score_label", "").strip()
    recruitee = state.get("recruitee_subtitle", "").strip()
    workday = state.get("workday_status_id", "").strip()
    if smartrecruiters:
        deep_merge(merged, nested(SMARTRECRUITERS_PATH, smartrecruiters))
    if recruitee:
        deep_merge(merged, nested(RECRUITEE_PATH, recruitee))
    if workday:
        deep_merge(merged, {"workday": workday_remote_fields(workday)})
    return merged or None


# --- helpers --------------------------------------------------------------------------------


def deep_merge(base: dict[str, Any], overlay: Mapping[str, Any]) -> dict[str, Any]:
    """`overlay` written into `base`; nested objects are merged, anything else replaced."""
    for key, value in overlay.items():
        if isinstance(value, Mapping) and isinstance(base.get(key), dict):
            deep_merge(base[key], value)
        else:
            base[key] = copy.deepcopy(value)
    return base


def nested(path: tuple[str, ...], value: str) -> dict[str, Any]:
    node: dict[str, Any] = {path[-1]: value}
    for key in reversed(path[:-1]):
        node = {key: node}
    return node


def _take(data: dict[str, Any], path: tuple[str, ...]) -> str | None:
    """Remove and return the string at `path`, pruning objects left empty; else None."""
    trail: list[dict[str, Any]] = [data]
    for key in path[:-1]:
        child = trail[-1].get(key)
        if not isinstance(child, dict):
            return None
        trail.append(child)
    value = trail[-1].get(path[-1])
    if not isinstance(value, str):
        return None
    del trail[-1][path[-1]]
    for depth in range(len(trail) - 1, 0, -1):
        if not trail[depth]:
            del trail[depth - 1][path[depth - 1]]
    return value


def dotted(path: Iterable[str | int]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out

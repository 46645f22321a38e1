"""The form as plain data: what it holds, what it means to the model, and the template file.

No widgets here (QtCore only, for translations). The window gathers its parts into a *form
state* (a JSON-able dict, the seam drafts and history use); this module turns that into the
model input for `validate_result`, maps each `FieldIssue` back to the part that shows it, and
reads and writes the JSON template format ("Save as JSON" / "Open JSON").

Form state, version 1:

    {"version": 1, "order_id": str,
     "status": "OPEN" | "COMPLETED" | "CANCELLED", "completed_at": "…Z" | str | None,
     "result_url": str, "score": float | str | None, "max_score": float | str | None,
     "attributes": [...], "attachments": [...], "remote_fields": {...}}

`remote_fields` is what the remote fields editor keeps (its inputs and raw JSON as typed)
when the state comes from the window, or a plain `remote_fields` object (from a template or a
history entry); `MainWindow.load_form_state` takes either.

Numbers are floats when they parsed and the text as typed when they did not (nothing typed is
lost). `completed_at` likewise: UTC (`…Z`) when the field could read the time, else the text
as typed (the form marks the field with the reason and sends nothing; loading the state shows
the same text and mark). Attributes are in the model's shape. Attachments are `{"name",
"content_type", "path", "size", "mtime_ns"}` for a file, `{"name", "content_type", "data_url"}`
for a link, or `{"name", "content_type", "data"}` for inline base64 (from a body opened as
JSON).

Template file, version 1 (the result with attachments as paths, and the order ID):

    {"result_desk_template": 1, "order_id": str,
     "result": {"status", "result_url", "completed_at", "score", "max_score", "attributes",
                "attachments": [{"name", "content_type", "path" | "data_url" | "data"}],
                "remote_fields"}}
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication

from app.kombo.i18n import QT_TRANSLATE_NOOP
from app.kombo.issues import FieldIssue
from app.ui.common.placeholders import arg

FORM_STATE_VERSION = 1
TEMPLATE_KEY = "result_desk_template"
TEMPLATE_VERSION = 1

Part = Literal["order", "result", "attributes", "attachments", "remote_fields", "general"]
RESULT_FIELDS = ("status", "completed_at", "result_url", "score", "max_score")
_ATTACHMENT_MODEL_KEYS = ("name", "data_url", "data", "content_type")
_FILE_KEYS = ("path", "size", "mtime_ns", "sha256")
_TEXT_KEYS = ("type", "label", "value")
_SUB_RESULT_KEYS = ("type", "id", "label", "score", "status")


def _tr(text: str) -> str:
    return QCoreApplication.translate("FormState", text)


def empty_state() -> dict[str, Any]:
    """A new result: COMPLETED (the usual correction), nothing else filled in."""
    return {
        "version": FORM_STATE_VERSION,
        "order_id": "",
        "status": "COMPLETED",
        "completed_at": None,
        "result_url": "",
        "score": None,
        "max_score": None,
        "attributes": [],
        "attachments": [],
        "remote_fields": {},
        # Why it is sent (form/reason_row.py): kept with the draft, never in the body.
        "reason_note": "",
        "reason_ticket": "",
    }


def is_blank_state(state: Mapping[str, Any]) -> bool:
    """Nothing typed anywhere (the status and the editors' empty inputs do not count)."""

    def blank(value: Any) -> bool:
        if isinstance(value, Mapping):
            return all(blank(item) for item in value.values())
        if isinstance(value, list):
            return not value
        return _blank(value)

    return all(blank(value) for key, value in state.items() if key not in ("version", "status"))


def normalized_state(state: Mapping[str, Any]) -> dict[str, Any]:
    """`state` with every key present (missing ones as in `empty_state`)."""
    out = empty_state()
    for key in out:
        if key in state and key != "version":
            out[key] = state[key]
    if not isinstance(out["attributes"], list):
        out["attributes"] = []
    if not isinstance(out["attachments"], list):
        out["attachments"] = []
    if not isinstance(out["remote_fields"], dict):
        out["remote_fields"] = {}
    out["order_id"] = str(out["order_id"] or "")
    out["reason_note"] = str(out["reason_note"] or "")
    out["reason_ticket"] = str(out["reason_ticket"] or "")
    return out


# --- form state -> model input ---------------------------------------------------------------


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def attribute_input(item: Mapping[str, Any]) -> dict[str, Any]:
    keys = _SUB_RESULT_KEYS if item.get("type") == "SUB_RESULT" else _TEXT_KEYS
    return {key: item[key] for key in keys if key in item}


def attachment_input(item: Mapping[str, Any]) -> dict[str, Any]:
    """One attachment as the model reads it: a file becomes a FileRef under `data`."""
    out: dict[str, Any] = {
        key: item[key] for key in _ATTACHMENT_MODEL_KEYS if not _blank(item.get(key))
    }
    if not _blank(item.get("path")):
        out["data"] = {key: item[key] for key in _FILE_KEYS if item.get(key) is not None}
        out["data"].setdefault("size", 0)
    if "name" not in out:
        out["name"] = ""
    return out


def _prune(value: Any) -> Any:
    """Drop empty strings, empty objects and None from nested remote fields."""
    if isinstance(value, dict):
        pruned = {key: _prune(item) for key, item in value.items()}
        return {key: item for key, item in pruned.items() if item not in (None, "", {})}
    return value


def model_input(
    state: Mapping[str, Any], remote_fields: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """The mapping `validate_result` checks: empty optional fields are left out, not null.

    `remote_fields` is the remote fields object when the caller has it apart (the window asks
    its editor, whose own state is the inputs as typed); otherwise the state's
    `remote_fields` is taken to be that object.
    """
    state = normalized_state(state)
    out: dict[str, Any] = {"status": state["status"], "result_url": state["result_url"]}
    for key in ("completed_at", "score", "max_score"):
        if not _blank(state[key]):
            out[key] = state[key]
    if state["attributes"]:
        out["attributes"] = [attribute_input(item) for item in state["attributes"]]
    if state["attachments"]:
        out["attachments"] = [attachment_input(item) for item in state["attachments"]]
    remote = _prune(dict(remote_fields if remote_fields is not None else state["remote_fields"]))
    if remote:
        out["remote_fields"] = remote
    return out


# --- issues -> parts -------------------------------------------------------------------------


@dataclass
class RoutedIssues:
    """Issues per part of the form, with paths relative to that part."""

    result: dict[str, list[FieldIssue]] = field(default_factory=dict)
    attributes: list[FieldIssue] = field(default_factory=list)
    attachments: list[FieldIssue] = field(default_factory=list)
    remote_fields: list[FieldIssue] = field(default_factory=list)
    general: list[FieldIssue] = field(default_factory=list)


def route_issues(issues: Iterable[FieldIssue]) -> RoutedIssues:
    routed = RoutedIssues()
    for issue in issues:
        head = issue.path[0] if issue.path else None
        rest = issue.path[1:]
        relative = FieldIssue(rest, issue.message, issue.severity)
        if head in RESULT_FIELDS and not rest:
            routed.result.setdefault(str(head), []).append(issue)
        elif head == "attributes":
            routed.attributes.append(relative)
        elif head == "attachments":
            routed.attachments.append(relative)
        elif head == "remote_fields":
            routed.remote_fields.append(relative)
        else:
            routed.general.append(issue)
    return routed


# Marked for translation where they are used (`_tr(...)`).
_FIELD_LABELS = {
    "status": QT_TRANSLATE_NOOP("FormState", "Status"),
    "completed_at": QT_TRANSLATE_NOOP("FormState", "Completed at"),
    "result_url": QT_TRANSLATE_NOOP("FormState", "Result URL"),
    "score": QT_TRANSLATE_NOOP("FormState", "Score"),
    "max_score": QT_TRANSLATE_NOOP("FormState", "Max score"),
    "order_id": QT_TRANSLATE_NOOP("FormState", "Order ID"),
}
_NESTED_LABELS = {
    "label": QT_TRANSLATE_NOOP("FormState", "label"),
    "value": QT_TRANSLATE_NOOP("FormState", "value"),
    "id": QT_TRANSLATE_NOOP("FormState", "ID"),
    "score": QT_TRANSLATE_NOOP("FormState", "score"),
    "max": QT_TRANSLATE_NOOP("FormState", "max"),
    "status": QT_TRANSLATE_NOOP("FormState", "status"),
    "name": QT_TRANSLATE_NOOP("FormState", "name"),
    "content_type": QT_TRANSLATE_NOOP("FormState", "content type"),
    "data_url": QT_TRANSLATE_NOOP("FormState", "link"),
    "data": QT_TRANSLATE_NOOP("FormState", "file"),
}


def issue_location(issue: FieldIssue) -> str:
    """Where an issue is, for people: `Attribute 2, score value` or `Result URL`."""
    path = list(issue.path)
    if not path:
        return _tr("Result")
    head = path.pop(0)
    if head in ("attributes", "attachments") and path and isinstance(path[0], int):
        index = int(path.pop(0)) + 1
        noun = _tr("Attribute %1") if head == "attributes" else _tr("Attachment %1")
        words = [arg(noun, index)]
        tail = [_tr(_NESTED_LABELS.get(str(part), str(part))) for part in path]
        return ", ".join([words[0], " ".join(tail)]) if tail else words[0]
    if head == "attributes":
        return _tr("Attributes")
    if head == "attachments":
        return _tr("Attachments")
    if head == "remote_fields":
        return _tr("Remote fields")
    return _tr(_FIELD_LABELS.get(str(head), str(head)))


# --- the template file -----------------------------------------------------------------------


class TemplateError(ValueError):
    """The file is not a result template; the message says why, for the user."""


def template_from_state(
    state: Mapping[str, Any], remote_fields: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """The JSON written by "Save as JSON": portable, no file sizes or times.

    `remote_fields` as in `model_input`.
    """
    state = normalized_state(state)
    result: dict[str, Any] = {
        "status": state["status"],
        "result_url": state["result_url"],
    }
    for key in ("completed_at", "score", "max_score"):
        if not _blank(state[key]):
            result[key] = state[key]
    result["attributes"] = [attribute_input(item) for item in state["attributes"]]
    attachments = []
    for item in state["attachments"]:
        entry: dict[str, Any] = {"name": item.get("name", "")}
        if not _blank(item.get("content_type")):
            entry["content_type"] = item["content_type"]
        if not _blank(item.get("path")):
            entry["path"] = item["path"]
        elif not _blank(item.get("data_url")):
            entry["data_url"] = item["data_url"]
        elif not _blank(item.get("data")):
            entry["data"] = item["data"]
        attachments.append(entry)
    result["attachments"] = attachments
    remote = remote_fields if remote_fields is not None else state["remote_fields"]
    result["remote_fields"] = _prune(dict(remote)) or {}
    return {TEMPLATE_KEY: TEMPLATE_VERSION, "order_id": state["order_id"], "result": result}


def dumps_template(state: Mapping[str, Any], remote_fields: Mapping[str, Any] | None = None) -> str:
    data = template_from_state(state, remote_fields)
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


@dataclass
class LoadedTemplate:
    state: dict[str, Any]
    issues: list[FieldIssue]  # e.g. attachments whose file is missing, with full paths


def state_from_template(data: Any, base_dir: str | None = None) -> LoadedTemplate:
    """Read a template, or a bare result body (as copied from a Kombo log), into form state.

    Relative attachment paths are taken relative to `base_dir` (the template's folder).
    Missing or unreadable files are kept in the form and reported as issues, so the person
    sees which file to find again.
    """
    if not isinstance(data, dict):
        raise TemplateError(_tr("The file does not contain a JSON object."))
    if TEMPLATE_KEY in data:
        version = data.get(TEMPLATE_KEY)
        if not isinstance(version, int) or version > TEMPLATE_VERSION:
            raise TemplateError(
                _tr("The file was written by a newer Result Desk; update it to open the file.")
            )
        result = data.get("result")
        order_id = data.get("order_id") or ""
    elif "status" in data or "result_url" in data:
        result, order_id = data, ""
    else:
        raise TemplateError(_tr("The file is neither a Result Desk template nor a result body."))
    if not isinstance(result, dict):
        raise TemplateError(_tr("The template's “result” is not a JSON object."))

    state = empty_state()
    state["order_id"] = str(order_id)
    for key in RESULT_FIELDS:
        if key in result:
            state[key] = result[key]
    if isinstance(result.get("attributes"), list):
        state["attributes"] = [
            dict(item) for item in result["attributes"] if isinstance(item, dict)
        ]
    if isinstance(result.get("remote_fields"), dict):
        state["remote_fields"] = result["remote_fields"]

    attachments: list[dict[str, Any]] = []
    for item in result.get("attachments") or []:
        if not isinstance(item, dict):
            continue
        entry: dict[str, Any] = {"name": str(item.get("name") or "")}
        if item.get("content_type"):
            entry["content_type"] = str(item["content_type"])
        path = item.get("path")
        if isinstance(path, str) and path:
            if base_dir and not os.path.isabs(path):
                path = os.path.join(base_dir, path)
            entry["path"] = os.path.abspath(os.path.expanduser(path))
            if _file_problem(entry["path"]) is None:
                try:
                    info = os.stat(entry["path"])
                except OSError:
                    pass  # gone since the check: `file_issues` below reports it as missing
                else:
                    entry["size"] = info.st_size
                    entry["mtime_ns"] = info.st_mtime_ns
        elif item.get("data_url"):
            entry["data_url"] = str(item["data_url"])
        elif isinstance(item.get("data"), str):
            entry["data"] = item["data"]
        attachments.append(entry)
    state["attachments"] = attachments
    return LoadedTemplate(state, file_issues(attachments))


def file_issues(attachments: Iterable[Mapping[str, Any]]) -> list[FieldIssue]:
    """Errors for file attachments that are missing, unreadable or changed since added.

    One `stat` per file: called when a form is loaded or its attachments change, not on every
    keystroke. The send itself checks again (`app.kombo.body.verify_files`).
    """
    issues: list[FieldIssue] = []
    for index, item in enumerate(attachments):
        path = item.get("path")
        if not isinstance(path, str) or not path:
            continue
        size, mtime_ns = item.get("size"), item.get("mtime_ns")
        problem = _file_problem(
            path,
            size if isinstance(size, int) else None,
            mtime_ns if isinstance(mtime_ns, int) else None,
        )
        if problem is not None:
            issues.append(FieldIssue(("attachments", index, "data"), problem))
    return issues


def _file_problem(path: str, size: int | None = None, mtime_ns: int | None = None) -> str | None:
    # Imported with the first attachment path: a new window's form has none.
    from app.kombo.files import ChangeKind, file_change

    change = file_change(path, size, mtime_ns)
    if change is None:
        return None
    if change.kind is ChangeKind.MISSING:
        text = _tr("File not found: %1")
    elif change.kind is ChangeKind.FOLDER:
        text = _tr("This is a folder, not a file: %1")
    elif change.kind is ChangeKind.NOT_REGULAR:
        text = _tr("This is not a regular file: %1")
    elif change.kind.is_edit:
        text = _tr("The file changed since it was added; add it again: %1")
    else:
        text = _tr("The file cannot be read: %1")
    return arg(text, path)


def loads_template(text: str, base_dir: str | None = None) -> LoadedTemplate:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TemplateError(
            arg(
                _tr("The file is not valid JSON (line %1, column %2: %3)."),
                exc.lineno,
                exc.colno,
                exc.msg,
            )
        ) from None
    return state_from_template(data, base_dir)

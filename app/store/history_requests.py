"""Request bodies as the history keeps them: each attachment's content becomes its metadata
(name, type, size, sha256, source path), so a row is small, holds no base64 and can refill the
form.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from app.kombo.files import file_change, sha256_file

if TYPE_CHECKING:  # the history opens at start-up; the models (pydantic) load with a body
    from app.kombo.models import FileRef, ResultBody


def _inline_metadata(data: str) -> tuple[int | None, str | None]:
    try:
        raw = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        return None, None
    return len(raw), hashlib.sha256(raw).hexdigest()


def _attachment_metadata(item: Mapping[str, Any]) -> dict[str, Any]:
    # The file's metadata sits under `data` (a FileRef dumped) or `file` (the send record).
    data = item.get("data", item.get("file"))
    if data is None:  # a data_url attachment: the link is what was sent
        return {key: value for key, value in item.items() if key not in ("data", "file")}
    meta: dict[str, Any] = {"name": item.get("name"), "content_type": item.get("content_type")}
    if isinstance(data, Mapping):  # a file reference (FileRef fields or already metadata)
        meta["size"] = data.get("size")
        meta["sha256"] = data.get("sha256")
        meta["source_path"] = data.get("source_path", data.get("path"))
        if data.get("mtime_ns") is not None:
            meta["mtime_ns"] = data.get("mtime_ns")
    elif isinstance(data, str):  # inline base64: keep what identifies it, not the bytes
        meta["size"], meta["sha256"] = _inline_metadata(data)
        meta["source_path"] = None
        meta["inline"] = True
    return meta


def sanitize_request(request: Mapping[str, Any]) -> dict[str, Any]:
    """A request body fit for the history: every attachment's content becomes its metadata.

    Accepts attachments whose `data` is inline base64 or a FileRef-shaped mapping (`path`,
    `size`, `mtime_ns`, `sha256`), or whose `file` is such a mapping (the send record's
    form). Attachments already reduced to metadata are kept as they are.
    """
    clean = dict(request)
    attachments = clean.get("attachments")
    if isinstance(attachments, list):
        out: list[Any] = []
        for item in attachments:
            if isinstance(item, Mapping) and ("data" in item or "file" in item):
                out.append(_attachment_metadata(item))
            else:
                out.append(item)
        clean["attachments"] = out
    return clean


def request_with_file_refs(body: ResultBody) -> dict[str, Any]:
    """The body as JSON with each file attachment's `data` replaced by `file`: its path, size,
    mtime_ns and sha256 as the FileRef knows them. No file access, so the loop thread may call
    it (the sender does); inline base64 is kept. `sanitize_request` makes it the history form.
    """
    from app.kombo.models import FileRef

    def placeholder(_attachment: object, _ref: FileRef) -> str:
        return ""

    data = body.to_jsonable(file_data=placeholder)
    for attachment, item in zip(body.attachments or [], data.get("attachments", []), strict=True):
        ref = attachment.data
        if isinstance(ref, FileRef):
            item.pop("data", None)
            item["file"] = {
                "path": ref.path,
                "size": ref.size,
                "mtime_ns": ref.mtime_ns,
                "sha256": ref.sha256,
            }
    return data


def request_from_body(body: ResultBody, *, hash_files: bool = True) -> dict[str, Any]:
    """The history form of a body. With `hash_files`, files whose sha256 is unknown are hashed
    (see `complete_file_hashes`): then call it off the UI thread."""
    request = request_with_file_refs(body)
    return complete_file_hashes(request) if hash_files else sanitize_request(request)


def complete_file_hashes(request: Mapping[str, Any]) -> dict[str, Any]:
    """`request` (history form) with the sha256 of every file attachment that lacks one.

    Blocking (reads the files): run it off the UI thread. A file that is gone or changed
    since it was attached keeps `sha256: null`; its hash would describe other bytes.
    """
    clean = sanitize_request(request)
    if isinstance(clean.get("attachments"), list):  # copies: the caller's dicts stay as they are
        clean["attachments"] = [
            dict(item) if isinstance(item, Mapping) else item for item in clean["attachments"]
        ]
    for item in clean.get("attachments") or []:
        if not isinstance(item, dict) or item.get("sha256") or not item.get("source_path"):
            continue
        if not isinstance(item.get("size"), int):
            continue
        path = str(item["source_path"])
        if file_change(path, item["size"], item.get("mtime_ns")) is None:
            with contextlib.suppress(OSError):
                item["sha256"] = sha256_file(path)
    return clean

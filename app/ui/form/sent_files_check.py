"""History → "Open in form": is each attached file still the one that was sent?

The same rule as "Add files": only regular files are opened (a FIFO would block the open,
`/dev/zero` behind a symlink would be hashed forever), each hash runs in a daemon thread with a
deadline, so a hung network share cannot hold the form or keep the process alive after the
window closes. A file that is not regular is left for the form's own check, which marks it
("no longer a regular file"); one that cannot be hashed in time is marked as changed.
Blocking: call `check_sent_files` off the Qt thread.
"""

from __future__ import annotations

import hashlib
import os
import stat
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.store.regular_files import NotRegularFile, irregular_kind, kind_of
from app.ui.common.numbers import format_number
from app.ui.common.placeholders import arg

# Hashing a 100 MB attachment from a local disk takes well under a second.
CHECK_TIMEOUT_S = 10.0
# Never a real mtime: the form marks the attachment as changed.
MARK_CHANGED = -1


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryWiring", text)


def sha256_regular(path: str) -> str:
    """The hex sha256 of a regular file, opened without blocking (NotRegularFile otherwise)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as handle:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFile(Path(path), kind_of(mode))
        digest = hashlib.sha256()
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _sha256_within(path: str, timeout_s: float) -> str | OSError | None:
    """The sha256, the error, or None when it did not finish in time (the thread is a daemon:
    left behind, it cannot keep the process from exiting)."""
    box: list[str | OSError] = []

    def run() -> None:
        try:
            box.append(sha256_regular(path))
        except OSError as exc:
            box.append(exc)

    thread = threading.Thread(target=run, name="sent-file-hash", daemon=True)
    thread.start()
    thread.join(timeout_s)
    return box[0] if box else None


def check_sent_files(state: dict[str, Any], timeout_s: float = CHECK_TIMEOUT_S) -> list[str]:
    """Compare each file attachment of `state` with what was sent; adjust it so the form flags
    what differs. Returns notes for the log panel.

    A file whose content is the same but whose time changed is taken as it is now (the same
    bytes go out). A file whose content differs while size and time match is marked changed.
    """
    notes: list[str] = []
    for item in state.get("attachments", []):
        path = item.get("path")
        if not isinstance(path, str) or not path:
            continue
        name = str(item.get("name") or path)
        kind = irregular_kind(Path(path))
        if kind is not None:
            notes.append(
                arg(
                    _tr("“%1” is now %2, not a regular file (%3); it was not opened."),
                    name,
                    kind,
                    path,
                )
            )
            continue  # the form's own file check marks it
        try:
            info = os.stat(path)
        except OSError:
            continue  # the form reports a missing file itself
        expected = item.get("sha256")
        if not expected:
            continue
        actual = _sha256_within(path, timeout_s)
        if actual is None:
            item["mtime_ns"] = MARK_CHANGED
            notes.append(
                arg(
                    _tr("“%1” could not be read within %2 s (%3): check it before sending."),
                    name,
                    format_number(timeout_s),
                    path,
                )
            )
            continue
        if isinstance(actual, OSError):
            continue  # the form reports an unreadable file itself
        same_stat = info.st_size == item.get("size") and info.st_mtime_ns == item.get("mtime_ns")
        if actual == expected and not same_stat:
            item["size"], item["mtime_ns"] = info.st_size, info.st_mtime_ns
        elif actual != expected:
            item["mtime_ns"] = MARK_CHANGED
            notes.append(
                arg(
                    _tr("“%1” is not the file that was sent: its content changed (%2)."), name, path
                )
            )
    return notes

"""How a file is checked before it joins the attachments, and the worker that does it.

`probe_file` stats a path and sniffs its first 4 KiB (any thread, never raises); a refusal says
why the file cannot be sent. `ProbeJob` runs it in Qt's thread pool for the picker and drops, so
a slow disk (a network share) never stalls the window. The size limits live here because the
probe, the rows (`attachments_model`) and the adding rules (`attachments_adding`) share them.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal

from app.kombo.content_types import SNIFF_BYTES, detect_content_type


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttachmentsEditor", text)


RefusalKind = Literal["missing", "directory", "special", "empty", "unreadable", "too_large"]

# Files are sent inline as base64 (4 bytes for every 3). Kombo documents no request size
# limit for this endpoint (API-NOTES §3.4); its gateways and the sandbox answer 413 above
# 64 MiB, so a body must stay below that: one file may be at most 48 MiB, all together too.
# Above 20 MiB an upload is slow and many ATSs refuse it: the desk warns (README, "Filling in
# a result").
MIB = 1024 * 1024
MAX_BODY_BYTES = 64 * MIB
MAX_FILES_BYTES = MAX_BODY_BYTES // 4 * 3
WARN_FILE_BYTES = 20 * MIB


def mib(size: int) -> str:
    return f"{size / MIB:,.1f} MiB"


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
    if info.st_size > MAX_FILES_BYTES:
        return FileRefusal(path, "too_large", mib(info.st_size))
    try:
        with open(path, "rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError as exc:
        return FileRefusal(path, "unreadable", exc.strerror or str(exc))
    return FileProbe(path, info.st_size, info.st_mtime_ns, detect_content_type(path, head))


def refusal_text(refusal: FileRefusal) -> str:
    name = os.path.basename(refusal.path.rstrip(os.sep)) or refusal.path
    reasons = {
        "missing": _tr("there is no such file"),
        "directory": _tr("it is a folder; add the files in it instead"),
        "special": _tr("it is not a regular file"),
        "empty": _tr("the file is empty"),
        "unreadable": _tr("it cannot be read ({detail})").format(detail=refusal.detail),
        "too_large": _tr(
            "it is {size}; at most {max} can be sent inline (send a link to it instead)"
        ).format(size=refusal.detail, max=mib(MAX_FILES_BYTES)),
    }
    return _tr("{name} was not added: {reason}.").format(name=name, reason=reasons[refusal.kind])


class ProbeSignals(QObject):
    done = Signal(object, object)  # (list of probes and refusals, links)


class ProbeJob(QRunnable):
    def __init__(self, paths: list[str], links: list[str], signals: ProbeSignals) -> None:
        super().__init__()
        self._paths = paths
        self._links = links
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        self.signals.done.emit([probe_file(path) for path in self._paths], self._links)

"""Attachment files on disk: their sha256, their size for people, and whether they changed.

Pure and pydantic-free, so the form (on the first-paint path), the store and the streamed body
all ask the same question the same way: is the file at this path still the one that was added?
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from enum import StrEnum


def human_size(size: int) -> str:
    """`812 bytes`, `14.2 kB`, `1.2 MB`: decimal units, as file managers show them."""
    if size < 1000:
        return f"{size} byte{'s' if size != 1 else ''}"
    value = float(size)
    for unit in ("kB", "MB", "GB", "TB"):
        value /= 1000
        if value < 1000 or unit == "TB":
            break
    return f"{value:.1f} {unit}"


def sha256_file(path: str | os.PathLike[str], chunk_size: int = 1024 * 1024) -> str:
    """The hex sha256 of a file's content (blocking: reads the whole file)."""
    import hashlib  # OpenSSL's libcrypto, ~2.5 ms: with the first hash, not the first paint

    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(chunk_size):
            digest.update(block)
    return digest.hexdigest()


class ChangeKind(StrEnum):
    MISSING = "missing"
    UNREADABLE = "unreadable"
    FOLDER = "folder"
    NOT_REGULAR = "not_regular"
    SIZE = "size"
    MODIFIED = "modified"
    CONTENT = "content"

    @property
    def is_edit(self) -> bool:
        """The path still holds a readable file, just not the one that was added."""
        return self in (ChangeKind.SIZE, ChangeKind.MODIFIED, ChangeKind.CONTENT)


@dataclass(frozen=True)
class FileChange:
    """Why a file is not the one that was added. `reason` is plain English (logs, errors);
    widgets word their own translated message from `kind` (and `detail`, the OS's text)."""

    kind: ChangeKind
    reason: str
    detail: str = ""

    def __str__(self) -> str:
        return self.reason


def file_change(
    path: str | os.PathLike[str],
    size: int | None,
    mtime_ns: int | None,
    sha256: str | None = None,
) -> FileChange | None:
    """None if `path` is a readable regular file with this size, mtime and sha256 (each None
    is not checked); else what is different. Blocking: a stat, and a full read if `sha256`."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return FileChange(ChangeKind.MISSING, "the file no longer exists")
    except OSError as exc:
        return _unreadable(str(exc.strerror or exc))
    if stat.S_ISDIR(info.st_mode):
        return FileChange(ChangeKind.FOLDER, "the path is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        return FileChange(ChangeKind.NOT_REGULAR, "the path is not a regular file")
    if not os.access(path, os.R_OK):
        return _unreadable(os.strerror(errno.EACCES))
    if size is not None and info.st_size != size:
        return FileChange(
            ChangeKind.SIZE,
            f"the file changed size since it was added "
            f"(was {human_size(size)}, now {human_size(info.st_size)})",
        )
    if mtime_ns is not None and info.st_mtime_ns != mtime_ns:
        return FileChange(ChangeKind.MODIFIED, "the file was modified after it was added")
    if sha256 is not None:
        try:
            actual = sha256_file(path)
        except OSError as exc:
            return _unreadable(str(exc.strerror or exc))
        if actual != sha256:
            return FileChange(ChangeKind.CONTENT, "the file's content changed since it was added")
    return None


def _unreadable(detail: str) -> FileChange:
    return FileChange(ChangeKind.UNREADABLE, f"the file cannot be read ({detail})", detail)

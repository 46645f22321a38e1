"""Reading files of the data folder that may not be what their name says.

A `profiles.json`, `settings.ini` or draft that is a FIFO would block `open()` until a writer
appears (start-up hangs with no window); a folder or a device (`/dev/zero` behind a symlink)
cannot be read as a document at all. Each read here checks the kind first, opens with
O_NONBLOCK so a FIFO swapped in after the check cannot block either, checks the opened file
again (`fstat`) and reads at most a given number of bytes.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


class NotRegularFile(OSError):
    """The path exists but is not a regular file; `kind` says what it is ("a folder", …)."""

    def __init__(self, path: Path, kind: str) -> None:
        super().__init__(errno.EINVAL, f"{path.name} is {kind}, not a regular file", str(path))
        self.kind = kind


class FileTooLarge(OSError):
    def __init__(self, path: Path, limit: int) -> None:
        super().__init__(errno.EFBIG, f"{path.name} is larger than {limit:,} bytes", str(path))
        self.limit = limit


def kind_of(mode: int) -> str:
    """What a file of this `st_mode` is, in words for a banner."""
    if stat.S_ISREG(mode):
        return "a regular file"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def irregular_kind(path: Path) -> str | None:
    """None when `path` is missing or (through symlinks) a regular file; else what it is."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return None
    except OSError:
        # A dangling or looping symlink, a path through a file: not something to open either.
        try:
            mode = path.lstat().st_mode
        except OSError:
            return None
        return "a broken link" if stat.S_ISLNK(mode) else kind_of(mode)
    return None if stat.S_ISREG(mode) else kind_of(mode)


def read_regular(path: Path, max_bytes: int) -> bytes:
    """The bytes of `path` if it is a regular file of at most `max_bytes`.

    Raises FileNotFoundError, NotRegularFile, FileTooLarge or another OSError; never blocks on
    a FIFO and never reads more than `max_bytes` + 1 bytes.
    """
    kind = irregular_kind(path)
    if kind is not None:
        raise NotRegularFile(path, kind)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):  # swapped between the check and the open
            raise NotRegularFile(path, kind_of(mode))
        chunks: list[bytes] = []
        left = max_bytes + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > max_bytes:
        raise FileTooLarge(path, max_bytes)
    return data

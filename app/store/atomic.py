"""Replace a file so that readers see the old content or the new, never a torn mix.

The new content goes to a temporary file in the same folder (same file system, so the rename
is atomic), is flushed and fsynced, renamed over the target with `os.replace`, and then the
folder is fsynced so the rename itself survives a power cut. On any error the temporary file
is removed and the target is left as it was. Temporary files are named `.NAME.*.tmp`, so a
reader can find (and age out) what a crash left behind.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, TextIO, cast


def fsync_dir(folder: Path) -> None:
    """Make a rename or unlink in `folder` durable. Not possible on Windows (no folder fds)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def _replacing(path: Path, *, binary: bool) -> Iterator[IO[Any]]:
    # os.urandom, not the secrets module: that one loads hmac and hashlib before the first paint.
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{os.urandom(4).hex()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        handle: IO[Any] = (
            os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="")
        )
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace `path` with `data` (the folder must exist)."""
    with _replacing(path, binary=True) as handle:
        handle.write(data)


@contextlib.contextmanager
def atomic_open(path: Path) -> Iterator[TextIO]:
    """A UTF-8 text handle (newline="" so csv controls line ends) whose content replaces `path`
    when the block ends without an exception; for exports written row by row."""
    with _replacing(path, binary=False) as handle:
        yield cast(TextIO, handle)

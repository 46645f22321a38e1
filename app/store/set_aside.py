"""Moving a damaged or unusable file of the data folder out of the way, never deleting it.

The profiles, the settings and the drafts share this: the file (or whatever stands at its
path: a FIFO, a folder) is renamed next to itself as `NAME.broken-<time>`, so the person can
look at it, and a fresh file can take its place.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path


def backup_path(path: Path, tag: str = "broken") -> Path:
    """A free name `NAME.<tag>-<local time>[-N]` beside `path`."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.{tag}-{stamp}")
    counter = 2
    while os.path.lexists(candidate):
        candidate = path.with_name(f"{path.name}.{tag}-{stamp}-{counter}")
        counter += 1
    return candidate


def set_aside(path: Path, tag: str = "broken") -> Path:
    """Rename `path` aside and return where it went; OSError when it cannot be moved."""
    backup = backup_path(path, tag)
    os.replace(path, backup)
    return backup


def set_aside_words(path: Path, tag: str = "broken") -> str:
    """`set_aside`, in words for the banner: where it went, or why it stayed."""
    try:
        return f"it was moved to {set_aside(path, tag)}"
    except OSError as exc:
        return f"it could not be moved aside ({exc.strerror or exc})"

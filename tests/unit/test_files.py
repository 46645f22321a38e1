"""`file_change`: the one answer to "is this still the file that was added?"."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from app.kombo.files import ChangeKind, file_change, sha256_file


def _added(path: Path, content: bytes) -> tuple[int, int]:
    path.write_bytes(content)
    info = path.stat()
    return info.st_size, info.st_mtime_ns


def test_an_untouched_file_has_no_change(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    size, mtime = _added(path, b"%PDF-1.4")
    assert file_change(path, size, mtime) is None
    assert file_change(path, size, mtime, hashlib.sha256(b"%PDF-1.4").hexdigest()) is None
    assert file_change(path, None, None) is None  # nothing to compare: it exists and reads
    assert sha256_file(path) == hashlib.sha256(b"%PDF-1.4").hexdigest()


def test_each_kind_of_change_is_named(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    size, mtime = _added(path, b"%PDF-1.4")

    os.utime(path, ns=(mtime, mtime + 5_000_000_000))
    change = file_change(path, size, mtime)
    assert change is not None
    assert change.kind is ChangeKind.MODIFIED
    assert str(change) == "the file was modified after it was added"

    path.write_bytes(b"%PDF-1.4 and more")
    change = file_change(path, size, None)
    assert change is not None
    assert change.kind is ChangeKind.SIZE
    assert "was 8 bytes, now 17 bytes" in change.reason

    path.write_bytes(b"%PDF-1.5")  # same size, other bytes
    change = file_change(path, size, None, hashlib.sha256(b"%PDF-1.4").hexdigest())
    assert change is not None
    assert change.kind is ChangeKind.CONTENT
    assert change.kind.is_edit

    path.unlink()
    change = file_change(path, size, mtime)
    assert change is not None
    assert (change.kind, change.reason) == (ChangeKind.MISSING, "the file no longer exists")
    assert not change.kind.is_edit


def test_a_folder_or_a_pipe_is_not_the_file(tmp_path: Path) -> None:
    folder_change = file_change(tmp_path, None, None)
    assert folder_change is not None
    assert folder_change.kind is ChangeKind.FOLDER
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    os.mkfifo(tmp_path / "pipe")
    pipe_change = file_change(tmp_path / "pipe", None, None)
    assert pipe_change is not None
    assert pipe_change.kind is ChangeKind.NOT_REGULAR


def test_an_unreadable_path_says_why(tmp_path: Path) -> None:
    (tmp_path / "plain").write_text("x")
    change = file_change(tmp_path / "plain" / "below-a-file", None, None)  # ENOTDIR
    assert change is not None
    assert change.kind is ChangeKind.UNREADABLE
    assert change.detail
    assert change.reason == f"the file cannot be read ({change.detail})"

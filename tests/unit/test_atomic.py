"""Atomic replacement: the old content survives a failed write, and no temp file is left."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.store.atomic import atomic_open, atomic_write


def test_atomic_write_replaces_the_content(tmp_path: Path) -> None:
    target = tmp_path / "out" / "a.json"
    target.parent.mkdir()
    target.write_bytes(b"old")
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in target.parent.iterdir()] == ["a.json"]


def _write_half_then_fail(target: Path) -> None:
    with atomic_open(target) as handle:
        handle.write("half a row")
        raise RuntimeError("boom")


def test_a_streamed_write_that_fails_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out" / "export.csv"
    target.parent.mkdir()
    target.write_text("old\n")
    with pytest.raises(RuntimeError, match="boom"):
        _write_half_then_fail(target)
    assert target.read_text() == "old\n"
    assert [p.name for p in target.parent.iterdir()] == ["export.csv"]


def test_a_streamed_write_keeps_line_ends_as_written(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    with atomic_open(target) as handle:
        handle.write("a,b\r\nç,d\r\n")
    assert target.read_bytes() == "a,b\r\nç,d\r\n".encode()


def test_a_missing_folder_raises_and_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        atomic_write(tmp_path / "missing" / "a.json", b"x")
    assert not (tmp_path / "missing").exists()

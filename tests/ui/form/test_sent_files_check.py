"""The file check behind History → "Open in form": never blocks, never opens non-files."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from app.kombo.files import sha256_file
from app.ui.form import sent_files_check
from app.ui.form.sent_files_check import MARK_CHANGED, check_sent_files


def _state(path: Path, sha256: str) -> dict[str, object]:
    info = path.stat()
    return {
        "attachments": [
            {"name": path.name, "path": str(path), "size": info.st_size,
             "mtime_ns": info.st_mtime_ns, "sha256": sha256}
        ]
    }  # fmt: skip


def test_a_file_whose_read_hangs_is_marked_within_the_deadline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Stands in for a hung network share: the read never returns until released.
    release = threading.Event()

    def hanging(path: str) -> str:
        release.wait()
        return "never"

    file = tmp_path / "report.pdf"
    file.write_bytes(b"%PDF-1.7 sent")
    state = _state(file, sha256_file(file))
    monkeypatch.setattr(sent_files_check, "sha256_regular", hanging)
    try:
        notes = check_sent_files(state, timeout_s=0.2)
    finally:
        release.set()
    assert state["attachments"][0]["mtime_ns"] == MARK_CHANGED  # type: ignore[index]
    assert "could not be read within 0.2 s" in notes[0]


def test_a_fifo_is_reported_and_never_opened(tmp_path: Path) -> None:
    file = tmp_path / "report.pdf"
    file.write_bytes(b"%PDF-1.7 sent")
    state = _state(file, sha256_file(file))
    file.unlink()
    os.mkfifo(file)
    done: list[list[str]] = []
    thread = threading.Thread(target=lambda: done.append(check_sent_files(state)), daemon=True)
    thread.start()
    thread.join(20)
    assert done, "the check blocked on the FIFO"
    assert "named pipe (FIFO), not a regular file" in done[0][0]


def test_the_same_bytes_with_a_new_time_are_taken_as_they_are(tmp_path: Path) -> None:
    file = tmp_path / "report.pdf"
    file.write_bytes(b"%PDF-1.7 sent")
    state = _state(file, sha256_file(file))
    os.utime(file, ns=(1, 5_000_000_000))
    assert check_sent_files(state) == []
    assert state["attachments"][0]["mtime_ns"] == 5_000_000_000  # type: ignore[index]

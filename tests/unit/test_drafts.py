"""Drafts: per-profile, atomic (a crash before the rename keeps the previous draft whole),
never holding the key, damaged files moved aside, disk trouble reported."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from disk_faults import REPO, run_confined

from app.store import atomic as atomic_module
from app.store.drafts import STALE_TEMP_S, DraftError, DraftStore, profile_slug

STATE_A = {"order_id": "ORDER-A", "status": "COMPLETED", "score": "87", "attributes": []}
STATE_B = {"order_id": "ORDER-B", "status": "OPEN", "score": "12", "note": "ü ✓ 中文"}


def test_save_and_load_per_profile(desk_home: Path) -> None:
    store = DraftStore()
    saved = store.save("Production EU", STATE_A)
    store.save("Staging", STATE_B)
    loaded = store.load("Production EU")
    assert loaded is not None
    assert loaded.state == STATE_A
    assert loaded.order_id == "ORDER-A"
    assert loaded.saved_at == saved.saved_at
    assert loaded.saved_at.utcoffset() is not None
    other = store.load("Staging")
    assert other is not None
    assert other.state == STATE_B
    assert store.load("Nobody") is None
    assert store.path_for("Production EU").parent == desk_home / "drafts"

    store.discard("Production EU")
    assert store.load("Production EU") is None
    assert store.load("Staging") is not None
    store.discard("Production EU")  # discarding twice is fine


def test_slugs_are_readable_and_do_not_collide() -> None:
    assert profile_slug("Production EU").startswith("production-eu-")
    assert profile_slug("prod/eu") != profile_slug("prod eu")
    assert profile_slug("../../etc").startswith("etc-")
    assert profile_slug("").startswith("profile-")


def test_the_key_is_never_written_into_a_draft(desk_home: Path) -> None:
    store = DraftStore()
    store.save("p", {**STATE_A, "api_key": "sk-live-123", "Authorization": "Bearer x"})
    text = store.path_for("p").read_text(encoding="utf-8")
    assert "sk-live-123" not in text
    assert "Bearer x" not in text
    loaded = store.load("p")
    assert loaded is not None
    assert "api_key" not in loaded.state


def test_write_fsyncs_the_file_before_the_rename_and_the_folder_after(
    desk_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        calls.append("fsync-dir" if os.path.isdir(f"/proc/self/fd/{fd}") else "fsync-file")
        real_fsync(fd)

    def replace(src: object, dst: object) -> None:
        calls.append("replace")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(atomic_module.os, "fsync", fsync)
    monkeypatch.setattr(atomic_module.os, "replace", replace)
    DraftStore().save("p", STATE_A)
    assert calls == ["fsync-file", "replace", "fsync-dir"]


_CRASH_AT_RENAME = textwrap.dedent(
    """
    import os, sys
    from app.store.drafts import DraftStore
    store = DraftStore()
    store.save("Production EU", {"order_id": "ORDER-A", "score": "87"})
    # Die like a power cut at the worst moment: the new draft is fully written and synced to
    # its temporary file, the rename has not happened.
    os.replace = lambda *args: os._exit(9)
    store.save("Production EU", {"order_id": "ORDER-B", "score": "12"})
    """
)


def test_a_crash_between_write_and_rename_leaves_the_old_draft_intact(desk_home: Path) -> None:
    env = {**os.environ, "RESULT_DESK_HOME": str(desk_home), "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", _CRASH_AT_RENAME], env=env, capture_output=True, check=False
    )
    assert done.returncode == 9, done.stderr
    (leftover,) = list((desk_home / "drafts").glob(".*.tmp"))
    assert json.loads(leftover.read_text())["order_id"] == "ORDER-B"  # the interrupted save

    store = DraftStore()
    draft = store.load("Production EU")
    assert draft is not None
    assert draft.state == {"order_id": "ORDER-A", "score": "87"}

    # The orphaned temp file is cleaned up once it is surely nobody's work in progress.
    old = time.time() - STALE_TEMP_S - 5
    os.utime(leftover, (old, old))
    store.load("Production EU")
    assert not leftover.exists()


def test_a_failed_write_keeps_the_old_draft_and_leaves_no_temp(
    desk_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = DraftStore()
    store.save("p", STATE_A)

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic_module.os, "fsync", broken_fsync)
    with pytest.raises(DraftError, match="No space left on device"):
        store.save("p", STATE_B)
    monkeypatch.undo()
    draft = store.load("p")
    assert draft is not None
    assert draft.state == STATE_A
    assert not list((desk_home / "drafts").glob(".*.tmp"))


def test_a_damaged_draft_is_moved_aside_not_lost(desk_home: Path) -> None:
    store = DraftStore()
    path = store.path_for("p")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b'{"format": 1, "state": {"order_id": "X"')  # cut short
    assert store.load("p") is None
    (moved,) = list(path.parent.glob(f"{path.name}.corrupt-*"))
    assert moved.read_bytes().startswith(b'{"format": 1')
    assert "moved aside" in store.notices[0]


def test_unserialisable_state_is_a_draft_error(desk_home: Path) -> None:
    with pytest.raises(DraftError, match="could not be saved"):
        DraftStore().save("p", {"bad": object()})


_SAVE_PROBE = textwrap.dedent(
    """
    import json
    from app.store.drafts import DraftStore, DraftError
    store = DraftStore()
    out = {"before": store.load("p").state if store.load("p") else None}
    saved = 0
    try:
        for n in range(2000):
            # Growing drafts: the old one and the new temp file soon do not fit together.
            store.save("p", {"order_id": f"O{n}", "pad": "x" * 3000 * (n + 1)})
            saved += 1
        out["error"] = None
    except DraftError as exc:
        out["error"] = exc.message
    after = store.load("p")
    out["saved"] = saved
    out["after"] = after.state["order_id"] if after else None
    print(json.dumps(out))
    """
)


def test_read_only_folder_gives_a_draft_error_and_keeps_the_old_draft(desk_home: Path) -> None:
    DraftStore().save("p", STATE_A)
    result = run_confined(desk_home, "readonly", _SAVE_PROBE)
    assert result["before"] == STATE_A
    assert result["saved"] == 0
    assert "cannot be saved as a draft" in result["error"]
    assert result["after"] == "ORDER-A"


def test_full_disk_gives_a_draft_error_and_keeps_the_last_good_draft(desk_home: Path) -> None:
    result = run_confined(desk_home, "full", _SAVE_PROBE, size="64k")
    assert result["error"] is not None
    assert "No space left" in result["error"]
    # Every save that succeeded is whole; the one that failed left the last good one.
    assert result["saved"] >= 1
    assert result["after"] == f"O{result['saved'] - 1}"

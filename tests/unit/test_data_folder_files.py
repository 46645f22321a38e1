"""Files of the data folder that are not regular files, or not what they should hold.

A FIFO where profiles.json, settings.ini or a draft should be made start-up hang (open()
waits for a writer); a folder there turned autosave off for the session; a garbage
settings.ini was silently rewritten. Each is now set aside (renamed, never deleted) and said.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from app.store.drafts import DraftStore
from app.store.profiles import ProfileStore
from app.store.regular_files import NotRegularFile, read_regular
from app.store.settings_check import MAX_SETTINGS_BYTES, check_settings_file

T = TypeVar("T")
# Generous: these calls take milliseconds; a FIFO opened for reading would block forever.
HANG_S = 20.0


def returns(call: Callable[[], T]) -> T:
    """Run `call` in a thread; fail (instead of hanging the suite) when it blocks."""
    box: dict[str, object] = {}

    def target() -> None:
        try:
            box["value"] = call()
        except BaseException as exc:  # re-raised below, on the test's thread
            box["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(HANG_S)
    assert not thread.is_alive(), "the call blocked (it opened a FIFO?)"
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]  # type: ignore[return-value]


def make(path: Path, kind: str) -> None:
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    elif kind == "dev-zero":
        path.symlink_to("/dev/zero")


KINDS = ["fifo", "folder", "dev-zero"]


@pytest.mark.parametrize("kind", KINDS)
def test_read_regular_refuses_what_is_not_a_regular_file(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "thing"
    make(path, kind)
    with pytest.raises(NotRegularFile):
        returns(lambda: read_regular(path, 1000))


def test_read_regular_reads_through_a_symlink_to_a_regular_file(tmp_path: Path) -> None:
    (tmp_path / "real.json").write_bytes(b"{}")
    (tmp_path / "link.json").symlink_to(tmp_path / "real.json")
    assert read_regular(tmp_path / "link.json", 10) == b"{}"
    with pytest.raises(OSError, match="larger than"):
        read_regular(tmp_path / "link.json", 1)


@pytest.mark.parametrize("kind", KINDS)
def test_profiles_json_that_is_not_a_file_is_set_aside_and_said(desk_home: Path, kind: str) -> None:
    make(desk_home / "profiles.json", kind)
    store = returns(lambda: ProfileStore().load())
    assert store.names() == []
    assert store.load_problem is not None
    assert "not a regular file" in store.load_problem
    assert not os.path.lexists(desk_home / "profiles.json")
    assert list(desk_home.glob("profiles.json.broken-*"))


@pytest.mark.parametrize("kind", KINDS)
def test_settings_ini_that_is_not_a_file_is_set_aside_and_said(desk_home: Path, kind: str) -> None:
    make(desk_home / "settings.ini", kind)
    message = returns(check_settings_file)
    assert message is not None
    assert "not a regular file" in message
    assert not os.path.lexists(desk_home / "settings.ini")
    (aside,) = desk_home.glob("settings.ini.broken-*")
    assert str(aside) in message


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"\x00\x01garbage\xff" * 100, "binary"),
        (b"[General]\nok=1\nthis is not a setting\n", "line 3"),
        (b"[General]\n" + b"a=" + b"x" * (20 * 1024 * 1024) + b"\n", "larger than"),
    ],
    ids=["garbage", "not-ini", "20MB"],
)
def test_a_garbage_or_huge_settings_ini_is_kept_aside_not_rewritten(
    desk_home: Path, content: bytes, why: str
) -> None:
    (desk_home / "settings.ini").write_bytes(content)
    message = check_settings_file()
    assert message is not None
    assert why in message
    (aside,) = desk_home.glob("settings.ini.broken-*")
    assert aside.read_bytes() == content  # the original, untouched
    assert len(content) > MAX_SETTINGS_BYTES or why != "larger than"


def test_a_settings_ini_qsettings_wrote_is_left_alone(desk_home: Path) -> None:
    from PySide6.QtCore import QByteArray, QSettings

    settings = QSettings(str(desk_home / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("window/geometry", QByteArray(bytes(range(256))))
    settings.setValue("orders/search", 'Müller; "quoted" = [x]\nnext line')
    settings.setValue("history/keep_days", 365)
    settings.sync()
    before = (desk_home / "settings.ini").read_bytes()
    assert check_settings_file() is None
    assert (desk_home / "settings.ini").read_bytes() == before


@pytest.mark.parametrize("kind", KINDS)
def test_a_draft_that_is_not_a_file_is_set_aside_and_autosave_goes_on(
    desk_home: Path, kind: str
) -> None:
    store = DraftStore()
    path = store.path_for("Prod")
    make(path, kind)
    assert returns(lambda: store.load("Prod")) is None
    assert store.notices
    assert "not a regular file" in store.notices[0]
    store.save("Prod", {"order_id": "A1"})
    draft = store.load("Prod")
    assert draft is not None
    assert draft.order_id == "A1"


def test_a_folder_that_appears_at_the_draft_path_does_not_stop_autosave(desk_home: Path) -> None:
    store = DraftStore()
    store.save("Prod", {"order_id": "A1"})
    path = store.path_for("Prod")
    path.unlink()
    path.mkdir()
    store.save("Prod", {"order_id": "A2"})
    draft = store.load("Prod")
    assert draft is not None
    assert draft.order_id == "A2"
    assert list(path.parent.glob(f"{path.name}.corrupt-*"))

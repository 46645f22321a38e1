"""The command line, run as the user runs it: `python -m app ...` in a subprocess, offscreen."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from app._version import __version__
from app.main import build_parser

ROOT = Path(__file__).resolve().parents[3]


def run_app(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_version() -> None:
    result = run_app("--version", timeout=60)
    assert result.returncode == 0
    assert result.stdout.strip() == f"Result Desk {__version__}"


def test_help_lists_every_flag() -> None:
    text = build_parser().format_help()
    for flag in ("--demo", "--self-check", "--screenshot", "--exit-on-first-paint", "--version",
                 "--base-url", "--integration-id"):  # fmt: skip
        assert flag in text


def test_self_check_passes_offscreen(desk_home: Path) -> None:
    result = run_app("--self-check")
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert f"Result Desk {__version__}" in out
    for part in ("Python 3.", "PySide6 ", "httpx ", "pydantic ", "Qt platform: offscreen",
                 "Keyring backend: keyring.backends"):  # fmt: skip
        assert part in out, part
    assert "HTTP 200" in out
    assert out.strip().splitlines()[-1] == "Self-check passed"
    assert "Traceback" not in result.stderr


def test_screenshot_writes_the_filled_window(desk_home: Path, tmp_path: Path) -> None:
    target = tmp_path / "shot.png"
    result = run_app("--demo", "--screenshot", str(target))
    assert result.returncode == 0, result.stdout + result.stderr
    assert png_size(target) == (1366, 768)
    assert target.stat().st_size > 20_000  # a real window, not a blank image
    assert list(desk_home.iterdir()) == []  # the sample send went to a folder of its own


def test_exit_on_first_paint_quits_by_itself(desk_home: Path) -> None:
    result = run_app("--exit-on-first-paint", "--base-url", "https://api.kombo.dev/v1",
                     "--integration-id", "x:y", timeout=60)  # fmt: skip
    assert result.returncode == 0, result.stderr


def test_unknown_flags_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    from app.main import main

    with pytest.raises(SystemExit) as exit_info:
        main(["--dmeo"])
    assert exit_info.value.code == 2
    assert "unrecognized arguments: --dmeo" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--base-url", "ftp://api.kombo.dev/v1"], "--base-url: Only https://"),
        (["--base-url", "http://api.kombo.dev/v1"], "--base-url: Use https://"),
        (["--base-url", "https://me:pw@api.kombo.dev/v1"], "--base-url: Leave user names"),
        (["--base-url", "https://api.kombo.dev/v1?x=1"], "--base-url: Remove the"),
        (["--base-url", "api.kombo.dev/v1"], "--base-url: Start the address with https://"),
        (["--base-url", "https://api.kombo.dev:port/v1"], "--base-url: This is not a valid"),
        (["--integration-id", "workday"], "--integration-id: The tool name and the colon"),
        (["--integration-id", "Workday:A1"], "--integration-id: The tool name is written in"),
    ],
)
def test_a_bad_base_url_or_integration_id_is_refused_in_one_line(
    args: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.main import validate_args

    parser = build_parser()
    with pytest.raises(SystemExit) as exit_info:
        validate_args(parser, parser.parse_args(args))
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    message = err.strip().splitlines()[-1]
    assert message.startswith(f"result-desk: error: {said}"), err


def test_the_program_refuses_a_bad_base_url_before_any_window(desk_home: Path) -> None:
    result = run_app("--base-url", "https://me:secret@api.kombo.dev/v1", "--integration-id",
                     "x:y", "--exit-on-first-paint", timeout=60)  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("result-desk: error: --base-url: Leave user names and passwords out")


def test_a_loopback_base_url_may_be_plain_http() -> None:
    from app.main import build_parser, validate_args

    parser = build_parser()
    for url in ("http://127.0.0.1:8080/v1/", "http://localhost:9/v1", "https://api.kombo.dev/v1"):
        args = parser.parse_args(["--base-url", url, "--integration-id", "sandbox:demo"])
        validate_args(parser, args)  # no SystemExit


# --- data folders that are odd -----------------------------------------------------------------


def _read_only_runner(folder: Path) -> list[str] | None:
    """A command prefix that runs the program with `folder` on a read-only bind mount in a
    private mount namespace (root ignores chmod, so a mode bit would prove nothing); None when
    this machine does not allow it (no unshare, no CAP_SYS_ADMIN)."""
    mount = f"mount --bind -o ro {folder} {folder}"
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", f"{mount} && ! touch {folder}/x"],
        capture_output=True, check=False,
    )  # fmt: skip
    if probe.returncode != 0:
        return None
    return ["unshare", "-m", "sh", "-c", f'{mount} && exec "$@"', "-"]


def test_a_read_only_home_without_logs_still_starts_and_sends(tmp_path: Path) -> None:
    home = tmp_path / "ro-home"
    home.mkdir()
    runner = _read_only_runner(home)
    if runner is None:
        pytest.skip("read-only bind mounts need unshare -m (CAP_SYS_ADMIN)")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RESULT_DESK_HOME=str(home))
    result = subprocess.run(
        [*runner, sys.executable, "-m", "app", "--self-check"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Self-check passed" in result.stdout
    assert "Read-only file system" in result.stderr
    assert "goes to the terminal (stderr) only" in result.stderr
    assert not (home / "logs").exists()


def test_a_home_that_is_a_file_starts_says_why_and_sends(tmp_path: Path) -> None:
    home = tmp_path / "home-file"
    home.write_text("not a folder")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RESULT_DESK_HOME=str(home))
    result = subprocess.run(
        [sys.executable, "-m", "app", "--self-check"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Self-check passed" in result.stdout
    assert f"RESULT_DESK_HOME ({home}) is a file, not a folder" in result.stderr
    assert home.read_text() == "not a folder"


def test_fifos_for_settings_and_profiles_do_not_hang_start_up(desk_home: Path) -> None:
    os.mkfifo(desk_home / "settings.ini")
    os.mkfifo(desk_home / "profiles.json")
    result = run_app("--demo", "--exit-on-first-paint", timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert list(desk_home.glob("settings.ini.broken-*"))
    assert list(desk_home.glob("profiles.json.broken-*"))
    log = (desk_home / "logs" / "result-desk.log").read_text()
    assert "named pipe (FIFO), not a regular file" in log

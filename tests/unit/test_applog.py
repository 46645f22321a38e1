"""The application log: a rotating file under log_dir() that never holds a registered secret."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import applog

SECRET = "sk_live_0123456789abcdefSECRET"


@pytest.fixture
def log_path(desk_home: Path) -> Iterator[Path]:
    path = applog.setup_logging()
    yield path
    applog.shutdown_logging()


def _read(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_log_file_lives_in_the_log_dir(log_path: Path, desk_home: Path) -> None:
    logging.getLogger("result_desk.test").info("hello")
    assert log_path == desk_home / "logs" / applog.LOG_FILE_NAME
    assert "hello" in _read(log_path)


def test_registered_secret_never_reaches_the_file(log_path: Path) -> None:
    applog.register_secret(SECRET)
    logger = logging.getLogger("httpx")  # a library logger: the filter is on the handler
    logger.info("Authorization: Bearer %s", SECRET)
    logger.warning(f"key in the message itself: {SECRET}")
    try:
        raise ValueError(f"bad key {SECRET}")
    except ValueError:
        logger.exception("while sending")
    logger.info("with a stack", stack_info=True, extra={"x": SECRET})
    text = _read(log_path)
    assert SECRET not in text
    assert text.count(applog.REDACTED) >= 3
    assert "ValueError: bad key [redacted]" in text


def test_short_values_are_not_treated_as_secrets(log_path: Path) -> None:
    applog.register_secret("abc")
    logging.getLogger("t").info("abc stays readable")
    assert "abc stays readable" in _read(log_path)


def test_bad_format_string_is_logged_not_lost(log_path: Path) -> None:
    logging.getLogger("t").info("value %d", "not a number")
    assert "value %d" in _read(log_path)


def test_file_rotates(log_path: Path) -> None:
    logger = logging.getLogger("bulk")
    line = "x" * 1000
    for _ in range(applog.MAX_BYTES // 1000 + 50):
        logger.info(line)
    assert log_path.with_name(applog.LOG_FILE_NAME + ".1").exists()
    assert log_path.stat().st_size <= applog.MAX_BYTES


def test_rotation_keeps_the_backups_in_order_and_loses_no_line(
    log_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(applog, "MAX_BYTES", 20_000)
    logger = logging.getLogger("bulk")
    for number in range(2_000):  # about 7 files' worth: the oldest are dropped
        logger.info("line %05d %s", number, "x" * 60)
    names = [f"{applog.LOG_FILE_NAME}.{n}" for n in range(applog.BACKUP_COUNT, 0, -1)]
    files = [log_path.with_name(name) for name in names] + [log_path]
    assert not log_path.with_name(f"{applog.LOG_FILE_NAME}.{applog.BACKUP_COUNT + 1}").exists()
    assert all(0 < path.stat().st_size <= 20_000 for path in files)
    numbers = [
        int(line.split("line ")[1][:5]) for path in files for line in _read(path).splitlines()
    ]
    assert numbers == list(range(numbers[0], 2_000))  # oldest backup to the current file
    assert numbers[0] > 0


def test_setup_twice_keeps_one_handler(log_path: Path) -> None:
    applog.setup_logging()
    handlers = [
        h for h in logging.getLogger().handlers if getattr(h, "baseFilename", "") == str(log_path)
    ]
    assert len(handlers) == 1

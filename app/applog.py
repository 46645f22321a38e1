"""The application log: a rotating file in `log_dir()` that never contains a secret.

Every secret the program learns (an API key fetched for a send) is registered with
`register_secret`; a filter on the file handler replaces it with `[redacted]` in the message,
its arguments, the exception text and the stack, before anything is formatted and written.
The filter sits on the handler rather than on a logger because handler filters also see the
records that propagate from library loggers (httpx, asyncio, qasync).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from pathlib import Path

from app.kombo.apikey import is_public_key

LOG_FILE_NAME = "result-desk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
REDACTED = "[redacted]"
# Shorter values are too likely to occur by chance in ordinary text to be worth redacting.
_MIN_SECRET_LENGTH = 4

_secrets: set[str] = set()
# Text in a key field while it is being typed, by field: each change replaces the last, so
# the prefixes typed on the way are not redacted for the rest of the run.
_held: dict[str, str] = {}
_secrets_lock = threading.Lock()
_handler: logging.Handler | None = None
# Why the log goes to stderr instead of the file (an unwritable data folder), for the banner.
file_problem: str | None = None


def register_secret(value: str | None) -> None:
    """Redact `value` from everything logged from now on (not the sandbox's public key)."""
    if not value or len(value) < _MIN_SECRET_LENGTH or is_public_key(value):
        return
    with _secrets_lock:
        _secrets.add(value)


def hold_secret(slot: str, value: str | None) -> None:
    """Redact `value` from now on, for as long as `slot` (a key field) holds it; the next
    call for the same slot replaces it. `release_secret` ends the hold."""
    with _secrets_lock:
        if value and len(value) >= _MIN_SECRET_LENGTH and not is_public_key(value):
            _held[slot] = value
        else:
            _held.pop(slot, None)


def release_secret(slot: str, *, keep: bool = True) -> None:
    """End the hold of `slot`; with `keep`, its last value stays redacted for the whole run."""
    with _secrets_lock:
        value = _held.pop(slot, None)
    if keep:
        register_secret(value)


def redact(text: str) -> str:
    """`text` with every registered secret replaced; longest first so overlaps cannot leak."""
    with _secrets_lock:
        secrets = sorted(_secrets | set(_held.values()), key=len, reverse=True)
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


class RedactingFilter(logging.Filter):
    """Renders the record's message once, redacted, so formatters only see clean text."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = f"{record.msg!r} {record.args!r}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class LogFile(logging.FileHandler):
    """The log file, rotated as `logging.handlers.RotatingFileHandler` rotates it (when the
    next record would take it to `MAX_BYTES`, keeping `BACKUP_COUNT` old files). That module
    (with socket and pickle, ~8 ms) is only loaded for a rotation, not before the first paint.
    """

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self._rotate()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        position = self.stream.tell()
        if not position:
            return False
        if position + len(self.format(record)) + 1 < MAX_BYTES:
            return False
        # Never renamed: a FIFO or a device someone put at the log's path.
        return os.path.isfile(self.baseFilename) or not os.path.exists(self.baseFilename)

    def _rotate(self) -> None:
        from logging.handlers import RotatingFileHandler

        stream, self.stream = self.stream, None
        if stream is not None:
            stream.close()
        # Renames NAME.4 -> NAME.5 ... NAME -> NAME.1; with delay it opens nothing itself.
        rotation = RotatingFileHandler(self.baseFilename, backupCount=BACKUP_COUNT, delay=True)
        rotation.doRollover()
        rotation.close()
        self.stream = self._open()


def log_file() -> Path:
    from app.store.paths import log_dir

    return log_dir() / LOG_FILE_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the root logger to the rotating file (once per process); return its path.

    When the log folder cannot be created or the file cannot be opened (a read-only data
    folder, a RESULT_DESK_HOME that is a file), the log goes to stderr, redacted the same way,
    and `file_problem` says why: the desk still starts.
    """
    global _handler, file_problem
    from app.store.paths import intended_log_dir

    path = intended_log_dir() / LOG_FILE_NAME
    root = logging.getLogger()
    if _handler is not None:
        if Path(getattr(_handler, "baseFilename", "")) == path:
            return path
        root.removeHandler(_handler)
        _handler.close()
    handler: logging.Handler
    try:
        path = log_file()
        handler = LogFile(path, encoding="utf-8")
        file_problem = None
    except OSError as exc:
        handler = logging.StreamHandler(sys.stderr)
        file_problem = (
            f"The log cannot be written to {path.parent} ({exc.strerror or exc}); "
            "it goes to the terminal (stderr) only."
        )
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    _handler = handler
    if file_problem:
        logging.getLogger(__name__).warning("%s", file_problem)
    return path


def shutdown_logging() -> None:
    """Detach and close the file handler (tests, and the end of `main`)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None

"""The application log: a rotating file in `log_dir()` that never contains a secret.

Every secret the program learns (an API key fetched for a send) is registered with
`register_secret`; a filter on the file handler replaces it with `[redacted]` in the message,
its arguments, the exception text and the stack, before anything is formatted and written.
The filter sits on the handler rather than on a logger because handler filters also see the
records that propagate from library loggers (httpx, asyncio, qasync).
"""

from __future__ import annotations

import logging
import logging.handlers
import threading
from pathlib import Path

LOG_FILE_NAME = "result-desk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
REDACTED = "[redacted]"
# Shorter values are too likely to occur by chance in ordinary text to be worth redacting.
_MIN_SECRET_LENGTH = 4

_secrets: set[str] = set()
_secrets_lock = threading.Lock()
_handler: logging.Handler | None = None


def register_secret(value: str | None) -> None:
    """Redact `value` from everything logged from now on."""
    if not value or len(value) < _MIN_SECRET_LENGTH:
        return
    with _secrets_lock:
        _secrets.add(value)


def redact(text: str) -> str:
    """`text` with every registered secret replaced; longest first so overlaps cannot leak."""
    with _secrets_lock:
        secrets = sorted(_secrets, key=len, reverse=True)
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


def log_file() -> Path:
    from app.store.paths import log_dir

    return log_dir() / LOG_FILE_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the root logger to the rotating file (once per process); return its path."""
    global _handler
    path = log_file()
    root = logging.getLogger()
    if _handler is not None:
        if Path(getattr(_handler, "baseFilename", "")) == path:
            return path
        root.removeHandler(_handler)
        _handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    _handler = handler
    return path


def shutdown_logging() -> None:
    """Detach and close the file handler (tests, and the end of `main`)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None

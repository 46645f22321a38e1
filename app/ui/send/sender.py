"""The small object that sends: one result write at a time, on the qasync loop.

The window hands it a connection, a way to get the key, the order ID and a validated body;
it builds a `KomboClient`, runs `put_result` as an asyncio Task and reports through signals.
It refuses a second send while one is in flight (whatever the window's buttons say), and a
cancel cancels the Task: the client then stops streaming, so an incomplete body is never
written. Every attempt ends in exactly one `finished(SendRecord)`.

Before the first byte leaves, every file attachment is checked and hashed (in a worker) and
the attempt is handed to `begin_attempt` (the history writes it, outcome unknown); the sender
waits until that write is done. The final record carries the same `attempt_key`.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from app.applog import redact, register_secret
from app.ui.common.context import ConnectionInfo, KeyProvider
from app.ui.common.placeholders import arg

if TYPE_CHECKING:
    import asyncio  # loaded with the qasync loop, after the first paint

    from app.kombo.client import RetryPolicy, Timeouts
    from app.kombo.models import ResultBody
    from app.kombo.retry import RetryNotice

    # The record itself is imported when a send happens (`_put`, `_begin`).
    from app.ui.common.send_record import BeginAttempt, OutcomeKind, SendReason

log = logging.getLogger(__name__)

# Progress is shown in the status bar; more often than this is wasted repainting.
_PROGRESS_INTERVAL_S = 0.05


class Sender(QObject):
    """Sends one result at a time. `send()` returns False (and does nothing) while busy."""

    started = Signal()
    # Bytes sent, total bytes: `object`, since Signal(int) is 32-bit and a 2 GB body overflows.
    progress = Signal(object, object)
    retrying = Signal(object)  # RetryNotice
    refused = Signal(str)  # nothing was attempted (no key, no connection): why
    finished = Signal(object)  # SendRecord
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._task: asyncio.Task[None] | None = None
        self._busy = False
        self._sent = 0
        self._total = 0
        self._last_progress = 0.0
        self._retries = 0
        self._recorded = False
        self.timeouts: Timeouts | None = None
        self.retry_policy: RetryPolicy | None = None
        self.begin_attempt: BeginAttempt | None = None
        self._reason: SendReason | None = None

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def task(self) -> asyncio.Task[None] | None:
        return self._task

    def send(
        self,
        connection: ConnectionInfo,
        key_provider: KeyProvider,
        order_id: str,
        body: ResultBody,
        reason: SendReason | None = None,
    ) -> bool:
        """Start sending; False if a send is already in flight (then nothing happens).
        `reason` (who and why) goes on the attempt's records only, never to Kombo."""
        import asyncio

        if self._busy:
            log.info("send ignored: another send is in flight")
            return False
        self._reason = reason
        self._set_busy(True)
        self._sent = self._total = self._retries = 0
        self._recorded = False
        self._task = asyncio.ensure_future(self._run(connection, key_provider, order_id, body))
        return True

    def cancel(self) -> bool:
        """Cancel the send in flight; True if there was one."""
        if self._task is None or self._task.done():
            return False
        self._task.cancel()
        return True

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    def _on_progress(self, sent: int, total: int) -> None:
        self._sent, self._total = sent, total
        now = time.monotonic()
        if sent >= total or now - self._last_progress >= _PROGRESS_INTERVAL_S:
            self._last_progress = now
            self.progress.emit(sent, total)

    def _configuration_message(self, exc: Exception) -> str:
        """Why the client could not be built for this connection, in words."""
        if isinstance(exc, OSError):  # the only file the client reads as it is built
            return arg(
                self.tr("The connection's CA bundle could not be loaded: %1"),
                exc.strerror or str(exc),
            )
        if isinstance(exc, ValueError):
            return str(exc)  # the client's own words
        return arg(self.tr("The base URL is not a valid URL: %1"), exc)

    def _on_retry(self, notice: RetryNotice) -> None:
        self._retries += 1
        self.retrying.emit(notice)

    async def _run(
        self,
        connection: ConnectionInfo,
        key_provider: KeyProvider,
        order_id: str,
        body: ResultBody,
    ) -> None:
        import asyncio

        try:
            try:
                key = await key_provider(connection)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.warning("no key for %s: %s", connection.name, type(exc).__name__)
                self.refused.emit(arg(self.tr("The API key could not be read: %1"), exc))
                return
            if not key:
                self.refused.emit(
                    arg(
                        self.tr(
                            "No API key for “%1”. Set KOMBO_API_KEY or store a key for this "
                            "connection."
                        ),
                        connection.name,
                    )
                )
                return
            if connection.key_source != "demo":  # the demo key is public and would mangle logs
                register_secret(key)
            await self._put(connection, key, order_id, body)
        except asyncio.CancelledError:
            if not self._recorded:  # cancelled while fetching the key: nothing was sent
                self.refused.emit(self.tr("Cancelled before anything was sent."))
            raise
        finally:
            self._set_busy(False)

    async def _put(
        self, connection: ConnectionInfo, key: str, order_id: str, body: ResultBody
    ) -> None:
        import asyncio
        import uuid  # with platform, ~2 ms that the first paint does without

        from httpx import InvalidURL

        from app.kombo.body import with_file_hashes
        from app.kombo.client import KomboClient
        from app.kombo.errors import (
            AttachmentChangedError,
            KomboApiError,
            KomboInvalidResponse,
            KomboNetworkError,
        )

        started_at = datetime.now(UTC)
        started = time.monotonic()
        # The history's form of the body, without hashing files (the history's writer thread
        # completes the hashes). Imported here: that module loads sqlite, which the first
        # paint does without.
        from app.store.history import request_from_body
        from app.ui.common.send_record import SendRecord

        request = request_from_body(body, hash_files=False)
        attempt_key = uuid.uuid4().hex
        log.info("sending result for order %s (%s) to %s", order_id, body.status.value, connection)

        def record(outcome: OutcomeKind, **fields: Any) -> None:
            self._recorded = True
            result = SendRecord(
                order_id=order_id,
                connection=connection,
                request=request,
                outcome=outcome,
                started_at=started_at,
                duration_s=time.monotonic() - started,
                retries=self._retries,
                request_bytes=self._total,
                attempt_key=attempt_key,
                reason=self._reason,
                **fields,
            )
            log.info(
                "send finished: %s, HTTP %s, %.2f s, unknown=%s",
                outcome,
                result.http_status,
                result.duration_s,
                result.outcome_unknown,
            )
            self.finished.emit(result)

        def record_bug(exc: Exception) -> None:
            # A bug, not a Kombo answer: we cannot tell whether anything was written. The
            # text may quote anything, so it is redacted like the log file.
            record(
                "network_error",
                error={"message": redact(f"{type(exc).__name__}: {exc}"), "kind": "internal"},
                outcome_unknown=self._sent > 0,
            )

        kwargs: dict[str, Any] = {}
        if self.timeouts is not None:
            kwargs["timeouts"] = self.timeouts
        if self.retry_policy is not None:
            kwargs["retry"] = self.retry_policy
        try:
            client = KomboClient(
                connection.base_url,
                key,
                connection.integration_id,
                verify=connection.verify,
                **kwargs,
            )
        except (ValueError, OSError, InvalidURL) as exc:
            # The connection's settings are unusable (a base URL with a password, a key no
            # header can carry, an unreadable CA bundle): nothing was sent, nothing crashed.
            record(
                "network_error",
                error={
                    "message": redact(self._configuration_message(exc)),
                    "kind": "configuration",
                },
            )
            return
        except Exception as exc:
            record_bug(exc)
            raise
        self.started.emit()
        try:
            async with client:
                # Checked and hashed before anything leaves; the stream compares as it reads.
                try:
                    body = await asyncio.to_thread(with_file_hashes, body)
                finally:
                    request = request_from_body(body, hash_files=False)
                await self._begin(connection, order_id, request, started_at, attempt_key)
                outcome = await client.put_result(
                    order_id, body, on_progress=self._on_progress, on_retry=self._on_retry
                )
        except asyncio.CancelledError:
            # Once every byte went out, Kombo may already be writing: say so.
            fully_sent = self._total > 0 and self._sent >= self._total
            record(
                "cancelled",
                outcome_unknown=fully_sent,
                error={"message": "cancelled", "bytes_sent": self._sent, "total": self._total},
            )
            raise
        except AttachmentChangedError as exc:
            if exc.during_send:
                request = _with_sent_sha256(request, exc.index, exc.sent_sha256)
            record(
                "attachment_changed",
                error={
                    "message": str(exc),
                    "path": exc.path,
                    "reason": exc.reason,
                    "index": exc.index,
                    "during_send": exc.during_send,
                },
                # Part of the body went out before the send was stopped.
                outcome_unknown=exc.during_send,
            )
        except KomboApiError as exc:
            record(
                "api_error",
                http_status=exc.http_status,
                error={
                    "code": exc.code,
                    "title": exc.title,
                    "message": exc.message,
                    "log_url": exc.log_url,
                },
                outcome_unknown=exc.outcome_unknown,
                log_url=exc.log_url,
            )
        except KomboNetworkError as exc:
            record(
                "network_error",
                error={"message": exc.message, "kind": exc.kind},
                outcome_unknown=exc.outcome_unknown,
            )
        except KomboInvalidResponse as exc:
            record(
                "invalid_response",
                http_status=exc.http_status,
                error={
                    "message": exc.message,
                    "body_excerpt": exc.body_excerpt,
                    "content_type": exc.content_type,
                },
                outcome_unknown=exc.outcome_unknown,
            )
        except Exception as exc:
            record_bug(exc)
            raise
        else:
            self._retries = outcome.attempts - 1
            record(
                "success",
                http_status=outcome.http_status,
                warnings=[warning.message for warning in outcome.response.warnings],
            )

    async def _begin(
        self,
        connection: ConnectionInfo,
        order_id: str,
        request: dict[str, Any],
        started_at: datetime,
        attempt_key: str,
    ) -> None:
        """Hand the attempt to `begin_attempt` and wait until it is on record."""
        import asyncio

        from app.ui.common.send_record import SendRecord

        if self.begin_attempt is None:
            return
        pending = SendRecord(
            order_id=order_id,
            connection=connection,
            request=request,
            outcome="in_flight",
            started_at=started_at,
            duration_s=0.0,
            outcome_unknown=True,
            attempt_key=attempt_key,
            reason=self._reason,
        )
        try:
            written = self.begin_attempt(pending)
            if written is not None:
                await asyncio.wrap_future(written)
        except asyncio.CancelledError:
            raise
        except Exception:
            # The history says why in its banner; sending still works without it.
            log.exception("the attempt could not be recorded before the send")


def _with_sent_sha256(request: dict[str, Any], index: int, sent: str | None) -> dict[str, Any]:
    """`request` with attachment `index` carrying the sha256 of the bytes actually read for the
    send; the one checked before the send stays as `checked_sha256`."""
    attachments = [dict(item) for item in request.get("attachments") or []]
    if sent is not None and 0 <= index < len(attachments):
        item = attachments[index]
        item["checked_sha256"] = item.get("sha256")
        item["sha256"] = sent
    return {**request, "attachments": attachments}

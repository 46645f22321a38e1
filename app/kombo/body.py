"""The request body of `PUT .../result`, streamed or built in memory, byte for byte the same.

A body is planned once as JSON text in which every file attachment's `data` is a placeholder;
the text around the placeholders is sent as it is and each placeholder becomes the base64 of
its file, read in chunks whose size is a multiple of 3 so that the base64 of the chunks joined
equals the base64 of the whole file. The exact `Content-Length` is known before the first byte
goes out, and memory stays near one chunk however large the files are.

A file that no longer matches the `FileRef` it was added as is refused: before sending
(`verify_files`, `with_file_hashes`), and while streaming, by raising from the iterator so that
the request stays incomplete. Every file is hashed as it streams; when the bytes read differ from
the sha256 checked before the send (the file was rewritten during the upload), the last chunk is
held back and the error carries the sha256 of what was read.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import logging
import os
import secrets
import threading
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any, BinaryIO

from app.kombo.errors import AttachmentChangedError
from app.kombo.files import file_change
from app.kombo.files import human_size as human_size  # re-exported: callers import it here
from app.kombo.files import sha256_file as sha256_file
from app.kombo.models import Attachment, FileRef, ResultBody

log = logging.getLogger(__name__)

# 3 * 64 KiB raw bytes become 256 KiB of base64 per chunk.
DEFAULT_CHUNK_SIZE = 3 * 64 * 1024
# Inline base64 longer than this is shortened in the preview.
PREVIEW_INLINE_LIMIT = 80

ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True)
class _FilePart:
    index: int  # position in body.attachments, for the error message
    ref: FileRef


_Part = bytes | _FilePart


def _dump(data: Any) -> str:
    # ASCII-only output: a lone surrogate from pasted text cannot make the encoding fail, and
    # every byte count is a character count.
    return json.dumps(data, ensure_ascii=True, separators=(",", ":"), allow_nan=False)


def _plan(body: ResultBody) -> list[_Part]:
    """The body as static JSON bytes with a `_FilePart` wherever a file's base64 goes."""
    attachments = body.attachments or []
    nonce = secrets.token_hex(12)
    refs: list[_FilePart] = []

    def placeholder(attachment: Attachment, ref: FileRef) -> str:
        index = next(i for i, a in enumerate(attachments) if a is attachment)
        refs.append(_FilePart(index, ref))
        return f"@@result-desk-file-{nonce}-{len(refs) - 1}@@"

    text = _dump(body.to_jsonable(file_data=placeholder))
    # str.split, not a regex: a pattern with the nonce in it is new on every send, and `re`
    # would cache each one (up to 512 compiled patterns held for the rest of the session).
    head, *rest = text.split(f"@@result-desk-file-{nonce}-")
    parts: list[_Part] = [head.encode("ascii")] if head else []
    for piece in rest:
        number, _, tail = piece.partition("@@")
        parts.append(refs[int(number)])
        if tail:
            parts.append(tail.encode("ascii"))
    if len(rest) != len(refs):  # pragma: no cover - a 96-bit nonce does not collide
        raise RuntimeError("placeholder collision while planning the request body")
    return parts


def body_parts(body: ResultBody) -> list[bytes | FileRef]:
    """The body as ASCII JSON pieces with a FileRef wherever that file's base64 goes."""
    return [part if isinstance(part, bytes) else part.ref for part in _plan(body)]


def _part_length(part: _Part) -> int:
    return len(part) if isinstance(part, bytes) else part.ref.base64_length


# --- files ----------------------------------------------------------------------------------


def file_ref_for(path: str | os.PathLike[str]) -> FileRef:
    """A reference to a regular file as it is now (one stat; hashing is left to a worker)."""
    absolute = os.path.abspath(path)
    info = os.stat(absolute)
    if not os.path.isfile(absolute):
        raise IsADirectoryError(f"{absolute} is not a regular file")
    return FileRef(path=absolute, size=info.st_size, mtime_ns=info.st_mtime_ns)


def _check_stat(ref: FileRef, index: int) -> None:
    change = file_change(ref.path, ref.size, ref.mtime_ns)
    if change is not None:
        raise AttachmentChangedError(ref.path, change.reason, index)


def with_file_hashes(body: ResultBody) -> ResultBody:
    """`body` with the sha256 of every file attachment, each checked against its FileRef (size,
    mtime) before and after hashing. Blocking (reads every file): run it in a worker. Raises
    `AttachmentChangedError` for a file that is gone or changed."""
    attachments = list(body.attachments or [])
    changed = False
    for index, attachment in enumerate(attachments):
        ref = attachment.data
        if not isinstance(ref, FileRef):
            continue
        _check_stat(ref, index)
        try:
            digest = sha256_file(ref.path)
        except OSError as exc:
            raise AttachmentChangedError(
                ref.path, f"the file cannot be read ({exc.strerror or exc})", index
            ) from None
        _check_stat(ref, index)  # a write while it was hashed changes its mtime
        if ref.sha256 is not None and ref.sha256 != digest:
            raise AttachmentChangedError(
                ref.path, "the file's content changed since it was added", index
            )
        if ref.sha256 is None:
            data = ref.model_copy(update={"sha256": digest})
            attachments[index] = attachment.model_copy(update={"data": data})
            changed = True
    return body.model_copy(update={"attachments": attachments}) if changed else body


def verify_files(body: ResultBody) -> None:
    """Raise `AttachmentChangedError` for the first file attachment that is gone or changed."""
    for index, attachment in enumerate(body.attachments or []):
        if isinstance(attachment.data, FileRef):
            _check_stat(attachment.data, index)


class _FileEncoder:
    """Reads one FileRef in chunks and returns their base64; blocking, so run it in a worker."""

    def __init__(self, part: _FilePart, chunk_size: int) -> None:
        self._part = part
        self._chunk_size = chunk_size
        self._remaining = part.ref.size
        self._digest = hashlib.sha256()
        self._handle: BinaryIO | None = None
        # A cancelled send closes the encoder on the loop thread while a worker may still be
        # reading; the lock keeps the descriptor from being closed (and reused) mid-read.
        self._lock = threading.Lock()
        self._closed = False

    def _changed(self, reason: str) -> AttachmentChangedError:
        return AttachmentChangedError(self._part.ref.path, reason, self._part.index)

    def next_chunk(self) -> bytes:
        """The base64 of the next chunk, or b"" when the file is done (or the send ended)."""
        with self._lock:
            return b"" if self._closed else self._next_chunk()

    def _next_chunk(self) -> bytes:
        if self._handle is None:
            _check_stat(self._part.ref, self._part.index)
            try:
                # Unbuffered: a read-ahead buffer would hide a change made while streaming.
                self._handle = open(self._part.ref.path, "rb", buffering=0)  # noqa: SIM115
            except OSError as exc:
                raise self._changed(f"the file cannot be read ({exc.strerror or exc})") from None
        if self._remaining == 0:
            return b""
        want = min(self._chunk_size, self._remaining)
        data = self._read(want)
        if len(data) < want:
            raise self._changed("the file became shorter while it was being sent")
        self._remaining -= len(data)
        self._digest.update(data)
        if self._remaining == 0:
            # Checked before the last chunk goes out, so a changed file never arrives whole.
            if self._handle.read(1):
                raise self._changed("the file grew while it was being sent")
            expected = self._part.ref.sha256
            if expected is not None and self._digest.hexdigest() != expected:
                raise AttachmentChangedError(
                    self._part.ref.path,
                    "the file changed while it was being sent",
                    self._part.index,
                    during_send=True,
                    sent_sha256=self._digest.hexdigest(),
                )
        return base64.b64encode(data)

    def _read(self, want: int) -> bytes:
        """Up to `want` bytes; fewer only at the end of the file (raw reads may come short)."""
        assert self._handle is not None
        blocks: list[bytes] = []
        got = 0
        try:
            while got < want and (block := self._handle.read(want - got)):
                blocks.append(block)
                got += len(block)
        except OSError as exc:  # e.g. EIO on a network share: the request is cut short
            raise self._changed(f"the file could not be read ({exc.strerror or exc})") from None
        return blocks[0] if len(blocks) == 1 else b"".join(blocks)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            if self._handle is not None:
                self._handle.close()
                self._handle = None


# --- the body -------------------------------------------------------------------------------


class StreamedBody:
    """An async iterable of the body's bytes with its exact length known up front.

    Every `async for` starts from the beginning, so one instance can be sent again after a
    retry. File reads and base64 run in a worker thread; the loop thread only yields bytes.
    """

    def __init__(
        self,
        body: ResultBody,
        *,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        on_progress: ProgressCallback | None = None,
    ) -> None:
        if chunk_size <= 0 or chunk_size % 3:
            raise ValueError("chunk_size must be a positive multiple of 3")
        self._parts = _plan(body)
        self._chunk_size = chunk_size
        self._on_progress = on_progress
        self.content_length: int = sum(_part_length(part) for part in self._parts)

    def __repr__(self) -> str:
        return f"<StreamedBody {self.content_length} bytes>"

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._stream()

    def _progress(self, sent: int) -> None:
        if self._on_progress is None:
            return
        try:
            self._on_progress(sent, self.content_length)
        except Exception:
            # A faulty progress display must not abort an upload half-way (outcome unknown).
            log.exception("progress callback failed")

    async def _stream(self) -> AsyncIterator[bytes]:
        sent = 0
        # Static JSON text is sliced to the size of a base64 chunk, so large inline data
        # does not go out as one block either.
        static_slice = 4 * (self._chunk_size // 3)
        for part in self._parts:
            if isinstance(part, bytes):
                for start in range(0, len(part), static_slice):
                    piece = part[start : start + static_slice]
                    yield piece
                    sent += len(piece)
                    self._progress(sent)
                continue
            encoder = _FileEncoder(part, self._chunk_size)
            try:
                while chunk := await asyncio.to_thread(encoder.next_chunk):
                    yield chunk
                    sent += len(chunk)
                    self._progress(sent)
            finally:
                encoder.close()


def render_json_bytes(body: ResultBody) -> bytes:
    """The same bytes `StreamedBody` sends, built in memory (reads files: not on the UI thread)."""
    out = bytearray()
    for part in _plan(body):
        if isinstance(part, bytes):
            out += part
            continue
        encoder = _FileEncoder(part, DEFAULT_CHUNK_SIZE)
        try:
            while chunk := encoder.next_chunk():
                out += chunk
        finally:
            encoder.close()
    return bytes(out)


def _inline_size(data: str) -> int:
    return max(0, len(data) * 3 // 4 - data[-2:].count("="))


def preview_json(body: ResultBody) -> str:
    """Indented JSON of what will be sent, with attachment data shortened for people."""

    def shortened(attachment: Attachment, ref: FileRef) -> str:
        return f"<base64 of {attachment.name}, {human_size(ref.size)}>"

    data = body.to_jsonable(file_data=shortened)
    for attachment, item in zip(body.attachments or [], data.get("attachments", []), strict=True):
        inline = attachment.data
        if isinstance(inline, str) and len(inline) > PREVIEW_INLINE_LIMIT:
            item["data"] = f"<base64 of {attachment.name}, {human_size(_inline_size(inline))}>"
    return json.dumps(data, indent=2, ensure_ascii=False)

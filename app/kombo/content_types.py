"""Guess an attachment's content type from its first bytes and its name.

Pure Python, no Qt: the attachments editor calls it in a worker thread with the first
`SNIFF_BYTES` of a file. Magic bytes win over the extension (a report saved as `.bin` is still a
PDF); the extension decides where the bytes are ambiguous (a zip could be a .docx) and where
they say nothing (text). `application/octet-stream` is the last resort, and is flagged as
generic because Kombo warns that an ATS may not open such a file.

Weighed against `puremagic` 1.30 (issue 13) on tests/unit/test_content_types.py's 32 heads:
puremagic got 16 right. It names XLSX, PPTX and ODT as DOCX (it cannot look past the first zip
entry in a 4 KB head), calls plain text "image/x-quicktime", finds nothing for CSV or indented
HTML, and answers aliases Kombo's ATSs know less well (audio/wave, application/x-gzip,
image/x-ms-bmp). Keeping ours: the bytes table here is ~20 lines; the rest is the zip, text and
extension logic puremagic does not have.
"""

from __future__ import annotations

import json
import mimetypes
import os
import re

from app.kombo.constants import GENERIC_CONTENT_TYPES

SNIFF_BYTES = 4096
OCTET_STREAM = "application/octet-stream"

# Common types offered in the editor's combo box, most used first.
COMMON_CONTENT_TYPES: tuple[str, ...] = (
    "application/pdf",
    "image/png",
    "image/jpeg",
    "text/plain",
    "text/csv",
    "text/html",
    "application/json",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "application/msword",
    "application/vnd.ms-excel",
    "application/zip",
    "video/mp4",
    "audio/mpeg",
)

# The system's mime.types differs between machines; these are the ones that must not.
_BY_EXTENSION: dict[str, str] = {
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".svg": "image/svg+xml",
    ".txt": "text/plain",
    ".log": "text/plain",
    ".csv": "text/csv",
    ".tsv": "text/tab-separated-values",
    ".md": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".xml": "application/xml",
    ".json": "application/json",
    ".rtf": "application/rtf",
    ".zip": "application/zip",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".odp": "application/vnd.oasis.opendocument.presentation",
    ".doc": "application/msword",
    ".xls": "application/vnd.ms-excel",
    ".ppt": "application/vnd.ms-powerpoint",
    ".msg": "application/vnd.ms-outlook",
    ".mp4": "video/mp4",
    ".m4v": "video/mp4",
    ".mov": "video/quicktime",
    ".webm": "video/webm",
    ".mkv": "video/x-matroska",
    ".mp3": "audio/mpeg",
    ".m4a": "audio/mp4",
    ".wav": "audio/wav",
    ".ogg": "audio/ogg",
    ".flac": "audio/flac",
}

# OOXML packages name their parts in the zip's local headers, which are not compressed.
_OOXML_PARTS: tuple[tuple[bytes, str], ...] = (
    (b"word/", _BY_EXTENSION[".docx"]),
    (b"xl/", _BY_EXTENSION[".xlsx"]),
    (b"ppt/", _BY_EXTENSION[".pptx"]),
)
# OpenDocument and EPUB store a first entry "mimetype" whose (stored) content is the type.

_FTYP_BRANDS: dict[bytes, str] = {
    b"qt  ": "video/quicktime",
    b"M4A ": "audio/mp4",
    b"M4B ": "audio/mp4",
    b"heic": "image/heic",
    b"heix": "image/heic",
    b"mif1": "image/heif",
    b"avif": "image/avif",
    b"3gp4": "video/3gpp",
    b"3gp5": "video/3gpp",
}

_SIMPLE_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"\x1f\x8b", "application/gzip"),
    (b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
    (b"Rar!\x1a\x07", "application/vnd.rar"),
    (b"{\\rtf", "application/rtf"),
    (b"fLaC", "audio/flac"),
    (b"ID3", "audio/mpeg"),
    (b"OggS", "audio/ogg"),
)

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OLE2_TYPES = frozenset(
    {
        "application/msword",
        "application/vnd.ms-excel",
        "application/vnd.ms-powerpoint",
        "application/vnd.ms-outlook",
    }
)
_DIB_HEADER_SIZES = frozenset({12, 40, 52, 56, 64, 108, 124})
_JSON_START = re.compile(r'^[\[{]\s*("|\{|\[|\d|-|true|false|null|\]|\})')
_TEXTUAL_APPLICATION_TYPES = frozenset(
    {"application/json", "application/xml", "application/javascript", "application/rtf"}
)


def is_generic(content_type: str | None) -> bool:
    """True for types that say nothing about the file (Kombo warns against them)."""
    return (content_type or "").strip().lower() in GENERIC_CONTENT_TYPES


def type_for_extension(path: str) -> str | None:
    """The content type a file's extension suggests, or None."""
    extension = os.path.splitext(path)[1].lower()
    if not extension:
        return None
    if extension in _BY_EXTENSION:
        return _BY_EXTENSION[extension]
    guessed, _encoding = mimetypes.guess_type("x" + extension, strict=False)
    return guessed


def detect_content_type(path: str, head: bytes) -> str:
    """The content type of the file at `path`, whose first bytes are `head`."""
    by_extension = type_for_extension(path)
    by_magic = _from_magic(head, by_extension)
    if by_magic is not None:
        return by_magic
    if head and _looks_like_text(head):
        return _text_type(head, by_extension)
    if by_extension is not None:
        return by_extension
    return OCTET_STREAM


def _from_magic(head: bytes, by_extension: str | None) -> str | None:
    for magic, content_type in _SIMPLE_MAGIC:
        if head.startswith(magic):
            return content_type
    if head.startswith(b"PK\x03\x04"):
        return _zip_type(head, by_extension)
    if head.startswith(_OLE2):
        # Legacy Office files share one container format; only the extension tells them apart.
        return by_extension if by_extension in _OLE2_TYPES else "application/x-ole-storage"
    if len(head) >= 12 and head[4:8] == b"ftyp":
        return _FTYP_BRANDS.get(head[8:12], "video/mp4")
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "video/webm" if b"webm" in head[:64] else "video/x-matroska"
    if head.startswith(b"RIFF") and len(head) >= 12:
        riff = {b"WEBP": "image/webp", b"WAVE": "audio/wav", b"AVI ": "video/x-msvideo"}
        return riff.get(head[8:12])
    # "BM" alone is too weak; the DIB header size that follows has a few known values.
    if head.startswith(b"BM") and int.from_bytes(head[14:18], "little") in _DIB_HEADER_SIZES:
        return "image/bmp"
    if head.startswith(b"\x00\x00\x01\x00") and by_extension == "image/vnd.microsoft.icon":
        return by_extension
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0 and by_extension:
        # An MPEG audio frame sync; too short to trust without the extension agreeing.
        return by_extension if by_extension.startswith("audio/") else None
    return None


def _zip_type(head: bytes, by_extension: str | None) -> str:
    stored = _stored_mimetype_entry(head)
    if stored is not None:
        return stored
    if b"[Content_Types].xml" in head or b"_rels/.rels" in head:
        for marker, content_type in _OOXML_PARTS:
            if _zip_names_contain(head, marker):
                return content_type
    # The first entries did not say (a big first part pushes the rest past the head).
    if by_extension is not None and (
        by_extension.startswith("application/vnd.") or by_extension.endswith("zip")
    ):
        return by_extension
    return "application/zip"


def _stored_mimetype_entry(head: bytes) -> str | None:
    """OpenDocument and EPUB: a first, uncompressed entry "mimetype" holds the type."""
    if len(head) < 30 or head[8:10] != b"\x00\x00":  # compression method 0: stored
        return None
    size = int.from_bytes(head[18:22], "little")
    name_length = int.from_bytes(head[26:28], "little")
    extra_length = int.from_bytes(head[28:30], "little")
    if head[30 : 30 + name_length] != b"mimetype" or not 0 < size <= 200:
        return None
    start = 30 + name_length + extra_length
    value = head[start : start + size].decode("ascii", errors="replace").strip()
    return value if re.fullmatch(r"[\w.+-]+/[\w.+-]+", value) else None


def _zip_names_contain(head: bytes, prefix: bytes) -> bool:
    """Whether a local file header in `head` names an entry starting with `prefix`."""
    position = head.find(b"PK\x03\x04")
    while position != -1 and position + 30 <= len(head):
        name_length = int.from_bytes(head[position + 26 : position + 28], "little")
        name = head[position + 30 : position + 30 + name_length]
        if name.startswith(prefix):
            return True
        position = head.find(b"PK\x03\x04", position + 4)
    return False


def _decode_text(head: bytes) -> str | None:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return head.decode("utf-16")
        except UnicodeDecodeError:
            # The head may end inside a surrogate pair or on an odd byte.
            return head[: len(head) - (len(head) % 2) - 2].decode("utf-16", errors="replace")
    if b"\x00" in head:
        return None
    body = head.removeprefix(b"\xef\xbb\xbf")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut off by the end of the head is still text.
        if exc.start >= len(body) - 3 and exc.reason == "unexpected end of data":
            return body[: exc.start].decode("utf-8")
    try:
        # Legacy 8-bit encodings: text if it is mostly printable.
        return body.decode("cp1252")
    except UnicodeDecodeError:
        return None


def _looks_like_text(head: bytes) -> bool:
    text = _decode_text(head)
    if text is None:
        return False
    control = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v\x1b")
    return control <= max(1, len(text) // 100)


def _text_type(head: bytes, by_extension: str | None) -> str:
    text = (_decode_text(head) or "").lstrip("\ufeff \t\r\n")
    lowered = text[:512].lower()
    if by_extension is not None and (
        by_extension.startswith("text/") or by_extension in _TEXTUAL_APPLICATION_TYPES
    ):
        return by_extension
    if lowered.startswith(("<!doctype html", "<html")) or (
        lowered.startswith("<") and "<html" in lowered
    ):
        return "text/html"
    if lowered.startswith(("<?xml", "<svg")):
        return "image/svg+xml" if "<svg" in lowered else "application/xml"
    if text.startswith(("{", "[")) and _is_json(text, complete=len(head) < SNIFF_BYTES):
        return "application/json"
    if _looks_like_csv(text):
        return "text/csv"
    return "text/plain"


def _is_json(text: str, *, complete: bool) -> bool:
    try:
        json.loads(text)
    except ValueError:
        # A head cut short of the end cannot parse; accept it if it starts like an object.
        return not complete and _JSON_START.match(text) is not None
    return True


def _looks_like_csv(text: str) -> bool:
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return False
    lines = lines[:20]
    for separator in (",", ";", "\t"):
        counts = {line.count(separator) for line in lines[:-1]}  # the last line may be cut off
        if len(counts) == 1 and next(iter(counts)) >= 1:
            return True
    return False

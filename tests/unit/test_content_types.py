"""Content-type detection from magic bytes, zip contents, text heuristics and extensions."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from app.kombo.content_types import (
    COMMON_CONTENT_TYPES,
    OCTET_STREAM,
    SNIFF_BYTES,
    detect_content_type,
    is_generic,
    type_for_extension,
)
from app.kombo.models import CONTENT_TYPE_PATTERN

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"


def _zip(entries: list[tuple[str, bytes]], *, stored_first: bool = False) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for index, (name, data) in enumerate(entries):
            kind = zipfile.ZIP_STORED if stored_first and index == 0 else zipfile.ZIP_DEFLATED
            archive.writestr(name, data, compress_type=kind)
    return buffer.getvalue()


def _ooxml(part_dir: str) -> bytes:
    # The order Office itself writes: content types, relationships, then the parts.
    return _zip(
        [
            ("[Content_Types].xml", b"<?xml version='1.0'?><Types>" + b"x" * 900 + b"</Types>"),
            ("_rels/.rels", b"<?xml version='1.0'?><Relationships/>"),
            (f"{part_dir}/document.xml", b"<?xml version='1.0'?><doc/>" * 50),
        ]
    )


def _head(data: bytes) -> bytes:
    return data[:SNIFF_BYTES]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "application/pdf"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "image/jpeg"),
        (b"GIF89a\x01\x00\x01\x00", "image/gif"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "image/webp"),
        (b"RIFF\x24\x00\x00\x00WAVEfmt ", "audio/wav"),
        (b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2", "video/mp4"),
        (b"\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00", "video/quicktime"),
        (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\xf7\x81\x01\x42\x82\x84webm", "video/webm"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "application/gzip"),
        (b"{\\rtf1\\ansi", "application/rtf"),
        (b"BM\x36\x00\x0c\x00\x00\x00\x00\x00\x36\x00\x00\x00\x28\x00\x00\x00", "image/bmp"),
    ],
)
def test_magic_bytes_win_over_a_wrong_extension(head: bytes, expected: str) -> None:
    assert detect_content_type("/tmp/upload.bin", head) == expected


def test_office_open_xml_is_told_apart_by_its_parts_not_its_name() -> None:
    assert detect_content_type("/tmp/a", _head(_ooxml("word"))) == DOCX
    assert detect_content_type("/tmp/a", _head(_ooxml("xl"))) == XLSX
    assert detect_content_type("/tmp/a", _head(_ooxml("ppt"))) == PPTX
    # A plain zip named .docx is trusted by its extension, an unnamed one stays a zip.
    plain = _head(_zip([("notes.txt", b"hello" * 2000), ("more.txt", b"x")]))
    assert detect_content_type("/tmp/report.docx", plain) == DOCX
    assert detect_content_type("/tmp/archive", plain) == "application/zip"
    assert detect_content_type("/tmp/archive.zip", plain) == "application/zip"


def test_opendocument_reads_its_stored_mimetype_entry() -> None:
    odt = _zip(
        [
            ("mimetype", b"application/vnd.oasis.opendocument.text"),
            ("content.xml", b"<office:document-content/>" * 30),
        ],
        stored_first=True,
    )
    assert (
        detect_content_type("/tmp/letter", _head(odt)) == "application/vnd.oasis.opendocument.text"
    )


def test_legacy_office_needs_the_extension() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100
    assert detect_content_type("/tmp/old.doc", ole) == "application/msword"
    assert detect_content_type("/tmp/old.xls", ole) == "application/vnd.ms-excel"
    assert detect_content_type("/tmp/old", ole) == "application/x-ole-storage"


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("notes", b"Candidate did well.\nStrong on SQL.\n", "text/plain"),
        ("notes", "Kandidat: sehr gut, Größe ok\n".encode(), "text/plain"),
        ("data", b"name,score,max\nAda,97,100\nBob,80,100\n", "text/csv"),
        ("data", b"name;score\nAda;97\nBob;80\n", "text/csv"),
        ("data", json.dumps({"score": 97, "tags": ["a"]}).encode(), "application/json"),
        ("page", b"<!DOCTYPE html>\n<html><body>Hi</body></html>", "text/html"),
        ("page", b"  <html lang='en'><head></head></html>", "text/html"),
        ("feed", b"<?xml version='1.0'?><report><score>1</score></report>", "application/xml"),
        (
            "logo",
            b"<?xml version='1.0'?><svg xmlns='http://www.w3.org/2000/svg'/>",
            "image/svg+xml",
        ),
        ("readme.md", b"# Title\n\nSome text", "text/markdown"),
        ("export.csv", b"just one line", "text/csv"),
        ("utf16", "\ufeffHello, world".encode("utf-16-le"), "text/plain"),
    ],
)
def test_text_heuristics(name: str, head: bytes, expected: str) -> None:
    if name == "utf16":
        head = b"\xff\xfe" + head.removeprefix("\ufeff".encode("utf-16-le"))
    assert detect_content_type(f"/tmp/{name}", head) == expected


def test_a_head_cut_in_the_middle_of_json_or_a_character_is_still_text() -> None:
    big = json.dumps([{"id": i, "label": "Zürich"} for i in range(400)]).encode()
    assert len(big) > SNIFF_BYTES
    assert detect_content_type("/tmp/big", _head(big)) == "application/json"
    cut = ("é" * 3000).encode()[: SNIFF_BYTES - 1]  # ends inside a two-byte character
    assert detect_content_type("/tmp/accents", cut) == "text/plain"


def test_binary_without_magic_falls_back_to_the_extension_then_octet_stream() -> None:
    noise = bytes(range(256)) * 4
    assert detect_content_type("/tmp/blob.pdf", noise) == "application/pdf"
    assert detect_content_type("/tmp/blob", noise) == OCTET_STREAM
    assert detect_content_type("/tmp/blob.unknownext", noise) == OCTET_STREAM
    assert detect_content_type("/tmp/empty.png", b"") == "image/png"


def test_generic_types() -> None:
    assert is_generic("application/octet-stream")
    assert is_generic(" Application/Octet-Stream ")
    assert is_generic("binary/octet-stream")
    assert not is_generic("application/pdf")
    assert not is_generic(None)


def test_extension_table_and_common_types_are_valid_for_kombo() -> None:
    assert type_for_extension("/x/Report.PDF") == "application/pdf"
    assert type_for_extension("/x/noext") is None
    for content_type in COMMON_CONTENT_TYPES:
        assert CONTENT_TYPE_PATTERN.match(content_type), content_type


def test_real_files_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(_ooxml("word"))
    with path.open("rb") as handle:
        assert detect_content_type(str(path), handle.read(SNIFF_BYTES)) == DOCX

"""The streamed body: the same bytes as the in-memory JSON, an exact Content-Length, chunks
that split files anywhere, refusal of files that changed, a readable preview, and a curl
command that no value can break out of."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
import tracemalloc
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kombo_strategies import valid_results

from app.kombo.body import (
    DEFAULT_CHUNK_SIZE,
    StreamedBody,
    file_ref_for,
    human_size,
    preview_json,
    render_json_bytes,
    sha256_file,
    verify_files,
)
from app.kombo.curl import curl_command
from app.kombo.errors import AttachmentChangedError, OrderIdError
from app.kombo.models import FileRef, ResultBody
from app.kombo.order_ids import order_id_problem

BASE: dict[str, Any] = {
    "status": "COMPLETED",
    "result_url": "https://example.com/r/1",
    "completed_at": "2026-04-04T09:30:00Z",
}


def stream(body: StreamedBody) -> tuple[bytes, list[bytes]]:
    async def collect() -> list[bytes]:
        return [chunk async for chunk in body]

    chunks = asyncio.run(collect())
    return b"".join(chunks), chunks


def body_with_files(*refs: FileRef, **extra: Any) -> ResultBody:
    attachments = [
        {"name": f"file {i}.bin", "data": ref, "content_type": "application/pdf"}
        for i, ref in enumerate(refs)
    ]
    return ResultBody.model_validate({**BASE, **extra, "attachments": attachments})


def make_file(folder: Path, name: str, content: bytes) -> FileRef:
    path = folder / name
    path.write_bytes(content)
    return file_ref_for(path)


# --- same bytes, exact length ------------------------------------------------------------------


def expected_json(body: ResultBody) -> bytes:
    """What the body must be: the model's JSON with each file's base64 in place."""

    def render(_attachment: Any, ref: FileRef) -> str:
        return base64.b64encode(Path(ref.path).read_bytes()).decode("ascii")

    return json.dumps(body.to_jsonable(file_data=render), separators=(",", ":")).encode("ascii")


SIZES = [0, 1, 2, 3, 4, 5, 6, 7, 299, 300, 301, 3 * 1024 + 1]


@pytest.mark.parametrize("chunk_size", [3, 6, 300, DEFAULT_CHUNK_SIZE])
def test_streamed_bytes_equal_the_in_memory_json(tmp_path: Path, chunk_size: int) -> None:
    refs = [make_file(tmp_path, f"{size}.bin", os.urandom(size)) for size in SIZES[:5]]
    body = body_with_files(*refs, attributes=[{"type": "TEXT", "label": "Nöte", "value": "✓"}])
    streamed = StreamedBody(body, chunk_size=chunk_size)
    sent, chunks = stream(streamed)
    assert sent == render_json_bytes(body) == expected_json(body)
    assert streamed.content_length == len(sent)
    assert max(len(c) for c in chunks) <= 4 * chunk_size // 3
    assert sent.isascii()


@pytest.mark.parametrize("size", SIZES)
def test_chunk_boundaries_anywhere_in_a_file(tmp_path: Path, size: int) -> None:
    content = os.urandom(size)
    body = body_with_files(make_file(tmp_path, "f.bin", content))
    for chunk_size in (3, 9, 300):
        sent, _ = stream(StreamedBody(body, chunk_size=chunk_size))
        data = json.loads(sent)["attachments"][0]["data"]
        assert base64.b64decode(data, validate=True) == content
        assert len(sent) == StreamedBody(body).content_length


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    data=valid_results(),
    contents=st.lists(st.binary(max_size=700), max_size=3),
    chunk_size=st.integers(min_value=1, max_value=300).map(lambda n: 3 * n),
)
def test_any_body_streams_to_its_in_memory_bytes(
    tmp_path_factory: pytest.TempPathFactory,
    data: dict[str, Any],
    contents: list[bytes],
    chunk_size: int,
) -> None:
    folder = tmp_path_factory.mktemp("f")
    files = [
        {"name": f"{i}.bin", "data": make_file(folder, f"{i}.bin", c), "content_type": "a/b"}
        for i, c in enumerate(contents)
    ]
    attachments = (data.get("attachments", []) + files)[:5]
    body = ResultBody.model_validate({**data, "attachments": attachments})
    streamed = StreamedBody(body, chunk_size=chunk_size)
    sent, _ = stream(streamed)
    assert sent == render_json_bytes(body) == expected_json(body)
    assert streamed.content_length == len(sent)
    assert json.loads(sent) == json.loads(expected_json(body))


def test_a_body_can_be_streamed_again_for_a_retry(tmp_path: Path) -> None:
    body = body_with_files(make_file(tmp_path, "a.bin", os.urandom(1000)))
    streamed = StreamedBody(body, chunk_size=30)
    expected = render_json_bytes(body)
    assert len(expected) > 1000  # the file's base64 is in it
    assert stream(streamed)[0] == expected
    assert stream(streamed)[0] == expected  # the retry sends the same bytes again


def test_planning_a_body_again_and_again_leaves_no_pattern_behind(tmp_path: Path) -> None:
    # Issue 17: a long session plans one body per send; a regex with the per-body nonce in it
    # was compiled and kept in `re`'s cache every time (up to 512 patterns).
    body = body_with_files(
        make_file(tmp_path, "a.bin", b"a"), make_file(tmp_path, "b.bin", b"b"), score=80
    )
    StreamedBody(body)
    cached = len(re._cache)  # type: ignore[attr-defined]
    for _ in range(20):
        assert StreamedBody(body).content_length == len(render_json_bytes(body))
    assert len(re._cache) == cached  # type: ignore[attr-defined]


def test_progress_is_reported_after_each_chunk_up_to_the_total(tmp_path: Path) -> None:
    body = body_with_files(make_file(tmp_path, "a.bin", os.urandom(10_000)))
    seen: list[tuple[int, int]] = []
    streamed = StreamedBody(body, chunk_size=999, on_progress=lambda s, t: seen.append((s, t)))
    _, chunks = stream(streamed)
    total = streamed.content_length
    assert len(seen) == len(chunks) > 10
    assert [s for s, _ in seen] == sorted({s for s, _ in seen})  # strictly increasing
    assert seen[-1] == (total, total)
    assert {t for _, t in seen} == {total}


def test_a_failing_progress_callback_does_not_abort_the_stream(tmp_path: Path) -> None:
    body = body_with_files(make_file(tmp_path, "a.bin", b"x" * 100))

    def broken(_sent: int, _total: int) -> None:
        raise RuntimeError("display gone")

    assert stream(StreamedBody(body, on_progress=broken))[0] == render_json_bytes(body)


def test_chunk_size_must_be_a_positive_multiple_of_three() -> None:
    body = ResultBody.model_validate(BASE)
    for bad in (0, -3, 4, 1000):
        with pytest.raises(ValueError, match="multiple of 3"):
            StreamedBody(body, chunk_size=bad)


def test_streaming_a_large_file_keeps_memory_near_one_chunk(tmp_path: Path) -> None:
    ref = make_file(tmp_path, "big.bin", os.urandom(8 * 1024 * 1024))
    streamed = StreamedBody(body_with_files(ref))
    digest = hashlib.sha256()

    async def consume() -> None:
        async for chunk in streamed:
            digest.update(chunk)

    tracemalloc.start()
    try:
        asyncio.run(consume())
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    print(f"peak {peak / 1e6:.2f} MB while streaming {streamed.content_length / 1e6:.1f} MB")
    assert peak < 3 * 1024 * 1024  # a chunk is 192 KiB read + 256 KiB of base64


# --- files that changed ------------------------------------------------------------------------


def test_verify_files_refuses_a_missing_or_changed_file(tmp_path: Path) -> None:
    ref = make_file(tmp_path, "a.pdf", b"%PDF-1.4 original")
    body = body_with_files(make_file(tmp_path, "ok.pdf", b"fine"), ref)
    verify_files(body)

    os.utime(ref.path, ns=(ref.mtime_ns or 0, (ref.mtime_ns or 0) + 5_000_000_000))
    with pytest.raises(AttachmentChangedError, match="modified") as caught:
        verify_files(body)
    assert (caught.value.index, caught.value.path) == (1, ref.path)

    Path(ref.path).write_bytes(b"%PDF-1.4 longer than before")
    with pytest.raises(AttachmentChangedError, match="changed size"):
        verify_files(body)

    Path(ref.path).unlink()
    with pytest.raises(AttachmentChangedError, match="no longer exists"):
        verify_files(body)


def _stream_while(body: ResultBody, chunk_size: int, change: Any) -> list[bytes]:
    """Stream, calling `change()` after the first chunk; return what was yielded."""
    got: list[bytes] = []

    async def run() -> None:
        async for chunk in StreamedBody(body, chunk_size=chunk_size):
            got.append(chunk)
            if len(got) == 2:  # the JSON head, then the first file chunk
                change()

    with pytest.raises(AttachmentChangedError) as caught:
        asyncio.run(run())
    assert caught.value.index == 0
    return got


@pytest.mark.parametrize("how", ["grows", "shrinks", "shrinks to a chunk end", "new content"])
def test_a_file_changing_while_streaming_aborts_before_the_last_chunk(
    tmp_path: Path, how: str
) -> None:
    content = os.urandom(3000)
    ref = make_file(tmp_path, "a.bin", content)
    ref = ref.model_copy(update={"sha256": sha256_file(ref.path)})
    body = body_with_files(ref)

    def change() -> None:
        with open(ref.path, "r+b") as handle:
            if how == "grows":
                handle.seek(0, os.SEEK_END)
                handle.write(b"more")
            elif how == "shrinks":
                handle.truncate(1000)
            elif how == "shrinks to a chunk end":
                handle.truncate(600)
            else:
                handle.seek(2500)
                handle.write(b"\0" * 10)

    got = _stream_while(body, 300, change)
    full_base64_chunks = 3000 // 300
    assert len(got) <= full_base64_chunks  # the last file chunk never went out
    assert b"".join(got) != render_json_bytes(body_with_files(make_file(tmp_path, "b", content)))


def test_file_ref_for_and_sha256_file(tmp_path: Path) -> None:
    path = tmp_path / "r.pdf"
    path.write_bytes(b"abc")
    ref = file_ref_for(path)
    assert ref.path == str(path.resolve())
    assert ref.size == 3
    assert ref.mtime_ns == path.stat().st_mtime_ns
    assert ref.sha256 is None
    assert sha256_file(path) == hashlib.sha256(b"abc").hexdigest()
    with pytest.raises(FileNotFoundError):
        file_ref_for(tmp_path / "missing.pdf")
    with pytest.raises(IsADirectoryError):
        file_ref_for(tmp_path)


# --- preview -----------------------------------------------------------------------------------


def test_preview_shortens_attachment_data_and_keeps_the_rest(tmp_path: Path) -> None:
    ref = make_file(tmp_path, "r.pdf", b"x" * 1_234_567)
    long_inline = base64.b64encode(b"y" * 5000).decode()
    body = ResultBody.model_validate(
        {
            **BASE,
            "attributes": [{"type": "TEXT", "label": "Rôle", "value": "Excellent"}],
            "attachments": [
                {"name": "report.pdf", "data": ref, "content_type": "application/pdf"},
                {"name": "notes.txt", "data": long_inline, "content_type": "text/plain"},
                {"name": "tiny.txt", "data": "aGk=", "content_type": "text/plain"},
                {"name": "link.pdf", "data_url": "https://s3.io/x.pdf"},
            ],
        }
    )
    preview = preview_json(body)
    shown = json.loads(preview)
    assert [a.get("data") for a in shown["attachments"]] == [
        "<base64 of report.pdf, 1.2 MB>",
        "<base64 of notes.txt, 5.0 kB>",
        "aGk=",
        None,
    ]
    assert shown["attributes"][0]["label"] == "Rôle"  # readable, not \u-escaped
    assert "Rôle" in preview
    assert preview.startswith('{\n  "status": "COMPLETED"')
    assert long_inline not in preview


@pytest.mark.parametrize(
    ("size", "text"),
    [
        (0, "0 bytes"),
        (1, "1 byte"),
        (999, "999 bytes"),
        (1000, "1.0 kB"),
        (1_234_567, "1.2 MB"),
        (10 * 1000**3, "10.0 GB"),
    ],
)
def test_human_size(size: int, text: str) -> None:
    assert human_size(size) == text


# --- curl --------------------------------------------------------------------------------------

NASTY = [
    "it's",
    'say "hi"',
    "$(touch PWNED_subst)",
    "`touch PWNED_backtick`",
    "${HOME}$HOME",
    "'; touch PWNED_quote; echo '",
    "line one\nline two\r\n",
    "tab\there \\ backslash",
    "üñíçødé ✓ 漢字 🎉",
    "--data-binary @/etc/passwd",
]


def nasty_body(folder: Path, value: str) -> tuple[ResultBody, Path]:
    folder.mkdir(exist_ok=True)
    path = folder / f"file {value.replace('/', '_')[:40]}.pdf"
    path.write_bytes(os.urandom(5000))
    body = ResultBody.model_validate(
        {
            **BASE,
            "result_url": "https://example.com/r?x=1&y=$HOME",
            "attributes": [{"type": "TEXT", "label": value, "value": value}],
            "attachments": [
                {"name": value, "data": file_ref_for(path), "content_type": "application/pdf"},
                {"name": "inline.txt", "data": "aGk=", "content_type": "text/plain"},
            ],
            "remote_fields": {"smartrecruiters": {"scoreLabel": value}},
        }
    )
    return body, path


@pytest.mark.parametrize("value", NASTY)
def test_curl_command_is_valid_shell_and_values_stay_data(tmp_path: Path, value: str) -> None:
    """A stand-in `curl` records its arguments and stdin: every value arrives as data."""
    body, _ = nasty_body(tmp_path / "files", value)
    # An order ID with control characters is refused (app.kombo.order_ids), here as in the client.
    order_id = f"id {value}"
    if order_id_problem(order_id) is not None:
        with pytest.raises(OrderIdError):
            curl_command("https://api.kombo.dev/v1", f"ats:{value}", order_id, body)
        order_id = "".join(c for c in order_id if c.isprintable() or c == " ")
    command = curl_command("https://api.kombo.dev/v1", f"ats:{value}", order_id, body)
    assert subprocess.run(["bash", "-n", "-c", command], check=False).returncode == 0
    recorder = (
        'curl() { for a in "$@"; do printf "%s\\0" "$a"; done > "$OUT/args"; cat > "$OUT/body"; }\n'
    )
    run = subprocess.run(
        ["bash", "-c", recorder + command],
        cwd=tmp_path,
        env={"PATH": os.environ["PATH"], "OUT": str(tmp_path), "KOMBO_API_KEY": "k-123"},
        capture_output=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert not list(tmp_path.glob("PWNED*"))
    assert (tmp_path / "body").read_bytes() == render_json_bytes(body)
    args = (tmp_path / "args").read_bytes().split(b"\0")[:-1]
    assert b"Authorization: Bearer k-123" in args
    assert f"X-Integration-Id: ats:{value}".encode() in args
    url = next(a for a in args if a.startswith(b"https://"))
    segment = quote(order_id, safe="").encode()
    assert url == b"https://api.kombo.dev/v1/assessment/orders/" + segment + b"/result"


def test_curl_command_keeps_the_key_out_of_the_text(tmp_path: Path) -> None:
    body, path = nasty_body(tmp_path / "files", "x")
    command = curl_command("https://api.kombo.dev/v1", "sandbox:demo", "abc", body)
    assert '"Authorization: Bearer $KOMBO_API_KEY"' in command
    assert f"base64 -w0 {path}" in command or f"base64 -w0 '{path}'" in command


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_curl_command_writes_the_same_result_through_real_curl(
    tmp_path: Path, sandbox: Any
) -> None:
    order_id = sandbox.order_ids("OPEN")[0]
    body, path = nasty_body(tmp_path / "files", "$(touch PWNED) 'q' `x` \n ✓")
    command = curl_command(sandbox.base_url, sandbox.integration_id, order_id, body)
    run = subprocess.run(
        ["bash", "-c", command],
        cwd=tmp_path,
        env={"PATH": os.environ["PATH"], "KOMBO_API_KEY": "sandbox"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert json.loads(run.stdout)["status"] == "success"
    assert not list(tmp_path.glob("PWNED*"))
    written = sandbox.written_result(order_id)
    assert written["attributes"][0]["label"] == "$(touch PWNED) 'q' `x` \n ✓"
    assert written["attachments"][0]["sha256"] == sha256_file(path)
    assert written["attachments"][0]["size"] == path.stat().st_size
    logged = [r for r in sandbox.request_log if r.method == "PUT"]
    assert logged[-1].body_size == len(render_json_bytes(body))

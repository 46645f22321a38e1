"""The sandbox's hand-written `uri` and `date-time` checks agree with jsonschema's checkers.

`jsonschema` (the reference the corpus test uses) is a test dependency only; the sandbox carries
its own checks. Property tests feed both many near-URIs and near-timestamps. The one expected
difference is ECMA-262's `$` (no final newline), so generated text never ends in one here; the
corpus test covers that case on its own.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st
from jsonschema import FormatChecker

from app.sandbox.formats import is_contract_datetime, is_uri

CHECKER = FormatChecker()
# The schema's own pattern for completed_at, with its format (both apply).
COMPLETED_AT_PATTERN = r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?)?Z?$"

URI_PIECES = st.sampled_from(
    [
        "https", "mailto", "urn", "a+b.c-d", "1x", ":", "//", "/", "?", "#", "@", "[", "]",
        "::", "::1", "v1.x", "2001:db8::7", "1.2.3.4", "256.1.1.1", "%", "%4", "%zz", "%C3%BC",
        "example.com", ":8080", ":x", "user:pw", "ü", " ", "\x08", "|", "{", "}", "^", '"', "<",
        "\\", "'", "!$&()*+,;=", "-._~", "",
    ]
)  # fmt: skip
DATETIME_PIECES = st.sampled_from(
    [
        "2026", "0000", "2028", "1900", "-", "02", "13", "29", "30", "31", "00", "T", "t", "Z",
        "z", ":", "23", "24", "59", "60", ".", "123", "+02:00", " ", "٣", "",
    ]
)  # fmt: skip


def schema_uri(text: str) -> bool:
    return CHECKER.conforms(text, "uri")


def schema_completed_at(text: str) -> bool:
    return bool(re.search(COMPLETED_AT_PATTERN, text)) and CHECKER.conforms(text, "date-time")


@settings(max_examples=3000)
@given(st.lists(URI_PIECES, max_size=12).map("".join) | st.text(max_size=30))
@example("https://[2001:db8::1]:8443/r?a=1#top")
@example("https://[v7.a:b]/")
@example("https://[::ffff:1.2.3.4]/")
@example("mailto:someone@example.com")
def test_uri_agrees_with_jsonschema(text: str) -> None:
    if text.endswith("\n"):
        return
    assert is_uri(text) == schema_uri(text), text


@settings(max_examples=3000)
@given(st.lists(DATETIME_PIECES, max_size=14).map("".join))
@example("2026-04-04T09:30:00.000Z")
@example("2028-02-29T23:59:59.999999Z")
@example("2026-02-29T00:00:00Z")
@example("0000-01-01T00:00:00Z")
def test_completed_at_agrees_with_the_pattern_and_date_time(text: str) -> None:
    if text.endswith("\n"):
        return
    assert is_contract_datetime(text) == schema_completed_at(text), text


def test_a_few_known_verdicts() -> None:
    assert is_uri("https://example.com/a")
    assert not is_uri("https://exa mple.com")
    assert not is_uri("https://example.com/a\n")  # ECMA-262's `$`; jsonschema's takes it
    assert is_contract_datetime("2026-04-04T09:30:00Z")
    assert not is_contract_datetime("2026-04-04T09:30:00+02:00")

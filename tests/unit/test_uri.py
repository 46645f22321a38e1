"""app.kombo.uri: typed URLs become RFC 3986 URIs the way a browser sends them, or a message.

RFC 3986 is judged by rfc3986-validator (the checker jsonschema uses for `format: uri`), not by
the module's own rules.
"""

from __future__ import annotations

import contextlib
from urllib.parse import unquote, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from kombo_strategies import hostile_urls
from rfc3986_validator import validate_rfc3986

from app.kombo.uri import UriError, encoded_if_changed, http_uri


def is_uri(text: str) -> bool:
    return bool(validate_rfc3986(text, rule="URI"))


@pytest.mark.parametrize(
    ("typed", "sent"),
    [
        ("https://example.com/result", "https://example.com/result"),
        ("  https://example.com/r  ", "https://example.com/r"),
        ("HTTPS://Example.COM", "HTTPS://Example.COM"),
        ("https://example.com/ergebnis/müller", "https://example.com/ergebnis/m%C3%BCller"),
        ("https://x.io/prüfung.pdf", "https://x.io/pr%C3%BCfung.pdf"),
        (
            'https://x.io/a|b{c}^d"e<f>[g]`h\\i',
            "https://x.io/a%7Cb%7Bc%7D%5Ed%22e%3Cf%3E%5Bg%5D%60h%5Ci",
        ),
        ("https://bücher.example/", "https://xn--bcher-kva.example/"),
        ("https://Bücher.Example:8443/x", "https://xn--bcher-kva.example:8443/x"),
        ("https://x.io/?q=ä&r=%C3%A4#ü", "https://x.io/?q=%C3%A4&r=%C3%A4#%C3%BC"),
        ("https://x.io/a%2Fb%20c", "https://x.io/a%2Fb%20c"),  # valid escapes stay as typed
        ("https://x.io/?a=[1]&b=?c/d", "https://x.io/?a=%5B1%5D&b=?c/d"),
        ("https://x.io/😀", "https://x.io/%F0%9F%98%80"),
        ("https://user:pä@x.io/", "https://user:p%C3%A4@x.io/"),
        ("http://[::1]:8080/r", "http://[::1]:8080/r"),
        ("http://127.0.0.1:5000/r?x#y", "http://127.0.0.1:5000/r?x#y"),
    ],
)
def test_what_can_be_encoded_is_encoded_as_a_browser_would(typed: str, sent: str) -> None:
    assert not is_uri(typed.strip()) or typed.strip() == sent
    assert http_uri(typed) == sent
    assert is_uri(sent)
    assert encoded_if_changed(typed) == (None if sent == typed.strip() else sent)


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("", "Enter a URL."),
        ("   ", "Enter a URL."),
        ("https://x.io/a\x08b", "control characters (found U+0008)"),
        ("https://x.io/a\x00", "control characters (found U+0000)"),
        ("https://x.io/a\tb", "control characters (found U+0009)"),
        ("https://x.io/a\x7fb", "control characters (found U+007F)"),
        ("https://x.io/a\x85b", "control characters (found U+0085)"),
        ("https://x.io/a b", "cannot contain spaces"),
        ("https://x.io/a\u00a0b", "cannot contain spaces"),
        ("https://x.io/%zz", '"%zz" is not a valid escape'),
        ("https://x.io/100%", '"%" is not a valid escape'),
        ("https://x.io/?q=%4", '"%4" is not a valid escape'),
        ("https://x.io/#a#b", "only one #"),
        ("https://<x>/", 'host name "<x>" is not valid'),
        ("https://x{y}.io/", "is not valid"),
        ("https://a..ü/", "not a valid international name"),
        ("https:///path", "needs a host name"),
        ("https://[::1/", "missing its closing ]"),
        ("https://[zz]/", '"[zz]" is not an IPv6 address'),
        ("https://[fe80::1%25eth0]/", "is not an IPv6 address"),
        ("https://[::1]x/", "Only a port may follow"),
        ("https://x.io:8x/", "port must be a number"),
        ("https://x.io:99999/", "at most 65535"),
        ("https://x.io/\ud800", "U+D800, which is not a character"),
        ("mailto:someone@example.com", "absolute http:// or https:// URL"),
        ("https:x.io", "absolute http:// or https:// URL"),
        ("example.com/result", "absolute http:// or https:// URL"),
        ("ftp://x.io/", "absolute http:// or https:// URL"),
    ],
)
def test_what_cannot_be_encoded_is_refused_with_a_message(typed: str, said: str) -> None:
    with pytest.raises(UriError) as caught:
        http_uri(typed)
    assert said in str(caught.value)
    assert encoded_if_changed(typed) is None


@settings(max_examples=400, deadline=None)
@given(hostile_urls)
def test_every_answer_is_an_rfc3986_uri_or_a_message(typed: str) -> None:
    try:
        sent = http_uri(typed)
    except UriError as error:
        message = str(error)
    else:
        message = ""
    if message:
        assert message.endswith("."), message
        return
    assert is_uri(sent), sent
    assert http_uri(sent) == sent  # encoding what was sent changes nothing
    # Nothing is lost: the path decodes back to what was typed (for text without escapes).
    typed_path = urlsplit(typed.strip()).path
    if "%" not in typed_path:
        assert unquote(urlsplit(sent).path) == typed_path


@given(st.text(max_size=60))
def test_any_text_at_all_is_a_uri_or_a_uri_error(text: str) -> None:
    with contextlib.suppress(UriError):
        assert is_uri(http_uri(text))

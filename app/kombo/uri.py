"""Absolute http(s) URLs as RFC 3986 URIs, encoded the way a browser sends what was typed.

Kombo's schema says `format: uri` for `result_url` and an attachment's `data_url`, and a server
that checks formats answers 422 to `https://example.com/ergebnis/müller`. So what can be encoded
is: the host by IDNA (UTS #46, as browsers do), path, query and fragment as percent-encoded
UTF-8, keeping valid `%XX` escapes as they are. What cannot be encoded without guessing is
refused with a message for the field: control characters, whitespace inside, a `%` that starts
no escape, a second `#`, a host that is not a host name or IP address, a port that is no port.

No Qt and no pydantic: the models, the form's hints and the tests share it.
"""

from __future__ import annotations

import ipaddress
import re
import string

from app.kombo.i18n import N_, Message

__all__ = ["UriError", "encoded_if_changed", "http_uri"]

_UNRESERVED = frozenset(string.ascii_letters + string.digits + "-._~")
_SUB_DELIMS = frozenset("!$&'()*+,;=")
_PCHAR = _UNRESERVED | _SUB_DELIMS | frozenset(":@")
_PATH = _PCHAR | {"/"}
_QUERY = _PCHAR | frozenset("/?")
_USERINFO = _UNRESERVED | _SUB_DELIMS | {":"}
# A registered name without escapes: what DNS names and browsers' host parsers can carry.
_HOST = _UNRESERVED | _SUB_DELIMS
_HEX = frozenset(string.hexdigits)
_SCHEME = re.compile(r"\A([A-Za-z][A-Za-z0-9+.-]*):")
_EXAMPLE = "https://example.com/result"


class UriError(ValueError):
    """What is wrong with the text as a URL, worded for the field it was typed into."""


def http_uri(text: str) -> str:
    """`text` (surrounding spaces ignored) as an absolute http(s) RFC 3986 URI, or UriError."""
    text = text.strip()
    if not text:
        raise UriError(N_("Enter a URL."))
    for char in text:
        if _is_control(char):
            raise UriError(
                Message(
                    N_("A URL cannot contain control characters (found {code})."),
                    code=_code(char),
                )
            )
    if any(char.isspace() for char in text):
        raise UriError(N_("A URL cannot contain spaces; encode them as %20."))
    scheme_match = _SCHEME.match(text)
    if (
        scheme_match is None
        or scheme_match[1].lower() not in {"http", "https"}
        or not text[scheme_match.end() :].startswith("//")
    ):
        raise UriError(
            Message(
                N_("Enter an absolute http:// or https:// URL, e.g. {example}."), example=_EXAMPLE
            )
        )
    scheme = scheme_match[1]
    rest = text[scheme_match.end() + 2 :]

    end = min((i for i in (rest.find(c) for c in "/?#") if i >= 0), default=len(rest))
    authority, rest = rest[:end], rest[end:]
    rest, hash_mark, fragment = rest.partition("#")
    if "#" in fragment:
        raise UriError(N_("A URL can have only one #; write a # inside the fragment as %23."))
    path, question_mark, query = rest.partition("?")

    return (
        f"{scheme}://{_authority(authority)}{_encode(path, _PATH)}"
        f"{question_mark}{_encode(query, _QUERY)}{hash_mark}{_encode(fragment, _QUERY)}"
    )


def encoded_if_changed(text: str) -> str | None:
    """The URI that will be sent for `text`, when it differs from what was typed (for a hint).

    None when the text is sent as typed or cannot be sent at all (the field's error says why).
    """
    try:
        uri = http_uri(text)
    except UriError:
        return None
    return uri if uri != text.strip() else None


def _code(char: str) -> str:
    return f"U+{ord(char):04X}"


def _is_control(char: str) -> bool:
    code = ord(char)
    return code < 0x20 or 0x7F <= code <= 0x9F


def _authority(authority: str) -> str:
    userinfo, at, host_port = authority.rpartition("@")
    if host_port.startswith("["):
        close = host_port.find("]")
        if close < 0:
            raise UriError(
                Message(N_('The host "{host}" is missing its closing ].'), host=host_port)
            )
        host = _ip_literal(host_port[1:close])
        port_part = host_port[close + 1 :]
        if port_part and not port_part.startswith(":"):
            raise UriError(
                Message(N_('Only a port may follow the IPv6 address in "{host}".'), host=host_port)
            )
        colon, port = port_part[:1], port_part[1:]
    else:
        name, colon, port = host_port.partition(":")
        host = _reg_name(name)
    if port and not (port.isascii() and port.isdigit()):
        raise UriError(Message(N_("The port must be a number ({port})."), port=port))
    if port and int(port) > 65535:
        raise UriError(Message(N_("The port must be at most 65535 ({port})."), port=port))
    return f"{_encode(userinfo, _USERINFO)}{at}{host}{colon}{port}"


def _ip_literal(inner: str) -> str:
    try:
        if "%" in inner:  # a zone ID names an interface of this computer, not of Kombo's
            raise ValueError
        ipaddress.IPv6Address(inner)
    except ValueError:
        raise UriError(
            Message(N_('"[{address}]" is not an IPv6 address.'), address=inner)
        ) from None
    return f"[{inner}]"


def _reg_name(name: str) -> str:
    if not name:
        raise UriError(Message(N_("The URL needs a host name, e.g. {example}."), example=_EXAMPLE))
    if name.isascii():
        ascii_name = name
    else:
        import idna  # only international names need it (its tables cost the validator's import)

        try:
            ascii_name = idna.encode(name, uts46=True).decode("ascii")
        except (idna.IDNAError, UnicodeError):
            raise UriError(
                Message(N_('The host name "{name}" is not a valid international name.'), name=name)
            ) from None
    if not set(ascii_name) <= _HOST:
        raise UriError(Message(N_('The host name "{name}" is not valid.'), name=name))
    return ascii_name


def _encode(part: str, allowed: frozenset[str]) -> str:
    out: list[str] = []
    index = 0
    while index < len(part):
        char = part[index]
        if char == "%":
            escape = part[index + 1 : index + 3]
            if len(escape) != 2 or not set(escape) <= _HEX:
                raise UriError(
                    Message(
                        N_(
                            '"{escape}" is not a valid escape: a % must be followed by '
                            "two hex digits (write a percent sign as %25)."
                        ),
                        escape=part[index : index + 3],
                    )
                )
            out.append(part[index : index + 3])
            index += 3
            continue
        if char in allowed:
            out.append(char)
        else:
            try:
                raw = char.encode("utf-8")
            except UnicodeEncodeError:  # a lone surrogate, e.g. from "\ud800" in JSON
                raise UriError(
                    Message(
                        N_("The URL contains {code}, which is not a character."), code=_code(char)
                    )
                ) from None
            out.append("".join(f"%{byte:02X}" for byte in raw))
        index += 1
    return "".join(out)

"""The two string formats the result body's schema checks: `uri` and Kombo's `date-time`.

Written from the standards (no runtime dependency), and held equal to `jsonschema`'s own
checkers (`rfc3986-validator`, `rfc3339-validator`) by the sandbox corpus test. Where Python's
`re` and ECMA-262 (the regex dialect JSON Schema and OpenAPI 3.1 name) part ways, this module
reads patterns as ECMA-262 does: `$` ends the text (Python's also accepts one trailing newline)
and `\\d`/`\\w` are ASCII.
"""

from __future__ import annotations

import calendar
import re

# --- RFC 3986 appendix A -----------------------------------------------------------------

_HEX = "[0-9A-Fa-f]"
_PCT = f"%{_HEX}{{2}}"
_UNRESERVED = r"A-Za-z0-9\-._~"
_SUB_DELIMS = r"!$&'()*+,;="
_PCHAR = f"(?:[{_UNRESERVED}{_SUB_DELIMS}:@]|{_PCT})"
# dec-octet: rfc3986-validator also takes a leading zero ("01"); so does this, to agree with it.
_OCTET = r"(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)"
_IPV4 = rf"(?:{_OCTET}\.){{3}}{_OCTET}"
_H16 = f"{_HEX}{{1,4}}"
_LS32 = f"(?:{_H16}:{_H16}|{_IPV4})"
_IPV6 = "|".join(
    (
        f"(?:{_H16}:){{6}}{_LS32}",
        f"::(?:{_H16}:){{5}}{_LS32}",
        f"(?:{_H16})?::(?:{_H16}:){{4}}{_LS32}",
        f"(?:(?:{_H16}:){{0,1}}{_H16})?::(?:{_H16}:){{3}}{_LS32}",
        f"(?:(?:{_H16}:){{0,2}}{_H16})?::(?:{_H16}:){{2}}{_LS32}",
        f"(?:(?:{_H16}:){{0,3}}{_H16})?::{_H16}:{_LS32}",
        f"(?:(?:{_H16}:){{0,4}}{_H16})?::{_LS32}",
        f"(?:(?:{_H16}:){{0,5}}{_H16})?::{_H16}",
        f"(?:(?:{_H16}:){{0,6}}{_H16})?::",
    )
)
_IP_LITERAL = rf"\[(?:{_IPV6}|v{_HEX}+\.[{_UNRESERVED}{_SUB_DELIMS}:]+)\]"
_USERINFO = f"(?:[{_UNRESERVED}{_SUB_DELIMS}:]|{_PCT})*"
_REG_NAME = f"(?:[{_UNRESERVED}{_SUB_DELIMS}]|{_PCT})*"
_AUTHORITY = f"(?:{_USERINFO}@)?(?:{_IP_LITERAL}|{_IPV4}|{_REG_NAME})(?::[0-9]*)?"
_QUERY = f"(?:{_PCHAR}|[/?])*"
_URI = re.compile(
    "[A-Za-z][A-Za-z0-9+.-]*:"  # scheme
    f"(?://{_AUTHORITY}(?:/{_PCHAR}*)*"  # "//" authority path-abempty
    f"|/(?:{_PCHAR}+(?:/{_PCHAR}*)*)?"  # path-absolute
    f"|{_PCHAR}+(?:/{_PCHAR}*)*"  # path-rootless
    "|)"  # path-empty
    f"(?:\\?{_QUERY})?(?:#{_QUERY})?"
)


def is_uri(text: str) -> bool:
    """An absolute RFC 3986 URI (`format: uri`): ASCII only, `%` followed by two hex digits."""
    return _URI.fullmatch(text) is not None


# --- completed_at: the schema's pattern and `format: date-time` together -----------------

# The pattern `^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?)?Z?$` forbids offsets; RFC 3339
# (the format) needs a time and a zone. Both at once leave exactly this shape (RFC 3339 lets
# `t`/`z` be lower case, the pattern does not).
_DATETIME = re.compile(
    r"([0-9]{4})-(0[1-9]|1[0-2])-([0-9]{2})T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]"
    r"(?:\.[0-9]+)?Z"
)


def is_contract_datetime(text: str) -> bool:
    """`YYYY-MM-DDTHH:mm:ss[.fraction]Z` naming a real day (year 1 on, no leap second)."""
    match = _DATETIME.fullmatch(text)
    if match is None:
        return False
    year, month, day = (int(part) for part in match.groups())
    return year > 0 and 1 <= day <= calendar.monthrange(year, month)[1]

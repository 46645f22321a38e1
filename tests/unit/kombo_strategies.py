"""Hypothesis strategies for result bodies, shared by the model, contract and body tests.

`valid_results()` draws JSON-able mappings (the shape the form and the wire use) that the
models must accept; `json_values()` draws anything JSON can hold, for the "never another
exception" properties.
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from hypothesis import strategies as st

# Text of every kind a person or a server might put in: accents, CJK, emoji, quotes, shell
# metacharacters, control characters. Surrogates are excluded (not valid in JSON text).
any_text = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(list("'\"$`\\\n\t {}[]:,")),
    ),
    max_size=40,
)
non_blank_text = any_text.filter(lambda s: bool(s.strip()))

finite_numbers = st.one_of(
    st.integers(min_value=-(2**53), max_value=2**53),
    st.floats(allow_nan=False, allow_infinity=False),
)

_host = st.from_regex(r"\A[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?(\.[a-z]{2,8}){0,2}\Z")
# Already RFC 3986 URIs (a '%' only as an escape): the models send these as they are.
_url_path = st.from_regex(r"\A(/([A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-Fa-f]{2}){0,12}){0,3}\Z")
urls = st.builds(
    lambda scheme, host, path: f"{scheme}://{host}{path}",
    st.sampled_from(["http", "https", "HTTPS"]),
    _host,
    _url_path,
)

# What people paste into a URL field: accented and CJK paths, the characters RFC 3986 does not
# allow unescaped (|{^"<[ ...), valid and broken escapes, control characters, a second '#',
# international and broken hosts. The models must encode it or refuse it, never send it raw.
_hostile_chars = st.one_of(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")),  # controls: listed below
    st.sampled_from(list('|{}^"<>[]`\\ \t\x00\x08\x1f\x7f\x85#?/@:;=&+~%')),
    st.sampled_from(["%zz", "%", "%4", "%C3%BC", "%20", "%2F", "ü", "müller", "prüfung.pdf"]),
)
_hostile_part = st.lists(_hostile_chars, max_size=12).map("".join)
_hostile_host = st.one_of(
    _host,
    st.sampled_from(["bücher.example", "Müller.DE", "例え.jp", "[::1]", "x.io:8443", "a..b"]),
    st.sampled_from(["[::1", "[zz]", "x.io:8x", "<x>", "", "user:pw@x.io", "x.io:99999"]),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=10),
)
hostile_urls = st.builds(
    lambda pad, scheme, host, path, query, fragment: (
        f"{pad}{scheme}://{host}/{path}{query}{fragment}{pad}"
    ),
    st.sampled_from(["", " "]),
    st.sampled_from(["http", "https", "HTTPS"]),
    _hostile_host,
    _hostile_part,
    st.one_of(st.just(""), _hostile_part.map(lambda q: f"?{q}")),
    st.one_of(st.just(""), _hostile_part.map(lambda f: f"#{f}")),
)

offsets = st.integers(min_value=-(23 * 60 + 59), max_value=23 * 60 + 59).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
aware_datetimes = st.datetimes(
    min_value=datetime(2, 1, 1), max_value=datetime(9998, 12, 31), timezones=offsets
)
completed_at_values = st.one_of(
    aware_datetimes,
    aware_datetimes.map(lambda d: d.isoformat()),
    aware_datetimes.map(lambda d: d.astimezone(UTC).isoformat().replace("+00:00", "Z")),
)

content_types = st.from_regex(r"\A[A-Za-z0-9_.-]{1,12}/[A-Za-z0-9_.-]{1,20}\Z")

text_attributes = st.fixed_dictionaries(
    {"type": st.just("TEXT"), "label": non_blank_text, "value": any_text}
)
sub_result_attributes = st.fixed_dictionaries(
    {
        "type": st.just("SUB_RESULT"),
        "id": non_blank_text,
        "label": non_blank_text,
        "score": st.fixed_dictionaries(
            {
                "value": finite_numbers,
                "max": st.one_of(
                    st.integers(min_value=1, max_value=2**53),
                    st.floats(min_value=1, allow_nan=False, allow_infinity=False),
                ),
            }
        ),
        "status": st.sampled_from(["COMPLETED", "CANCELLED"]),
    }
)

inline_attachments = st.fixed_dictionaries(
    {
        "name": non_blank_text,
        "data": st.binary(max_size=64).map(lambda b: base64.b64encode(b).decode("ascii")),
        "content_type": content_types,
    }
)
url_attachments = st.fixed_dictionaries(
    {"name": non_blank_text, "data_url": urls},
    optional={"content_type": content_types},
)

json_scalars = st.one_of(
    st.booleans(),
    st.integers(min_value=-(2**53), max_value=2**53),
    st.floats(allow_nan=False, allow_infinity=False),
    any_text,
)
json_values = st.recursive(
    st.none() | json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(any_text, children, max_size=4)
    ),
    max_leaves=12,
)
# Pass-through values for ATSs the desk does not know: any JSON except null (unset optional
# values are left out of the body, so a null would not survive the round trip).
pass_through_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(any_text, children, max_size=3)
    ),
    max_leaves=8,
)

remote_fields = st.fixed_dictionaries(
    {},
    optional={
        "smartrecruiters": st.fixed_dictionaries({}, optional={"scoreLabel": any_text}),
        "recruitee": st.fixed_dictionaries({}, optional={"subtitle": any_text}),
        "workday": any_text.map(
            lambda status_id: {
                "Assess_Candidate_Data": {
                    "Candidate_Assessment_Data": {
                        "Assess_Candidate_Test_Result_Data": {
                            "Assessment_Test_Status_Reference": {"Assessment_Status_ID": status_id}
                        }
                    }
                }
            }
        ),
        "greenhouse": st.dictionaries(
            st.from_regex(r"\A[a-z_]{1,10}\Z"), pass_through_values, max_size=3
        ),
    },
)


@st.composite
def valid_results(draw: st.DrawFn) -> dict[str, Any]:
    status = draw(st.sampled_from(["OPEN", "COMPLETED", "CANCELLED"]))
    body: dict[str, Any] = {"status": status, "result_url": draw(urls)}
    if status != "OPEN" or draw(st.booleans()):
        body["completed_at"] = draw(completed_at_values)
    optional = {
        "score": finite_numbers,
        "max_score": finite_numbers,
        "attributes": st.lists(st.one_of(text_attributes, sub_result_attributes), max_size=4),
        "attachments": st.lists(st.one_of(inline_attachments, url_attachments), max_size=5),
        "remote_fields": remote_fields,
    }
    for key, strategy in optional.items():
        if draw(st.booleans()):
            body[key] = draw(strategy)
    return body


@st.composite
def form_results(draw: st.DrawFn) -> dict[str, Any]:
    """Like `valid_results`, but the URLs are whatever a person may type or paste (hostile_urls
    half of the time): the models must encode them into URIs or refuse them at their field."""
    result = draw(valid_results())
    any_url = st.one_of(urls, hostile_urls)
    result["result_url"] = draw(any_url)
    attachments = result.get("attachments") or draw(st.lists(url_attachments, max_size=2))
    result["attachments"] = [
        {**a, "data_url": draw(any_url)} if "data_url" in a else a for a in attachments
    ]
    return result

"""What the client makes of odd headers and unreadable answers: typed facts, never a crash."""

from __future__ import annotations

import pytest

from app.kombo.client import KomboClient
from app.kombo.errors import KomboInvalidResponse, parse_rate_limit


@pytest.mark.parametrize("value", ["inf", "-inf", "nan", "1e999", "NaN", "12abc", ""])
def test_non_finite_or_garbled_rate_limit_headers_are_ignored(value: str) -> None:
    info = parse_rate_limit(
        {"ratelimit-limit": value, "ratelimit-remaining": value, "ratelimit-reset": value}
    )
    assert (info.limit, info.remaining, info.reset_seconds) == (None, None, None)


def test_finite_rate_limit_headers_are_read() -> None:
    info = parse_rate_limit(
        {"ratelimit-limit": "300", "ratelimit-remaining": "298", "ratelimit-reset": "57"}
    )
    assert (info.limit, info.remaining, info.reset_seconds) == (300, 298, 57.0)


@pytest.mark.parametrize(
    ("status", "unknown"), [(200, True), (201, True), (204, True), (404, False), (503, True)]
)
def test_an_unreadable_answer_is_outcome_unknown_unless_it_is_a_4xx(
    status: int, unknown: bool
) -> None:
    assert KomboInvalidResponse(status, "not JSON").outcome_unknown is unknown


def test_a_base_url_with_credentials_is_refused_without_repeating_them() -> None:
    with pytest.raises(ValueError, match="user name or password") as caught:
        KomboClient("https://user:s3cret-pw@api.kombo.dev/v1", "key", "x:y")
    assert "s3cret-pw" not in str(caught.value)

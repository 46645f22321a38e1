"""Wall-clock times in a zone: every instant 1970..9999 converts in every zone, none crashes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, available_timezones

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.kombo.timefmt import (
    EARLIEST,
    LATEST,
    RANGE_MESSAGE,
    format_kombo_datetime,
    format_offset,
    format_wall,
    local_candidates,
    parse_iso_input,
    to_local,
)

BERLIN = ZoneInfo("Europe/Berlin")
ZONES = sorted(available_timezones())
LAST_SECOND = datetime(9999, 12, 31, 23, 59, 59)


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        ("Europe/Berlin", "9999-12-31T22:59:59.000Z"),
        ("Asia/Kolkata", "9999-12-31T18:29:59.000Z"),
        ("Pacific/Kiritimati", "9999-12-31T09:59:59.000Z"),
        ("UTC", "9999-12-31T23:59:59.000Z"),
    ],
)
def test_the_last_local_second_converts(zone: str, expected: str) -> None:
    [utc] = local_candidates(LAST_SECOND, ZoneInfo(zone))
    assert format_kombo_datetime(utc) == expected


def test_a_local_time_past_9999_utc_is_out_of_range_not_an_overflow() -> None:
    with pytest.raises(ValueError, match="9999-12-31"):
        local_candidates(LAST_SECOND, ZoneInfo("America/Sao_Paulo"))


def test_before_1970_utc_is_out_of_range() -> None:
    with pytest.raises(ValueError) as info:
        local_candidates(datetime(1970, 1, 1, 0, 30), BERLIN)  # 1969-12-31T23:30Z
    assert str(info.value) == RANGE_MESSAGE
    assert local_candidates(datetime(1970, 1, 1, 1, 0), BERLIN) == [EARLIEST]


def test_a_repeated_local_time_names_both_instants_earliest_first() -> None:
    first, second = local_candidates(datetime(2026, 10, 25, 2, 30), BERLIN)
    assert format_kombo_datetime(first) == "2026-10-25T00:30:00.000Z"
    assert format_kombo_datetime(second) == "2026-10-25T01:30:00.000Z"
    assert format_offset(first.astimezone(BERLIN).utcoffset()) == "+02:00"
    assert format_offset(second.astimezone(BERLIN).utcoffset()) == "+01:00"


def test_a_skipped_local_time_names_none() -> None:
    assert local_candidates(datetime(2026, 3, 29, 2, 30), BERLIN) == []
    # Kiritimati skipped the whole of 1994-12-31 when it moved across the date line.
    assert local_candidates(datetime(1994, 12, 31, 12, 0), ZoneInfo("Pacific/Kiritimati")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-30T14:05:00Z", "2026-11-30T14:05:00.000Z"),
        ("2026-11-30T14:05:00.123z", "2026-11-30T14:05:00.123Z"),
        ("2026-11-30T16:05:00+02:00", "2026-11-30T14:05:00.000Z"),
        ("2026-11-30 09:05-0500", "2026-11-30T14:05:00.000Z"),
        ("2026-11-30 14:05 UTC", "2026-11-30T14:05:00.000Z"),
        ("  2026-11-30T14:05:00Z\n", "2026-11-30T14:05:00.000Z"),
    ],
)
def test_iso_with_a_zone_is_an_instant(text: str, expected: str) -> None:
    moment = parse_iso_input(text)
    assert moment is not None
    assert format_kombo_datetime(moment) == expected


def test_iso_without_a_zone_is_a_wall_clock_time() -> None:
    assert parse_iso_input("2026-11-30 14:05:00") == datetime(2026, 11, 30, 14, 5)
    assert parse_iso_input("2026-11-30") == datetime(2026, 11, 30)


@pytest.mark.parametrize("text", ["tomorrow", "20260404T093000Z", "2026-11-30T14:05:00ZZ", ""])
def test_not_iso_is_none(text: str) -> None:
    assert parse_iso_input(text) is None


@pytest.mark.parametrize(
    "text", ["2026-02-30 10:00", "2026-11-30 25:00", "2026-11-30T10:00+24:00", "1969-12-31T23:59Z"]
)
def test_iso_naming_no_real_time_is_a_value_error(text: str) -> None:
    with pytest.raises(ValueError):
        parse_iso_input(text)


def test_a_utc_time_whose_local_form_is_past_9999_has_none() -> None:
    late = datetime(9999, 12, 31, 23, 0, tzinfo=UTC)
    assert to_local(late, BERLIN) is None
    assert to_local(late, ZoneInfo("America/Sao_Paulo")) is not None


instants = st.datetimes(
    min_value=EARLIEST.replace(tzinfo=None), max_value=LATEST.replace(tzinfo=None)
).map(lambda moment: moment.replace(microsecond=moment.microsecond // 1000 * 1000, tzinfo=UTC))


@settings(max_examples=400, deadline=None)
@given(instant=instants, zone_name=st.sampled_from(ZONES))
def test_format_then_parse_round_trips(instant: datetime, zone_name: str) -> None:
    """What the field shows for an instant reads back as that instant, in every zone."""
    zone = ZoneInfo(zone_name)
    local = to_local(instant, zone)
    if local is None:  # past year 9999 locally: the field shows UTC
        assert instant > LATEST - timedelta(days=1)
        assert parse_iso_input(format_kombo_datetime(instant)) == instant
        return
    wall = parse_iso_input(format_wall(local))
    assert wall is not None
    assert wall.tzinfo is None
    assert instant in local_candidates(wall, zone)

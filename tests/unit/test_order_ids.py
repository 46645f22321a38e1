"""app.kombo.order_ids: the one order ID rule the form and the client share."""

from __future__ import annotations

from urllib.parse import unquote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.kombo.errors import OrderIdError
from app.kombo.order_ids import order_id_problem, order_path_segment, trim_order_id

C0_AND_DEL = [chr(code) for code in range(0x20)] + ["\x7f"]


@given(st.text(st.characters(codec=None), max_size=30))  # lone surrogates too
def test_an_id_is_refused_or_sent_as_exactly_one_segment_of_the_trimmed_text(text: str) -> None:
    problem = order_id_problem(text)
    if problem is not None:
        with pytest.raises(OrderIdError) as caught:
            order_path_segment(text)
        assert str(caught.value) == problem
        return
    segment = order_path_segment(text)
    assert "/" not in segment
    assert segment not in {".", "..", "%2E", "%2E%2E"}
    assert set(segment) <= set(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~%"
    )
    assert unquote(segment) == trim_order_id(text)


@pytest.mark.parametrize("char", C0_AND_DEL)
def test_every_c0_control_and_del_is_refused_wherever_it_is(char: str) -> None:
    for text in (f"a{char}b", f"{char}ab", f"ab{char}"):
        problem = order_id_problem(text)
        assert problem is not None
        assert f"U+{ord(char):04X}" in problem


@pytest.mark.parametrize("text", [".", "..", " . ", "\u00a0..\u2003"])
def test_dot_segments_are_refused_after_trimming(text: str) -> None:
    assert (
        order_id_problem(text)
        == f'"{text.strip()}" cannot be an order ID: in a URL path it is not a name.'
    )


@pytest.mark.parametrize(
    ("text", "trimmed"),
    [
        (" abc ", "abc"),
        ("\u00a0abc\u3000", "abc"),
        ("a b", "a b"),
        ("\tabc", "\tabc"),
        ("...", "..."),
    ],
)
def test_only_surrounding_spaces_are_trimmed(text: str, trimmed: str) -> None:
    assert trim_order_id(text) == trimmed

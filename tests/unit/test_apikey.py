"""One rule set for API keys: what the client sends, the keyring stores and the dialog marks."""

from __future__ import annotations

import pytest

from app.kombo.apikey import clean_key, key_issue, normalize_key

KEY = "k0mb0-Secret_Key.42"


@pytest.mark.parametrize("pasted", [KEY, f"  {KEY}\n", f"Bearer {KEY}", f"\tbearer   {KEY} "])
def test_what_people_paste_is_normalised(pasted: str) -> None:
    assert normalize_key(pasted) == KEY
    assert key_issue(pasted) is None
    assert clean_key(pasted) == KEY


@pytest.mark.parametrize(
    ("bad", "words"),
    [
        ("", "Enter the API key"),
        (" \n ", "Enter the API key"),
        (f"{KEY}\nX-Evil: 1", "spaces or line breaks"),
        (f"{KEY} two", "spaces or line breaks"),
        (f"{KEY}\u00a0x", "spaces or line breaks"),  # a no-break space is a space
        (f"{KEY}\x00", "control character"),
        (f"{KEY}\x7f", "control character"),
        (f"{KEY}ünï", "never have"),
    ],
)
def test_unusable_keys_are_named_without_repeating_them(bad: str, words: str) -> None:
    problem = key_issue(bad)
    assert problem is not None
    assert words in problem
    assert "API key" in problem
    with pytest.raises(ValueError, match="API key") as caught:
        clean_key(bad)
    assert str(caught.value) == problem
    assert KEY not in problem

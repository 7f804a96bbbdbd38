"""The tokeniser's fast path (chunks between spaces split without the regex) finds exactly the
tokens the token pattern finds, offsets and lower-case forms included."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarizer.text.segments import _TOKEN_RE, tokens

# letters of several scripts and cases (a final sigma, a dotted capital I), digits and other
# numerals, the marks the fast path splits off, apostrophes, dashes and several spaces
ALPHABET = "aZé_1²½İΣςß.,;:!?()[]\"“”«»'’‘-–— \t\n\x1c\u00a0\u2009"
CHUNKS = st.sampled_from(
    ["said", "Mr.", "U.S.", "drones,", "(Reuters)", "“We", "Ukraine’s", "1990s,", "12a,", "(2nd", "re-elected",
     "Vey’s.", "34,", "2031.", "٣٤", "one-on-one,", "a--b", "ab-", "e.g.", "x'y'z"]
)  # fmt: skip


def _by_regex(view: str, start: int, end: int) -> list[tuple[str, int, int, str]]:
    return [(m.group(), m.start(), m.end(), m.group().lower()) for m in _TOKEN_RE.finditer(view, start, end)]


def _by_tokens(view: str, start: int, end: int) -> list[tuple[str, int, int, str]]:
    return [(t.text, t.start, t.end, t.low) for t in tokens(view, start, end)]


@given(st.lists(st.one_of(st.text(ALPHABET, max_size=8), CHUNKS), max_size=12), st.data())
def test_tokens_match_the_token_pattern(parts: list[str], data: st.DataObject) -> None:
    view = " ".join(parts)
    start = data.draw(st.integers(0, len(view)))
    end = data.draw(st.integers(start, len(view)))
    assert _by_tokens(view, start, end) == _by_regex(view, start, end)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said, (again) “no.”", ["Police", "said", ",", "(", "again", ")", "“", "no", ".", "”"]),
        ("Mr. Ames’s U.S. trip", ["Mr", ".", "Ames’s", "U.S.", "trip"]),
        ("in the 1990s,  twice", ["in", "the", "1990s", ",", "twice"]),
    ],
)
def test_tokens_of_a_sentence(text: str, expected: list[str]) -> None:
    found = tokens(text, 0, len(text))
    assert [t.text for t in found] == expected
    assert all(text[t.start : t.end] == t.text and t.low == t.text.lower() for t in found)

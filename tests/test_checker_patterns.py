"""Patterns of the checker written for speed find what their plain forms find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.checker.summary import _SENTENCE_SPLIT, _sentences

_PLAIN_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9“\"‘'])")


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from([".", "!", "?", " ", "  ", "\n", "A", "b", "1", "“", '"', "‘", "'", "\u00a0"]), max_size=16
    )
)
def test_the_sentence_split_opening_with_its_space_splits_as_the_lookbehind_does(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _SENTENCE_SPLIT.split(text) == _PLAIN_SENTENCE_SPLIT.split(text)


def test_summary_sentences_split_after_an_end_mark_before_a_capital_or_digit() -> None:
    assert _sentences("Two died. Police said three were hurt! 3 more? e.g. this") == [
        "Two died.",
        "Police said three were hurt!",
        "3 more? e.g. this",
    ]

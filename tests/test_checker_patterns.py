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


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["x", " ", "\n", "\u2003", ".", "..", "(", ")", "(unverified)", ";", "; ", "the claim is",
             "the claim is disputed", "the claim is not confirmed", "The claim is disputed"]
        ),
        max_size=8,
    )
)  # fmt: skip
def test_the_markers_cut_from_the_end_are_what_the_pattern_removes(pieces: list[str]) -> None:
    from summarizer.checker.summary import _MARKERS, _without_markers

    text = "".join(pieces)
    assert _without_markers(text) == _MARKERS.sub("", text)


_NEGATION_PIECES = ["not", "No", "NEVER", "can't", "won’t", "don\u00adt", "isnʼt", "n't", "one", "nor", "x", " ", ".",
                    ";", "Neither", "cannot", "n", "’", "'", "t", "İ", "ß"]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_NEGATION_PIECES), max_size=8))
def test_a_cue_is_negated_as_its_words_one_by_one_say(pieces: list[str]) -> None:
    """The cue's window is split into words only when it holds a hint of a negation, and the
    words are tested by set: what the words tested one by one give."""
    from summarizer.checker.facts import article_facts
    from summarizer.checker.summary import _any_negated, _cue_negated, _negated, _scope_words

    text = " ".join(pieces) + " said"
    cue = (len(text) - 4, len(text))
    words = _scope_words(text[max(0, cue[0] - 24) : cue[1]])
    assert _cue_negated(article_facts.__wrapped__(text), cue) == any(_negated(w) for w in words[-4:])
    assert _any_negated(_scope_words(text)) == any(_negated(w) for w in _scope_words(text))

"""Hedges read lazily: a sentence's cues are read when a claim or an unconfirmed-cue lookup first
needs them, and a sentence with none of the words every unconfirmed cue holds is never read for
one. The same cues as reading every sentence at once."""

from __future__ import annotations

import pytest

from summarizer.rules.claims import Hedges
from summarizer.text.base import lower_same_length
from summarizer.text.hedges import find_hedges, hedges_no_claim, may_be_unconfirmed
from summarizer.text.segments import split_sentences

UNCONFIRMED = [
    "The agency has not confirmed the figure.",
    "Officials could not independently verify the report.",
    "The account could not be corroborated.",
    "The charge has never been substantiated.",
    "The video was not authenticated.",
    "It was not immediately possible to reconcile the two tallies.",
    "Reporters were unable to confirm the toll.",
    "The ministry cannot verify the claim.",
    "The rumour remains unverified.",
    "He said, without offering any evidence, that the vote was rigged.",
    "The council gave no proof of the damage.",
]
NO_UNCONFIRMED = [
    "Police believe the driver may have fled north.",
    "The mayor said the bridge would reopen on Monday.",
    "Analysts expect the harbour to close if the storm grows.",
    "Investigators are looking into whether the fire was set.",
]


@pytest.mark.parametrize("sentence", UNCONFIRMED)
def test_an_unconfirmed_cue_holds_one_of_the_words(sentence: str) -> None:
    assert any(c.kind == "unconfirmed" for c in find_hedges(sentence))
    assert may_be_unconfirmed(lower_same_length(sentence))


@pytest.mark.parametrize("sentence", NO_UNCONFIRMED)
def test_a_sentence_without_the_words_holds_no_unconfirmed_cue(sentence: str) -> None:
    assert not any(c.kind == "unconfirmed" for c in find_hedges(sentence))
    assert not may_be_unconfirmed(lower_same_length(sentence))


TEXT = " ".join(UNCONFIRMED + NO_UNCONFIRMED)


def _eager(view: str) -> list[tuple[str, str, tuple[int, int]]]:
    out = []
    for sent in split_sentences(view):
        piece = view[sent.start : sent.end]
        out += [
            (str(c.kind), c.text, (sent.start + c.span[0], sent.start + c.span[1]))
            for c in find_hedges(piece)
            if not hedges_no_claim(piece, c)
        ]
    return out


@pytest.mark.parametrize(
    "span",
    [
        (0, len(TEXT)),
        (0, 40),
        (45, 300),
        (TEXT.index("Police"), len(TEXT)),
        (TEXT.index("unverified"), TEXT.index("unverified") + 10),
    ],
)
def test_cues_within_a_span_are_those_of_every_sentence_read_at_once(span: tuple[int, int]) -> None:
    sentences = split_sentences(TEXT)
    hedges = Hedges(TEXT, sentences)
    got = [(f.cue, f.span) for f in hedges.within(span)]
    want = [(t, cs) for kind, t, cs in _eager(TEXT) if span[0] <= cs[0] and cs[1] <= span[1] and kind != "conditional"]
    assert got == want


def test_unconfirmed_cues_of_each_sentence_as_read_at_once() -> None:
    sentences = split_sentences(TEXT)
    hedges = Hedges(TEXT, sentences)
    eager = _eager(TEXT)
    for sent in sentences:
        want = [(t, cs) for kind, t, cs in eager if kind == "unconfirmed" and sent.start <= cs[0] < sent.end]
        assert hedges.unconfirmed(sent.index, lower_same_length(TEXT[sent.start : sent.end])) == want

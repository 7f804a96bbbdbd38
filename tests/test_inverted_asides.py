"""An inverted cue set off by commas inside the sentence ("The plan, says Ana Ruiz, will fail"):
the speaker is the name after the cue, and what is said runs on both sides of the tag
(attribution/trailing_cue._inverted_aside_end). Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize


def reports(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(a.speaker, a.cue, a.content) for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plan, says Ana Ruiz, will fail.", [("Ana Ruiz", "says", "The plan … will fail")]),
        (
            "The plan will fail, says Ana Ruiz, because nobody trusts it.",
            [("Ana Ruiz", "says", "The plan will fail … because nobody trusts it")],
        ),
        (
            "There is real joy, insists 16-year-old Ana Ruiz, in finishing a book.",
            [("16-year-old Ana Ruiz", "insists", "There is real joy … in finishing a book")],
        ),
        (
            "Prices will rise, warned the bank, unless wages fall.",
            [("the bank", "warned", "Prices will rise … unless wages fall")],
        ),
        # near misses: a relative clause on the speaker is no aside (it ends the sentence with the
        # speaker, an inverted tag read after the sentence), a clause with its own subject
        (
            "The plan will fail, says Ana Ruiz, who chairs the board.",
            [("Ana Ruiz, who chairs the board", "says", "The plan will fail")],
        ),
        ("The plan will fail, says Ana Ruiz, but the mayor disagrees.", []),
        # near miss: a second tag closes the sentence; the inner tag is not read as this construction
        ("The pier, said a ferry worker, was shut until noon, Morel said.", []),
        # near miss: an apposition on the speaker is no part of what is said
        (
            "The plan will fail, said Ana Ruiz, head of the port board.",
            [("Ana Ruiz, head of the port board", "said", "The plan will fail")],
        ),
        # an apposition on the speaker, then the sentence's own verb: the tag is set off inside it
        (
            "The plan, said Ana Ruiz, head of the port board, will fail.",
            [("Ana Ruiz, head of the port board", "said", "The plan … will fail")],
        ),
        (
            "The bridge, says Tom Hale, the city engineer, is safe.",
            [("Tom Hale, the city engineer", "says", "The bridge … is safe")],
        ),
        # a when after the name is no part of the speaker; a day alone is no speaker
        ("The dance, said Ana Ruiz on Monday, was cancelled.", [("Ana Ruiz", "said", "The dance … was cancelled")]),
        ("The dance, said Monday, was cancelled.", []),
        # near misses: a list after the name, and a second tag closing the sentence
        ("The plan, said Ana Ruiz, the chair, and Tom Hale, will fail.", []),
        ("The plan, said Ana Ruiz, head of the port board, will fail, the mayor said.", []),
    ],
)
def test_an_inverted_tag_inside_the_sentence(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert reports(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an inverted speaker with an apposition whose last word names no source ("the school")
        (
            "The plan will fail, said Ana Ruiz, a teacher at the school.",
            [("Ana Ruiz, a teacher at the school", "said", "The plan will fail")],
        ),
        (
            "The ferry will stop, said Ana Ruiz, head of safety.",
            [("Ana Ruiz, head of safety", "said", "The ferry will stop")],
        ),
        # a subject with asides, then a verb of its own: the tag after it is inverted, not its cue
        (
            "The rink, built in 1990, was closed in May, said the mayor.",
            [("the mayor", "said", "The rink, built in 1990, was closed in May")],
        ),
        # near miss: a subject set off by commas and then the cue is the speaker
        (
            "Ames, the envoy, told reporters the talks had failed.",
            [("Ames, the envoy", "told", "the talks had failed")],
        ),
        # a relative clause on a short name or source runs to the sentence's end with it
        (
            "The ferry will stop, said Ana Ruiz, who runs the dock.",
            [("Ana Ruiz, who runs the dock", "said", "The ferry will stop")],
        ),
        (
            "The ferry will stop, said Capt. Ana Ruiz, whose crew ran the night boat.",
            [("Capt. Ana Ruiz, whose crew ran the night boat", "said", "The ferry will stop")],
        ),
        (
            "The ferry will stop, said the city clerk, who runs the dock.",
            [("the city clerk, who runs the dock", "said", "The ferry will stop")],
        ),
        # the speaker phrase the quote reader takes after an inverted cue (a title, a name and "of
        # the …", a bare plural source, "a spokesman for …") keeps its relative clause, its when too
        (
            "The boiler failed at dawn, said Chief Ivo Brandt of the harbour police, who came at six.",
            [("Chief Ivo Brandt of the harbour police, who came at six", "said", "The boiler failed at dawn")],
        ),
        (
            "The lane will stay closed, said police, who shut it Monday.",
            [("police, who shut it Monday", "said", "The lane will stay closed")],
        ),
        (
            "The count was tight, said voters, who filled the gym.",
            [("voters, who filled the gym", "said", "The count was tight")],
        ),
        (
            "The mill will shut, said a spokesman for the county.",
            [("a spokesman for the county", "said", "The mill will shut")],
        ),
        (
            "The meeting ran late, said a member of the board, who asked not to be named.",
            [("a member of the board, who asked not to be named", "said", "The meeting ran late")],
        ),
        # near miss: no inverted tag, the relative clause on the object of "said" is what was said
        (
            "He said the dam, which opened in May, leaked badly.",
            [("He", "said", "the dam, which opened in May, leaked badly")],
        ),
        # "which" on a document or a body describes that speaker as "who" does a person
        (
            "The blaze began in the pantry, said the report, which found a faulty fridge.",
            [("the report, which found a faulty fridge", "said", "The blaze began in the pantry")],
        ),
        (
            "The ferry will stop in May, said the port authority, which runs the route.",
            [("the port authority, which runs the route", "said", "The ferry will stop in May")],
        ),
        (
            "The blaze began in the pantry, said the report, which the owner called flawed.",
            [
                ("the report, which the owner called flawed", "said", "The blaze began in the pantry"),
                ("the owner", "called", "flawed"),  # the relative's own stance, on the report
            ],
        ),
        # near misses: "which" may stand for the whole report; a long object before "who" is no speaker
        ("The ferry will stop, said the mayor, which upset riders.", []),
        ("The ferry will stop, said Ana Ruiz, which upset riders.", []),
        (
            "Some riders, however, question the value of backing Ruiz, who has never run a port.",
            [("Some riders", "question", "the value of backing Ruiz")],
        ),
    ],
)
def test_an_inverted_tag_after_the_sentence(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert reports(text) == expected


def test_a_pronoun_after_an_inverted_speaker_with_a_relative_clause_is_that_speaker() -> None:
    text = 'The ferry will stop, said Ana Ruiz, who runs the dock. "We have no crew," she said.'
    found = summarize(text, model="rules")
    ids = {a.speaker: a.speaker_id for a in found.attributions}
    assert ids["she"] == ids["Ana Ruiz, who runs the dock"]

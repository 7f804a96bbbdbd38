"""A verb whose object is its hearer, left with no hearer at a sentence's end after a noun
("Man had gun in car, jury told"), is a headline's passive: the hearer is no speaker, and as
with "…, the jury was told" nothing is attributed. A verb of writing or posting with a "that"
clause reports what it says."""

from __future__ import annotations

import pytest

from summarizer import summarize


def found(text: str) -> list[tuple[str | None, str]]:
    return [(a.speaker, a.content) for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    "text",
    [
        "Driver had knife under seat, jury told",
        "Masks must be worn on trams, riders reminded",
        "The driver had a knife under his seat, the jury was told.",
    ],
)
def test_hearer_of_a_passive_is_no_speaker(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: a hearer after "told", or a subject pronoun before it, is a speaker's tag
        (
            "The driver had a knife under his seat, a detective told the jury.",
            [("a detective", "The driver had a knife under his seat")],
        ),
        ("The ferry is unsafe, the skipper told reporters.", [("the skipper", "The ferry is unsafe")]),
        ("The ferry is unsafe, he told.", [("he", "The ferry is unsafe")]),
        # d. writing or posting with a "that" clause reports it; a letter written says nothing here
        (
            "The drummer wrote on Instagram that he was thankful for the letters.",
            [("The drummer", "he was thankful for the letters")],
        ),
        ("The coach posted on X on Sunday that the squad would rebuild.", [("The coach", "the squad would rebuild")]),
        (
            "The gallery said in a statement that the curator had resigned.",
            [("The gallery", "the curator had resigned")],
        ),
        ("He wrote a letter to the parish council.", []),
        ("She posted a photo of the flood on Facebook.", []),
    ],
)
def test_reports(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert found(text) == expected

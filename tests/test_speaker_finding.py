"""Where the source of an attribution is found: constructions that put the speaker far from its
content, after an adjunct, or in the paragraph before. Invented sentences, one phenomenon a row."""

from __future__ import annotations

import pytest

from summarizer import summarize


def speakers(text: str) -> list[tuple[str | None, str]]:
    """(speaker as written, content) of each attribution, in order."""
    return [(a.speaker, a.content) for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an inverted speaker ends at the comma before an adjunct (a preposition, "while", "as")
        ("“The road is closed,” said Brandt, on what was her last day in office.",
         [("Brandt", "The road is closed")]),
        ("“The road is closed,” said Tia Brandt, at a briefing that ran late.",
         [("Tia Brandt", "The road is closed")]),
        # an appositive after the comma is still the speaker's
        ("“The road is closed,” said Tia Brandt, a spokeswoman for the city.",
         [("Tia Brandt, a spokeswoman for the city", "The road is closed")]),
        # "as" and a subject set off by an appositive (with an initial) before "put it"
        ("Few agree. As Ilse K. Varga, a tax lawyer at Mornay College, recently put it, “Who pays for the roads?”",
         [("Ilse K. Varga, a tax lawyer at Mornay College", "Who pays for the roads?")]),
        ("Few agree. As Ilse Varga put it, “Who pays for the roads?”",
         [("Ilse Varga", "Who pays for the roads?")]),
    ],
)  # fmt: skip
def test_speaker_of_a_quote(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert speakers(text) == expected

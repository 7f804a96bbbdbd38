"""Where a sentence's opening subject ends (rules/attribution/subject_ends.py): before a verb
and its particle ("hit back", "shot back"), a word in lower case being no part of a name."""

from __future__ import annotations

import pytest

from summarizer import summarize


def found(text: str) -> list[tuple[str | None, str]]:
    return [(a.speaker, a.content) for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # b. a verb and its particle are no part of the name before them
        ("Mr Pardo hit back, saying the panel had misread the figures.", "Mr Pardo"),
        ("The union shot back at the council, saying the cuts were reckless.", "The union"),
        ("Ms Okafor pushed back, arguing the fee would drive riders away.", "Ms Okafor"),
        ("Councillor Ruth Abney fired back, calling the audit a stunt.", "Councillor Ruth Abney"),
        # near misses: a capitalised word is a name, and "the way out" a noun
        ("Ansel Hitback said the panel had misread the figures.", "Ansel Hitback"),
    ],
)
def test_particle_verb_ends_subject(text: str, speaker: str) -> None:
    assert found(text)[0][0] == speaker


def test_noun_before_particle_stays() -> None:
    assert found("The way out, officials said, is a second bridge.") == [
        ("officials", "The way out … is a second bridge")
    ]

"""Where a sentence's opening subject ends (rules/attribution/subject_ends.py): before a verb
and its particle ("hit back", "shot back"), and not at a cue form that is a noun there ("The
trust said …, and urged …" gives the trust both reports)."""

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # c. a second verb of saying or urging shares the first verb's subject, also when that
        # subject's noun is a form of a verb of saying ("trust", "report")
        (
            "The trust said the wards were full, and urged visitors to stay home.",
            [("The trust", "the wards were full"), ("The trust", "visitors to stay home")],
        ),
        (
            "The trust said the wards were full and added that staff were worn out.",
            [("The trust", "the wards were full"), ("The trust", "staff were worn out")],
        ),
        (
            "The water trust said the lake was low, but insisted taps would run.",
            [("The water trust", "the lake was low"), ("The water trust", "taps would run")],
        ),
        (
            "The council said the lane was shut, and warned drivers to take the bypass.",
            [("The council", "the lane was shut"), ("The council", "drivers to take the bypass")],
        ),
        # near miss: the verb itself, after a subject with no article, stays a verb
        (
            "The board trusts the plan, and said it would pass.",
            [("The board", "the plan"), ("The board", "it would pass")],
        ),
    ],
)
def test_coordinated_verb_shares_subject(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert found(text) == expected

"""A lone capitalised word after a fronted "asked" clause is no surname when the text names it
elsewhere as a team, a body or a place (rules/asked_subjects.py). Original sentences."""

from __future__ import annotations

import pytest
from conftest import speaker_of

from summarizer.rules.asked_subjects import _a_body_or_place
from summarizer.rules.speakers import person_mentions


@pytest.mark.parametrize(
    ("text", "word", "body"),
    [
        ("The Harriers have lost twice at home.", "Harriers", True),
        ("a cup tie against the Harriers, who", "Harriers", True),
        ("He played at Harriers for a season.", "Harriers", True),
        ("Floods reached homes in Wenlow on Friday.", "Wenlow", True),
        ("Harriers were poor in the first half.", "Harriers", True),
        # near misses: a possessive after "in", a noun the word modifies, a subject of two, a
        # verb in the singular
        ("In Quell's view the fee was fair.", "Quell", False),
        ("the Quell family moved away", "Quell", False),
        ("Quell and Hardy were paired on Sunday.", "Hardy", False),
        ("Quell was calm.", "Quell", False),
    ],
)
def test_a_word_the_text_names_as_a_team_or_a_place(text: str, word: str, body: bool) -> None:
    assert _a_body_or_place(text, word) is body


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Asked about the cup tie, Harriers did not hesitate. He said so. The Harriers have won.", []),
        ("Asked about the floods, Wenlow did not wait. He said so. Rain fell in Wenlow.", []),
        # near miss: a surname the text never writes as a place or a team
        ("Asked about the cup tie, Quell did not hesitate. He said so. In Quell's view it was fair.", ["Quell"]),
    ],
)
def test_a_team_or_a_place_after_a_fronted_asked_clause_is_no_person(text: str, names: list[str]) -> None:
    assert [m[1] for m in person_mentions(text)] == names


def test_he_after_an_asked_team_is_the_person_named_before() -> None:
    text = (
        "Cup tie on Saturday\n\nManager Owen Tarrant has had a week to prepare. "
        "Asked about the tie, Harriers did not hesitate.\n\n"
        "“We want to go through,” he said. The Harriers have not lost since August.\n"
    )
    assert speaker_of(text, "We want to go through") == "Owen Tarrant"

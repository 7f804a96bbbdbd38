"""One person introduced hurt ("a second woman, 52, who had been shot"), the next sentence's
pronoun of their sex told dead: the person is the one who died, not one more hurt, even where
other people hurt are counted around them. Original sentences written for the project."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of

_TITLE = "SHOOTING NEAR PIER\n\n"
_FIRST = "One woman was wounded near the pier on Friday, police said. Hours later deputies found "
_BOTH = " Police believe the two were shot at the same time."


def tolls(text: str) -> tuple[int, int]:
    s = summarize(_TITLE + text, model="rules")
    return count_of(s, "killed"), count_of(s, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _FIRST + "a second woman, 52, who had been shot in the neck. She was pronounced dead at the scene." + _BOTH,
            (1, 1),
        ),
        (_FIRST + "a woman who was shot in the neck. She died at the hospital." + _BOTH, (1, 1)),
        # near misses: the pronoun told in care, not dead; a pronoun of the other sex (someone else)
        (_FIRST + "a second woman, 52, who had been shot in the neck. She was taken to a hospital." + _BOTH, (0, 2)),
        (_FIRST + "a man, 52, who had been shot in the neck. She was pronounced dead at the hospital." + _BOTH, (1, 1)),
    ],
)
def test_a_person_introduced_hurt_then_dead(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentence that tells someone shot goes on to the shooter turning the gun on himself:
        # a death told later by a name is the shooter's, the one shot lived
        (
            "A teenager was shot in the arm when a man fired into a crowd and then took his own life, police said. "
            "Marcus Vell, 30, was pronounced dead at the scene.",
            (1, 1),
        ),
        (
            "A 7-year-old was shot in the arm when a man opened fire on his mother, then turned the gun on himself, "
            "police said. Officers found Dale Ormond, 41, dead in a hallway.",
            (1, 1),
        ),
        # near misses: no self-harm told, or the one shot is the one who turned the gun: one person, dead
        (
            "A teenager was shot in the arm when a man fired into a crowd, police said. "
            "Marcus Vell, 30, was pronounced dead at the scene.",
            (1, 0),
        ),
        ("A man was shot in the chest on Elm Road, police said. He was pronounced dead at the hospital.", (1, 0)),
    ],
)
def test_a_death_after_the_shooter_turned_the_gun_is_his(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected

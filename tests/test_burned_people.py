"""People counted and then burned are hurt (burned to death, killed), never 'damaged' as burned
homes and cars are."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of

_LEAD = "A fire swept a hostel in Tarn Vale on Saturday. "


def tolls(text: str) -> tuple[int, int]:
    result = summarize(_LEAD + text, model="rules", published="2024-06-10")
    return count_of(result, "killed"), count_of(result, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 40 people were burned, several of them badly, the governor said.", (0, 40)),
        ("Three firefighters were badly burned while fighting the blaze.", (0, 3)),
        ("Two children in the back room had been burnt, the fire chief said.", (0, 2)),
        ("Three people were burned to death in the kitchen.", (3, 0)),
        # their own verb, no passive: the same death
        ("Three guests burned to death in the kitchen.", (3, 0)),
        # near misses: things burned, people hurt beside them
        ("Forty homes were burned to the ground, the governor said.", (0, 0)),
        ("Forty homes burned to the ground overnight.", (0, 0)),
        ("Two cars were burned and three firefighters were hurt.", (0, 3)),
        ("Two victims had been burned beyond recognition, the coroner said.", (0, 0)),
        ("Forty families were burned out of their homes.", (0, 0)),
        ("Two protesters burned a flag outside the hostel.", (0, 0)),
    ],
)  # fmt: skip
def test_people_burned_are_hurt(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected

"""Counts that are no toll, each on an original sentence written for the project: the people who
only meant a harm ("two men threatened to kill a clerk") are not its victims, and the number a
player "shot" in sport ("shot 72 in the final round", "shot a 68") is a score, not people shot."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of


def tolls(text: str) -> tuple[int, int]:
    result = summarize(text, model="rules", published="2024-06-10")
    return count_of(result, "killed"), count_of(result, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two men threatened to beat a clerk to death in Varrow on Monday.", (0, 0)),
        ("Two men threatened to kill a cashier at a Varrow petrol station.", (0, 0)),
        ("Three teens tried to beat a courier to death near the Varrow docks.", (0, 0)),
        ("Two brothers vowed to shoot a rival dead, a Varrow court heard.", (0, 0)),
        ("Two men hired a gunman to kill a landlord in Varrow, police said.", (0, 0)),
        # near misses: the harm they did, or their own harm after an infinitive that is no harm
        ("Two men beat a clerk to death in Varrow on Monday.", (1, 0)),
        ("Two men who tried to flee were shot by a guard in Varrow.", (0, 2)),
        ("Two men tried to help a driver and were shot in Varrow.", (0, 2)),
        ("Two men who threatened to kill a clerk were shot by police in Varrow.", (0, 2)),
    ],
)
def test_the_people_who_only_meant_a_harm_are_not_its_victims(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dara Quell shot 72 in the final round at Varrow on Sunday.", (0, 0)),
        ("She shot a 68 on Sunday to lead the Varrow Open by two.", (0, 0)),
        ("Quell shot a 4-under 68 to win at Varrow.", (0, 0)),
        ("The Varrow guard shot 3 of 12 from the field on Friday.", (0, 0)),
        ("The Varrow guard shot 40 percent from three this season.", (0, 0)),
        ("The forward shot 2-under par in the second round at Varrow.", (0, 0)),
        # near misses: people shot, counted by a number after the verb
        ("The gunman shot 3 people outside a Varrow bar on Monday.", (0, 3)),
        ("The gunman shot 3 of the 12 hostages in Varrow, police said.", (0, 3)),
        ("A gunman shot 2 in the Varrow store and fled.", (0, 2)),
        ("A man shot a 7-year-old boy in Varrow on Monday.", (0, 1)),
    ],
)
def test_a_players_score_is_no_count_of_people_shot(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected

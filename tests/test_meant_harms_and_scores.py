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
        ("Two women tried to stop the attacker and were stabbed to death in Varrow.", (2, 0)),
        ("Two brothers who attempted to flee were shot dead in Varrow.", (2, 0)),
        ("Three men were ordered to kill an informant in Varrow, prosecutors said.", (0, 0)),
    ],
)
def test_the_people_who_only_meant_a_harm_are_not_its_victims(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


# the people a harm was only meant for, the object of its infinitive (demoted_counts'
# _UNDONE_HARM_BEFORE, with the verbs of intent and of harm of incident_words.INTENT_VERBS and
# HARM_INFINITIVES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The gunman tried to kill three people in Varrow but wounded only one.", (0, 1)),
        ("A man attempted to kill two officers in Varrow, who were not hurt.", (0, 0)),
        ("Two men hired a hitman to shoot two witnesses in Varrow.", (0, 0)),
        ("Police said he planned to kill all three of them in Varrow.", (0, 0)),
        ("He vowed to kill 2 people in Varrow, a court heard.", (0, 0)),
        ("He vowed to stab 3 guards in Varrow, a court heard.", (0, 0)),
        ("A man tried to strangle two nurses in Varrow, police said.", (0, 0)),
        # near misses: a harm done after the meant one, or after an infinitive that is no harm
        ("He threatened to kill her, then shot her twice in Varrow.", (0, 1)),
        ("He threatened to kill her, then shot two neighbors in Varrow.", (0, 2)),
        ("He tried to flee and then shot two officers in Varrow.", (0, 2)),
        ("He tried to flee and stabbed two guards in Varrow.", (0, 2)),
        ("He tried to kill himself after he shot two people in Varrow.", (0, 2)),
        ("Four people were stabbed in Varrow by a man who had vowed to kill them.", (0, 4)),
    ],
)
def test_the_people_a_harm_was_only_meant_for_are_not_its_victims(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dara Quell shot 72 in the final round at Varrow on Sunday.", (0, 0)),
        ("She shot a 68 on Sunday to lead the Varrow Open by two.", (0, 0)),
        ("Quell shot a 4-under 68 to win at Varrow.", (0, 0)),
        ("Quell shot a 69 Friday to lead at Varrow.", (0, 0)),
        ("Quell shot a 71 Thursday in the Varrow Open.", (0, 0)),
        ("The Varrow guard shot 3 of 12 from the field on Friday.", (0, 0)),
        ("The Varrow guard shot 40 percent from three this season.", (0, 0)),
        ("The forward shot 2-under par in the second round at Varrow.", (0, 0)),
        # near misses: people shot, counted by a number after the verb
        ("The gunman shot 3 people outside a Varrow bar on Monday.", (0, 3)),
        ("The gunman shot 3 of the 12 hostages in Varrow, police said.", (0, 3)),
        ("A gunman shot 2 in the Varrow store and fled.", (0, 2)),
        ("A man shot a 7-year-old boy in Varrow on Monday.", (0, 1)),
        ("A guard shot a 16-year-old boy Friday in Varrow.", (0, 1)),
        ("Police shot 3 suspects in Varrow on Monday.", (0, 3)),
        ("Officers shot 2 men during a raid in Varrow.", (0, 2)),
        ("He shot 40 rounds into a house in Varrow.", (0, 0)),
        ("The Varrow team shot 45 percent on Friday.", (0, 0)),
    ],
)
def test_a_players_score_is_no_count_of_people_shot(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected

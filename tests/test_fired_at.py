"""'Shot at': fired at someone, who may be missed, unless a place follows. Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of


@pytest.mark.parametrize(
    ("sentence", "injured"),
    [
        ("Three people were shot at a party in Holton early on Saturday.", 3),  # where: a place
        ("Two men were shot at the corner of Fifth and Main.", 2),
        ("Two brothers were shot at their home on Friday night.", 2),
        ("The deputy fired one shot at the gunman, who ran off.", 0),  # a shot aimed at a person
        ("The men were shot at by someone in a passing car, and no one was hit.", 0),
        # when: a time, or "at least" a number of times
        ("Two people were shot at about the same time on Friday night in Lorne.", 2),
        ("Two teenagers were shot at 3:40 near a store in Holton.", 2),
        ("Two men were shot at least once each near a bus stop in Holton.", 2),
    ],
)
def test_shot_at_a_place_wounds_and_shot_at_a_person_aims(sentence: str, injured: int) -> None:
    assert count_of(summarize("Police report\n\n" + sentence, model="rules"), "injured") == injured

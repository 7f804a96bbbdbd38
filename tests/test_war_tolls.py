"""A toll told as a whole war's or epidemic's ("the number of people who died in the war has
reached 20,000") is no total of the incident a story tells: the incident's own count leads; told
alone, it is still the count."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of


def tolls(text: str) -> tuple[int, int]:
    result = summarize(text, model="rules", published="2024-03-09")
    return count_of(result, "killed"), count_of(result, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the incident's toll, then the war's or the epidemic's running one
        ("A shell killed 4 people at a bus stop in Tarn on Monday. The number of people who died in the war has reached 20,000, the ministry said.", (4, 0)),
        ("A shell killed 4 people at a bus stop in Tarn on Monday. The death toll in the war has reached 20,000, officials said.", (4, 0)),
        ("Two medics were killed by a drone near Olm. The toll of the conflict rose to 9,000 this week.", (2, 0)),
        ("A drone wounded 6 people in Olm. The number of people injured during the war has reached 30,000.", (0, 6)),
        # near misses: the war's toll told alone is still the count; an attack's own toll is its total
        ("The number of people who died in the war has reached 20,000, the ministry said.", (20000, 0)),
        ("Four people were killed in the market attack in Tarn on Monday. The death toll from the attack rose to 12 on Tuesday.", (12, 0)),
        ("Four people were killed in the blast, the deadliest in the war. The toll rose to 12 on Tuesday.", (12, 0)),
    ],
)  # fmt: skip
def test_a_war_toll_is_no_total_of_the_incident(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected

"""A harm counted first as a bound and later exactly, no less than it, is one group told twice:
the exact count is the toll. Counts at places of their own, counts told as more people, and a
smaller later count are not the bound's people told again."""

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
        (
            "A tanker blew up at a depot in Carrow on Tuesday. Four workers were killed and more than a hundred "
            "injured, the mayor said. She said 121 people were being treated at hospitals, 17 of them for burns.",
            (4, 121),
        ),
        (
            "A grandstand gave way at a fair in Oldmere on Sunday. At least 30 people were hurt, officials said. "
            "By evening the county said 36 people had been injured.",
            (0, 36),
        ),
        (
            "A train left the rails near Vessby on Friday. About 20 people died in the crash, police said. "
            "Officials later listed 23 people killed.",
            (23, 0),
        ),
        (
            "A bomb tore through a market in Tarn Vale on Monday, killing at least 12 people. "
            "On Tuesday the health ministry said 14 people had died.",
            (14, 0),
        ),
        # near misses: parts at places of their own, more people, a smaller count
        (
            "A storm swept the valley on Monday. More than 20 people were hurt, officials said. "
            "Thirty were hurt in Ames and 20 in Boone.",
            (0, 20),
        ),
        (
            "A grandstand gave way at a fair in Oldmere on Sunday. At least 30 people were hurt, officials said. "
            "Another 45 were injured in the crush at the gate.",
            (0, 30),
        ),
        (
            "A grandstand gave way at a fair in Oldmere on Sunday. At least 30 people were hurt, officials said. "
            "Twelve people were injured seriously.",
            (0, 30),
        ),
        # another group, event, place or span of time: the lead stays
        (
            "Riot police cleared a square in Oldmere on Friday. At least 30 protesters were injured, medics said. "
            "A police spokesman said 45 officers had been hurt.",
            (0, 30),
        ),
        (
            "A coach rolled over near Vessby on Monday. More than 20 people were hurt, police said. "
            "In a separate crash on the same road, 25 people were injured.",
            (0, 20),
        ),
        (
            "A quake shook the hills near Vessby on Monday. More than 40 people were injured, officials said. "
            "In the neighbouring county, 55 people were hurt.",
            (0, 40),
        ),
        (
            "A bomb tore through a market in Tarn Vale on Monday, killing at least 12 people. "
            "The rebels said they had killed 40 soldiers in the past month.",
            (12, 0),
        ),
        (
            "Troops raided a camp near Tarn Vale on Monday. About 20 people were killed in the raid. "
            "The army said 25 militants were killed.",
            (20, 0),
        ),
    ],
)  # fmt: skip
def test_an_exact_count_after_a_bound_is_the_toll(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected

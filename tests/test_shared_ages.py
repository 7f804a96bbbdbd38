"""The ages of several people set off by commas after them count no one: "two men and a woman, all
in their 30s, were shot" is three hurt, "three men, one of them 19, were shot" three, not 19."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of


def tolls(text: str) -> tuple[int, int]:
    result = summarize(text, model="rules")
    return count_of(result, "killed"), count_of(result, "injured")


def harm_values(text: str) -> list[float]:
    inc = summarize(text, model="rules").incident
    return [] if inc is None else sorted(f.value for f in inc.figures if f.category in ("killed", "injured"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people counted and one named beside them, their ages between them and their verb
        ("Two cyclists and a cook, all in their 40s, were hurt when the van swerved.", (0, 3)),
        ("A bartender and two customers, all in their late 20s, were shot in the lobby.", (0, 3)),
        ("A nurse and her three sons, 6, 9 and 11, were killed in the shooting.", (4, 0)),
        ("A mother and her two daughters, aged 4 and 7, were wounded by the gunfire.", (0, 3)),
        ("Two cooks and a waiter, all 22, were stabbed behind the diner.", (0, 3)),
        # two people named one by one: the apposition was already transparent, and stays so
        ("A cashier and a shopper, both in their 50s, were wounded outside the market.", (0, 2)),
        ("A boy and a girl, both 14, were shot near the skate park.", (0, 2)),
        ("A nurse and her son, 8, were killed when the car hit them.", (2, 0)),
        ("A cashier and a shopper, aged 31 and 35, were injured.", (0, 2)),
        # a decade written with an apostrophe is the same decade ("in his 30's", "in her 40’s")
        ("A man in his 30's was killed and a woman in her 40's was hurt in the crash.", (1, 1)),
        ("A farmer in his 60’s was shot and killed on the lane.", (1, 0)),
        ("Two men and a woman, all in their 20's, were hurt when the scaffold fell.", (0, 3)),
        ("Tunes from the 1970's played as two men were stabbed.", (0, 2)),
        # near misses: without a harm of their own, the people and their ages count no one
        ("The men were in their 20's, the foreman said.", (0, 0)),
        ("Two cooks and a waiter, all 22, were questioned by detectives after the stabbing.", (0, 0)),
        ("A cashier and a shopper, both in their 50s, were arrested after the shooting.", (0, 0)),
        # without the ages, as before
        ("Two cyclists and a cook were hurt when the van swerved.", (0, 3)),
    ],
)
def test_ages_after_several_people_are_no_count(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Two cooks and a waiter, all 22, were stabbed behind the diner.", [3]),
        ("Four hikers, one of them 17, were hurt in the rockfall.", [4]),
        ("Three guards, the youngest 19, were shot at the depot.", [3]),
        ("Four hikers, two of them 12, were injured when the tree fell.", [2, 4]),  # the part, as without an age
        ("Two brothers, both 16, were wounded.", [2]),
        # near misses: a count of part of the group stays a count, and shots are no people
        ("Five campers, two of them children, were injured when the tree fell.", [2, 5]),
        ("Three guards were shot, one of them 4 times.", [3]),
    ],
)
def test_the_age_of_one_of_several_is_no_figure(text: str, values: list[float]) -> None:
    assert harm_values(text) == values

"""One of a group named by the plural of any victim noun, the object of a verb of harm ("shot one
of the clerks"), and a blow with the gun itself ("pistol-whipped one of the men"): one person hurt."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of


def tolls(text: str) -> tuple[int, int]:
    result = summarize(text, model="rules", published="2026-03-06")
    return count_of(result, "killed"), count_of(result, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two robbers shot one of the cashiers at a shop in Corrow on Friday.", (0, 1)),
        ("A masked man pistol-whipped one of the guards at a depot in Tamsey on Friday.", (0, 1)),
        ("The intruders pistol-whipped two tenants at a flat in Corrow on Friday.", (0, 2)),
        ("Three lodgers were pistol-whipped at an inn in Tamsey on Friday.", (0, 3)),
        ("Two tenants were shot in Tamsey on Friday. One of the tenants died at a hospital.", (1, 1)),
        # near misses: no harm done to the one, or one of things, not people
        ("Two robbers hired one of the cashiers at a shop in Corrow on Friday.", (0, 0)),
        ("One of the cashiers called police after a robbery in Corrow on Friday.", (0, 0)),
        ("One of the vans was hit by gunfire in Corrow on Friday.", (0, 0)),
        ("Two robbers shot one of the windows of a shop in Corrow on Friday.", (0, 0)),
    ],
)
def test_one_of_a_group_harmed_is_one_hurt(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the count of those who struck is no count of the hurt: the one struck is
        ("Two masked men broke into a flat, pistol-whipped the tenant and fled in Corrow on Friday.", (0, 1)),
        ("Three robbers stormed a bakery in Tamsey on Friday, pistol-whipping a cook.", (0, 1)),
    ],
)
def test_the_count_of_those_who_struck_is_not_the_hurt(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # kin, or a group counted, is read by the rules of its own: not one more of the people hurt
        (
            "Two guards were shot in Corrow on Friday. One of the cousins died in May and the other was hospitalized.",
            (0, 2),
        ),
        ("One of the three cashiers shot at a shop in Corrow on Friday was treated there.", (0, 3)),
    ],
)
def test_one_of_kin_or_of_a_counted_group_is_no_new_count(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "one of them" after a group told unharmed, its own harm after it: one person hurt
        ("Two officers arrived at a house in Corrow on Friday. One of them was shot.", (0, 1)),
        ("Two officers arrived at a house in Corrow on Friday. One of them was wounded in the leg.", (0, 1)),
        ("Three guards chased a thief in Tamsey on Friday. One of them was hurt.", (0, 1)),
        ("Two officers responded to a house in Corrow, and one of them was stabbed.", (0, 1)),
        # an adverb of manner or report between: "was critically wounded", "was reportedly shot"
        ("Two officers arrived at a house in Corrow on Friday. One of them was critically wounded.", (0, 1)),
        ("Three guards chased a thief in Tamsey on Friday. One of them was reportedly shot.", (0, 1)),
        # near misses: shot at, not hurt, arrested; the group itself harmed before (the same people)
        ("Two officers arrived at a house in Corrow on Friday. One of them was shot at but not hit.", (0, 0)),
        ("Two officers arrived at a house in Corrow on Friday. One of them was not hurt.", (0, 0)),
        ("Two officers arrived at a house in Corrow on Friday. One of them was arrested.", (0, 0)),
        ("Two officers arrived at a house in Corrow on Friday. One of them was nearly shot.", (0, 0)),
        ("Two officers arrived at a house in Corrow on Friday. One of them was reportedly not hurt.", (0, 0)),
        ("Two men were shot in Tamsey on Friday. One of them was shot in the head.", (0, 2)),
        ("Four people were wounded in Tamsey on Friday. One of them was wounded critically.", (0, 4)),
    ],
)
def test_one_of_them_harmed_after_a_group_unharmed(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected

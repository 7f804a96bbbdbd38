"""People named without a number who were treated for a wound, or taken to hospital without an
article (the British use), are hurt: "a man and a woman were treated for cuts" is two hurt."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of


def tolls(text: str) -> tuple[int, int]:
    result = summarize(text, model="rules")
    return count_of(result, "killed"), count_of(result, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A cook was treated for burns after the fryer caught fire during the robbery.", (0, 1)),
        ("A cashier and a shopper, both in their 50s, were treated for cuts after the stabbing.", (0, 2)),
        ("A nurse and her son were treated for minor injuries after the shooting.", (0, 2)),
        ("A driver was taken to hospital after the shooting on Quay Road.", (0, 1)),
        ("A waiter and a customer, both 19, were taken to hospital after the stabbing.", (0, 2)),
        # as with an article, before
        ("A driver was taken to a hospital after the shooting on Quay Road.", (0, 1)),
        # near misses: an illness, shock, or the hospital's people are no wound
        ("A cook was treated for pneumonia after the shooting at the diner.", (0, 0)),
        ("A cashier and a shopper were treated for shock after the shooting.", (0, 0)),
        ("A driver spoke to hospital staff after the shooting on Quay Road.", (0, 0)),
    ],
)
def test_people_treated_for_a_wound_or_taken_to_hospital_are_hurt(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # treated, then let go, with where or by whom between: the care of a harm
        ("Two porters were treated at the scene and released after the shooting near the depot.", (0, 2)),
        ("A cyclist was treated on site and released after the stabbing on Mill Lane.", (0, 1)),
        ("Three shoppers were treated by paramedics and released after the crash at the mall.", (0, 3)),
        ("A courier was treated at the curb by ambulance crews and released after the shooting.", (0, 1)),
        ("A bartender was treated and released after the shooting at the tavern.", (0, 1)),
        # near misses: a release of names or of a statement, a release into custody, no treatment
        ("Two porters were shot near the depot. Police released the names of the two porters on Monday.", (0, 2)),
        ("The hospital released a statement after the shooting near the depot.", (0, 0)),
        ("The suspect was treated and released into police custody after the brawl.", (0, 0)),
        ("A bartender was treated and released to deputies after the brawl at the tavern.", (0, 0)),
        ("The courier was treated with suspicion and released after questioning.", (0, 0)),
    ],
)
def test_people_treated_and_released_are_hurt(text: str, expected: tuple[int, int]) -> None:
    assert tolls("News\n\n" + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who treated them told before where, or where before who: "treated by medics at the scene for"
        ("Five hikers were treated by paramedics at the trailhead for minor injuries after the rockfall.", (0, 5)),
        ("Three riders were treated at the scene by ambulance crews for cuts after the crash.", (0, 3)),
        ("Two cooks were treated by medics for burns after the fire at the diner.", (0, 2)),
        # and a part of them told next is among them, not more: "one of them … was taken to hospital"
        (
            "Four riders were treated by paramedics at the scene for minor injuries after the crash. "
            "One of them, a man in his 40s, was taken to hospital.",
            (0, 4),
        ),
        # near misses: no carer ("by a neighbour"), no care ("thanked by paramedics … for")
        ("Two hikers were treated by a neighbour for cuts after the rockfall.", (0, 0)),
        ("Five hikers were thanked by paramedics at the trailhead for their help after the rockfall.", (0, 0)),
    ],
)
def test_people_treated_by_a_carer_for_a_wound_are_hurt(text: str, expected: tuple[int, int]) -> None:
    assert tolls("News\n\n" + text) == expected

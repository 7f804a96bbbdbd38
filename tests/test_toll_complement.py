"""A toll's complement ("from …", "in …", "of …") may run long before the verb that gives its
value: "The death toll from the collapse of a parking garage in the north of the city rose to
14" is the toll, as "The death toll from the collapse rose to 14" is."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of

_LEAD = "A parking garage collapsed in Dorne on Monday. "


def tolls(text: str) -> tuple[int, int]:
    result = summarize(_LEAD + text, model="rules", published="2024-06-10")
    return count_of(result, "killed"), count_of(result, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll from the collapse of the five-storey garage in the north of the city rose to 14 on Friday.", (14, 0)),
        ("The toll from Monday's collapse of the five-storey garage near the old harbour climbed to 14.", (14, 0)),
        ("The number of dead from the collapse of the five-storey garage in the north of the city reached 14.", (14, 0)),
        ("The number of injured in the collapse of the five-storey garage near the old harbour jumped to 31.", (0, 31)),
        ("The death toll from the collapse rose to 14 on Friday.", (14, 0)),
        # near misses: a running tally of the year, a toll with no value, the people rescued
        ("The county's death toll from shootings in the first half of this year rose to 45, the sheriff said.", (0, 0)),
        ("The death toll from the collapse of the garage in the north of the city is not known, and 14 people were rescued.", (0, 0)),
    ],
)  # fmt: skip
def test_a_long_complement_of_the_toll(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected

"""People counted as treated at, or taken to, hospitals in the plural are hurt, as those treated
at one hospital are; the staff or the hospitals themselves counted are not."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of

_LEAD = "A ferry capsized off Port Ellery on Saturday, killing three. "


def tolls(text: str) -> tuple[int, int]:
    result = summarize(_LEAD + text, model="rules", published="2024-06-10")
    return count_of(result, "killed"), count_of(result, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("57 people were being treated at hospitals, the coast guard said.", (3, 57)),
        ("57 passengers were treated at two local hospitals on Sunday.", (3, 57)),
        ("57 people were taken to hospitals along the coast.", (3, 57)),
        ("57 people were being treated at a hospital, the coast guard said.", (3, 57)),
        # near misses: helpers sent there, the hospitals counted
        ("Forty nurses were sent to hospitals to help.", (3, 0)),
        ("The nine hospitals in the county were on alert.", (3, 0)),
    ],
)  # fmt: skip
def test_people_treated_at_hospitals_are_hurt(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected

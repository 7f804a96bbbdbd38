"""The same toll retold: a later count equal to the first of its harm, told at the place the
people were taken to ("… 19 bodies were taken to a morgue in Holt"), is not a second scene's toll
to add to the first; a roundup's equal tolls at two scenes are two."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of

LEAD = "Gunmen opened fire on a bus station in Tamsen on Tuesday, killing at least 19 people, a police source said. "


def tolls(text: str) -> tuple[int, int]:
    result = summarize(text, model="rules", published="2024-01-17")
    return count_of(result, "killed"), count_of(result, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first toll told again where the people were brought
        (LEAD + "A nurse said 19 bodies had been brought to the morgue in Holt.", (19, 0)),
        (LEAD + "Officials said 19 dead were recovered and taken to hospital in Brayford.", (19, 0)),
        # near misses: a different count, and a roundup's second scene with the same toll
        (LEAD + "Another 4 people were killed in an ambush in Holt.", (23, 0)),
        ("Two men were killed in Ashford on Saturday night. No arrests were made. "
         "Two people were killed in Elmwood on Sunday morning.", (4, 0)),
    ],
)  # fmt: skip
def test_the_same_toll_retold_is_not_another_places(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected

"""A blow told by its verb and the part of the body it found ("blasted a teen in the leg", "was
blasted in the arm", "struck a man in the neck"): the person is wounded. The same verbs with no
person or no part of a body ("the storm blasted the coast", "hit a parked car") count no one."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of

_LEAD = "Police are looking into a shooting in Marlow Heights. "


def tolls(text: str) -> tuple[int, int]:
    result = summarize(_LEAD + text, model="rules", published="2024-06-10")
    return count_of(result, "killed"), count_of(result, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A gunman blasted a teen in the leg near a laundromat late Friday, officers said.", (0, 1)),
        ("A cyclist was blasted in the hip near a laundromat late Friday, officers said.", (0, 1)),
        ("One of the robbers struck a 20-year-old man in the neck near a laundromat, officers said.", (0, 1)),
        ("The shooter grazed a woman in the arm near a laundromat late Friday, officers said.", (0, 1)),
        ("A gunman blasted a teen in the chest near a laundromat late Friday. He died at the hospital.", (1, 0)),
        # near misses: no person, no part of a body, a blow of words
        ("The gale blasted the shoreline late Friday, officers said.", (0, 0)),
        ("A fleeing driver hit a parked van late Friday, officers said.", (0, 0)),
        ("The councillor blasted a rival in a radio interview late Friday.", (0, 0)),
        ("The band's single hit No. 1 late Friday.", (0, 0)),
    ],
)  # fmt: skip
def test_a_blow_that_finds_a_part_of_the_body_wounds(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected

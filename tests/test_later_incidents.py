"""A sentence that opens with a later time and tells of new people shot turns to another
incident, whose toll is not the lead's (rules/later_incidents.py, cut by
figures._separate_incidents_from). Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of

PUBLISHED = "2024-06-10"  # a Monday
LEAD = "A man was shot and killed on Elm Street early Sunday, police said. "


def tolls(text: str) -> tuple[int, int]:
    result = summarize(text, model="rules", published=PUBLISHED)
    return count_of(result, "killed"), count_of(result, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + "Later that night, two women were shot on Ash Avenue; one is in critical condition.", (1, 0)),
        (LEAD + "Hours later, two women were wounded on a different street.", (1, 0)),
        (LEAD + "About 45 minutes later, a teen was shot near a bus stop.", (1, 0)),
        (LEAD + "Later on Sunday, another man was fatally shot outside a bar.", (1, 0)),
        # near misses: more of the same incident (no new people shot in the clause, an ordinal,
        # no later time opening the sentence)
        ("Two men were shot on Elm Street early Sunday. Later, one of them died at a hospital.", (1, 1)),
        (LEAD + "Minutes later, a second victim arrived at a hospital with a gunshot wound.", (1, 1)),
        (LEAD + "Moments later, a second man was shot as he ran.", (1, 1)),
        (LEAD + "Later that night, police arrested a man.", (1, 0)),
        (LEAD + "A woman was shot too, and later that night she was listed as stable.", (1, 1)),
    ],
)
def test_a_later_incident_is_not_the_leads(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected

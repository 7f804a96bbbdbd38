"""A lead's toll told with one shooter's scene ('when someone opened fire from a passing car') is
that scene's, though the text later asks whether 'the shootings' (this and an earlier one) were
connected: not a roundup's tally, which a later count would replace."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of


def tolls(text: str) -> tuple[int, int]:
    result = summarize(text, model="rules", published="2026-03-10")
    return count_of(result, "killed"), count_of(result, "injured")


_LATER = (
    " A 14-year-old was shot in the leg and a 16-year-old girl was grazed in the arm."
    " Last week, two men were shot and wounded a mile away. Police said they did not know whether"
    " the shootings were connected."
)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "A girl, 15, was killed and three other teens were wounded Monday when someone opened fire from a van"
            " in Corrow, police said.",
            (1, 3),
        ),
        (
            "A girl, 15, was killed and three other teens were wounded Monday when somebody fired into a crowd"
            " in Corrow, police said.",
            (1, 3),
        ),
        (
            "A girl, 15, was killed and three other teens were wounded Monday when a gunman opened fire at a park"
            " in Corrow, police said.",
            (1, 3),
        ),
    ],
)
def test_one_shooters_scene_keeps_the_leads_toll(lead: str, expected: tuple[int, int]) -> None:
    assert tolls(lead + _LATER) == expected

"""The place people were taken to for care, told between their count and their harm, leaves the
harm theirs however long its name ("taken to hospitals in Elko and Reno with gunshot wounds");
only a place of care: another destination and another's harm stay apart."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of
from summarizer.rules.care_destinations import harm_past_destination


def tolls(text: str) -> tuple[int, int]:
    result = summarize(text, model="rules")
    return count_of(result, "killed"), count_of(result, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three people were taken to hospitals in Orland and Keswick with gunshot wounds after a fight on Vale Road.", (0, 3)),
        ("Two men were taken to Orland and Keswick hospitals with gunshot wounds after a fight on Vale Road.", (0, 2)),
        ("Three people were taken to St. Agnes and Bayview hospitals with gunshot wounds after a fight on Vale Road.", (0, 3)),
        ("Two hikers were flown by helicopter to a trauma center in Twin Falls with gunshot wounds after a fight.", (0, 2)),
        # read so before: a short destination
        ("Two men were taken to a hospital in Orland with gunshot wounds after a fight on Vale Road.", (0, 2)),
        # near misses: no place of care, nor the people's own transport (the man treated is the one hurt)
        ("Two deputies were taken to the scene on Vale Road by a ranger who was treating a man with gunshot wounds.", (0, 1)),
    ],
)  # fmt: skip
def test_a_place_of_care_between_the_count_and_its_harm(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three people were taken to hospitals in Orland and Keswick with gunshot", True),
        ("Two men were rushed to Bayview Medical Center in Keswick suffering from multiple", True),
        ("Two deputies were taken to the scene on Vale Road by a ranger with", False),
        ("Two men drove to a hospital in Orland and Keswick with", False),
        ("Three people were taken to a hospital in Orland, where a nurse with", False),
    ],
)
def test_harm_past_destination(text: str, expected: bool) -> None:
    assert harm_past_destination(text + " wounds", 0, len(text) + 1) is expected

"""People saved alive who carry a harm are hurt: "were pulled out alive with burns". Near
misses: people brought out alive and unhurt, or alive with no injuries."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of


def tolls(text: str) -> tuple[int, int]:
    result = summarize(text, model="rules", published="2025-03-10")
    return count_of(result, "killed"), count_of(result, "injured")


_FIRE = "A fire gutted a paper mill in Brackwell on Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_FIRE + "Four workers were pulled out alive with burns, officials said.", (0, 4)),
        (_FIRE + "Four workers were pulled out alive with severe burns.", (0, 4)),
        ("Four workers were brought out alive with burns after a fire at a paper mill in Brackwell.", (0, 4)),
        # near misses: saved unhurt
        (_FIRE + "Four workers were pulled out alive and unhurt.", (0, 0)),
        (_FIRE + "Four workers were pulled out alive with no injuries, officials said.", (0, 0)),
        ("Four workers were brought out alive and unhurt after a fire at a paper mill in Brackwell.", (0, 0)),
    ],
)  # fmt: skip
def test_people_saved_alive_with_a_harm(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected

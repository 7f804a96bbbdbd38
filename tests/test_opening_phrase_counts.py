"""A number after a sentence's opening phrase of time or manner and its comma is a count, not an
age in apposition ("Since then, 3 of them have died"); an age after a person and a comma stays one."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of


def tolls(text: str) -> tuple[int, int]:
    result = summarize(text, model="rules", published="2024-06-10")
    return count_of(result, "killed"), count_of(result, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ten guests were shot at a barn dance on Tolly Road on Sunday. Since then, 3 of them have died.", (3, 7)),
        ("Ten guests were shot at a barn dance on Tolly Road on Sunday. By nightfall, 3 of them had died.", (3, 7)),
        ("Ten guests were shot at a barn dance on Tolly Road on Sunday. Sadly, 3 died.", (3, 7)),
        # near misses: an age after a person, with or without an opening phrase before it
        ("Ivo Mandel, 28, died after a shooting on Tolly Road on Sunday.", (1, 0)),
        ("A guest was shot on Tolly Road on Sunday. Since then, the victim, 28, has died.", (1, 0)),
        ("Since Sunday, Ivo Mandel, 28, has been in critical condition since he was shot on Tolly Road.", (0, 1)),
    ],
)  # fmt: skip
def test_a_count_after_an_opening_phrase(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected

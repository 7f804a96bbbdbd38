"""A person told by their death in a reduced relative, the event named after it, is one dead:
"The teenager killed in Saturday's shooting was identified as …" (not "the man killed in 2019",
which names a time, not an event, nor "the man shot in the robbery", who was hurt)."""

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
        ("The teenager killed in Saturday's shooting on Elm Street was identified as Jo Park, 17.", (1, 0)),
        ("Police identified the man killed in the shooting as Ray Diaz.", (1, 0)),
        ("A woman fatally shot during a robbery Friday was a nurse, police said.", (1, 0)),
        ("The 19-year-old shot and killed in a drive-by shooting on Elm Street was a cook.", (1, 0)),
        ("The guard slain in the ambush at the depot had a son.", (1, 0)),
        # near misses: a time, not an event; a harm that is not a death; a killing the person did
        ("A man was wounded Sunday on Elm Street. The man killed in 2019 was his brother.", (0, 1)),
        ("The man shot in the robbery on Elm Street is expected to recover.", (0, 1)),
        ("The man killed time at the bar before the shooting.", (0, 0)),
    ],
)
def test_a_death_told_in_a_reduced_relative(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected

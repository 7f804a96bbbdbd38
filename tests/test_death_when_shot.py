"""A death told first and the harm that caused it after, in one sentence ("The standoff ended in
the suspect's death when police say the man was shot"): the person shot is the one who died."""

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
        ("A standoff at a motel on Elm Street ended in the suspect's death Monday when police say the man "
         "was shot after he charged officers.", (1, 0)),
        ("The chase on Elm Street ended with his death after the driver was shot by a deputy.", (1, 0)),
        # the death counted in its own clause: the person shot is the same one
        ("The standoff on Elm Street ended in the death of a man Monday when he was shot by officers.", (1, 0)),
        # near misses: no death told; a death in another sentence; a person shot before the death's words
        ("The standoff on Elm Street ended peacefully Monday when the man was shot with a beanbag round.", (0, 1)),
        ("The siege ended in a death. Later a man was shot on Elm Street.", (0, 1)),
    ],
)  # fmt: skip
def test_the_person_shot_when_a_death_ended_it_died(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected

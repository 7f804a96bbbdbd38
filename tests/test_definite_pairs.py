"""Two definite people or more, each maybe with an age in apposition, as the subject or object of
a harm ("The cook, 52, and the waiter, 19, were wounded"): one per conjunct, as "a man and a
woman" is counted; a definite person alone stays one person named again."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of
from summarizer.text.implicit_counts import implicit_count


def tolls(text: str) -> tuple[int, int]:
    result = summarize(text, model="rules", published="2024-06-10")
    return count_of(result, "killed"), count_of(result, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cook, 52, and the waiter, 19, were wounded outside a diner on Birch Road on Friday, police said.", (0, 2)),
        ("The cook and the waiter were wounded outside a diner on Birch Road on Friday, police said.", (0, 2)),
        ("The farmer, 61, and his nephew, 24, were found shot to death in a barn near Wexley on Friday.", (2, 0)),
        ("The clerk, 33, the guard, 45, and the driver, 27, were shot during a robbery on Birch Road.", (0, 3)),
        # near misses: no harm to the pair; only the first of two clauses is of a harm; one person
        ("The cook, 52, and his lawyer spoke to detectives about the fire on Birch Road on Friday.", (0, 0)),
        ("The cook, 52, was wounded outside a diner on Birch Road and the waiter called 911.", (0, 1)),
        ("The cook, 52, was wounded outside a diner on Birch Road on Friday, police said.", (0, 1)),
    ],
)  # fmt: skip
def test_each_definite_conjunct_is_a_person(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("phrase", "count"),
    [
        ("the cook, 52, and the waiter", 2),
        ("the cook and the waiter", 2),
        ("a cook and the waiter", 2),
        ("the cook", 1),
        ("the cook and the diner", None),  # not a person's noun: a place
    ],
)
def test_implicit_count_of_definite_people(phrase: str, count: int | None) -> None:
    assert implicit_count(phrase) == count

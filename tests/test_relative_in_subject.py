"""A relative clause inside a sentence's subject ("The man who shot a guard … died"): the death
is the head's, and the person the relative's verb harmed is hurt, not dead; a person the
sentence's own verb or a relative on that person says died stays dead."""

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
        ("The man who shot a cashier at a pharmacy in Brenton died on Tuesday, deputies said.", (1, 1)),
        ("A teenager who wounded a bus driver on Dell Road later died in custody, deputies said.", (1, 1)),
        # near misses: the person shot is the one who died
        ("A cashier who was shot at a pharmacy in Brenton died on Tuesday, deputies said.", (1, 0)),
        ("A robber shot a cashier at a pharmacy in Brenton, who died on Tuesday, deputies said.", (1, 0)),
        ("A robber shot a cashier at a pharmacy in Brenton. The cashier died on Tuesday.", (1, 0)),
    ],
)  # fmt: skip
def test_the_death_after_a_relative_clause_is_the_heads(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected

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
        # the head named again by "the", with no place after the object, or the death right after it
        ("The man who shot a cashier at a pharmacy died on Tuesday.", (1, 1)),
        ("The clerk who stabbed her neighbor died on Tuesday.", (1, 1)),
        ("The guard who shot a courier later died.", (1, 1)),
        # near misses: a death told by someone the relative names, an object that is no person,
        # the head's death after another verb of theirs
        ("The officer who shot a suspect on Sunday said the suspect died at the scene.", (1, 0)),
        ("The woman who shot the film died in 2019. Two couriers were shot on Sunday on Dell Road.", (0, 2)),
        # (the clerk the relative's verb stabbed is hurt, as "stabbed her neighbor" above, not dead)
        ("The man who stabbed a clerk was later shot by deputies and died.", (1, 1)),
        # near misses: the person shot is the one who died
        ("A cashier who was shot at a pharmacy in Brenton died on Tuesday, deputies said.", (1, 0)),
        ("A robber shot a cashier at a pharmacy in Brenton, who died on Tuesday, deputies said.", (1, 0)),
        ("A robber shot a cashier at a pharmacy in Brenton. The cashier died on Tuesday.", (1, 0)),
    ],
)  # fmt: skip
def test_the_death_after_a_relative_clause_is_the_heads(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected

"""A count after "and" inside what is reported (rules/attribution/content.py): it joins the noun
phrase before it as one subject of the verb after ("said 1,200 visits and 140 operations were
postponed"), while after a verb's object it opens a clause of its own ("1 percent support …")."""

from __future__ import annotations

import pytest

from summarizer import summarize


def found(text: str) -> list[tuple[str | None, str]]:
    return [(a.speaker, a.content) for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a. two noun phrases joined by "and", the second a count: one subject, one report
        (
            "She said 1,200 visits and 140 operations were postponed.",
            [("She", "1,200 visits and 140 operations were postponed")],
        ),
        (
            "The dean said the library and 14 classrooms would shut for a week.",
            [("The dean", "the library and 14 classrooms would shut for a week")],
        ),
        (
            "The board found that 900 outpatient visits and 60 planned surgeries were put off.",
            [("The board", "900 outpatient visits and 60 planned surgeries were put off")],
        ),
        # near misses: a count with a thousands comma stays one report; a tag after a sum is a tag
        ("She said 1,200, not 2,000, had signed up.", [("She", "1,200, not 2,000, had signed up")]),
        ("Repairs will top $3 billion, the minister said.", [("the minister", "Repairs will top $3 billion")]),
        # after a verb's object, the count and its verb are a clause (a share of those asked)
        (
            "Among likely voters, 40 percent support Ivo Marsh and 5 percent support Ana Lind.",
            [("40 percent", "Ivo Marsh"), ("5 percent", "Ana Lind")],
        ),
    ],
)
def test_count_after_and(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert found(text) == expected

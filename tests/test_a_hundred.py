"""A round number told with "a" ("a hundred", "a thousand") is a number, as "a dozen" is; the
injured it counts after a killed count need no noun of their own."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of
from summarizer.text.base import lower_same_length
from summarizer.text.numbers import find_numbers, parse_number


@pytest.mark.parametrize(
    ("expr", "value"),
    [
        ("a hundred", 100),
        ("A thousand", 1000),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("a hundredth", None),
        # with a tail in words, as "one hundred and twenty" has
        ("a hundred and twenty", 120),
        ("a thousand and one", 1001),
        ("a hundred and forty-two", 142),
    ],
)
def test_parse_number_reads_a_round_number_with_a(expr: str, value: float | None) -> None:
    assert parse_number(expr) == value


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("more than a hundred were hurt", ["a hundred"]),
        ("A thousand fans stayed", ["A thousand"]),
        ("a hundred and twenty were hurt", ["a hundred and twenty"]),
        # near misses: no number after the "and"
        ("a hundred and more were hurt", []),
        ("a hundred and then some", []),
        # near misses: no "a" before it, "a" the end of another word
        ("hundreds fled", []),
        ("a gala hundred", []),
    ],
)
def test_find_numbers_finds_a_round_number_with_a(text: str, found: list[str]) -> None:
    assert [n.text for n in find_numbers(text, lowered=lower_same_length(text))] == found
    assert [n.text for n in find_numbers(text)] == found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A boiler blew up at a mill in Crane Falls on Monday. Six people were killed and more than a "
         "hundred injured, the mayor said.", (6, 100)),
        ("A boiler blew up at a mill in Crane Falls on Monday, killing six and injuring about a thousand.",
         (6, 1000)),
        ("A boiler blew up at a mill in Crane Falls on Monday. Six people were killed and a hundred and "
         "twenty injured, the mayor said.", (6, 120)),
        # near misses: distances and times counted with "a"
        ("A boiler blew up at a mill in Crane Falls on Monday, killing six. It was heard a hundred miles "
         "off.", (6, 0)),
        ("A boiler blew up at a mill in Crane Falls on Monday, killing six. Workers had warned a thousand "
         "times.", (6, 0)),
    ],
)  # fmt: skip
def test_injured_told_as_a_hundred(text: str, expected: tuple[int, int]) -> None:
    result = summarize(text, model="rules", published="2024-06-10")
    assert (count_of(result, "killed"), count_of(result, "injured")) == expected

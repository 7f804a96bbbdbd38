"""People counted hurt and listed one by one, one of whom a later sentence names dead: the dead
person is one of them, so the hurt are the count less the dead. A death told apart, or of a
person the list does not name, is no one of them."""

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
        (
            "Deputies in Harlan Creek found two victims, a man and a woman, both with gunshot wounds. "
            "The man died Tuesday at a hospital. The woman is expected to recover.",
            (1, 1),
        ),
        (
            "Police said two people were shot, a father and his son, outside a diner in Welby on Friday. "
            "The son died Saturday.",
            (1, 1),
        ),
        (
            "Three people were wounded, a driver, a clerk and a guard, in a shootout in Welby on Friday. "
            "The 40-year-old clerk died Saturday.",
            (1, 2),
        ),
        (
            "Three people were wounded, a driver, a clerk and a guard, in a shootout in Welby on Friday. "
            "The guard died Saturday.",
            (1, 2),
        ),
        (
            "Two people were shot in Welby on Sunday, a man and a woman. "
            "The woman died at the scene; the man is in critical condition.",
            (1, 1),
        ),
        (
            "Officers found two victims, a 37-year-old cook and a 23-year-old waitress, with gunshot wounds "
            "in Welby on Sunday. The cook, 37, died at a hospital.",
            (1, 1),
        ),
        (
            "Officers found three victims with gunshot wounds in Welby on Sunday: a man, a woman and a "
            "teenager. The teenager died at a hospital.",
            (1, 2),
        ),
        # near misses: a third person dead, a person the list does not name, a toll told apart
        (
            "Deputies in Harlan Creek found two victims, a man and a woman, both with gunshot wounds. "
            "A bystander died Tuesday at a hospital.",
            (1, 2),
        ),
        (
            "Two people were wounded, a man and a woman, in a shooting in Welby on Friday. The girl died Saturday.",
            (1, 2),
        ),
        ("A bus overturned near Welby on Monday. Forty people were hurt. Nine were killed.", (9, 40)),
        # the people after the comma are a subject of their own, not the list of the hurt
        (
            "A fight broke out at a depot in Welby. Two guards were hurt on Friday, a man and a woman told police. "
            "The man died of a heart attack on Sunday.",
            (1, 2),
        ),
    ],
)  # fmt: skip
def test_the_dead_among_the_listed_hurt(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected

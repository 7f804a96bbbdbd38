"""A count of the hurt with a trailing absolute of degree ("At least 40 people were injured, several
of them critically") stays the count of the hurt: the part told critical is among them, no
other count; a toll coordinated after the degree ("…, and five died") is a toll of its own, as it
is with no degree between ("40 were injured and five died"). A death told as of them, or later,
is among the hurt."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of


def tolls(text: str) -> tuple[int, int]:
    result = summarize("A gas line exploded under a market in Welby on Monday. " + text, model="rules")
    return count_of(result, "killed"), count_of(result, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 40 people were injured, several of them critically, the governor said.", (0, 40)),
        ("More than 30 people were hurt, some of them seriously, in the crash.", (0, 30)),
        ("The explosion injured at least 40 people, many of them badly, the governor said.", (0, 40)),
        ("Six people died and 40 were injured, most of them seriously, in the blast.", (6, 40)),
        ("Forty were injured, several of them critically, and five died.", (5, 40)),
        ("Forty people were injured, two of them seriously, and five people died.", (5, 40)),
        ("Forty people were injured, some seriously, and five were killed.", (5, 40)),
        ("Forty people were injured and five died.", (5, 40)),
        # near misses: a death among them ("one of them"), the shot who include the dead
        ("Four people were injured, one critically, and one of them later died.", (1, 3)),
        ("Forty people were shot, several of them critically, and five died.", (5, 35)),
        # the dead died of the harm: among the hurt
        ("Forty were injured, several of them critically, and five died of their injuries.", (5, 35)),
        ("Thirty people were hurt, some of them badly, and two died in hospital.", (2, 28)),
        ("Twenty were wounded, many of them seriously, and three died overnight.", (3, 17)),
        ("Twenty were wounded, many of them seriously, and three died later that night.", (3, 17)),
    ],
)  # fmt: skip
def test_a_trailing_degree_keeps_the_count_hurt(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected

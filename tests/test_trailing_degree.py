"""A count of the hurt with a trailing absolute of degree ("At least 40 people were injured, several
of them critically") stays the count of the hurt: the part told critical is among them, no
other count."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of


@pytest.mark.parametrize(
    ("text", "hurt"),
    [
        ("At least 40 people were injured, several of them critically, the governor said.", 40),
        ("More than 30 people were hurt, some of them seriously, in the crash.", 30),
        ("The explosion injured at least 40 people, many of them badly, the governor said.", 40),
        ("Six people died and 40 were injured, most of them seriously, in the blast.", 40),
    ],
)
def test_a_trailing_degree_keeps_the_count_hurt(text: str, hurt: int) -> None:
    result = summarize("A gas line exploded under a market in Welby on Monday. " + text, model="rules")
    assert count_of(result, "injured") == hurt

"""Counts of people named by what they were doing (guests, commuters, hikers): the victim noun
class reaches beyond 'people' and 'men'. Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("Four guests were hurt when a balcony gave way at a wedding in Corran on Saturday.", 0, 4),
        ("Two commuters were killed and nine were injured when the train left the rails.", 2, 9),
        ("Three hikers were injured by falling rocks on the ridge trail.", 0, 3),
    ],
)
def test_people_named_by_what_they_were_doing_are_counted(sentence: str, killed: int, injured: int) -> None:
    result = summarize("News\n\n" + sentence, model="rules")
    assert (count_of(result, "killed"), count_of(result, "injured")) == (killed, injured)

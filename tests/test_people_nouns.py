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


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("Police said one guard was hurt when three men broke into the depot on Sunday.", 0, 1),
        ("A cashier was injured after two robbers forced their way into the shop.", 0, 1),
        # a harm word inside the subordinate clause is still its number's
        ("Two people were killed when a gunman shot three others outside the hall.", 2, 3),
    ],
)
def test_a_number_in_a_clause_after_when_or_after_is_not_the_main_clauses_harm(
    sentence: str, killed: int, injured: int
) -> None:
    result = summarize("News\n\n" + sentence, model="rules")
    assert (count_of(result, "killed"), count_of(result, "injured")) == (killed, injured)


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers found her neighbour, 52, dead in the driveway.",
        "Deputies found his brother dead in the barn.",
        "Officers found the man, 47, dead beside the road.",
    ],
)
def test_a_person_found_dead_by_a_possessive_or_with_an_age(sentence: str) -> None:
    result = summarize("News\n\nA woman called for help after hearing shots. " + sentence, model="rules")
    assert (count_of(result, "killed"), count_of(result, "injured")) == (1, 0)
    assert result.check.ok, result.check.findings

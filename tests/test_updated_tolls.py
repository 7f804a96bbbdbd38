"""A toll that rose, told with the value it rose from: "Deaths climbed to 40 from 25" is 40 dead,
the new value the total and the old one no count of its own."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of


def tolls(text: str) -> tuple[int, int]:
    result = summarize(text, model="rules")
    return count_of(result, "killed"), count_of(result, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A ferry caught fire off Sallow Point on Saturday. The death toll rose to 31 on Monday, from 19 "
            "reported on Saturday, the coast guard said.",
            (31, 0),
        ),
        ("Mudslides buried a village in Ortha last week. Deaths have climbed to 57 from 44.", (57, 0)),
        ("Deaths from the landslide in Ortha jumped to 57 from 44, the ministry said on Friday.", (57, 0)),
        ("Fatalities in the Ortha mudslide increased to 12 from 9 by Friday evening.", (12, 0)),
        ("The number of people injured in the blast rose to 88 from 61, the clinic said.", (0, 88)),
        # read so before, and still: "up from"
        ("A bus overturned near Ortha. The toll has risen to 14, up from 9 a day earlier.", (14, 0)),
        # the people counted told by a relative clause of their harm, its "when" clause between
        (
            "The number of people who died when a ferry overturned on Lake Sallow rose to 41 on Monday, rescuers said.",
            (41, 0),
        ),
        ("The number of hikers who were hurt when the footbridge gave way climbed to 16.", (0, 16)),
        ("The number of miners who have died reached 9 by Friday, the company said.", (9, 0)),
        # near misses: a move from one place to another, a rise that is no toll, people not harmed
        ("The number of people who attended the vigil for the ferry's crew rose to 500 on Friday.", (0, 0)),
        ("The number of volunteers who joined the search rose to 80 after the ferry sank.", (0, 0)),
        ("Two men were killed when their truck crashed. Another 5 were moved to Ortha from Kell.", (2, 0)),
        ("A man was shot dead in Ortha. Rents rose to 1,200 from 900 last year.", (1, 0)),
    ],
)
def test_a_toll_that_rose_is_its_new_value(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "old"),
    [
        ("A ferry caught fire off Sallow Point. The death toll rose to 31 on Monday, from 19 reported Saturday.", 19),
        ("Mudslides buried a village in Ortha last week. Deaths have climbed to 57 from 44.", 44),
    ],
)
def test_the_value_a_toll_rose_from_is_no_count(text: str, old: int) -> None:
    result = summarize(text, model="rules")
    assert result.incident is not None
    assert [f.value for f in result.incident.figures if f.category == "killed" and f.value == old] == []
    assert [f.is_total for f in result.incident.figures if f.category == "killed"] == [True]

"""A count whose noun begins like a unit or an ordinal's ending ('students', 'staff',
'Americans') is a count of people; a unit is a whole word after the number. The counts this
once hid: a number ending a name before 'the', a toll in a run of link headlines, the event a
'since' phrase runs from."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of


def tolls(text: str) -> tuple[int, int]:
    result = summarize(text, model="rules", published="2026-03-06")
    return count_of(result, "killed"), count_of(result, "injured")


def harm_figures(text: str) -> list[tuple[str, float]]:
    inc = summarize(text, model="rules", published="2026-03-06").incident
    if inc is None:
        return []
    return [(f.category, f.value) for f in inc.figures if f.category in ("killed", "injured")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three students were hurt when a wall fell at Pell Academy on Thursday.", (0, 3)),
        ("Two students were stabbed outside a gym in Corrow on Thursday, police said.", (0, 2)),
        ("Two staff members were injured when a boiler burst at a laundry on Friday.", (0, 2)),
        ("Two ambulance workers were hurt when their van was hit in Tamsey on Friday.", (0, 2)),
        ("Two Americans were killed when their bus left the road near Orvell on Friday.", (2, 0)),
        ("Two strangers were wounded in a brawl at a bar on Dell Street on Friday.", (0, 2)),
    ],
)
def test_a_noun_that_begins_like_a_unit_is_counted(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # units and ordinals stay no count of people
        ("A man was hurt on the 21st floor of a tower on Friday, 2 blocks from the river.", (0, 1)),
        ("A cyclist was hurt at 5 am on Friday after a 3 km chase on Dell Street.", (0, 1)),
        ("A man was shot on Dell Street on Friday; he was in the 3rd car of the train.", (0, 1)),
    ],
)
def test_units_and_ordinals_are_still_no_count(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a number that ends a name, then the next phrase's article
        "A driver was hurt on Dell Street on Friday. A neighbour told Channel 9 the driver had swerved.",
        # a headline run into a link's label: a player's list of other stories
        "A driver was hurt on Dell Street on Friday. WATER MAIN BREAK: Three workers hurt as a trench floods Now Playing:"
        " Now Playing Police probe a fire in Tamsey",
    ],
)
def test_a_name_or_a_run_of_headlines_gives_no_count(text: str) -> None:
    assert harm_figures(text) == [("injured", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials said the plant reopened on Monday. Since the mill fire in Dunmore that killed 12 workers,"
            " the town has added two fire stations.",
            (0, 0),
        ),
        ("Since the storm began on Monday, two people have been hurt in Corrow.", (0, 2)),
        ("Two workers were hurt in Corrow on Monday. Since the blast, the plant has been shut.", (0, 2)),
    ],
)
def test_the_event_a_since_phrase_runs_from_is_not_the_toll(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected

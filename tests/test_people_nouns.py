"""Counts of people named by what they were doing (guests, commuters, hikers): the victim noun
class reaches beyond 'people' and 'men'. Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of
from summarizer.rules.figure_context import is_countable


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


def _counts(text: str) -> tuple[int, int]:
    result = summarize("News\n\n" + text, model="rules", published="2024-05-10")
    return count_of(result, "killed"), count_of(result, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one person named by trade, by what they were doing or by their stage of life
        ("A jogger was struck and killed on Quarry Lane on Monday.", (1, 0)),
        ("A hotel guest was stabbed in a stairwell on Quarry Lane.", (0, 1)),
        ("A retiree died after a gas heater caught fire on Quarry Lane.", (1, 0)),
        ("The twins, both 16, were wounded outside a skate park on Quarry Lane.", (0, 2)),
        ("Gunmen shot a shopkeeper and a plumber on Quarry Lane late Sunday.", (0, 2)),
        # near misses: the words left out, which also name things or places
        ("The council killed a pilot program for Quarry Lane on Monday.", (0, 0)),
        ("A roadside diner was struck by gunfire on Quarry Lane overnight.", (0, 0)),
        ("A stray bullet struck a ceiling fan in a flat on Quarry Lane.", (0, 0)),
        ("Her walker was struck by a reversing van on Quarry Lane.", (0, 0)),
        ("A stray bullet struck a hallway runner in a flat on Quarry Lane.", (0, 0)),
    ],
)
def test_people_named_by_what_they_do_are_victims(text: str, expected: tuple[int, int]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the plural of any noun of one person counts people
        ("A grandmother and her three grandsons were killed in a house fire on Quarry Lane.", (4, 0)),
        ("Four retirees were hurt when a minibus overturned on Quarry Lane.", (0, 4)),
        # near misses: things, however many
        ("A stray bullet struck two ceiling fans in a flat on Quarry Lane.", (0, 0)),
        ("The council killed two pilot programs for Quarry Lane on Monday.", (0, 0)),
    ],
)
def test_the_plural_of_a_noun_of_one_person_is_counted(text: str, expected: tuple[int, int]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("noun", "countable"),
    [("grandsons", True), ("joggers", True), ("twins", True), ("programs", False), ("walkers", False)],
)
def test_is_countable_reads_the_plural_of_the_people_lexicon(noun: str, countable: bool) -> None:
    assert is_countable(noun) is countable


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "treated" with a place or a time before what for
        ("Both cyclists were treated at the roadside for minor injuries.", (0, 2)),
        ("A courier was treated in an ambulance for cuts to his arms.", (0, 1)),
        ("A cyclist was knocked down on Quarry Lane. The victim was treated at the scene for a head injury.", (0, 1)),
        ("Eleven climbers were treated on the hillside for hypothermia.", (0, 11)),
        # near misses: an illness, not a wound, or no treatment of the people
        ("A courier was treated at the roadside for shock.", (0, 0)),
        ("A courier was treated on Monday for dehydration.", (0, 0)),
    ],
)
def test_treated_with_a_place_or_time_before_for(text: str, expected: tuple[int, int]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part harmed, the group it is of only its size
        ("A shop owner fatally shot one of two burglars inside his store on Quarry Lane.", (1, 0)),
        ("A gunman wounded two of the five guards at a depot on Quarry Lane.", (0, 2)),
        # near misses: the group's own harm, told after the part
        ("One of the three porters shot on Quarry Lane has died.", (1, 2)),
        ("Two of the five guards were shot at a depot on Quarry Lane.", (0, 2)),
    ],
)
def test_the_group_a_harmed_part_is_of_is_not_harmed(text: str, expected: tuple[int, int]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hurt by what a shot broke, not by the shot
        ("A man fired at a barber on Quarry Lane. The barber was injured by flying glass.", (0, 0)),
        # near miss: hurt by the shot
        ("A man fired at a barber on Quarry Lane. The barber was injured by a bullet.", (0, 1)),
    ],
)
def test_hurt_by_glass_or_debris_is_not_a_wound(text: str, expected: tuple[int, int]) -> None:
    assert _counts(text) == expected

"""People counted by the words around a group rather than a number ("both men", "the brothers,
who are 12 and 14,"), and numbers that count no one ("two parked cars", "in their 20's"), each on
an original sentence written for the project."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of
from summarizer.text.implicit_counts import implicit_count
from summarizer.text.numbers import find_numbers

_TITLE = "Harbour report\n\n"


def counts(text: str) -> tuple[int, int]:
    summary = summarize(_TITLE + text, model="rules", published="2024-05-10")
    return count_of(summary, "killed"), count_of(summary, "injured")


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # "both" and a plural noun of people: two, and one of them dead later
        ("Both workers were stabbed outside a tavern on Pier Road. One of them died at the hospital.", 1, 1),
        ("Both workers were stabbed outside a tavern on Pier Road. One of them was treated and released.", 0, 2),
        # near miss: the people counted before, named again by "both", are not two more
        ("Two workers were shot on Pier Road. Both workers were taken to a hospital, where one died.", 1, 1),
        ("A man and a woman were shot on Pier Road. Both victims were shot in the leg.", 0, 2),
        # near misses: "both" before no noun of people
        ("Both sides were hurt by the vote at the harbour board on Monday.", 0, 0),
        ("Both teams were injured in the standings this month, the coach said.", 0, 0),
        # a participle before a noun of things: the things, not people, are counted
        ("A courier van hit two parked trailers on Pier Road and its driver died.", 1, 0),
        ("A courier van struck three abandoned kiosks on Pier Road and the driver was injured.", 0, 1),
        # near miss: the people counted after a participle are still counted
        ("Two masked gunmen shot three passengers on Pier Road on Monday.", 0, 3),
        # a flight, then the people's own harm in a second predicate
        ("Two workers fled the tavern on Pier Road and were later found wounded.", 0, 2),
        ("Two workers fled the tavern on Pier Road and were later found dead.", 2, 0),
        # near misses: another subject's harm, or no harm
        ("Two workers fled the tavern on Pier Road, and a guard was hurt.", 0, 1),
        ("Two workers fled the tavern on Pier Road and were arrested on Monday.", 0, 0),
        # a plural group with no number, told by its ages
        ("The brothers, who are 12 and 14, were treated for burns after the boathouse fire.", 0, 2),
        ("Her sons, ages 4, 7 and 9, died in the boathouse fire on Monday.", 3, 0),
        # a patient's outlook is a hurt, for a group as for one person
        ("The victims, ages 16, 18 and 21, were all expected to recover after the boathouse fire.", 0, 3),
        ("The deckhands, aged 5 and 7, are expected to survive the boathouse fire.", 0, 2),
        # near misses: a range of ages counts no one; the group's predicate no harm
        ("The victims, ages 16 to 21, were all expected to recover after the boathouse fire.", 0, 0),
        ("The suspects, 18 and 19, were arrested after the boathouse fire.", 0, 0),
        # near misses: the group's predicate is no harm; things' years are no ages
        ("The brothers, who are 12 and 14, were questioned after the boathouse fire.", 0, 0),
        ("The sheds, built in 1950 and 1961, were burned on Monday.", 0, 0),
        # counted already in words: not twice
        ("Two brothers, who are 12 and 14, were treated for burns after the boathouse fire.", 0, 2),
        # a decade of age is no count
        ("Two workers were shot on Pier Road on Monday. Both were in their 20’s, police said.", 0, 2),
        # "both" after one person told first: that person and one more, the pair's state or care the
        # predicate, "both" alone or with a noun, the state in any grade or tense
        (
            "Medics found a guard with a gunshot wound on Pier Road. Later his cousin arrived at a clinic. Both are "
            "in stable condition.",
            0,
            2,
        ),
        ("A guard was shot in the arm on Pier Road on Monday. Both men are listed in good condition.", 0, 2),
        ("A guard was shot in the arm on Pier Road on Monday. Both of them were taken to a hospital.", 0, 2),
        ("A guard was shot on Pier Road. His cousin drove up an hour later. Both remain in fair condition.", 0, 2),
        # "both" before the pair's own words, after one person
        ("A guard was shot on Pier Road on Monday. Both the guard and his cousin are in stable condition.", 0, 2),
        # near misses: two of other fates; the pair told with no "both"
        ("A guard was killed on Pier Road on Monday and a cook was hurt. Both were taken to a clinic.", 1, 1),
        ("A guard was shot on Pier Road on Monday. The guard and his cousin were questioned.", 0, 1),
        ("A guard was shot on Pier Road on Monday. Both the guard and the cook were taken to a hospital.", 0, 2),
        ("A guard was killed on Pier Road on Monday. Both the guard and his cousin died at the scene.", 2, 0),
        # near misses: a pair that names no one again is two more, of the same fate or another;
        # a pair of other fates or of things
        ("A guard was shot on Pier Road on Monday. Both a cook and a waiter were also hurt.", 0, 3),
        ("A guard was shot dead on Pier Road on Monday. Both a cook and a waiter were hurt.", 1, 2),
        ("A guard was shot on Pier Road on Monday. Both the gunman and his driver were arrested.", 0, 1),
        ("A guard was shot on Pier Road on Monday. Both his wife and his cousin were unhurt.", 0, 1),
        ("A guard was shot on Pier Road on Monday. Both the shop and the van were damaged.", 0, 1),
        # near misses: "both" after two people is the two again; "both" alone with no state or care
        # may be things; one killed, not one of a pair hurt
        ("Two guards were shot on Pier Road. Both are listed in good condition.", 0, 2),
        ("Two vans were hit by gunfire on Pier Road. Both were struck several times.", 0, 0),
        ("A guard was shot dead on Pier Road on Monday. Both were taken to a hospital.", 1, 0),
        # near misses: "both" of a pair taken into custody or to a jail after one hurt is no pair of the hurt
        ("A guard was shot on Pier Road on Monday. Two teens were arrested. Both were taken into custody.", 0, 1),
        ("A guard was shot on Pier Road on Monday. Both suspects were taken to the county jail.", 0, 1),
    ],
)
def test_groups_and_things_counted(text: str, killed: int, injured: int) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    "text",
    [
        # near miss: one hurt told as besides ("also") has another told before, the other of the pair
        "The guard killed on Pier Road on Monday has been named. The gunfire also injured a 50-year-old "
        "man. Both men were taken to a hospital.",
    ],
)
def test_both_after_one_besides_is_not_one_more(text: str) -> None:
    assert counts(text)[1] == 1


@pytest.mark.parametrize(
    ("phrase", "count"),
    [
        ("both workers", 2),
        ("Both", 2),
        ("both of them", 2),
        ("The brothers, who are 12 and 14", 2),
        ("her sons, ages 4, 7 and 9", 3),
        ("the sisters, aged 6 and 6", 2),
        # near misses: one person by an age of one, or a number written
        ("the boy, 12", 1),
        ("two workers", None),
    ],
)
def test_implicit_counts_of_groups(phrase: str, count: int | None) -> None:
    assert implicit_count(phrase) == count


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("in their 20’s", []),
        ("in the 1990's", []),
        # near misses: a count, possessive or not, that is no decade
        ("the 12's oldest member", [12]),
        ("20 people", [20]),
    ],
)
def test_decades_are_no_numbers(text: str, values: list[int]) -> None:
    assert [n.value for n in find_numbers(text)] == values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural group with no number and the one age of both: two people
        ("The brothers, both 16, were wounded in a shooting on Elm Street on Friday night.", (0, 2)),
        ("Her sons, both aged 19, were killed in the crash on the coast road.", (2, 0)),
        ("The men, both 30, were injured when the scaffold fell.", (0, 2)),
        # near misses: no harm of their own, a count already told, a group of things
        ("The brothers, both 16, watched from the porch as crews worked.", (0, 0)),
        ("Two brothers, both 16, were wounded in a shooting.", (0, 2)),
        ("The teams, both 16, were hurt by the ruling.", (0, 0)),
    ],
)
def test_both_of_one_age_names_two(text: str, expected: tuple[int, int]) -> None:
    result = summarize(text, model="rules")
    assert (count_of(result, "killed"), count_of(result, "injured")) == expected

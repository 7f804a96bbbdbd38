"""The tolls of news English outside the United States: the idioms of a death ("breathed his
last", "were martyred"), a patient's state with its article ("in a critical condition"), care
without one ("airlifted to hospital"), injuries one is "left with", the compounds of "man"
("policemen"), shock as no injury, and people taken captive after a harm, who are not its toll."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of
from summarizer.rules.figure_context import is_countable


def tolls(text: str) -> tuple[int, int]:
    result = summarize(text, model="rules", published="2024-06-10")
    return count_of(result, "killed"), count_of(result, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the idioms of a death
        ("A man breathed his last at the district hospital on Sunday.", (1, 0)),
        ("The pillion rider breathed his last on the way to hospital.", (1, 0)),
        ("Two soldiers were martyred in the ambush near the border.", (2, 0)),
        ("A constable was martyred when militants attacked the post.", (1, 0)),
        # a death by water told of one person, as of a count (not "drowned out")
        ("A boy drowned when the canoe overturned on the lake.", (1, 0)),
        ("A siren drowned out the shouts of the man in the street.", (0, 0)),
        # the compounds of "man" and the ranks of the police
        ("Two policemen were shot dead at a checkpoint outside Kano.", (2, 0)),
        ("Three fishermen drowned when their boat capsized.", (3, 0)),
        ("A policewoman was injured when a crowd threw stones.", (0, 1)),
        # a patient's state with its article; care without one
        ("A woman was airlifted to hospital in a critical condition after the crash.", (0, 1)),
        ("A teenager is in a critical condition in hospital after the stabbing.", (0, 1)),
        ("Two men are in a stable condition in hospital after the fight.", (0, 2)),
        ("The blast left a worker in a critical condition.", (0, 1)),
        ("A boy was flown to hospital after he was hit by a car.", (0, 1)),
        # injuries one is left with
        ("A man in his 30s was left with life-threatening injuries after the attack.", (0, 1)),
        ("Two women were left with serious injuries after the crash.", (0, 2)),
        ("The assault left a man with serious head injuries.", (0, 1)),
        ("The crash left a driver with a bill for the repairs.", (0, 0)),
        # people taken captive after a harm: not its toll
        ("Gunmen killed four villagers and abducted 15 others on Sunday.", (4, 0)),
        ("Bandits killed two farmers and kidnapped 11 pupils from the school.", (2, 0)),
        ("Gunmen shot dead a farmer and kidnapped his three sons.", (1, 0)),
        # captives a relative clause tells dead are the toll after all; a partitive's own count is read
        ("Raiders abducted four herders, who were later found dead near the river.", (4, 0)),
        ("Raiders abducted 12 herders, two of whom were later killed.", (2, 0)),
        ("Raiders abducted four herders, who were later freed by soldiers.", (0, 0)),
        # "fireman", the British word, beside "firefighter"
        ("Two firemen were hurt when the roof of the mill fell in.", (0, 2)),
        ("Thirty firemen fought the blaze through the night.", (0, 0)),
        # near misses: a captive taken alone; an age; care as a precaution; a condition not a patient's
        ("Gunmen abducted 15 villagers on Sunday.", (0, 0)),
        ("He was in his 30s when he moved to the city.", (0, 0)),
        ("The driver was taken to hospital as a precaution.", (0, 0)),
        # (shock is no injury: "treated for shock" tells care, not a wound)
        ("Six passengers were treated for shock after the train braked.", (0, 0)),
        ("Six passengers were treated for shock and cuts after the train braked.", (0, 6)),
        ("Eleven people were treated for hypothermia on the hill.", (0, 11)),
        ("The man was left with a bill of 400 pounds after the crash.", (0, 0)),
        ("The old bridge is in a critical condition, engineers said.", (0, 0)),
        ("The crowd held its breath as the last runner finished.", (0, 0)),
        # near misses of the idioms, the water and the patient's state, in figurative use
        ("The old cinema breathed its last when the lease ran out.", (0, 0)),
        ("Locals visit the martyred poet's tomb each spring.", (0, 0)),
        ("He drowned his sorrows after the final whistle.", (0, 0)),
        ("The meadows were drowned by the spring floods.", (0, 0)),
        ("The talks are in a critical condition, a diplomat said.", (0, 0)),
        ("Sacks of grain were airlifted to the cut-off hamlets.", (0, 0)),
        ("The club was left with no choice but to sell the ground.", (0, 0)),
        ("Two policemen were praised for their quick thinking.", (0, 0)),
    ],
)  # fmt: skip
def test_commonwealth_tolls(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("noun", "countable"),
    [
        ("policemen", True), ("fishermen", True), ("policewomen", True), ("men", True), ("firemen", True),
        # near misses: nouns ending in "men" that are no plural of "man"
        ("specimen", False), ("abdomen", False), ("omen", False),
    ],
)  # fmt: skip
def test_a_compound_of_man_in_the_plural_is_counted(noun: str, countable: bool) -> None:
    assert is_countable(noun) is countable

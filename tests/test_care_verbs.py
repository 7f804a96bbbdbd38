"""The verbs that carry a hurt person to care ("taken", "rushed", "transported", "airlifted",
"flown", "driven", "brought", "carried" to a hospital) are one word class, text/incident_words'
CONVEYED_TO_CARE, read by every counts reader of people conveyed there: each reader takes each
verb, and a verb of carrying that goes elsewhere ("driven to the scene", "brought to justice",
"carried to the hospital" of crates) tells no one hurt. Sentences invented for the test."""

from __future__ import annotations

import re

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of
from summarizer.rules import (
    implicit_victims,
    one_and_the_other,
    referred_victims,
    retold_tolls,
    shot_and_dead,
    victim_phrases,
)
from summarizer.rules.care_destinations import harm_past_destination
from summarizer.rules.category_patterns import CATEGORY_RES
from summarizer.text.incident_words import CONVEYED, CONVEYED_OR_ADMITTED_TO_CARE, CONVEYED_TO_CARE, MOVED_TO

VERBS = sorted(CONVEYED_TO_CARE)


def tolls(text: str) -> tuple[int, int]:
    result = summarize(text, model="rules")
    return count_of(result, "killed"), count_of(result, "injured")


def test_the_class_is_one_pattern_of_its_words() -> None:
    assert all(re.fullmatch(CONVEYED, verb) for verb in CONVEYED_TO_CARE)
    assert not re.fullmatch(CONVEYED, "sent") and not re.fullmatch(CONVEYED, "took")


# each reader's sentence, "{verb}" the verb of carrying; the tolls the whole model reads
@pytest.mark.parametrize(
    ("template", "expected"),
    [
        # rules/victims: one person and their care
        ("A cyclist was {verb} to a hospital after a crash on Fenn Road on Sunday.", (0, 1)),
        # rules/victim_parts: people named without a number, then their care
        ("A man and a woman were {verb} to a hospital after the shooting on Fenn Road.", (0, 2)),
        # rules/victim_parts: "both", of two people told before
        ("Police found a man and a woman after the shooting on Fenn Road. Both were {verb} to a hospital.", (0, 2)),
        # rules/victim_phrases: "and another" after the dead
        ("One man died at the scene on Fenn Road, and another was {verb} to a trauma center.", (1, 1)),
        # rules/victim_phrases: "the driver was also …"
        ("A man was killed on Fenn Road on Sunday. The driver was also {verb} to a hospital.", (1, 1)),
        # rules/category_patterns: a count conveyed to "the hospital"
        ("Three people were {verb} to the hospital after the fire on Fenn Road.", (0, 3)),
    ],
)
@pytest.mark.parametrize("verb", VERBS)
def test_each_reader_reads_each_verb_of_care(template: str, expected: tuple[int, int], verb: str) -> None:
    assert tolls(template.format(verb=verb)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Three crates were carried to the hospital on Fenn Road on Sunday.",
        "The suspect was brought to justice after the shooting on Fenn Road.",
        "Two men were driven to the scene by a friend after the shooting on Fenn Road.",
        "Police said charges were brought against a man after the fight on Fenn Road.",
        "The mayor was flown to the capital after the storm on Fenn Road.",
        "She was flown to Oslo for the summit on Fenn Road.",
        "The bodies were taken to the medical examiner after the fire on Fenn Road.",
        "Two men were driven to the police station on Fenn Road for questioning.",
        "Supplies were flown to a hospital on Fenn Road after the storm.",
        "The victims' families were driven to the hospital on Fenn Road.",
    ],
)
def test_a_verb_of_carrying_elsewhere_tells_no_one_hurt(text: str) -> None:
    assert tolls(text) == (0, 0)


@pytest.mark.parametrize("verb", VERBS)
def test_the_pattern_readers_take_each_verb(verb: str) -> None:
    # rules/referred_victims: a new person's own care, a few words on in their clause
    assert referred_victims._TAKEN_TO_CARE.match(f" was later {verb} to a hospital", 0)
    # rules/implicit_victims: a fate after people found with wounds tells they lived
    assert implicit_victims._FATE_AFTER.search(f"Both were {verb} by ambulance to Glenn General.")
    # rules/victim_phrases: one more hurt after "and", and a definite person also hurt
    assert victim_phrases.ANOTHER_RE.search(f"One man died, and another was {verb} to Glenn General.")
    assert victim_phrases.THE_ALSO_RE.search(f"The driver was also {verb} to a hospital.")
    # rules/care_destinations: a place of care between a count and its harm
    text = f"Two men were {verb} to a hospital in Orland with gunshot"
    assert harm_past_destination(text + " wounds", 0, len(text) + 1)
    # rules/category_patterns: the injured's words
    injured = dict(CATEGORY_RES)["injured"]
    assert injured.search(f"Two men were {verb} to the hospital.")


@pytest.mark.parametrize(
    "text",
    [
        # a verb of carrying with no "to" after it, or going nowhere of care
        "They had been driven there by a friend.",
        "Both were carried off by the crowd.",
    ],
)
def test_found_people_carried_nowhere_of_care_are_no_fate(text: str) -> None:
    assert not implicit_victims._FATE_AFTER.search(text)


# the readers that took their own few verbs of care read the class, or the class with a hospital's
# own "sent" and "admitted" (CONVEYED_OR_ADMITTED) where the injured's words read those too
CARE_VERBS = sorted(CONVEYED_OR_ADMITTED_TO_CARE)


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        # rules/shot_and_dead: all the people counted taken somewhere where they died
        ("Two men were shot on Fenn Road on Sunday. Both were {verb} to a clinic, where they died.", (2, 0)),
        # rules/parts_of_whom: a part of the group, its care in the relative
        (
            "Police found five workers after the blast on Fenn Road, two of whom were {verb} to the county hospital.",
            (0, 2),
        ),
        # rules/harmed_parts: a part of a group counted before, its own care after it
        ("One of the three guards at the gate on Fenn Road was {verb} to a hospital, police said.", (0, 1)),
        # rules/aged_groups: people named with their ages, then their care
        ("The sisters, who are 9 and 12, were {verb} to hospital after the fire on Fenn Road.", (0, 2)),
        # rules/quantified_counts: a care denied to all of the people counted
        ("None of the four hikers on Fenn Road was {verb} to a hospital, a ranger said.", (0, 0)),
    ],
)
@pytest.mark.parametrize("verb", CARE_VERBS)
def test_each_counts_reader_reads_each_verb_of_care(template: str, expected: tuple[int, int], verb: str) -> None:
    assert tolls(template.format(verb=verb)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police found five workers after the blast on Fenn Road, two of whom were brought to justice.",
        "Police found five workers after the blast on Fenn Road, two of whom were carried to the car.",
        "One of the three guards at the gate on Fenn Road was brought to justice, police said.",
        "The sisters, who are 9 and 12, were flown to the capital after the fire on Fenn Road.",
        "The sisters, who are 9 and 12, were taken into custody after the fire on Fenn Road.",
    ],
)
def test_a_part_or_a_group_carried_elsewhere_is_no_one_hurt(text: str) -> None:
    assert tolls(text) == (0, 0)


@pytest.mark.parametrize("verb", CARE_VERBS)
def test_the_extended_pattern_readers_take_each_verb(verb: str) -> None:
    # rules/shot_and_dead: the people counted, their harm told by its care
    assert shot_and_dead._WERE_HURT_AFTER.match(f" were {verb} to a trauma center")
    # rules/retold_tolls: the people taken somewhere between a count and its place
    assert retold_tolls._TAKEN_TO.search(f"23 bodies were {verb} to a morgue in")


@pytest.mark.parametrize("verb", VERBS)
def test_the_split_and_the_places_take_each_verb(verb: str) -> None:
    # rules/one_and_the_other: the other's harm told by its care
    assert one_and_the_other._HURT.match(f"was {verb} to a hospital")
    # text/incident_words.MOVED_TO: where someone is taken is not the incident's place
    assert re.search(MOVED_TO, f"The man was {verb} by ambulance to Orland")


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (shot_and_dead._WERE_HURT_AFTER, " were brought to justice"),
        (shot_and_dead._WERE_HURT_AFTER, " were flown to the capital"),
        (one_and_the_other._HURT, "was taken into custody"),
        (one_and_the_other._HURT, "was brought to justice"),
        (one_and_the_other._HURT, "was taken to jail"),
        (re.compile(MOVED_TO), "The current carried the boat to Port Elm"),
    ],
)
def test_a_verb_of_carrying_elsewhere_is_no_care(pattern: re.Pattern[str], text: str) -> None:
    assert not pattern.search(text)


@pytest.mark.parametrize(
    ("text", "place", "read"),
    [
        ("A man was shot on Sunday and was carried by neighbours to Orland, police said.", "Orland", False),
        # the active past of "carried" moves a thing: the place is the incident's
        ("The current carried the boat to Port Elm, where two men drowned on Sunday.", "Port Elm", True),
    ],
)
def test_a_place_someone_was_carried_to_is_not_the_incidents(text: str, place: str, read: bool) -> None:
    result = summarize(text, model="rules")
    assert (place in [location.name for location in result.incident.locations]) is read

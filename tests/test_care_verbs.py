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
from summarizer.rules import implicit_victims, referred_victims, victim_phrases
from summarizer.rules.care_destinations import harm_past_destination
from summarizer.rules.category_patterns import CATEGORY_RES
from summarizer.text.incident_words import CONVEYED, CONVEYED_TO_CARE

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

"""The person-noun lexicon (text/person_nouns.py, built from WordNet's noun.person file by
scripts/build_person_nouns.py) and the counts it lets the rules read: a number before the plural of
a noun naming a person counts people. Original sentences."""

from __future__ import annotations

import pytest
from conftest import speaker_of

from summarizer import summarize
from summarizer.evaluation import count_of
from summarizer.text.numbers import find_numbers
from summarizer.text.person_nouns import is_person_noun


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # nouns of people the hand lists lacked, singular and plural
        ("interpreter", True),
        ("interpreters", True),
        ("guide", True),
        ("cashiers", True),
        ("Lifeguards", True),
        ("plumber", True),
        ("women", True),
        ("bodyguards", True),
        # a person first in WordNet, but an animal too: counted, no person
        ("tiger", False),
        ("whales", False),
        # more often an adjective, or far more often a verb
        ("major", False),
        ("private", False),
        ("have", False),
        # a thing first, a person only in a later sense
        ("star", False),
        ("giant", False),
        ("monitor", False),
        # an irregular plural that is a noun itself ("dive" of "diva")
        ("dive", False),
        # proper nouns and function words
        ("lincoln", False),
        ("one", False),
    ],
)
def test_the_lexicon_holds_nouns_naming_people(word: str, expected: bool) -> None:
    assert is_person_noun(word) is expected


def _tolls(text: str) -> tuple[int, int]:
    result = summarize(text, model="rules")
    return count_of(result, "killed"), count_of(result, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two mountain guides were killed when the ice bridge gave way on Sunday.", (2, 0)),
        ("Three interpreters died in the ambush near the border crossing.", (3, 0)),
        ("Four stewards were injured when the ceiling of the hall collapsed.", (0, 4)),
        ("Two bodyguards were killed in the blast at the depot.", (2, 0)),
        ("Three surveyors were hurt when the scaffold fell.", (0, 3)),
        # near misses: a person first in WordNet, but an animal too
        ("Three tigers were killed when the enclosure flooded overnight.", (0, 0)),
        ("Two whales died on the beach after the storm.", (0, 0)),
    ],
)
def test_a_number_before_a_plural_person_noun_counts_people(text: str, expected: tuple[int, int]) -> None:
    assert _tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # a noun naming a person heads the speaker's phrase before its preposition
        ("A steward from the stadium said the gates were shut at noon.", "gates", "steward from the stadium"),
        ("The lifeguards on duty said the swimmer had been pulled out quickly.", "swimmer", "lifeguards on duty"),
        ('"It went dark," an interpreter with the convoy said.', "went dark", "interpreter with the convoy"),
        # near misses: a document before its preposition stays the document; a thing a clause sets apart is
        # what was said, the speaker after it
        ("Footage from the stadium showed the gates were shut at noon.", "gates", "Footage from the stadium"),
        ("A tiger at the zoo, keepers said, had escaped overnight.", "escaped", "keepers"),
    ],
)
def test_a_person_noun_heads_a_speaker_before_its_preposition(text: str, words: str, expected: str) -> None:
    assert speaker_of(text, words) == expected


@pytest.mark.parametrize(
    "noun",
    # a plural noun naming people opens a paragraph, written in lower case earlier: still a source,
    # not a common word capitalised at a line's start
    ["interpreters", "stewards", "lifeguards"],
)
def test_a_capitalised_plural_person_noun_at_a_line_start_is_a_speaker(noun: str) -> None:
    text = (
        "Beach closed after storm\n\n"
        f"Two {noun} pulled a boy out of the surf on Sunday.\n\n"
        f"{noun.capitalize()} said the beach would stay closed until Tuesday.\n"
    )
    assert speaker_of(text, "stay closed") == noun.capitalize()


@pytest.mark.parametrize(
    "word",
    # near misses: a common word no noun of a person, capitalised at a paragraph's start, is no speaker
    ["Tides", "Barriers"],
)
def test_a_capitalised_common_word_at_a_line_start_is_no_speaker(word: str) -> None:
    text = (
        "Beach closed after storm\n\n"
        f"High {word.lower()} pulled a boy out of the surf on Sunday.\n\n"
        f"{word} said the beach would stay closed until Tuesday.\n"
    )
    assert speaker_of(text, "stay closed") is None


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the roles of those who speak, persons all, count no toll
        "The death toll, according to 3 officials, is not yet known.",
        "Two analysts said the death toll was not yet known.",
    ],
)
def test_a_number_before_a_speakers_role_counts_no_toll(text: str) -> None:
    assert _tolls(text) == (0, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised "Zero" after a name's capitalised word mid-sentence is part of the name
        ("They left Ground Zero before cops arrived.", []),
        ("Researchers traced Patient Zero through the ward.", []),
        # near misses: "zero" as a count, at a sentence's start, or in a headline's title case
        ("Zero people were hurt.", [0.0]),
        ("Crash Leaves Zero Injured", [0.0]),
        ("The tally of injured was zero.", [0.0]),
    ],
)
def test_zero_inside_a_name_is_no_number(text: str, expected: list[float]) -> None:
    assert [n.value for n in find_numbers(text)] == expected


def _fate_of(text: str, value: int) -> str | None:
    result = summarize(text, model="rules")
    figures = result.incident.figures if result.incident else []
    return next((f.category for f in figures if f.value == value), None)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        # a noun that names its people by a fate of its own (a status: "refugees", "evacuees",
        # "detainees"): a harm in the count's own phrase is their fate in the report
        ("Two detainees were killed in the riot at the jail.", 2, "killed"),
        ("Three evacuees were hurt when the shelter roof fell.", 3, "injured"),
        ("Two refugees were killed in the strike on the camp.", 2, "killed"),
        ("Two refugees drowned when the boat capsized.", 2, "killed"),
        # near misses: no harm of theirs, a relative's deed, another's harm further on
        ("Police questioned two detainees on Friday.", 2, "arrested"),
        ("Two detainees who had killed a guard escaped on Sunday.", 2, "arrested"),
        ("Two refugees were displaced again by the shelling that killed a man in the next town.", 2, "displaced"),
        ("Three refugees arrived at the camp, where a man was killed last week.", 3, "displaced"),
    ],
)
def test_a_harm_of_a_status_nouns_people_is_their_fate(text: str, value: int, expected: str) -> None:
    assert _fate_of(text, value) == expected

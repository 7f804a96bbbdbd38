"""The category patterns' look-aheads in front of an alternative's look-behinds only tell the
engine which word to try first: every match is the one the pattern without them finds."""

from __future__ import annotations

import re

import pytest

from summarizer.rules.category_patterns import CATEGORY_SOURCES

# a look-ahead for a word, or for a list of words, in front of an alternative (none else in the sources)
_WORD_FIRST = re.compile(r"\(\?=(?:[a-z]+\|)*[a-z]+\)")


@pytest.mark.parametrize(
    ("category", "text", "found"),
    [
        ("injured", "Two men were taken to hospital after the crash.", "hospital"),
        ("injured", "Both drivers are in the hospital tonight.", "hospital"),
        ("injured", "Three workers were rushed to a hospital in Dunmore.", "hospital"),
        ("injured", "One woman remains in hospital with burns.", "hospital"),
        ("injured", "The two guards were being treated at a hospital in Lisk.", "treated"),
        ("injured", "Four hikers were grazed by stray pellets.", "grazed"),
        ("injured", "Two clerks were pistol-whipped in the raid.", "pistol-whipped"),
        ("injured", "The boy is in critical condition.", "critical condition"),
        ("injured", "He is accused of shooting two neighbours.", "shooting"),
        ("injured", "A teenager was shot on Mill Lane.", "shot"),
        ("injured", "Forty diners fell ill after the meal.", "ill"),
        ("injured", "Six people were hospitalized overnight.", "hospitalized"),
        ("killed", "Two farmers were gunned down at dawn.", "gunned down"),
        ("killed", "The deaths of three miners shocked the town.", "deaths"),
        ("killed", "Four people were deceased when crews arrived.", "deceased"),
        ("injured", "Thieves beat a clerk almost to death.", "almost to death"),
        ("injured", "Raiders left two guards half to death in the yard.", "half to death"),
        # near misses: the look-behinds still turn these away
        ("injured", "Samples were sent to the hospital lab.", None),
        ("injured", "The mentally ill patient walked out.", None),
        ("injured", "Police fired a warning shot into the air.", None),
        ("injured", "A new hospital wing opened.", None),
        ("killed", "The mayor was nearly gunned down in 2019.", None),
        ("killed", "The pupils were bored to death by the lecture.", None),
        ("killed", "The deceased woman's sisters spoke.", None),
        ("injured", "The pupils were bored half to death by the lecture.", None),
    ],
)
def test_a_word_tried_first_finds_what_the_pattern_without_it_does(category: str, text: str, found: str | None) -> None:
    source = dict(CATEGORY_SOURCES)[category]
    assert _WORD_FIRST.search(source)
    plain = _WORD_FIRST.sub("", source)
    with_it, without = re.search(source, text, re.I), re.search(plain, text, re.I)
    assert (with_it and with_it.span()) == (without and without.span())
    assert (with_it and with_it.group()) == found

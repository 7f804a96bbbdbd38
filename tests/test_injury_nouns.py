"""Injuries told as nouns a person undergoes ("suffered a minor burn to his hand", "sustained a
broken leg") and a part of a group told hurt or in care by a relative ("…, six of whom were
admitted to hospital"), each on an original sentence written for the project."""

from __future__ import annotations

import re

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of
from summarizer.text.incident_words import SUFFERED_INJURY

_TITLE = "BLAZE AT DEPOT\n\n"
_FIRE = "A fire broke out at a paint depot in Tilbury on Monday. "
_FERRY = "A ferry sank on a lake near Osterby on Sunday night, officials said. Fishermen pulled 24 people "


def tolls(text: str) -> tuple[int, int]:
    s = summarize(_TITLE + text, model="rules")
    return count_of(s, "killed"), count_of(s, "injured")


@pytest.mark.parametrize(
    ("phrase", "reads"),
    [
        ("suffered a minor burn to his hand", True),
        ("sustained a deep cut to her arm", True),
        ("suffered serious injuries", True),
        ("suffered a broken leg", True),
        ("sustained a badly fractured wrist", True),
        ("received lacerations to the face", True),
        ("suffered a concussion", True),
        ("suffered a knee injury", True),
        ("suffered bruises", True),
        # near misses: a loss, a burn-out, a setback, money cut, a broken promise
        ("suffered a loss", False),
        ("suffered a burn-out", False),
        ("suffered a setback", False),
        ("suffered a pay cut", False),
        ("sustained budget cuts", False),
        ("suffered a broken promise", False),
    ],
)
def test_the_injury_nouns_a_person_undergoes(phrase: str, reads: bool) -> None:
    assert (re.search(SUFFERED_INJURY, phrase, re.I) is not None) is reads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_FIRE + "One firefighter suffered a minor burn to his hand.", (0, 1)),
        (_FIRE + "A worker suffered a deep cut to her arm, the fire chief said.", (0, 1)),
        (_FIRE + "A worker suffered a broken leg when he jumped from a loading bay.", (0, 1)),
        (_FIRE + "A driver sustained a fractured wrist.", (0, 1)),
        (_FIRE + "A worker suffered lacerations to his face.", (0, 1)),
        # near misses: no harm to the body
        (_FIRE + "The owner suffered a heavy loss, the fire chief said.", (0, 0)),
        (_FIRE + "A worker suffered a setback in his claim.", (0, 0)),
        (_FIRE + "A worker suffered a pay cut after the blaze.", (0, 0)),
    ],
)
def test_an_injury_suffered_is_a_person_hurt(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _FERRY + "from the water, six of whom were admitted to the district hospital. Four bodies were found.",
            (4, 6),
        ),
        (_FERRY + "from the water, six of whom were taken to hospital. Four bodies were found.", (4, 6)),
        (_FERRY + "from the water, six of whom were treated for hypothermia. Four bodies were found.", (4, 6)),
        (_FERRY + "from the water, two of whom were hospitalized. Four bodies were found.", (4, 2)),
        # near misses: released, unhurt, a shelter
        (_FERRY + "from the water, six of whom were released after a check. Four bodies were found.", (4, 0)),
        (_FERRY + "from the water, most of whom were unhurt. Four bodies were found.", (4, 0)),
        (_FERRY + "from the water, six of whom were taken to a hotel in town. Four bodies were found.", (4, 0)),
    ],
)
def test_a_part_of_a_group_in_care(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected

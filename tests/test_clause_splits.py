"""clause_splits finds what CLAUSE_SPLIT.finditer finds, trying the pattern only where a split can start."""

from __future__ import annotations

import pytest

from summarizer.rules.clause_splits import CLAUSE_SPLIT, clause_splits
from summarizer.text.base import lower_same_length

CASES = [
    # (text, the splits' texts)
    ("Two men were hurt; a third fled on foot.", [";"]),
    ("One guard was shot, while a clerk hid in the back.", [", while "]),
    ("The gunman fled  while   officers searched the block.", ["  while   "]),
    ("Four people were wounded and two died at the scene.", [" and "]),
    ("Witnesses said the men argued and that a third fired.", [" and that "]),
    ("A driver was hurt, with a passenger taken to hospital.", [", "]),
    ("Three were shot, and one later died; police left.", [", and ", ";"]),
    # near misses: no split
    ("The storm hit the island and flooded the harbour.", []),
    ("A hand and a stand were damaged, the owner said.", []),
    ("The handyman said the awhile wait was long.", []),
    ("Whilst the crowd waited, nothing happened.", []),
    # blanks of other kinds before the word
    ("Five were hurt\tand three died.", ["\tand "]),
    ("Shots rang out\u00a0while children played.", ["\u00a0while "]),
    # "ſ" reads as "s" in case-insensitive matching: then the pattern is searched throughout
    ("A bus was hit, whereaſ a van was not; two were hurt.", [", whereaſ ", ";"]),
]


@pytest.mark.parametrize(("text", "splits"), CASES)
def test_clause_splits(text: str, splits: list[str]) -> None:
    lowered = None if "ſ" in text else lower_same_length(text)
    found = [m.group() for m in clause_splits(text, lowered, 0, len(text))]
    assert found == [m.group() for m in CLAUSE_SPLIT.finditer(text)]
    assert found == splits


@pytest.mark.parametrize(("text", "splits"), CASES)
def test_clause_splits_within_bounds(text: str, splits: list[str]) -> None:
    """Inside a slice, as finditer with its bounds: a split at an edge is found or not alike."""
    lowered = None if "ſ" in text else lower_same_length(text)
    for start in range(0, len(text), 3):
        for end in range(start, len(text) + 1, 5):
            found = [m.span() for m in clause_splits(text, lowered, start, end)]
            assert found == [m.span() for m in CLAUSE_SPLIT.finditer(text, start, end)]

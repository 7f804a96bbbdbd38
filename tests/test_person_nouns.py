"""The person-noun lexicon (text/person_nouns.py, built from WordNet's noun.person file by
scripts/build_person_nouns.py): the nouns it holds and those its rule leaves out. Original words."""

from __future__ import annotations

import pytest

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

"""A given name and a surname that is also a place word ("Ana Park", "Tom Lane") name a person
where the text marks one (rules/place_surnames.py), so a later "she" or "he" is theirs; a place
stays a place ("Ana Park Road", "the Victoria Park fountain"). Original sentences."""

from __future__ import annotations

import pytest
from conftest import speaker_of

from summarizer.rules.name_mentions import person_mentions


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('Ana Park, 34, lost her job in May. "The rent went up," she said.', "Ana Park"),
        ('Tom Lane, a nurse, was at work when the storm hit. "The rent went up," he said.', "Tom Lane"),
        ("The storm hit at noon, said Rosa Hall, a nurse. Later she said the rent went up.", "Rosa Hall"),
        # near misses: the place is no one, the speaker stays whoever said it
        ('Crowds filled Victoria Park on Sunday. "The rent went up," said Sam Yeo.', "Sam Yeo"),
        ("Grace Lane Church said the rent went up.", "Grace Lane Church"),
    ],
)
def test_a_place_word_surname_is_a_persons(sentence: str, speaker: str) -> None:
    assert speaker_of(f"Storm\n\n{sentence}\n", "rent went up") == speaker


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ana Park said the vote would hold.", ["Ana Park"]),
        ("Resident Tom Lane said the vote would hold.", ["Tom Lane"]),
        ("The vote would hold, said Jo Lake, a clerk.", ["Jo Lake"]),
        ("Mia Hall, who runs the bakery, was there.", ["Mia Hall"]),
        ("Tom Lane, 41, was hurt.", ["Tom Lane"]),
        # near misses: a place's name goes on, follows "the" or a locative, or has no person's mark
        ("Ana Park Road was shut for the parade.", []),
        ("Grace Lane Church said the vote would hold.", []),
        ("Crowds filled Victoria Park on Sunday.", []),
        ("He waited at Victoria Park, a popular spot, for an hour.", []),
        ("The Victoria Park fountain was dry.", []),
        ("Victoria Park was packed.", []),
    ],
)
def test_person_mentions_with_a_place_word_surname(text: str, names: list[str]) -> None:
    assert [m[1] for m in person_mentions(text)] == names

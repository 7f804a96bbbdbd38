"""Whom a later "he" or "she" may name (text.sexes.referent): the nearest one person of its sex
told before it, not an agent after "by", not a plural."""

from __future__ import annotations

import pytest

from summarizer.text.sexes import referent


@pytest.mark.parametrize(
    ("before", "pronoun", "expected"),
    [
        ("Three people were wounded before police shot the gunman.", "He", "gunman"),
        ("A clerk was hurt and the suspect fled.", "he", "suspect"),
        ("Two women were shot before deputies shot the suspect.", "She", "suspect"),
        ("A man called the sheriff.", "he", "sheriff"),
        ("Three people were wounded when a gunman fired. One man was taken to a hospital.", "he", "man"),
        # another sex passed over ("gunman" a man); an agent after "by" passed over
        ("A woman was hurt before police shot the gunman.", "she", "woman"),
        ("The gunman was shot by an officer.", "he", "gunman"),
        ("Two men were shot by a gunman.", "he", None),
        # no one person: a plural, a body; a plural pronoun, or no pronoun
        ("Three people were wounded before police arrived.", "he", None),
        ("Three people were wounded before police shot the gunman.", "they", None),
        ("Three people were wounded before police shot the gunman.", "Lee Park", None),
    ],
)
def test_the_nearest_one_person_a_pronoun_names(before: str, pronoun: str, expected: str | None) -> None:
    assert referent(before, 0, len(before), pronoun) == expected

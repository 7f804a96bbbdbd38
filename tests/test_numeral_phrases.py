"""implicit_count of a numeral alone is None at once: the full reading agrees for every one."""

from __future__ import annotations

import pytest

from summarizer.text.implicit_counts import _NUMERAL_WORDS, _people_named, implicit_count


@pytest.mark.parametrize("numeral", ["7", "12", "1,200", "3.5", "250,000", " 40 ", "٣", *sorted(_NUMERAL_WORDS)])
def test_a_numeral_names_no_one(numeral: str) -> None:
    assert implicit_count(numeral) is None
    assert _people_named(" ".join(numeral.split())) is None  # what the reading would have said


@pytest.mark.parametrize(
    ("phrase", "people"),
    [
        # near misses, read in full: not numerals alone
        ("Zero", 1),  # a capitalised word not among NOT_A_PERSON's reads as a name
        ("a man", 1),
        ("two men and a woman", 3),
        ("a 19-year-old", 1),
        ("Three men", None),
        ("twenty-one", None),
    ],
)
def test_other_phrases_read_in_full(phrase: str, people: int | None) -> None:
    assert implicit_count(phrase) == people

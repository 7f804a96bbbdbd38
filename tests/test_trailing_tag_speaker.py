"""A speaker tag after the content whose speaker has a phrase set off by commas before the verb:
in "The levy will be cut, the mayor's chief of staff, Ann Ruddock, said." the speaker is "the
mayor's chief of staff, Ann Ruddock", without the comma that closes the name."""

from __future__ import annotations

import pytest

from summarizer import summarize


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The levy will be cut, the mayor's chief of staff, Ann Ruddock, said.",
            "the mayor's chief of staff, Ann Ruddock",
        ),
        (
            "The levy will be cut, Ann Ruddock, the mayor's chief of staff, said Monday.",
            "Ann Ruddock, the mayor's chief of staff",
        ),
        ("The levy will be cut, Ruddock, 41, said.", "Ruddock, 41"),
        # a description set off before a name and an age: the speaker opens at the description
        ("The levy will be cut, the harbour master, Ann Ruddock, 41, said.", "the harbour master, Ann Ruddock, 41"),
        ("The levy will be cut, her deputy, Bo Fenn, 52, told reporters.", "her deputy, Bo Fenn, 52"),
        # near misses: no description before the name, a description with no name
        ("The levy will be cut, Bo Fenn, 52, said.", "Bo Fenn, 52"),
        ("The levy will be cut, the harbour master, 52, said.", "the harbour master, 52"),
        # near miss: no comma before the verb, nothing to leave out
        ("The levy will be cut, the mayor's chief of staff said.", "the mayor's chief of staff"),
    ],
)
def test_the_trailing_speaker_ends_before_its_comma(text: str, speaker: str) -> None:
    assert [a.speaker for a in summarize(text, model="rules").attributions] == [speaker]

"""Two capitalised words the census does not know, opening their sentence before a verb only
people do, name a person for the "he" or "she" of the next sentence
(rules/opening_people.py). Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize


def _pronoun_speaker(text: str) -> str | None:
    result = summarize(f"Ferry delays\n\n{text}\n", model="rules")
    names = {s.id: s.name for s in result.speakers}
    attribution = next(a for a in result.attributions if "ferry" in a.content)
    return names.get(attribution.speaker_id or "")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chidi Okoro gave no details. He said the ferry would run late.", "Chidi Okoro"),
        ("Chidi Okoro refused to comment. She said the ferry would run late.", "Chidi Okoro"),
        ("Chidi Okoro gave no details. The ferry would run late, she said.", "Chidi Okoro"),
        # near misses: an institution, a place, a plural, a verb a team or a shop does too
        ("Royal Bank gave no details. He said the ferry would run late.", None),
        ("New York said nothing. He said the ferry would run late.", None),
        ("Chidi Okoro won the race. He said the ferry would run late.", None),
        # a speaker's own gesture or admission: only people do those
        ("Chidi Okoro conceded shortly after midnight. He said the ferry would run late.", "Chidi Okoro"),
        ("Chidi Okoro nodded. She added that the ferry would run late.", "Chidi Okoro"),
        ("Chidi Okoro apologized to the riders. He said the ferry would run late.", "Chidi Okoro"),
        # near miss: a verb a shop or a team does too
        ("Chidi Okoro left the hall early. He said the ferry would run late.", None),
    ],
)
def test_a_name_that_speaks_is_a_person(text: str, name: str | None) -> None:
    assert _pronoun_speaker(text) == name

"""A source with a participle phrase after it as the subject of a cue ("A woman walking her dog
said …"): the speaker is the source with its phrase, not the participle's object ("her dog").
attribution/participle_subjects. Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize


def speakers(text: str) -> list[str | None]:
    return [a.speaker for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A woman walking her dog said she heard three bangs.", ["A woman walking her dog"]),
        ("Two men fixing the fence said the wind had flattened it.", ["Two men fixing the fence"]),
        ("Officials investigating the fire said the wiring was old.", ["Officials investigating the fire"]),
        # one preposition between the participle and its object
        ("A neighbour watching from her porch said the van sped off.", ["A neighbour watching from her porch"]),
        # a preposition of place before the object, and a bare plural source as head
        ("Students living near the campus said the lights went out.", ["Students living near the campus"]),
        ("A guard standing outside the gate said nobody came in.", ["A guard standing outside the gate"]),
        # a preposition of path before the object ("marching through", "walking along")
        (
            'Protesters marching through the streets shouted "No more cuts."',
            ["Protesters marching through the streets"],
        ),
        ("Residents walking along the quay said the water rose fast.", ["Residents walking along the quay"]),
        ("A man speaking to reporters said the fire began at noon.", ["A man speaking to reporters"]),
        ("A father picking up his children said the gates were locked.", ["A father picking up his children"]),
        ("Workers heading into the plant said the shift was cancelled.", ["Workers heading into the plant"]),
        ("Police responding to the call said the man was armed.", ["Police responding to the call"]),
        # near misses: no source before the word in -ing, or a noun in -ing
        ("At Monday's briefing the minister said taxes would rise.", ["the minister"]),
        ("During the meeting the mayor said the budget was tight.", ["the mayor"]),
        ("After the hearing the lawyer said his client was relieved.", ["the lawyer"]),
    ],
)
def test_a_source_with_a_participle_phrase_speaks(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected

"""The street a sentence names as where the harm itself took place ("Police said the shooting
occurred in the 900 block of Pell Road"), read beside a lead's street where the police were called
or the victim was found."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.text.scenes import harm_scene_streets
from summarizer.text.segments import Sentence


def _one(text: str) -> list[Sentence]:
    return [Sentence(0, len(text), 0, 0)]


@pytest.mark.parametrize(
    ("text", "streets"),
    [
        ("Police said the shooting occurred in the 900 block of Pell Road.", ["900 block of Pell Road"]),
        ("The stabbing happened on Orrin Avenue, a deputy said.", ["Orrin Avenue"]),
        ("Officers said the shooting had occurred at 41 Tamsin Lane before dawn.", ["41 Tamsin Lane"]),
        ("The gunfire took place near Kell Street and Venn Avenue.", ["Kell Street and Venn Avenue"]),
        # near misses: another event's noun, another time, a street that is not the place told
        ("The robbery took place on Orrin Avenue, police said.", []),
        ("A shooting happened on Pell Road last year, neighbors said.", []),
        ("The shooting occurred after an argument that began at a bar on Pell Road.", []),
        ("The shooting happened in a parking lot, police said.", []),
    ],
)
def test_the_street_where_the_harm_took_place(text: str, streets: list[str]) -> None:
    assert [s.name for s in harm_scene_streets(text, _one(text))] == streets


def test_the_harms_street_is_the_incidents_beside_where_the_police_were_called() -> None:
    text = (
        "Teen hurt in shooting\n\nDeputies went to Tamsin Drive late Saturday after a caller reported a boy "
        "bleeding from the leg. Investigators later learned the shooting occurred in the 1400 block of Pell Road, "
        "and a friend had driven the boy to Tamsin Drive.\n"
    )
    result = summarize(text, model="rules", published="2020-05-03")
    assert [p.name for p in result.incident.locations] == ["Tamsin Drive", "1400 block of Pell Road"]
    assert result.check.ok, result.check.findings


def test_a_harms_street_named_already_is_not_named_twice() -> None:
    text = (
        "Man shot\n\nA man was shot Friday in the 400 block of Orrin Avenue, police said. He was listed in "
        "stable condition at a clinic.\n\nDetectives believe the shooting happened on Orrin Avenue after an "
        "argument over a debt.\n"
    )
    result = summarize(text, model="rules", published="2020-05-03")
    assert [p.name for p in result.incident.locations] == ["400 block of Orrin Avenue"]

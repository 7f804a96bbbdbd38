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
        # the clock time before the place, a venue before its block or number
        ("The shooting happened around 1:30 a.m. on Kell Street, police said.", ["Kell Street"]),
        (
            "The stabbing occurred shortly after 11.20pm at Club Tarrow in the 400 block of North Venn Street.",
            ["400 block of North Venn Street"],
        ),
        ("The shooting happened at the Orrin Arms at 14 Pell Road.", ["14 Pell Road"]),
        # near misses: a venue with no number before its street, a time of another kind
        ("The shooting happened at the Tarrow Regional Sports Park beside Pell Road.", []),
        ("The shooting happened around noon when a car on Kell Street stopped.", []),
        # the report of shots the police answered, its clock time or "the area of" before the street
        ("Deputies responded to reports of a shooting in the 300 block of Pell Road.", ["300 block of Pell Road"]),
        (
            "Officers answered a call of gunfire heard in the area of the 90 block of Kell Street.",
            ["90 block of Kell Street"],
        ),
        ("Police got reports of shots fired at 2:10 a.m. on Orrin Avenue, a spokesman said.", ["Orrin Avenue"]),
        ("Sensors picked up several gunshots in the area of 41 Tamsin Lane late Friday.", ["41 Tamsin Lane"]),
        # near misses: a report of another event, a call about a person, shots with no place after them
        ("Officers responded to reports of a robbery in the 300 block of Pell Road.", []),
        ("Police took a call of a man with a gun on Orrin Avenue, a spokesman said.", []),
        ("Reports of gunfire rose last year, and the council met on Kell Street.", []),
        # the report's other forms: calls about shots, a shots-fired call, a sensor's alert, a person shot
        ("Officers went to calls about shots fired in the 300 block of Pell Road.", ["300 block of Pell Road"]),
        ("Deputies answered a shots-fired call on Orrin Avenue before dawn.", ["Orrin Avenue"]),
        ("A ShotSpotter alert in the 90 block of Kell Street drew officers.", ["90 block of Kell Street"]),
        ("Officers responded to reports of shots fired on Pell Road and found shell casings.", ["Pell Road"]),
        # near misses: a report whose sentence finds no harm, a call about a man, not about shots
        ("Police logged calls of shots fired on Kell Street Saturday, but no one was hurt.", []),
        ("Officers answered a report of gunfire on Venn Street that turned out to be fireworks.", []),
        ("Deputies took a call of shots fired on Pell Road and found no victims.", []),
        ("Officers took a call about a man with a gun on Orrin Avenue.", []),
        ("Police had a report of a person shot on Tamsin Lane around 9 p.m.", []),
        ("Residents complained about shots fired on Tamsin Lane at a meeting.", []),
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


# a street of an earlier case that a relative clause of its year tells is no scene, even in a
# sentence that counts that case's wounded
@pytest.mark.parametrize(
    ("text", "streets"),
    [
        (
            "Two men were wounded in a shooting at a bar early Sunday, police said.\n\nIt was the town's worst "
            "shooting since 2019, when three people were wounded outside a club on Orrin Avenue.",
            [],
        ),
        # near miss: "since" a year with no clause of an earlier case keeps its street
        (
            "Two men were wounded on Orrin Avenue early Sunday, the worst shooting in the town since 2019.",
            ["Orrin Avenue"],
        ),
    ],
)
def test_a_street_of_an_earlier_case_told_by_its_year_is_no_scene(text: str, streets: list[str]) -> None:
    incident = summarize(text, model="rules", published="2026-03-09").incident
    assert incident is not None
    assert [loc.name for loc in incident.locations if "Avenue" in loc.name] == streets

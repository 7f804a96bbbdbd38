"""A town named only by its police or its fire department anywhere in the story ("Dunmore police
said", "the Dunmore Fire Department"): the incident's town when no place names one. Original
sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.text.towns import fire_towns, may_be_town, police_towns


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("Crews from the Carrow Fire Department put out the blaze.", ["Carrow"]),
        ("When Lisk Falls firefighters arrived, the house was ablaze.", ["Lisk Falls"]),
        # near misses: a county's, a state's, a street's department
        ("Crews from the Harlan County Fire Department came.", []),
        ("The Oregon fire department sent two trucks.", []),
        ("The Pell Avenue fire department sent two trucks.", []),
    ],
)
def test_fire_towns(text: str, towns: list[str]) -> None:
    assert [t.name for t in fire_towns(text, 0, len(text))] == towns


# police and fire departments share one reading of the town before them: the force's kind after
# the town is trimmed, "New" alone and a street name no town, whichever force it is
@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("Officers of the Tarrow Metropolitan Police Department came.", ["Tarrow"]),
        ("Crews of the Tarrow Metropolitan Fire Department came.", ["Tarrow"]),
        ("New Police Chief Dana Kell spoke.", []),
        ("New firefighters joined the crew.", []),
        ("The Pell Avenue police substation was closed.", []),
        ("When Lisk Falls police arrived, the car was gone.", ["Lisk Falls"]),
    ],
)
def test_police_and_fire_towns_read_alike(text: str, towns: list[str]) -> None:
    found = police_towns(text, 0, len(text)) + fire_towns(text, 0, len(text))
    assert [t.name for t in found] == towns


@pytest.mark.parametrize(
    ("name", "town"),
    [("Dunmore", True), ("Lisk Falls", True), ("Pell Road", False), ("400 block of Kell", False), ("Harlan County", False)],
)  # fmt: skip
def test_may_be_town(name: str, town: bool) -> None:
    assert may_be_town(name) is town


_LEAD = "Shooting\n\nA man was killed on Sunday night. He was found in a car on Pell Road{}.\n\n"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # the police's or the fire department's town told past the lead, the lead naming a street only
        (_LEAD.format("") + "Dunmore police said the man was 46.\n", "Dunmore"),
        (_LEAD.format("") + "The Dunmore Fire Department put out a fire in the car.\n", "Dunmore"),
        # near misses: a town named plainly is the incident's; a person's own town is no scene
        (_LEAD.format(" in Lisk") + "Dunmore police said the man was 46.\n", "-Dunmore"),
        (_LEAD.format("") + "The man, a 46-year-old Dunmore resident, had a record.\n", "-Dunmore"),
        ("Shooting\n\nA 46-year-old Dunmore man was killed on Sunday night, deputies said.\n", "-Dunmore"),
        (_LEAD.format("") + "State police said the man was 46.\n", "-State"),
    ],
)
def test_a_town_by_its_police_or_fire_department_when_no_place_names_one(text: str, town: str) -> None:
    # ("-Name": the near misses, no place of that name)
    inc = summarize(text, model="rules").incident
    names = [loc.name for loc in inc.locations] if inc else []
    assert (town in names) if not town.startswith("-") else town[1:] not in names


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        # the town's state in commas between the town and its police
        ("A cyclist was hurt on Friday, Brackwell, Ohio, police said.", ["Brackwell"]),
        ("A cyclist was hurt on Friday, Lisk Falls, North Carolina, police said.", ["Lisk Falls"]),
        # near misses: a state's police; two names in commas that are no town and its state
        ("A cyclist was hurt on Friday, Ohio police said.", []),
        ("The officers, Dana, Kell, police said, were not hurt.", []),
        # near misses: a town and its state told as someone's home, not whose police speak
        ("The victim was named as Dale Kerr, 34, of Dayton, Ohio, police said.", []),
        ("A driver from Lisk Falls, North Carolina, police said, was not hurt.", []),
        # ... but a town and its state that open their sentence are the force's
        ("Dayton, Ohio, police said a cyclist was hurt on Friday.", ["Dayton"]),
    ],
)  # fmt: skip
def test_a_police_town_with_its_state_between(text: str, towns: list[str]) -> None:
    assert [t.name for t in police_towns(text, 0, len(text))] == towns

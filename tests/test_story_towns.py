"""A town named only by its police or its fire department anywhere in the story ("Dunmore police
said", "the Dunmore Fire Department"): the incident's town when no place names one. Original
sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.text.base import PlaceMention
from summarizer.text.streets import find_addresses
from summarizer.text.towns import (
    direction_towns,
    fire_towns,
    may_be_town,
    police_towns,
    site_towns,
    town_after_street,
)


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


# the town after its street and a comma, the British and Irish form of an address
@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Officers were called to a house in Kell Lane, Tarrow, on Friday.", "Tarrow"),
        ("The fire started at a flat in Orrin Drive, Upper Lisk.", "Upper Lisk"),
        ("Crews went to a bungalow on Venn Road, Marsh Gibbon; two were hurt.", "Marsh Gibbon"),
        # near misses: a second street, a clause's subject, a person told by age, a flat, a day
        ("The crash happened in Kell Lane, Tarrow Road was closed.", None),
        ("He was found in Kell Lane, Tarrow Road.", None),
        ("He was found on Kell Lane, police said.", None),
        ("He was found on Kell Lane, Dana Kerr said.", None),
        ("He was found on Kell Lane, Lt. Dana Kerr said.", None),
        ("He lived on Kell Lane, Kerr, 34, said.", None),
        ("She lives at 41 Kell Lane, Flat 4.", None),
        ("The shop on Kell Lane, Friday, was shut.", None),
    ],
)
def test_the_town_after_its_street(text: str, town: str | None) -> None:
    street: PlaceMention = find_addresses(text, 0, len(text))[0]
    found = town_after_street(text, street)
    assert (found.name if found else None) == town


def test_the_town_after_the_scenes_street_is_the_incidents() -> None:
    text = "Two men were hurt when a wall fell at a house in Kell Lane, Tarrow, on Friday, police said."
    incident = summarize(text, model="rules", published="2026-03-09").incident
    assert incident is not None
    assert "Tarrow" in [loc.name for loc in incident.locations]


# a town named as the first word of a site of industry
@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("The blast hit a plant in the Tarrow industrial park in Kell province.", ["Tarrow"]),
        ("A warehouse in the Lisk Economic Development Zone burned.", ["Lisk"]),
        ("Fire broke out on the Orrin trading estate.", ["Orrin"]),
        # near misses: a firm's own park, a people's, a site without a name
        ("The blast hit the Kell Chemicals industrial park.", []),
        ("The blast hit the Chinese industrial park.", []),
        ("The blast hit the industrial park near Tarrow.", []),
    ],
)
def test_site_towns(text: str, towns: list[str]) -> None:
    assert [t.name for t in site_towns(text, 0, len(text))] == towns


def test_the_town_of_the_site_where_the_harm_happened_beside_a_wire_dateline() -> None:
    text = (
        "KELL CITY (AP) — A fire at a factory in the east of the country killed four workers, state media said.\n\n"
        "The fire happened Tuesday at a plant in the Tarrow industrial park, the agency said."
    )
    incident = summarize(text, model="rules", published="2026-03-11").incident
    assert incident is not None
    assert "Tarrow" in [loc.name for loc in incident.locations]


# a town named as what the scene lies off, by a compass point
@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("The man was found at their home north of Pine Vell on Saturday.", ["Pine Vell"]),
        ("A woman was shot about 6 miles southeast of Elm Ford.", ["Elm Ford"]),
        ("North of Lisk, a truck hit a bus.", ["Lisk"]),
        ("A man was shot north of Pine Vell Sunday.", ["Pine Vell"]),
        # near misses: a road, a street, a county, a state, a part of town
        ("A man was shot just north of Interstate 5 on Sunday.", []),
        ("A man was shot west of Pell Road.", []),
        ("A man was shot south of Kell County on Sunday.", []),
        ("A man was shot east of Texas.", []),
        ("A man was shot west of Downtown.", []),
        ("A hiker was shot southeast of Kell Reservoir on Monday.", []),
        # near misses: a lake, a pond, a trail or a preserve the scene lies off is a feature, not a town
        ("Police found him south of Lake Orrin on Sunday.", []),
        ("A hunter was shot west of Orrin Pond on Monday.", []),
        ("A hiker was hurt just north of Kell Trail on Friday.", []),
        ("A man was found east of Pell Preserve late Friday.", []),
        ("A boat capsized east of Tarrow Lake on Monday.", []),
        # a town that only holds the word, not as its head, stays a town
        ("A man was shot north of Salt Orrin City on Sunday.", ["Salt Orrin City"]),
        ("A hunter was shot east of Pond Vell on Monday.", ["Pond Vell"]),
        ("A man was found west of Tarrow Lake Heights late Friday.", ["Tarrow Lake Heights"]),
        # near misses: a site's name cut short is no town, nor a bridge's
        ("A girl was shot north of Oak Hills Elementary School on Sunday.", []),
        ("A car crashed just north of Kell Bridge late Friday.", []),
    ],
)
def test_direction_towns(text: str, towns: list[str]) -> None:
    assert [t.name for t in direction_towns(text, 0, len(text))] == towns


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # the town the scene lies off is the incident's when no place names a town
        ("A man was shot and killed at their home north of Pine Vell on Saturday.", ["Pine Vell"]),
        (
            "A man was killed at a farm south of Pine Vell on Saturday, the Tolliver County Sheriff's Office said.",
            ["Pine Vell"],
        ),
        ("A man was shot on Pell Road north of Pine Vell on Saturday.", ["Pell Road", "Pine Vell"]),
        ("A woman was wounded at a farm just outside Elm Ford early Sunday.", ["Elm Ford"]),
        ("Two men were shot near Dale City on Friday night, deputies said.", ["Dale City"]),
        # near misses: a town named plainly is the incident's; a county in an agency's name is none
        ("A man was shot at his home in Oak Vale, just north of Pine Vell, on Saturday.", ["Oak Vale"]),
        ("The Tolliver County Sheriff's Office said a man was shot on Saturday.", []),
        # near misses: a home or a bar north of a place (an article or a possessive before two
        # words) is no place noun, so the town named plainly stays the only one
        ("A man was shot at his home north of Pine Vell in Tarrow on Sunday.", ["Tarrow"]),
        ("A man was shot at a bar north of Downtown on Sunday.", []),
        # a lake after a direction word is a feature: no street, no town "Lake"
        ("Police found him south of Lake Orrin. He had been shot in the leg.", []),
        ("A man was shot at a cabin south of Lake Orrin in Tarrow on Sunday.", ["Tarrow"]),
    ],
)
def test_a_town_the_scene_lies_off_when_no_place_names_one(text: str, places: list[str]) -> None:
    inc = summarize(text, model="rules", published="2026-03-09").incident
    assert inc is not None
    assert [loc.name for loc in inc.locations] == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # the village the harm's sentence names, not the capital a wire story is filed from
        (
            "KELLDORF, Vessia — A bus plunged into a river near the village of Ramvel on Sunday, killing 14 people.",
            ["Ramvel"],
        ),
        ("ORRIN, Tarnia — A landslide buried the farming village of Batu Vell on Monday, killing 9 people.", ["Batu Vell"]),
        ("DUNMORE — A man was shot Sunday in the village of Orrin, police said.", ["Orrin"]),
        # near misses: a village the place is near; a village in a sentence of no harm
        ("ORRIN, Tarnia — Three people were killed on Monday when a flood hit a village near Punta Vell.",
         ["ORRIN", "Punta Vell"]),
        (
            "ORRIN, Tarnia — A bus crash killed 12 people on Monday. The minister had seen the village of Punta Vell.",
            ["ORRIN", "Punta Vell"],
        ),
    ],
)  # fmt: skip
def test_a_village_named_with_the_harm_is_its_place_not_the_dateline(text: str, places: list[str]) -> None:
    inc = summarize(text, model="rules", published="2026-03-09").incident
    assert inc is not None
    assert [loc.name for loc in inc.locations] == places

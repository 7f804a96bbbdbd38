"""Incidents as British, Irish, Australian, Indian, Pakistani, Nigerian, Kenyan and South African
papers tell them (attribution in their English is tests/test_other_englishes.py): the day before its
month, a region's police force, the ages of a group and their harm, stab wounds and lynchings; each on
an original sentence written for the project, with the near misses that must not fire."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of
from summarizer.rules.not_counts import not_a_count
from summarizer.text.numbers import find_numbers
from summarizer.text.places import find_places
from summarizer.text.streets import more_streets
from summarizer.text.towns import police_towns

_TITLE = "Town report\n\n"


def counts(text: str) -> tuple[int, int]:
    summary = summarize(_TITLE + text, model="rules", published="2025-03-05")
    return count_of(summary, "killed"), count_of(summary, "injured")


@pytest.mark.parametrize(
    ("sentence", "number", "is_count"),
    [
        # a day before its month's name is a date
        ("A man was stabbed in Carrow Street on 3 March.", "3", False),
        ("Two women were hurt in the crash on 28 February.", "28", False),
        ("The boy died in hospital on 14 Sept.", "14", False),
        # a service named by its telephone number: a capitalised service noun, three or four digits
        ("Rescue 1122 took the injured to hospital.", "1122", False),
        ("Neighbours rang Ambulance 108 at once.", "108", False),
        ("Families can call Helpline 1098 for news.", "1098", False),
        ("EMERGENCY 112 was told of the blast at noon.", "112", False),
        # near misses: a count before a month's name in lower case, a count after "rescue", a short
        # number after a service noun, a count after the noun with a verb between
        ("Officers said 3 may die of their wounds.", "3", True),
        ("Crews worked to rescue 12 miners from the shaft.", "12", True),
        ("Rescue 3 crews pulled two men out.", "3", True),
        ("Police said 140 people were hurt.", "140", True),
        ("Officers said 3 people were hurt on 4 March.", "3", True),
        # a town's numbered division counts no one, capitalised; a count after the word in lower case does
        ("Two men were shot in Ward 12 of Tarrow.", "12", False),
        ("Officers found the bodies in Sector 4 of Tarrow.", "4", False),
        ("Each sector 4 officers patrolled was quiet.", "4", True),
    ],
)  # fmt: skip
def test_a_day_before_its_month_and_a_service_number_count_no_one(sentence: str, number: str, is_count: bool) -> None:
    num = next(n for n in find_numbers(sentence) if n.text == number)
    s, e = num.span
    assert not_a_count(sentence, num, sentence[max(0, s - 12) : s], sentence[e : e + 20]) is not is_count


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a day before its month, and a service's number, add no toll
        ("A teenager has died of his injuries after he was stabbed in Carrow Street on 3 March.", 1, 0),
        ("A man, 31, sustained serious injuries in the attack in Pellham on 28 February.", 0, 1),
        ("Rescue 1122 shifted the injured to hospital, where one of them succumbed to his injuries.", 1, 0),
        # nor the number of a town's division
        ("Two men were stabbed in Ward 12 of Pellham on Tuesday.", 0, 2),
        ("A man was shot in Phase 2 of Pellham estate.", 0, 1),
    ],
)  # fmt: skip
def test_a_date_or_a_service_number_adds_no_toll(text: str, killed: int, injured: int) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        # a region's force abroad names no town
        ("A cyclist was hurt on Friday, West Yorkshire Police said.", []),
        ("Queensland Police said a man was shot in the leg.", []),
        ("A man was hurt in Tarrow on Monday, Avon and Somerset Police said.", []),
        ("A man was stabbed on Friday, Thames Valley Police said.", []),
        # near miss: a town's force still names its town
        ("A cyclist was hurt on Friday, Brackwell police said.", ["Brackwell"]),
        # near misses: a region abroad whose name is an American town's too; the second of two towns
        ("Victoria police said a man was shot in the leg.", ["Victoria"]),
        ("Pellham and Somerset police said a man was shot.", ["Somerset"]),
        # near misses: a county abroad that is an American village with its own police too
        ("A man was shot on Friday, Lincolnshire police said.", ["Lincolnshire"]),
        ("A woman was hurt on Friday, Hampshire police said.", ["Hampshire"]),
    ],
)  # fmt: skip
def test_a_regional_force_abroad_names_no_town(text: str, towns: list[str]) -> None:
    assert [t.name for t in police_towns(text, 0, len(text))] == towns


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # the ages of a group set off after it, then their harm as papers abroad tell it
        ("The victims, aged 19 and 23, were declared brought dead at the district hospital.", 2, 0),
        ("The victims, aged 19 and 23, were confirmed dead at the scene.", 2, 0),
        ("The brothers, aged 15 and 17, sustained serious injuries in the crash.", 0, 2),
        ("The victims, aged 20 and 26, sustained gunshot wounds and were declared dead on the scene.", 2, 0),
        ("The cousins, aged 8 and 11, were rushed to hospital.", 0, 2),
        # near miss: "sustained" of no wound
        ("The brothers, aged 15 and 17, sustained pressure on the council for weeks.", 0, 0),
        # dead when the group's own death follows, after "and" or "they"
        ("The victims, aged 19 and 23, sustained gunshot wounds and later died.", 2, 0),
        ("The victims, aged 19 and 23, sustained gunshot wounds and were rushed to hospital, where they died.", 2, 0),
        # near misses: another's death in the same sentence
        ("The victims, aged 19 and 23, sustained minor injuries but police said the dead man was a neighbour.", 0, 2),
        ("The victims, aged 19 and 23, sustained injuries when the roof fell and the dead were carried out.", 0, 2),
        # stab wounds as gunshot wounds are: found with them, and a death after
        ("A man was found with stab wounds on Orrin Road on Sunday.", 0, 1),
        ("A man, 52, was found with stab wounds on Orrin Road and later died in hospital.", 1, 0),
        # a lynching is a killing
        ("A 30-year-old man was lynched by a mob in Pellham on Monday.", 1, 0),
        # near miss: a mob that failed
        ("A mob tried to lynch a man in Pellham but police rescued him.", 0, 0),
        ("Two men were lynched by a mob at Varsk market on Monday.", 2, 0),
    ],
)  # fmt: skip
def test_tolls_told_as_papers_abroad_tell_them(text: str, killed: int, injured: int) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a person found with stab or knife wounds was stabbed
        ("A man was found with stab wounds in Pellham on Sunday.", "stabbing"),
        ("A man was found with knife wounds in Pellham on Sunday.", "stabbing"),
        # a lynching is an attack, as "attacked" is
        ("A man was lynched by a mob in Pellham.", "attack"),
    ],
)  # fmt: skip
def test_the_kind_of_harm_abroad(text: str, kind: str) -> None:
    summary = summarize(_TITLE + text, model="rules", published="2025-03-05")
    assert summary.incident is not None
    assert summary.incident.type == kind


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a town's numbered division is a place with its number
        ("A bus overturned near Sector 12 in Gurugram on Sunday.", ["Sector 12", "Gurugram"]),
        ("A man was stabbed in Ward 5 on Monday.", ["Ward 5"]),
        ("Two shops burned in Phase 2 on Friday.", ["Phase 2"]),
        # near misses: a hospital's ward; a numbered thing that is no division ("Gate 4")
        ("He was admitted to Ward 5 of the district hospital.", []),
        ("Fans were hurt near Gate 4 on Friday.", []),
        # a division's number at a comma or a stop is still its number; a numbered thing still none
        ("A man was stabbed in Sector 12, police said.", ["Sector 12"]),
        ("Two men were shot on Friday in Ward 5.", ["Ward 5"]),
        ("Fans were hurt near Gate 4, police said.", []),
        # near misses: a numbered part of a thing named in lower case, a building's or a plan's
        ("Three workers were hurt in Sector 7 of the plant in Pellham.", ["Pellham"]),
        ("The shooting happened in Zone 3 of the stadium car park.", []),
        ("A man was shot in Phase 2 of the apartment complex.", []),
        # a settlement named with its kind in lower case after "on"
        ("Gunmen killed five persons in an attack on Tsafe village on Saturday.", ["Tsafe"]),
        ("Bandits opened fire on Kurmin Dawa community at night.", ["Kurmin Dawa"]),
        # a named bridge or flyover after "on"
        ("Two persons died in a crash on the Orrin Mainland Bridge on 3 March.", ["Orrin Mainland Bridge"]),
        # near miss: "on" before a capitalised word that is no bridge's name
        ("The crash on Monday left two hurt.", []),
        # near misses: a people's name, by faith, race or nation, before "community"
        ("Bandits opened fire on Christian community members in Kaduna.", ["Kaduna"]),
        ("Police fired on Black community protesters in Pellham.", ["Pellham"]),
        ("Gunmen opened fire on Indian community leaders in Pellham.", ["Pellham"]),
        # a named bridge in an American story is a place as well
        ("A crash on the Golden Gate Bridge left two hurt.", ["Golden Gate Bridge"]),
    ],
)  # fmt: skip
def test_places_as_papers_abroad_name_them(text: str, places: list[str]) -> None:
    assert [p.name for p in find_places(text, 0, len(text))] == places


@pytest.mark.parametrize(
    ("text", "streets"),
    [
        # a road named by the two towns it joins, its kind in lower case
        ("A lorry overturned on the Pune-Solapur highway on Sunday.", ["Pune-Solapur highway"]),
        ("Five died on the Nakuru-Eldoret road at Timboroa.", ["Nakuru-Eldoret road"]),
        # near misses: a hyphenated word that is no two towns; no road word after the pair
        ("The Anglo-saxon road atlas was reprinted.", []),
        ("The Pune-Solapur bus was full.", []),
        ("Two died when a bus overturned along the Nakuru-Eldoret road.", ["Nakuru-Eldoret road"]),
        # near misses: a hyphenated firm's road work, with no preposition of place before it
        ("The Smith-Jones highway contractor said two workers were hurt.", []),
        ("Two workers were hurt, the Smith-Jones road crew said.", []),
        ("A man was shot by Coca-Cola road staff.", []),
    ],
)  # fmt: skip
def test_a_road_named_by_the_towns_it_joins(text: str, streets: list[str]) -> None:
    assert [text[s:e] for s, e in more_streets(text, 0, len(text))] == streets

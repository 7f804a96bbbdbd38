"""Streets named by a number, qualified route numbers and lower-case street types
(text/streets.py, read through its find_addresses)."""

from __future__ import annotations

import pytest

from summarizer.text.streets import _may_hold_bare_corner, _numbered_bare_st, find_addresses


def _streets(text: str) -> list[str]:
    return [a.name for a in find_addresses(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "streets"),
    [
        # a grid street named by its number and its type word, and two of them at a corner
        ("Officers found the driver at 64 Street and 131 Avenue after midnight.", ["64 Street and 131 Avenue"]),
        ("A cyclist was struck on 27 Ave NW near the school.", ["27 Ave NW"]),
        ("The fire started near 23rd Street SE, crews said.", ["23rd Street SE"]),
        ("Paramedics went to 11042 97 St. on Sunday.", ["11042 97 St."]),
        ("The crash happened at NW 143 Street and 22 Avenue.", ["NW 143 Street and 22 Avenue"]),
        ("Traffic was slowed along 150 Avenue for hours.", ["150 Avenue"]),
        # near misses: a count, an age, a title-case headline count, "a" before the number
        ("Some 64 people were evacuated from the tower.", []),
        ("The 131 passengers were moved to another plane.", []),
        ("Officials Count 7 Road Deaths Over The Long Weekend", []),
        ("She said a 3 Street rule applied to every driver.", []),
        ("Jurors heard from No. 9 Road Crew members.", []),
    ],
)
def test_a_number_that_names_its_street(text: str, streets: list[str]) -> None:
    assert _streets(text) == streets


@pytest.mark.parametrize(
    ("text", "streets"),
    [
        # the whole route, its number with it
        ("Two trucks collided on County Road 417 late Tuesday.", ["County Road 417"]),
        ("The pickup rolled over on Range Road 23 west of the hamlet.", ["Range Road 23"]),
        ("A deputy stopped the car on Township Road 612.", ["Township Road 612"]),
        ("The shooting was reported on State Route 7 near the bridge.", ["State Route 7"]),
        ("Police closed Highway 5 after the collision.", ["Highway 5"]),
        ("Both lanes of Route 11W were shut.", ["Route 11W"]),
        ("He was stopped on Interstate 81 and on I-81 again later.", ["Interstate 81", "I-81"]),
        ("A store at 2205 East FM 2920 was robbed.", ["2205 East FM 2920"]),
        ("The car left CR 118 and hit a fence.", ["CR 118"]),
        # near misses: a sum after a short form, an abbreviation with no number
        ("The SR 4 million budget was approved.", []),
        ("The FM station played the news.", []),
    ],
)
def test_a_route_is_read_with_its_number(text: str, streets: list[str]) -> None:
    assert _streets(text) == streets


@pytest.mark.parametrize(
    ("text", "streets"),
    [
        # a British or Irish road by its class letter and number, after a preposition of place
        ("A van overturned on the A52 near Grantham.", ["A52"]),
        ("Two lorries collided on the M62 near junction 26.", ["M62"]),
        ("A rider came off his bike along the B1140 on Sunday.", ["B1140"]),
        ("Traffic was held on the A1(M) after the crash.", ["A1(M)"]),
        # near misses: a rifle, a grade, a paper size, no preposition of place
        ("The gunman was armed with the M16 his brother owned.", []),
        ("She collected the A-level results on Thursday.", []),
        ("Print it on the A4 paper in the tray.", []),
        ("The M62 is the busiest road in the county.", []),
        # a direction before the code; Irish national and regional roads
        ("A lorry shed its load on the northbound M5 near Taunton.", ["M5"]),
        ("A cyclist died on the R712 at Gowran.", ["R712"]),
        ("A van hit a wall on the N4, gardaí said.", ["N4"]),
        ("The collision on the A37 left two riders hurt.", ["A37"]),
        # near misses: a thing or name the code qualifies, a noun or a name after it
        ("The conductor of the B47 bus was punched.", []),
        ("Staff at the A3 Foods depot were sent home.", []),
        ("Crowds gathered for the A1 Grand Prix at the circuit.", []),
    ],
)
def test_a_lettered_road_after_a_place_preposition(text: str, streets: list[str]) -> None:
    assert _streets(text) == streets


@pytest.mark.parametrize(
    ("text", "streets"),
    [
        ("Neighbours heard shots on Larkmoor street around midnight.", ["Larkmoor street"]),
        ("It happened in the 700 block of south Dunmore avenue.", ["south Dunmore avenue"]),
        ("The van stopped at 42 Ferrin road.", ["42 Ferrin road"]),
        ("On Tarrow lane, a man was hurt.", ["Tarrow lane"]),
        ("The gun was found in a flat on Kessel terrace near the park.", ["Kessel terrace"]),
        ("A cyclist was hit on Orrin parkway late Sunday.", ["Orrin parkway"]),
        # near misses: a trade or a saying, a day, no preposition or number before it
        ("Traders on Wall street shrugged off the news.", []),
        ("He has been on Easy street since the sale.", []),
        ("Crews on Monday road work were delayed.", []),
        ("The Silk road was a trade route.", []),
        ("They met at the Kessel terrace bar.", []),
    ],
)
def test_a_street_whose_type_word_is_in_lower_case(text: str, streets: list[str]) -> None:
    assert _streets(text) == streets


@pytest.mark.parametrize(
    ("text", "streets"),
    [
        # a content word after the type word or a short route's number makes it a count or a thing
        ("Police said the 2 Street gangs had feuded for months.", []),
        ("At least 30 Street vendors fled when shots rang out.", []),
        ("Later 22 Road crews swept the glass away.", []),
        ("A man was shot in Chicago street violence on Sunday.", []),
        ("The victim was shot at Jefferson drive-in theater on Friday.", []),
        ("Police said the shooter carried an SR 25 rifle.", []),
        ("The gunman fled in an SR 71 Blackbird replica car.", []),
        ("A man was killed when his SR 500 motorcycle crashed.", []),
        ("A reporter for WKRP FM 101 was hurt in the fire.", []),
        ("The crash was reported by CR 7 Radio on Friday.", []),
        # still streets: a word of grammar, time or direction after, or a verb
        ("A man was shot on 82 Street late Sunday.", ["82 Street"]),
        ("A crash at 64 Street injured two drivers.", ["64 Street"]),
        ("A man was shot on SR 71 north of town.", ["SR 71"]),
        ("On FM 2920 a truck hit a car.", ["FM 2920"]),
        ("The shooting on Court street left two dead.", ["Court street"]),
        ("A man was shot on Oak street following an argument.", ["Oak street"]),
        # a type word that opens an agency's name: the body that runs or polices the roads
        ("A man fired at a Tarnia Highway Patrol cruiser on Pell Road.", ["Pell Road"]),
        ("The Kell County Road Department closed Orrin Avenue.", ["Orrin Avenue"]),
        ("The Venn Expressway Authority said the lanes reopened.", []),
        # near misses: the street itself before a word of time, place or another name's head
        ("A trooper was hit on Tarnia Highway Sunday night.", ["Tarnia Highway"]),
        ("Police patrol Pell Road at night.", ["Pell Road"]),
        ("The Kell County Highway Department said a worker was hit on Venn Road.", ["Venn Road"]),
        # near misses: a name "Department" opens after the street, or an address with its number
        ("A man was shot on Venn Avenue Department of Transportation land.", ["Venn Avenue"]),
        ("The Kell Street Department Store was robbed on Friday.", ["Kell Street"]),
        ("A man was shot at 40 Kell Road Patrol headquarters.", ["40 Kell Road"]),
    ],
)
def test_a_count_or_a_thing_named_like_a_street_is_none(text: str, streets: list[str]) -> None:
    assert _streets(text) == streets


@pytest.mark.parametrize(
    ("text", "stretch", "streets"),
    [
        # a numbered street or a route is found from the digits before its type word or after
        # its route word (text/streets.py looks there only): inside a stretch of a longer text
        ("Crews said. A man was shot on 82 Street late Sunday. No one was held.", (12, 52), ["82 Street"]),
        ("Crews said. The car left CR 118 and hit a fence. No one was held.", (12, 49), ["CR 118"]),
        ("Crews said. A store at 2205 East FM-2920 was robbed. No one was held.", (12, 52), ["2205 East FM-2920"]),
        ("Crews said. Police closed County Rd. 9 at noon. No one was held.", (12, 47), ["County Rd. 9"]),
        # near misses: the number or the type word outside the stretch, no digit after the route
        # (its type word alone names the street)
        ("A man was shot on 82 Street late Sunday.", (0, 20), []),
        ("A man was shot on 82 Street late Sunday.", (20, 40), []),
        ("The car left CR 118 and hit a fence.", (0, 16), []),
        ("Police closed County Road Nine at noon.", (0, 39), ["County Road"]),
    ],
)
def test_a_numbered_street_or_route_within_a_stretch(text: str, stretch: tuple[int, int], streets: list[str]) -> None:
    assert [a.name for a in find_addresses(text, *stretch)] == streets


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("A car was towed from 2190 Tarrow St after the crash.", ["2190 Tarrow St"]),
        ("A car was towed from 2190 Tarrow St", ["2190 Tarrow St"]),  # "St" ends the text
        ("A car was towed from 2190 Tarrow\nSt after a Street fair.", ["2190 Tarrow\nSt"]),  # any white space
        # near misses: "St" as part of a word, before a full stop, or a saint's before a name
        ("A car was towed from 2190 Tarrow Street after the crash.", []),
        ("A car was towed from 2190 Tarrow St. after the crash.", []),
        ("A car was towed from 2190 Tarrow Stadium lot.", []),
        ("A car was towed from 2190 Tarrow St Vincent lot.", []),
    ],
)
def test_numbered_bare_st(text: str, spans: list[str]) -> None:
    assert [text[a:b] for a, b in _numbered_bare_st(text, 0, len(text))] == spans


@pytest.mark.parametrize(
    ("text", "may"),
    [
        ("Shots were fired near 12th and Vine on Friday.", True),
        ("Shots were fired near 12th  &\nVine on Friday.", True),
        # near misses: an ordinal with no "and" or "&" after it, an "and" after a plain number
        ("The parade on the 4th of July drew a crowd.", False),
        ("She finished 20th, and her sister 5th.", False),
        ("Seats 5 and 6 were empty.", False),
    ],
)
def test_may_hold_bare_corner(text: str, may: bool) -> None:
    assert _may_hold_bare_corner(text, 0, len(text)) is may

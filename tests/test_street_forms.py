"""One street written two ways (its compass point and type word in full or short): a later
mention with a house number or a block is the address in full. Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.text.street_forms import street_parts, written_again


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("North Orrin Street", ("N", "Orrin", "Street")),
        ("N. Orrin St.", ("N", "Orrin", "Street")),
        ("W Dell Ave", ("W", "Dell", "Avenue")),
        ("Pell Ridge Rd.", (None, "Pell Ridge", "Road")),
        ("West 47th Street", ("W", "47th", "Street")),
        # a compass word alone before the type word is the street's name
        ("North Street", (None, "North", "Street")),
        # no type word last: a route, a street in lower case
        ("Route 9", None),
        ("Elm street", None),
    ],
)
def test_street_parts(name: str, parts: tuple[str | None, str, str] | None) -> None:
    assert street_parts(name) == parts


@pytest.mark.parametrize(
    ("text", "name", "found"),
    [
        ("Shots rang out at 1420 N. Orrin St. on Friday.", "North Orrin Street", ["N. Orrin St."]),
        ("Shots rang out at 1420 North Orrin Street.", "N. Orrin St.", ["North Orrin Street"]),
        ("Shots rang out at 77 Orrin St, police said.", "North Orrin Street", ["Orrin St"]),
        ("Shots rang out at 77 Orrin Street. Police came.", "Orrin St.", ["Orrin Street"]),
        # the form written as the street was comes first
        ("Cars on Orrin Ave. and at 12 Orrin Avenue.", "Orrin Avenue", ["Orrin Avenue", "Orrin Ave."]),
        # near misses: another compass point, another type word, a longer name, a saint's town
        ("Shots rang out at 1420 S. Orrin St. on Friday.", "North Orrin Street", []),
        ("Shots rang out at 1420 Orrin Ave. on Friday.", "Orrin Street", []),
        ("Shots rang out at 1420 Orrinwood St. on Friday.", "Orrin Street", []),
        ("He moved to St. Louis after the trial.", "Louis Street", []),
        ("The clinic of Dr. Lee is on Main.", "Lee Drive", []),
    ],
)
def test_written_again(text: str, name: str, found: list[str]) -> None:
    assert [text[s:e] for s, e in written_again(text, name, 0, len(text))] == found


_LEAD = "Robbery\n\nA clerk was wounded on Friday in a robbery at a {} gas station, police said. She will recover.\n\n"


@pytest.mark.parametrize(
    ("street", "later", "address"),
    [
        # a house number, or a block, with the street in short form: the address in full
        ("North Orrin Street", "A man with a pistol walked into the store at 1420 N. Orrin St. and asked for cash.",
         "1420 N. Orrin St."),
        ("North Orrin Street", "Officers closed the 1400 block of N. Orrin St. for two hours.",
         "1400 block of N. Orrin St."),
        ("Orrin Avenue", "A man with a pistol walked into the store at 1420 Orrin Ave. and asked for cash.",
         "1420 Orrin Ave."),
        # near misses: another compass point, another type word
        ("North Orrin Street", "A man with a pistol walked into the store at 1420 S. Orrin St. and asked for cash.",
         "-1420 S. Orrin St."),
        ("Orrin Avenue", "A man with a pistol walked into the store at 1420 Orrin St. and asked for cash.",
         "-1420 Orrin St."),
    ],
)  # fmt: skip
def test_a_street_named_again_in_short_form_with_its_number(street: str, later: str, address: str) -> None:
    # ("-Name": the near misses, no place of that name)
    inc = summarize(_LEAD.format(street) + later + "\n", model="rules").incident
    names = [loc.name for loc in inc.locations] if inc else []
    assert street in names
    assert (address in names) if not address.startswith("-") else address[1:] not in names

"""A body's name that lists its trades or fields with commas ("The Oil, Gas and Allied Workers
Union", "The Ministry of Roads, Ports and Canals") is one name: the speaker runs back over the comma-closed words to the article, and the speaker is
that whole organisation, not "Oil" with an apposition after it."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.rules.trade_names import trades_name


def speakers(text: str) -> list[tuple[str | None, str, str]]:
    s = summarize(text, model="rules")
    names = {x.id: (x.name, x.kind) for x in s.speakers}
    return [(a.speaker, *names[a.speaker_id]) for a in s.attributions if a.speaker_id]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Boat, Net and Allied Trades union said the quota cut would cost 200 jobs.",
            [
                (
                    "The Boat, Net and Allied Trades union",
                    "Boat, Net and Allied Trades union",
                    "organization",
                )
            ],
        ),
        (
            "The Rail, Bus, Tram and Allied Workers Federation said the strike would go on.",
            [
                (
                    "The Rail, Bus, Tram and Allied Workers Federation",
                    "Rail, Bus, Tram and Allied Workers Federation",
                    "organization",
                )
            ],
        ),
        (
            "The Ministry of Roads, Ports and Canals said the bridge would reopen in May.",
            [
                (
                    "The Ministry of Roads, Ports and Canals",
                    "Ministry of Roads, Ports and Canals",
                    "organization",
                )
            ],
        ),
        (
            "The Council of Farms, Forests and Rivers warned that the drought would last.",
            [
                (
                    "The Council of Farms, Forests and Rivers",
                    "Council of Farms, Forests and Rivers",
                    "organization",
                )
            ],
        ),
        # near miss: a role in apposition to a name
        ("The treasurer, Ann Cole, said the deal was done.", [("The treasurer, Ann Cole", "Ann Cole", "person")]),
    ],
)
def test_a_name_that_lists_trades_is_one_speaker(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert speakers(text) == expected


def test_a_head_in_lower_case_before_of_names_no_body() -> None:
    # near miss: "head" is no body's noun in capitals, so the list is not read back to a body: the
    # role speaks, with the whole list it governs (not its last two names alone)
    found = summarize("The head of Sales, Billing and Support said the quarter was weak.", model="rules").attributions
    assert [a.speaker for a in found] == ["The head of Sales, Billing and Support"]


def test_a_place_set_off_before_the_subject_stays_out_of_it() -> None:
    # near miss: capitalised words joined by "and" after a comma, with no body's head
    found = summarize("In Dunmore, Ortiz and Kemp said the deal was done.", model="rules").attributions
    assert [a.speaker for a in found] == ["Ortiz and Kemp"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("The Boat, Net and Allied Trades union", "Boat, Net and Allied Trades union"),
        ("Boat, Net and Allied Trades Union", "Boat, Net and Allied Trades Union"),
        ("The treasurer, Ann Cole", None),  # no "and", no body's head
        ("Dunmore, Ortiz and Kemp", None),  # no body's head
        ("The union, its members and allies union", None),  # a word in lower case before the comma
        ("The Ministry of Roads, Ports and Canals", "Ministry of Roads, Ports and Canals"),
        ("Ministry of Roads, Ports and canal works", None),  # a word in lower case in the list
        ("The treasury of Roads, Ports and Canals", None),  # no body's head before "of" in capitals
        ("The Riverside of Roads, Ports and Canals", None),  # no body's head before "of"
    ],
)
def test_trades_name(raw: str, expected: str | None) -> None:
    assert trades_name(raw) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "according to" reads the name rightward: past the comma-closed words to the body's head
        (
            "According to the Bread, Cake and Allied Bakers Union, 200 jobs will go.",
            [("the Bread, Cake and Allied Bakers Union", "200 jobs will go")],
        ),
        (
            "Two hundred jobs will go, according to the Dock, Ferry and Harbour union.",
            [("the Dock, Ferry and Harbour union", "Two hundred jobs will go")],
        ),
        (
            "According to the Road, Rail, Tram and Allied Workers Federation, the strike will go on.",
            [("the Road, Rail, Tram and Allied Workers Federation", "the strike will go on")],
        ),
        # near misses: a source, then content that joins names with "and" (no body's head closes them)
        ("According to the mayor, Ortiz and Kemp agreed.", [("the mayor", "Ortiz and Kemp agreed")]),
        (
            "According to the memo, Smith and Jones Union members voted no.",
            [("the memo", "Smith and Jones Union members voted no")],
        ),
    ],
)
def test_according_to_reads_a_trades_name_whole(text: str, expected: list[tuple[str, str]]) -> None:
    found = summarize(text, model="rules").attributions
    assert [(a.speaker, a.content) for a in found] == expected


@pytest.mark.parametrize(
    ("first", "noun", "speaker"),
    [
        (
            "The Ministry of Roads, Ports and Canals closed the bridge.",
            "ministry",
            "Ministry of Roads, Ports and Canals",
        ),
        (
            "The Department of Farms, Forests and Rivers shut the park.",
            "department",
            "Department of Farms, Forests and Rivers",
        ),
        # near miss: a list after the name with no "and" joining capitals: the name ends before it
        ("The Ministry of Roads, ports, canals and bridges closed the bridge.", "ministry", "Ministry of Roads"),
    ],
)
def test_a_description_refers_back_to_a_name_that_lists_fields(first: str, noun: str, speaker: str) -> None:
    s = summarize(f"{first} The {noun} said repairs would take a year.", model="rules")
    names = {x.id: x.name for x in s.speakers}
    assert [names[a.speaker_id] for a in s.attributions if a.speaker_id] == [speaker]

"""Two place forms: a corner whose numbered street carries its quarter's compass point in short
("at NE 12th and Alder", "at SW Fifth and Oak"), and a part of a town with a kind of area between
its name and "area of" ("the Elm industrial area of Ridgeton" names Ridgeton too). Original
sentences; near misses must not fire."""

from __future__ import annotations

import pytest

from summarizer import summarize


def places(text: str) -> list[str]:
    result = summarize(text, model="rules", published="2025-03-10")
    return [loc.name for loc in result.incident.locations] if result.incident else []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A cyclist was shot at NE 12th and Alder in Brackwell on Friday night.", ["NE 12th and Alder", "Brackwell"]),
        ("A cyclist was shot late Friday at SW 3rd and Oak, officers said.", ["SW 3rd and Oak"]),
        ("A cyclist was shot at N.E. Fifth and Alder in Brackwell on Friday.", ["N.E. Fifth and Alder", "Brackwell"]),
        ("A cyclist was shot at Northeast 12th and Alder on Friday.", ["Northeast 12th and Alder"]),
        # near miss: two numbers are a corner only before a stop or their type word
        ("A teacher was shot at NE 12th and 9th grade classes on Friday.", []),
    ],
)  # fmt: skip
def test_a_corner_with_a_quarter_in_short(text: str, expected: list[str]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A cyclist was shot on Friday night in the Tolley industrial area of Brackwell.", ["Tolley", "Brackwell"]),
        ("A cyclist was shot on Friday night in the Tolley business district of Brackwell.", ["Tolley", "Brackwell"]),
        ("A cyclist was shot on Friday night in the Tolley neighborhood of Brackwell.", ["Tolley", "Brackwell"]),
        # near misses: "the area of" a street names the street; a function word is no area's kind
        ("A cyclist was shot on Friday night in the area of Tolley Road and Pine Lane.", ["Tolley Road and Pine Lane"]),
        ("A cyclist was shot on Friday near the area of Tolley Road.", ["Tolley Road"]),
        # near misses: a determiner is no area's kind ("every district of" a state is no part of it)
        ("A cyclist was shot on Elm Street on Friday. Since March every district of Ohio has seen more.", ["Elm Street"]),
        ("A cyclist was shot on Elm Street on Friday. In May each district of Ohio sent aid.", ["Elm Street"]),
    ],
)  # fmt: skip
def test_a_kind_of_area_between_its_name_and_its_town(text: str, expected: list[str]) -> None:
    assert places(text) == expected

"""A corner named in shorthand, by its two streets without their type words after a preposition
of place (text/shorthand_corners.py, read through streets.find_addresses). Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.text.streets import find_addresses


def _streets(text: str) -> list[str]:
    return [a.name for a in find_addresses(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "streets"),
    [
        # a street named by its number in words, before a name
        ("Two men were hurt when shots rang out at Fifth and Larch late Friday.", ["Fifth and Larch"]),
        ("The van stopped on the corner of Seventh and Birch on Tuesday.", ["Seventh and Birch"]),
        ("A crowd gathered near North Ninth and Pell after the fight.", ["North Ninth and Pell"]),
        # a name before a numbered street in digits
        ("A teenager was wounded at Orrin and 3rd, officers said.", ["Orrin and 3rd"]),
        ("Deputies found the car near Kell & 14th.", ["Kell & 14th"]),
        # two numbers in words only before a stop
        ("The crash happened at Fourth and Fifth.", ["Fourth and Fifth"]),
        # two names, one of them written with its type word elsewhere in the story
        (
            "A woman was shot near Tarrow and Kell on Sunday. Police closed Kell Avenue.",
            ["Tarrow and Kell", "Kell Avenue"],
        ),
        ("Police closed Pell Road for hours. The shots were fired at Pell and Venn.", ["Pell Road", "Pell and Venn"]),
        # the second street's type word, or the two's in the plural, after the corner
        ("He was found at Fifth and Larch Street just before dawn.", ["Fifth and Larch Street"]),
        ("The shop at Quill and Dorran Avenue was closed.", ["Quill and Dorran Avenue"]),
        ("A car was hit at Sixth and Larch streets.", ["Sixth and Larch streets"]),
        # a numbered street in digits first is read as before
        ("A man was shot near 12th and Larch on Friday.", ["12th and Larch"]),
    ],
)
def test_a_corner_in_shorthand(text: str, streets: list[str]) -> None:
    assert _streets(text) == streets


@pytest.mark.parametrize(
    "text",
    [
        # two names that no sentence gives a street's type word: a firm, a brand, two people
        "He bought the rifle at Smith and Wesson last year.",
        "She worked for years at Johnson and Johnson.",
        "A man was shot near Bo and Ann's house.",
        "The book was on Marx and Engels.",
        # two numbers before the noun they modify
        "Tutors help pupils at Fifth and Sixth grade levels.",
        # a longer name after the corner: a building, a school
        "Voters lined up at Fifth and Larch Hall.",
        # a number in words that is a rank, not before "and" and a street
        "She finished at Third in the heat.",
        # the two words joined by "and" after no preposition of place
        "Fifth and Larch were closed to traffic.",
    ],
)
def test_no_corner_in_shorthand(text: str) -> None:
    assert _streets(text) == []


def test_the_corner_is_the_incidents_place() -> None:
    text = (
        "A man was wounded early Saturday at Orrin and 3rd, police said. "
        "Officers found him on the sidewalk and took him to a hospital."
    )
    result = summarize(text, model="rules")
    assert result.incident is not None
    assert [loc.name for loc in result.incident.locations] == ["Orrin and 3rd"]

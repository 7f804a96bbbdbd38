"""Whole short articles of kinds that are no US shooting, in the styles of wire services and
British, Canadian, Indian and Australian outlets: the incident's type and category, and its
places (place names, not organisations). Original articles, invented places."""

from __future__ import annotations

import pytest

from summarizer import summarize

ARTICLES = [
    (
        "Four people died when a minibus and a lorry collided on the A9 near Tillow on Friday, police said. "
        "A fire broke out after the crash. The lorry driver was arrested at the scene.",
        ("crash", "accident"),
        ["A9", "Tillow"],  # a British road after "on the" is the crash's street
    ),
    (
        "Three workers were hurt in an explosion at the Kelso Chemicals plant in Avonmere on Monday, "
        "Avonmere Fire and Rescue Service said.",
        ("explosion", "explosion"),
        ["Avonmere"],
    ),
    (
        "Enemy drones attacked an oil depot in Russia's Marsk region overnight, the governor said. "
        "Air defences destroyed 12 drones, the ministry said.",
        ("drone interception", "air_drone_strike"),
        ["Marsk"],
    ),
    (
        "A lorry owned by Storm Haulage Logistics crashed on a bridge in the Parkfield area of Drayton on "
        "Friday, the council said.",
        ("crash", "accident"),
        ["Parkfield", "Drayton"],
    ),
    (
        "Thousands of farmers marched through central Delvin on Saturday to protest a fuel tax, police said.",
        ("protest", "protest"),
        ["Delvin"],
    ),
    (
        "A cyberattack on the Norvale Health Board forced hospitals to cancel operations, officials said on Tuesday.",
        ("cyberattack", "other"),
        [],
    ),
]


@pytest.mark.parametrize(("article", "kind", "places"), ARTICLES)
def test_kind_and_places_of_an_article(article: str, kind: tuple[str, str], places: list[str]) -> None:
    incident = summarize("News\n\n" + article, model="rules").incident
    assert incident is not None
    assert (incident.type, incident.category) == kind
    assert [loc.name for loc in incident.locations] == places

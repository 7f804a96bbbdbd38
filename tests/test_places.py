"""Where an incident happened: place names after a preposition, a place noun before "of" with a
modifier allowed ("the port town of …"). Original sentences."""

from __future__ import annotations

import pytest

from summarizer.text.timeplace import find_places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Floods cut off villages in the northern province of Vess on Monday.", "Vess"),
        ("The quake collapsed homes in the port town of Selvik.", "Selvik"),
        ("He grew up in the state of Tarnia.", "Tarnia"),
        ("Officials spoke in the wake of Tuesday storms.", None),  # "wake" is no place noun
        ("In the words of Mayor Ana Ruiz, the town is safe.", None),
        ("Police patrolled the outskirts of Lisk after the blast at the town of Corran.", "Corran"),
    ],
)
def test_a_place_noun_with_one_modifier_before_of_names_the_place(text: str, place: str | None) -> None:
    names = [p.name for p in find_places(text, 0, len(text))]
    if place is None:
        assert names == []
    else:
        assert place in names

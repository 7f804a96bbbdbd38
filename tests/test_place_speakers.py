"""A name shaped like a town's or a county's, as a speaker, is the place's government, a body,
not a person (text/place_names.py, asked by roles.org_like). Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.text.place_names import place_shaped


def _speaker(text: str) -> tuple[str | None, str | None]:
    result = summarize(f"Flood repairs\n\n{text}\n", model="rules")
    kinds = {s.id: (s.name, s.kind) for s in result.speakers}
    attribution = next(a for a in result.attributions if "bridge" in a.content)
    return kinds.get(attribution.speaker_id or "", (None, None))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The storm shut two roads. Elm Ridge said Tuesday the bridge would reopen.", ("Elm Ridge", "organization")),
        ("The storm shut two roads. Port Selby said the bridge would reopen.", ("Port Selby", "organization")),
        (
            "The storm shut roads. Birch Falls declined to say when the bridge would reopen.",
            ("Birch Falls", "organization"),
        ),
        ("The storm shut roads. The City of Tarrow said the bridge would reopen.", ("City of Tarrow", "organization")),
        # the place's "it" is the body too
        (
            "The storm shut roads. Elm Ridge declined to comment. It said the bridge would reopen soon.",
            ("Elm Ridge", "organization"),
        ),
        # a county, township, parish or borough is a body even after a word that is a given name
        ("The storm shut roads. Dane County said the bridge would reopen.", ("Dane County", "organization")),
        ("The storm shut roads. Grant Township said the bridge would reopen.", ("Grant Township", "organization")),
        # near misses: a given name first is a person; a surname alone goes to the person named
        ("The storm shut roads. Brooke Falls said she saw the bridge fall.", ("Brooke Falls", "person")),
        ("The storm shut roads. Jo Ridge said the bridge would reopen.", ("Jo Ridge", "person")),
        (
            "The storm shut roads. Tom Ridge, the mayor, toured them. Ridge said the bridge would reopen.",
            ("Tom Ridge", "person"),
        ),
    ],
)
def test_a_place_as_subject_is_a_body(text: str, speaker: tuple[str, str]) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("Elm Ridge", True),
        ("Walnut Creek Heights", True),
        ("Fort Lomas", True),
        ("the Town of Orla", True),
        ("Dane County", True),
        # a given name first, one word, a long run, lower case
        ("Jo Ridge", False),
        ("Ridge", False),
        ("the Elm Ridge Valley Water Board Falls", False),
        ("the ridge", False),
    ],
)
def test_place_shaped(name: str, place: bool) -> None:
    assert place_shaped(name) is place

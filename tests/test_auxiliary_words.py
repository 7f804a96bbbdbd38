"""The auxiliary verbs are one word class (text/lexicon.AUXILIARY_VERBS), "am" among them: "I am
saying …" has the subject "I", and "I am told …" is a passive with no source. Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.rules.attribution import words
from summarizer.text import lexicon as lx

_ALL = "am is are was were be been being has have had do does did will would shall should can could may might must"


def test_every_auxiliary_is_in_the_word_class() -> None:
    assert set(_ALL.split()) == lx.AUXILIARY_VERBS
    assert lx.AUXILIARY_VERBS <= lx.AUXILIARIES
    assert lx.AUXILIARY_VERBS <= lx.BOUNDARY_WORDS
    assert lx.FINITE_AUXILIARIES == words.FINITE
    assert lx.BE_FORMS == words.BE_FORMS


def _reports(text: str) -> list[tuple[str | None, str | None]]:
    return [(a.speaker, a.cue) for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    ("text", "reports"),
    [
        ("I am arguing that the tram fares are too high.", [("I", "am arguing")]),
        ("I am saying the tram depot will close.", [("I", "am saying")]),
        # near misses: the hearer of a passive, and a denial, name no source
        ("I am told the tram depot will close.", []),
        ("We are told the tram depot will close.", []),
        ("I am not saying the tram depot will close.", []),
    ],
)  # fmt: skip
def test_am_is_an_auxiliary(text: str, reports: list[tuple[str | None, str | None]]) -> None:
    found = _reports(text)
    assert all(speaker not in ("am", "I am") for speaker, _ in found)
    assert found == reports

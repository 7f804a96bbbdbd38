"""A function word written in capitals inside a sentence in mixed case is an acronym, a body's
name ("the WHO said"), not the relative or question word (text/acronyms.py). Original
sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.text.segments import tokens


def _speaker(text: str) -> tuple[str | None, str | None]:
    result = summarize(f"Clinic report\n\n{text}\n", model="rules")
    names = {s.id: s.name for s in result.speakers}
    attribution = next((a for a in result.attributions if "clinic" in a.content), None)
    if attribution is None:
        return None, None
    return attribution.speaker, names.get(attribution.speaker_id or "")


@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        ("Fevers spread in the valley. The WHO said the clinic would stay open.", "The WHO", "WHO"),
        ("Fevers spread. “The clinic will stay open,” the WHO said.", "the WHO", "WHO"),
        ("Fevers spread. “The clinic will stay open,” said the WHO.", "the WHO", "WHO"),
        ("WHO said on Friday that the clinic would stay open.", "WHO", "WHO"),
        # the name spelled out before: the short form is that body
        (
            "The World Health Organization sent nurses. The WHO said the clinic would stay open.",
            "The WHO",
            "World Health Organization",
        ),
        # near misses: the relative and the question word stay what they were
        ("The nurse, who said the clinic would stay open, left early.", "who", "nurse"),
        ("Who said the clinic would stay open? Nobody on the board.", None, None),
    ],
)
def test_an_acronym_in_capitals_is_a_speaker(text: str, speaker: str | None, name: str | None) -> None:
    assert _speaker(text) == (speaker, name)


@pytest.mark.parametrize(
    ("line", "acronym"),
    [
        ("Fevers spread and the WHO said so.", True),
        ("WHO officials came.", True),
        # a line in capitals, or the word in mixed case
        ("WHO SAID WHAT", False),
        ("Who said so?", False),
        ("The nurse who said so left.", False),
    ],
)
def test_the_token_keeps_its_capitals(line: str, acronym: bool) -> None:
    word = next(t for t in tokens(line, 0, len(line)) if t.low in ("who", "WHO"))
    assert (word.low == "WHO") is acronym

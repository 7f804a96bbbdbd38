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


def _speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    result = summarize(f"Trade report\n\n{text}\n", model="rules")
    by_id = {s.id: s for s in result.speakers}
    out = []
    for a in result.attributions:
        ent = by_id.get(a.speaker_id or "")
        out.append((a.speaker, ent.name if ent else None, ent.kind if ent else None))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a function word or a country code in capitals among mixed case: a body or a country
        ("Ports were busy. The US said it would lift the duty on copper.", ("The US", "US", "organization")),
        ("Ports were busy. The UK said its duty on copper would stay.", ("The UK", "UK", "organization")),
        ("Ports were busy. The EU said the duty on copper would stay.", ("The EU", "EU", "organization")),
        ("The printers jammed twice. IT said the queue would be cleared by noon.", ("IT", "IT", "organization")),
        # a noun phrase keeps its whole phrase
        (
            "The printers jammed twice. The IT department said the queue would be cleared by noon.",
            ("The IT department", "IT department", "organization"),
        ),
        # near misses: the pronoun in mixed case, a line all in capitals
        ("The printers jammed twice. It said the queue would be cleared by noon.", ("It", None, None)),
    ],
)
def test_a_capital_function_word_or_country_code_is_a_body(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert _speakers(text)[0] == expected


def test_a_line_in_capitals_is_no_acronym_speaker() -> None:
    from summarizer.rules.acronym_speakers import acronym_speaker

    line = "THE US SAID IT WOULD LIFT THE DUTY"
    assert acronym_speaker(line, (0, 6)) is None
    mixed = "Ports were busy. The US said so."
    assert acronym_speaker(mixed, (17, 23)) is not None
    assert acronym_speaker("Ports were busy. The CEO said so.", (17, 24)) is None

"""A report inside a relative clause is said by the relative pronoun as written ("…, who said"),
while the entity that speaks stays its antecedent (rules/relative_speakers.py). Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize


def _speaker(sentence: str) -> tuple[str | None, str | None]:
    result = summarize(f"Ferry delays\n\n{sentence}\n", model="rules")
    names = {s.id: s.name for s in result.speakers}
    attribution = next(a for a in result.attributions if "run late" in a.content)
    return attribution.speaker, names.get(attribution.speaker_id or "")


@pytest.mark.parametrize(
    ("sentence", "written", "name"),
    [
        ("The county hired Tam Grell, who said the ferry would run late.", "who", "Tam Grell"),
        ("Tam Grell, who also said the ferry would run late, left early.", "who", "Tam Grell"),
        ("Reporters reached Wren Ochoa, who in 2019 said the ferry would run late.", "who", "Wren Ochoa"),
        ("The port hired a pilot who said the ferry would run late.", "who", "pilot"),
        ("The harbor board, which has long argued that the ferry would run late, met.", "which", "harbor board"),
        # a relative set off by dashes reads as one set off by commas
        ("Tam Grell — who has said the ferry would run late — left early.", "who", "Tam Grell"),
        ("The harbor board -- which argues the ferry would run late -- met.", "which", "harbor board"),
        # near misses: the relative clause is an aside or part of the subject, the verb the main one
        ("Tam Grell, who runs the ferry, said the ferry would run late.", "Tam Grell", "Tam Grell"),
        ("Officials who reviewed the plan said the ferry would run late.", "Officials who reviewed the plan", None),
        ("The union, which represents pilots, said the ferry would run late.", "The union", "union"),
        ("Tam Grell — who runs the ferry — said the ferry would run late.", "Tam Grell", "Tam Grell"),
        ("Tam Grell — who has argued the fares are high — told us the ferry would run late.", "Tam Grell", "Tam Grell"),
        ("Tam Grell said the ferry would run late.", "Tam Grell", "Tam Grell"),
    ],
)
def test_relative_pronoun_is_the_written_speaker(sentence: str, written: str, name: str | None) -> None:
    phrase, resolved = _speaker(sentence)
    assert phrase == written
    if name is not None:
        assert resolved == name


def test_summary_names_the_antecedent() -> None:
    result = summarize(
        "Ferry delays\n\nThe county hired Tam Grell, who said the ferry would run late.\n", model="rules"
    )
    assert "Tam Grell" in result.summary
    assert result.check.ok or not any(f.rule == "speaker-grounded" for f in result.check.findings)

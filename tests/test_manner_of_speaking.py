"""Verbs of saying aloud in a manner, "chant", "sing", "scream" (as "shout", "yell" and "cry"
were): news attribution reads them as speech, the crowd's or the singer's words their content.
Sung or screamed with no words after it, the verb reports nothing."""

from __future__ import annotations

import pytest

from summarizer import summarize


def found(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(a.speaker, a.cue, a.content) for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ('The crowd chanted "No more cuts" as the minister arrived.', "The crowd", "chanted", "No more cuts"),
        ('Fans sang "We will win" outside the stadium.', "Fans", "sang", "We will win"),
        ("Protesters chanted that the minister must go.", "Protesters", "chanted", "the minister must go"),
        ("“Let us in,” the tenants chanted at the gate.", "the tenants", "chanted", "Let us in"),
        ("“Get back,” the man screamed.", "the man", "screamed", "Get back"),
        # near miss: the verb of shouting it joins reads as before
        ('The crowd shouted "No more cuts" as the minister arrived.', "The crowd", "shouted", "No more cuts"),
    ],
)
def test_manner_verb_reports(text: str, speaker: str, cue: str, content: str) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: nothing sung or screamed in words, or the word a noun
        "She sang at church every week.",
        "Her daughter likes to sing.",
        "He began to scream when the police arrived.",
        "The chants of the crowd grew louder.",
        "The choir sang in the cathedral, drawing a large crowd.",
    ],
)
def test_no_words_no_report(text: str) -> None:
    assert found(text) == []

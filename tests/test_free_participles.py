"""A participle clause set off by a comma after a verb of saying and its adverbials ("shouted in
the square, drawing a crowd") tells what the act did or how: the verb has no content there. A
participle of saying after the comma reports on its own ("said in a statement, adding that …"),
and an aside before "that" or a clause after the comma is still the content."""

from __future__ import annotations

import pytest

from summarizer import summarize


def found(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(a.speaker, a.cue, a.content) for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    "text",
    [
        "The fans shouted in the square, drawing a crowd.",
        "The crowd shouted in the square, drawing a large crowd.",
        "The protesters yelled outside the hall, blocking the road.",
        "The students shouted at the police, allegedly trying to stop the arrest.",
        "Ana Ruiz yelled at the officers, allegedly trying to stop the arrest.",
        "He shouted at the guards, prompting them to lock the doors.",
        "The crowd chanted outside the gates, waving flags and banners.",
    ],
)
def test_participle_is_no_content(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        # near misses: a participle of saying, an aside before "that", a clause after the comma
        ("He said in a statement, adding that the plan was sound.", "He", "adding", "the plan was sound"),
        ("She said on Monday, during a briefing, that the plan was sound.", "She", "said", "the plan was sound"),
        ("The mayor said on Monday, the plan was sound.", "The mayor", "said", "the plan was sound"),
        ("Kelby said, speaking from his office, that the road would reopen.", "Kelby", "said", "the road would reopen"),
        ('The coach said after the game, "We were lucky."', "The coach", "said", "We were lucky"),
        (
            "She said on Friday, ending weeks of silence, that she would stand again.",
            "She",
            "said",
            "she would stand again",
        ),
        ("He said on Monday, warning that the strike could spread.", "He", "warning", "the strike could spread"),
    ],
)
def test_content_still_read(text: str, speaker: str, cue: str, content: str) -> None:
    assert (speaker, cue, content) in found(text)

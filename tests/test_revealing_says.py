"""A thing that "says something about" another reveals it: after a subject that is no source (a
film, a choice, an advert), "says" and an amount with "about" ("something", "much", "a lot",
"volumes") are nobody's words. A person or a body saying as much still speaks."""

from __future__ import annotations

import pytest

from summarizer import summarize


def found(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(a.speaker, a.cue, a.content) for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    "text",
    [
        "The two-minute film says much about the carmaker and its drivers.",
        "Its choice of guests says something about the network and its aims.",
        "That choice says volumes about the club.",
        "The new advert says a lot about the brand and its buyers.",
        "The low turnout says something about the mood in the town.",
        "The vote says a great deal about the party.",
    ],
)
def test_thing_reveals(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        # near misses: a source says an amount about something; a thing says a clause
        ("The coach says a great deal about his players.", "The coach", "says", "a great deal about his players"),
        ("The mayor said little about the budget.", "The mayor", "said", "little about the budget"),
        (
            "The report says little about the cost of the bridge.",
            "The report",
            "says",
            "little about the cost of the bridge",
        ),
        ("The sign says the road is closed.", "The sign", "says", "the road is closed"),
        ("She says a lot about her childhood in the memoir.", "She", "says", "a lot about her childhood in the memoir"),
    ],
)
def test_source_still_speaks(text: str, speaker: str, cue: str, content: str) -> None:
    assert (speaker, cue, content) in found(text)

"""A stance verb inside an indirect question that "asked" opens is no one's stance: "Asked
whether Ivy Marsh wanted to run, Sam Yeo said …" is Sam Yeo's, not a stance of Ivy Marsh's
(rules/attribution/stance_verb.py). Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize


def _readings(text: str) -> list[tuple[str, str]]:
    result = summarize(f"Vote set\n\n{text}\n", model="rules")
    names = {s.id: s.name for s in result.speakers}
    return [(names.get(a.speaker_id or "", a.speaker or ""), a.cue) for a in result.attributions]


@pytest.mark.parametrize(
    ("sentence", "readings"),
    [
        ("Asked whether Ivy Marsh wanted to run, Sam Yeo said he did not know.", [("Sam Yeo", "said")]),
        ("When asked if the council backs the levy, Sam Yeo said he had no idea.", [("Sam Yeo", "said")]),
        ("Asked whether Ivy Marsh hoped to win, Yeo said only that she was busy.", [("Yeo", "said")]),
        # near misses: no question (read as before), "asked" with no question word (a request),
        # a stance of the one asked after the aside (hers)
        ("Ivy Marsh wanted to run, Sam Yeo said.", [("Sam Yeo", "said")]),
        ("Sam Yeo asked the council to back the levy.", [("Sam Yeo", "asked")]),
        ("Ivy Marsh, asked about the vote, wanted to delay it.", [("Ivy Marsh", "wanted")]),
    ],
)
def test_a_stance_asked_about_is_no_one_s(sentence: str, readings: list[tuple[str, str]]) -> None:
    assert _readings(sentence) == readings

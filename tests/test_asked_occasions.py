"""A fronted "When asked …" tells the occasion of the report, not a condition of what is said:
"When asked about the fire, she said the alarms had failed" says only that the alarms had failed,
while "When she is hiring, she said she checks references" says the condition too
(rules/attribution/subject_verb.py, words.opens_condition). Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize


def _contents(text: str) -> list[str]:
    return [a.content for a in summarize(f"Mill fire\n\n{text}\n", model="rules").attributions]


@pytest.mark.parametrize(
    ("sentence", "contents"),
    [
        ("When asked about the fire, she said the alarms had failed.", ["the alarms had failed"]),
        ("When pressed, he said the pumps were too old.", ["the pumps were too old"]),
        ("Once reached by phone, they said the gate had been locked.", ["the gate had been locked"]),
        ("If questioned on the plan, she says the costs are fair.", ["the costs are fair"]),
        # near misses: a condition of what is said (kept whole), a named subject (as before)
        (
            "When she is hiring for the mill, she said she checks every reference.",
            ["When she is hiring for the mill, she said she checks every reference"],
        ),
        ("If the levy fails, he says the pool will close.", ["If the levy fails, he says the pool will close"]),
        ("When asked about the fire, Ana Ruiz said the alarms had failed.", ["the alarms had failed"]),
    ],
)
def test_an_asked_occasion_is_not_said(sentence: str, contents: list[str]) -> None:
    assert _contents(sentence) == contents

"""A day after a participle on the subject is the participle's time, not the verb's ("A report
released Monday found …"): the speaker keeps it (attribution/clauses._plain_subject). Original
sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize


def _speaker(text: str) -> str | None:
    result = summarize(f"Ferry fares\n\n{text}\n", model="rules")
    attribution = next((a for a in result.attributions if "fares" in a.content), None)
    return attribution.speaker if attribution is not None else "no attribution"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A report released Monday found that fares rose.", "A report released Monday"),
        ("A poll published Tuesday shows that fares rose.", "A poll published Tuesday"),
        ("A review issued on Friday found that fares rose.", "A review issued on Friday"),
        ("The porter arrested Sunday told police that fares rose.", "The porter arrested Sunday"),
        # near misses: the day between a subject and its verb is the verb's
        ("The ministry Monday said that fares rose.", "The ministry"),
        ("The ministry on Monday said that fares rose.", "The ministry"),
        ("Fred Monday said that fares rose.", "Fred"),
        ("The board last week said that fares rose.", "The board"),
    ],
)
def test_a_participle_keeps_its_day(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker

"""A report inside a relative clause with no "that" whose subject is the gap ("a move supporters
say would cut costs"): the speaker is the words after the head noun, not the head with them
(attribution/contact_clauses.gapped_subject). Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize


def _speaker(text: str) -> str | None:
    result = summarize(f"Ferry fares\n\n{text}\n", model="rules")
    attribution = next((a for a in result.attributions if "fare" in a.content), None)
    return attribution.speaker if attribution is not None else "no attribution"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("It is a levy supporters say would cut fares for riders.", "supporters"),
        ("It was a change critics said was a fare rise by stealth.", "critics"),
        ("This is the plan Mayor Ada Lee says will lower fares.", "Mayor Ada Lee"),
        ("It is the route boatmen said could halve fares.", "boatmen"),
        # its own determiner already opens the speaker's phrase
        ("It was a levy the mayor says will lower fares.", "the mayor"),
        # near misses: the report has a subject of its own, or no head noun stands before
        ("The supporters say it would cut fares for riders.", "The supporters"),
        ("The ferry workers said fares would rise.", "The ferry workers"),
        ("The union officials say fares will rise in May.", "The union officials"),
    ],
)
def test_a_gapped_report_s_speaker_is_past_its_head_noun(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker

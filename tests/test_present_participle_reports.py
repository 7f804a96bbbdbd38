"""A participle that reports after a clause in the present: "The lender cuts rates, saying
inflation has cooled" is the lender's, as the past form is ("The lender cut rates, saying …");
the opening subject ends before a verb in -s with its object (attribution/subject_ends.present_verb).
Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize


def _speaker(text: str) -> str | None:
    result = summarize(f"Ferry fares\n\n{text}\n", model="rules")
    attribution = next((a for a in result.attributions if "fares" in a.content), None)
    return attribution.speaker if attribution is not None else None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The operator raises prices, saying ferry fares must cover fuel.", "The operator"),
        ("The operator cuts 12 sailings, saying ferry fares no longer cover fuel.", "The operator"),
        ("Harbour Lines calls off the strike, adding that ferry fares will hold.", "Harbour Lines"),
        ("The operator sets the limits, saying ferry fares must cover fuel.", "The operator"),
        # near misses: the past form (read before), a plural in the subject before a phrase
        ("The operator raised prices, saying ferry fares must cover fuel.", "The operator"),
        ("Officials at the ports said ferry fares must cover fuel.", "Officials at the ports"),
    ],
)
def test_a_present_clause_before_a_participle_report(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker

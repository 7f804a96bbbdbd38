"""A capitalised "May" after a preposition or a word of time is the month, never the modal of
the verb after it: "A study published in May found that …" is the study's finding with the cue
"found", not "May found" (attribution/verb_groups._month_may). Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize


def _cue(text: str, words: str) -> str | None:
    result = summarize(f"Ferry fares\n\n{text}\n", model="rules")
    attribution = next((a for a in result.attributions if words in a.content), None)
    return attribution.cue if attribution is not None else None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("A study published in May found that ferry fares had doubled.", "found"),
        ("A review released since May shows that ferry fares had doubled.", "shows"),
        ("An audit finished by late May concluded that ferry fares had doubled.", "concluded"),
        # near misses: the modal in lower case, "May" opening a sentence's verb group
        ("Officials in Doria may say that ferry fares had doubled.", "may say"),
        ("Auditors may find that ferry fares had doubled.", "may find"),
    ],
)
def test_may_after_a_preposition_is_the_month(text: str, cue: str) -> None:
    assert _cue(text, "fares had doubled") == cue

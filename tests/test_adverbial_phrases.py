"""Table-driven tests of what a phrase after "before" or "after" is: a time or the content's own."""

from __future__ import annotations

import pytest

from summarizer.rules.attribution.adverbial_phrases import clause_internal_phrase
from summarizer.text.segments import tokens


@pytest.mark.parametrize(
    ("phrase", "internal"),
    [
        ("after she arrived", True),  # a clause of its own
        ("before the guests arrived", True),
        ("before the patient was moved", True),
        ("before long", True),  # a fixed adverb
        ("after all", True),
        # near misses: a noun phrase of time
        ("before kickoff", False),
        ("after the cabinet meeting", False),
        ("before the war", False),
        ("after 10 years of work", False),
    ],
)
def test_clause_internal_phrase(phrase: str, internal: bool) -> None:
    toks = tokens(phrase, 0, len(phrase))
    assert clause_internal_phrase(toks, 0, len(toks) - 1) is internal

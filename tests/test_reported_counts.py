"""A reported count that opens with a quantifier ('said at least 40 people died') is the
content, not a phrase of where or when it was said. Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize


@pytest.mark.parametrize("quantifier", ["at least", "at most", "over", "under"])
def test_a_count_opening_with_a_quantifier_is_what_was_said(quantifier: str) -> None:
    result = summarize(f"News\n\nOfficials said {quantifier} 40 people died in the floods.\n", model="rules")
    assert [(a.cue, a.content) for a in result.attributions] == [("said", f"{quantifier} 40 people died in the floods")]


def test_a_phrase_of_when_that_ends_the_sentence_is_still_no_content() -> None:
    assert summarize("News\n\nThe mayor said on Tuesday.\n", model="rules").attributions == []

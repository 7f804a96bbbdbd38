"""A stance's content that ends in a quote closing past the sentence's stop keeps the closing
mark ('called the plan "a disaster."'), as a reported clause's does
(attribution/stance_verb.read_stance). Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize


def _content(text: str) -> str | None:
    result = summarize(f"Ferry fares\n\n{text}\n", model="rules")
    attribution = next((a for a in result.attributions if "plan" in a.content), None)
    return attribution.content if attribution is not None else None


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('Ms. Lane called the plan "a disaster."', 'the plan "a disaster."'),
        ("Ms. Lane called the plan “a disaster.”", "the plan “a disaster.”"),
        ("Ms. Lane branded the plan “a costly farce.”", "the plan “a costly farce.”"),
        # near misses: a quote that closes inside the sentence, and no quote at all
        ('Ms. Lane called the plan "a disaster" and left.', 'the plan "a disaster"'),
        ("Ms. Lane called the plan a disaster.", "the plan a disaster"),
    ],
)
def test_a_stance_keeps_its_quote_s_close(text: str, content: str) -> None:
    assert _content(text) == content

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


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a comma or "but" inside the quoted words ends no object: the quote runs to its mark
        ("Ms. Lane called the plan “slow, costly and late, and nobody wants it.”", "the plan “slow, costly and late, and nobody wants it.”"),
        ("Ms. Lane called the plan “bold but not reckless” and left.", "the plan “bold but not reckless”"),
        # near misses: a quote that opens past the object's end is not the object's, nor is a
        # time after the quote closes
        ("Ms. Lane called the plan costly, and the board said “we agree, mostly.”", "the plan costly"),
        ("Ms. Lane called the plan “bold” on Monday, after the vote.", "the plan “bold”"),
    ],
)  # fmt: skip
def test_a_stance_object_runs_to_its_quote_s_close(text: str, content: str) -> None:
    assert _content(text) == content

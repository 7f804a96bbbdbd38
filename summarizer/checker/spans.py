"""Rules on spans: every span in range and slicing to its field's text."""

from __future__ import annotations

from collections.abc import Iterator

from summarizer.checker.facts import ArticleFacts
from summarizer.checker.registry import finding, in_range, rule
from summarizer.schema import (
    Finding,
    IncidentSummary,
    span_problems,
)


@rule("span-valid", "error", "every span is in range and slices to its field's text")
def _span_valid(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    for path, span, message in span_problems(summary, facts.text):
        yield finding("span-valid", path, message, in_range(span, facts.text))

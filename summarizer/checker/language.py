"""The rule on the article's language: the offline model reads English only, so an article that
does not read as English is worth a warning before anyone trusts a near-empty summary."""

from __future__ import annotations

from collections.abc import Iterator

from summarizer.checker.facts import ArticleFacts
from summarizer.checker.registry import finding, rule
from summarizer.schema import Finding, IncidentSummary
from summarizer.text.language import english_share


@rule(
    "language",
    "warning",
    "the article reads as English (at least 10% English function words among 20 or more words): "
    "the offline model reads English only",
)
def _language(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    share = english_share(facts.text)  # cached: on the offline path the model has asked it already
    if share.english:
        return
    yield finding(
        "language",
        "source",
        f"the article does not read as English ({share.share:.0%} English function words): "
        "the offline model reads English only; use a language model (--model)",
    )

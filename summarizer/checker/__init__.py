"""The rule-based checker: small pure rules ``(summary, facts) -> Iterable[Finding]`` kept in a
registry with ids; ``check()`` runs them all. Findings are data, never exceptions. Facts about
the article (normalised text, quote marks, numbers) are computed once per article (``facts``);
each group of rules lives in a module of its own.
"""

from __future__ import annotations

from collections.abc import Iterable

from summarizer.checker import (
    boilerplate,
    completeness,
    echo,
    incident,
    language,
    numbers,
    places_times,
    quotes,
    shape,
    spans,
    speakers,
    status,
)
from summarizer.checker import summary as headline_and_summary
from summarizer.checker.facts import ArticleFacts, article_facts, facts_of
from summarizer.checker.quotes import match_mode
from summarizer.checker.registry import RULES, Rule, in_order
from summarizer.ingest import Article
from summarizer.schema import CheckReport, Finding, IncidentSummary, span_text_layer

__all__ = [
    "RULES",
    "ArticleFacts",
    "Rule",
    "article_facts",
    "catalogue",
    "check",
    "facts_of",
    "match_mode",
]

# the order rules run and report in: spans and contents first, the headline and summary, what
# they leave out, then text that is not the article, and an article the offline model cannot read
in_order(
    spans, quotes, speakers, shape, numbers, places_times, incident, status, headline_and_summary, completeness, echo,
    boilerplate, language
)  # fmt: skip


def check(summary: IncidentSummary, text: str | Article, *, rules: Iterable[str] | None = None) -> CheckReport:
    """Run the checker rules on ``summary`` against the article ``text`` it was made from
    (for HTML, the page: the summary's own ``source.text`` is what its spans index), or against
    the Article itself, whose segments the facts then reuse. What the summary's report records of
    its making (``pruned``: what was removed for failing) is kept: no rule can find it again."""
    if isinstance(text, str):
        removed = tuple(r.span for r in summary.source.removed)
        facts = facts_of(span_text_layer(summary, text), summary.source.format == "markdown", removed)
    else:
        facts = facts_of(text)
    selected = [RULES[r] for r in rules] if rules is not None else list(RULES.values())
    findings: list[Finding] = []
    for r in selected:
        findings.extend(r.fn(summary, facts))
    findings.extend(f for f in summary.check.findings if f.rule == "pruned")
    return CheckReport(ok=not any(f.severity == "error" for f in findings), findings=findings)


def catalogue() -> list[tuple[str, str, str]]:
    """(id, severity, description) of every rule, for the README and `summarize check --rules`."""
    return [(r.id, r.severity, r.description) for r in RULES.values()]

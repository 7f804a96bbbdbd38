"""Rules on status: hedged claims are flagged and listed as unverified."""

from __future__ import annotations

from collections.abc import Iterator

from summarizer.checker.facts import ArticleFacts, status_cues
from summarizer.checker.registry import finding, in_range, rule
from summarizer.schema import (
    Finding,
    IncidentSummary,
)
from summarizer.text.base import (
    SpanIndex,
)


@rule(
    "hedge-flagged",
    "error",
    "an attribution whose content or cue carries an uncertainty cue is not `attributed`, and a flag cites the cue",
)
def _hedge_flagged(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    for i, a in enumerate(summary.attributions):
        spans = [a.content_span] + ([a.cue_span] if a.cue_span else [])
        cues = [c for span in spans if in_range(span, facts.text) for c in status_cues(facts.text, span)]
        if not cues:
            continue
        if a.status == "attributed":
            text, span = cues[0]
            yield finding(
                "hedge-flagged", f"attributions[{i}].status", f"{a.id} carries {text!r} but is marked attributed", span
            )
            continue
        cited = SpanIndex(f.span for f in a.flags if f.span is not None)
        for text, span in cues:
            if not cited.overlaps(*span):
                yield finding("hedge-flagged", f"attributions[{i}].flags", f"{a.id}: no flag cites {text!r}", span)


@rule("unverified-list", "error", "`unverified` lists exactly the attributions whose status is not attributed")
def _unverified_list(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    status = {a.id: a.status for a in summary.attributions}
    expected = [a.id for a in summary.attributions if a.status != "attributed"]
    listed, wanted = set(summary.unverified), set(expected)
    for missing in (x for x in expected if x not in listed):
        yield finding("unverified-list", "unverified", f"{missing} is {status[missing]} but not listed")
    for extra in (x for x in summary.unverified if x not in wanted):
        why = "no such attribution" if extra not in status else "its status is attributed"
        yield finding("unverified-list", "unverified", f"{extra} is listed but {why}")

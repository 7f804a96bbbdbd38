"""Rules on text that is not the article: removed boilerplate, and text addressed to an AI."""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer.checker.facts import ArticleFacts, shingles
from summarizer.checker.registry import finding, in_range, rule, short
from summarizer.schema import (
    Finding,
    IncidentSummary,
)
from summarizer.text.base import (
    Span,
    SpanIndex,
    normalize,
)
from summarizer.text.regex import guarded


@rule("no-boilerplate", "error", "no output text comes from the boilerplate listed in source.removed")
def _no_boilerplate(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    removed = [r.span for r in summary.source.removed if in_range(r.span, facts.text)]
    if not removed:
        return
    removed_index = SpanIndex(removed)
    for path, at, span in _output_spans(summary):
        if removed_index.overlaps(*span):
            yield finding("no-boilerplate", path.format(*at), "points into removed boilerplate", span)
    junk = facts.removed_runs(removed)
    inside: list[str] | None = None
    for field_name in ("headline", "summary"):
        shared = shingles(normalize(getattr(summary, field_name), casefold=True)) & junk
        if shared:
            # words the article also says outside its boilerplate (a repeated title) are fine
            if inside is None:  # the boilerplate's text, normalised once for both fields
                inside = [normalize(facts.text[s:e], casefold=True) for s, e in removed]
            shared = {run for run in shared if facts.folded.count(run) <= sum(x.count(run) for x in inside)}
        if shared:
            yield finding("no-boilerplate", field_name, f"holds boilerplate text {min(shared)!r}")


def _output_spans(summary: IncidentSummary) -> Iterator[tuple[str, tuple[int, ...], Span]]:
    """Each span of the output: (its path's template, the indices the template takes, the
    span); a path is written out only for a span that is reported."""
    inc = summary.incident
    if inc is not None:
        for i, loc in enumerate(inc.locations):
            yield "incident.locations[{}].span", (i,), loc.span
        for i, f in enumerate(inc.figures):
            yield "incident.figures[{}].span", (i,), f.span
        if inc.time and inc.time.span:
            yield "incident.time.span", (), inc.time.span
        if inc.date and inc.date.span:
            yield "incident.date.span", (), inc.date.span
    for i, a in enumerate(summary.attributions):
        yield "attributions[{}].content_span", (i,), a.content_span
        if a.speaker_span:
            yield "attributions[{}].speaker_span", (i,), a.speaker_span
    for i, s in enumerate(summary.speakers):
        for j, m in enumerate(s.mentions):
            yield "speakers[{}].mentions[{}]", (i, j), m


# ---------------------------------------------------------------- prompt injection

# guarded: a look-ahead for the first letters of its words, so that the engine, which ignores case,
# does not try every alternative at every position
_INJECTION = guarded(
    r"\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+|the\s+|your\s+)*(?:previous|prior|above|earlier|preceding|system)\s+"
    r"(?:instructions?|prompts?|messages?|context|rules)\b|\b(?:you are|act as|pretend to be)\s+(?:now\s+)?(?:an?\s+)?"
    r"(?:AI|language model|LLM|assistant|chatbot)\b|\bsystem prompt\b|\bnote to (?:the )?(?:AI|LLM|model|assistant)\b",
    re.I,
)


_INJECTION_HINTS = ("ignore", "disregard", "forget", "override", "you are", "act as", "pretend", "prompt", "note to")


@rule("injection-warning", "warning", 'the article holds text addressed to an AI ("ignore previous instructions")')
def _injection(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    if not any(hint in facts.folded for hint in _INJECTION_HINTS):
        return  # the cheap test first: most articles hold none of these words
    for m in _INJECTION.finditer(facts.text):
        yield finding(
            "injection-warning", "source", f"the article addresses an AI: {short(m.group())!r}", (m.start(), m.end())
        )

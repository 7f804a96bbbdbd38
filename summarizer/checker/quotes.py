"""Rules on attributions' contents: found in the article, and quoted as their type says."""

from __future__ import annotations

from collections.abc import Iterator

from summarizer.checker.facts import ArticleFacts
from summarizer.checker.registry import finding, rule, short
from summarizer.schema import (
    Finding,
    IncidentSummary,
)
from summarizer.text.base import (
    quote_type,
)


def match_mode(content: str, facts: ArticleFacts, *, direct: bool = False) -> str:
    """How ``content`` is found in the article: exact, normalized, elided, fuzzy or not found,
    by the matcher grounding uses (a direct quote's case is the speaker's: no case folding)."""
    return facts.matcher.mode(content, casefold=not direct)


@rule(
    "quote-verbatim",
    "error",
    "attribution content is found in the article; a direct quote at least after normalisation",
)
def _quote_verbatim(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    for i, a in enumerate(summary.attributions):
        s, e = a.content_span
        # content at its own span is in the article: no need to search the whole text for it
        at_span = bool(a.content.strip()) and 0 <= s <= e <= len(facts.text) and facts.text[s:e] == a.content
        mode = "exact" if at_span else match_mode(a.content, facts, direct=a.type == "direct")
        path = f"attributions[{i}].content"
        if mode == "not found":
            yield finding("quote-verbatim", path, f"{a.id}: content is not in the article: {short(a.content)!r}")
        elif mode in ("elided", "fuzzy") and a.type == "direct":
            yield finding("quote-verbatim", path, f"{a.id}: direct quote differs from the article ({mode} match)")
        elif mode == "fuzzy":
            yield finding(
                "quote-verbatim", path, f"{a.id}: content only roughly matches the article", severity="warning"
            )


@rule("quote-type", "error", "direct content lies inside quote marks, indirect does not, mixed has both")
def _quote_type(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    for i, a in enumerate(summary.attributions):
        s, e = a.content_span
        if not (0 <= s <= e <= len(facts.text)) or facts.text[s:e] != a.content:
            continue  # span-valid reports it
        share = facts.quoted_share(a.content_span, (a.speaker_span, a.cue_span))
        path = f"attributions[{i}].type"
        found = quote_type(share)
        if found == a.type:
            continue
        if a.type == "direct":
            yield finding(
                "quote-type", path, f"{a.id} is marked direct but {1 - share:.0%} of its words are outside quote marks"
            )
        elif a.type == "indirect" and found == "direct":
            yield finding("quote-type", path, f"{a.id} is marked indirect but its words are all inside quote marks")
        elif a.type == "indirect":
            yield finding("quote-type", path, f"{a.id} quotes some words: it is mixed", severity="warning")
        elif a.type == "mixed":
            yield finding("quote-type", path, f"{a.id} is marked mixed but is {found}", severity="warning")

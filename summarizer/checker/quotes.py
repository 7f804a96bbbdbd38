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
        # content at its own span(s) is in the article: no need to search the whole text for it
        at_span = bool(a.content.strip()) and all(
            0 <= s <= e <= len(facts.text) and facts.text[s:e] == part for (s, e), part in a.pieces
        )
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


_UNQUOTED = quote_type(0.0)  # the type of a content none of whose words is quoted


@rule("quote-type", "error", "direct content lies inside quote marks, indirect does not, mixed has both")
def _quote_type(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    for i, a in enumerate(summary.attributions):
        pieces = a.pieces
        if a.type == _UNQUOTED and not any(facts.quote_index.overlaps(*span) for span, _ in pieces):
            continue  # no quote mark touches it: none of its words is quoted, as its type says
        if not all(0 <= s <= e <= len(facts.text) and facts.text[s:e] == part for (s, e), part in pieces):
            continue  # span-valid reports it
        skip = (a.speaker_span, a.cue_span)
        sizes = [max(1, e - s) for (s, e), _ in pieces]
        shares = [facts.quoted_share(span, skip) for span, _ in pieces]
        share = sum(x * n for x, n in zip(shares, sizes, strict=True)) / sum(sizes)
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

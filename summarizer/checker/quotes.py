"""Rules on attributions' contents: found in the article, and quoted as their type says."""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer.checker.facts import ArticleFacts
from summarizer.checker.registry import finding, rule, short
from summarizer.schema import (
    Finding,
    IncidentSummary,
)
from summarizer.text.base import (
    normalize,
    quote_type,
)

_ELLIPSIS = re.compile(r"\s*(?:\.\s?\.\s?\.|…)\s*|\s*\[[^\]]{1,60}\]\s*")


def match_mode(content: str, facts: ArticleFacts) -> str:
    """How ``content`` is found in the article: exact, normalized, elided, fuzzy or not found."""
    if not content.strip():
        return "not found"
    if content in facts.text:
        return "exact"
    norm = normalize(content)
    if norm in facts.norm:
        return "normalized"
    folded = norm.casefold()
    pieces = [p.strip(" ,;:\"'") for p in _ELLIPSIS.split(folded)]
    pieces = [p for p in pieces if p]
    if len(pieces) > 1:
        pos = facts.folded.find(pieces[0])
        start = pos
        for piece in pieces[1:]:
            if pos < 0:
                break
            pos = facts.folded.find(piece, pos + 1)
        if pos >= 0 and start >= 0 and pos - start <= max(600, 3 * len(folded)):
            return "elided"
    if _fuzzy_found(folded, facts):
        return "fuzzy"
    return "not found"


def _fuzzy_found(folded: str, facts: ArticleFacts, threshold: float = 0.85) -> bool:
    """Is there a window of the article holding at least ``threshold`` of the content's words?"""
    want = re.findall(r"[\w'-]+", folded)
    if len(want) < 4 or not set(want) <= facts.words | set(want):
        return False
    if sum(w in facts.words for w in want) / len(want) < threshold:
        return False
    words = re.findall(r"[\w'-]+", facts.folded)
    n = len(want)
    need: dict[str, int] = {}
    for w in want:
        need[w] = need.get(w, 0) + 1
    window: dict[str, int] = {}
    for i, w in enumerate(words):
        window[w] = window.get(w, 0) + 1
        if i >= n + 2:
            old = words[i - n - 2]
            window[old] -= 1
        hits = sum(min(c, window.get(w2, 0)) for w2, c in need.items())
        if hits / n >= threshold:
            return True
    return False


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
        mode = "exact" if at_span else match_mode(a.content, facts)
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

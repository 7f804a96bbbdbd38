"""Rules on status: hedged claims are flagged (by a cue about that claim) and listed as unverified."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from summarizer.checker.facts import ArticleFacts, status_cues
from summarizer.checker.registry import finding, in_range, rule
from summarizer.schema import (
    Finding,
    IncidentSummary,
)
from summarizer.text.base import (
    Span,
    SpanIndex,
)
from summarizer.text.lexicon import CLAIM_NOUNS
from summarizer.text.regex import compiled, guarded


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


# a cue outside its claim's sentence must say what it is about: "the claim", "these figures",
# "such incidents" (up to five sentences on), or "this"/"that"/"it" in the very next sentence
_NOUN_REFERENCE = guarded(
    rf"\b(?:this|that|the|such|these|those|his|her|their|its|either|neither|both|each|all|none\s+of)\s+(?:[\w-]+(?:['’]s)?\s+)?"
    rf"(?:{CLAIM_NOUNS}|accounts|information|details|version)\b",
    re.I,
)
_PRONOUN_REFERENCE = compiled(r"\b(?:this|that|it|neither|none of (?:this|it))\b", re.I)


def _sentence_of(starts: list[int], pos: int) -> int:
    return max(0, bisect.bisect_right(starts, pos) - 1)


def _scope_problem(
    i: int, summary: IncidentSummary, facts: ArticleFacts, cue: Span, starts: list[int], reason: str = ""
) -> str | None:
    a = summary.attributions[i]
    text = facts.text
    own = [sp for sp in (in_range(x, text) for x in [*(s for s, _ in a.pieces), a.cue_span, a.speaker_span]) if sp]
    if not own:
        return None
    # (a later position is never in an earlier sentence: the first and last sentence are those
    # of the first start and the last end)
    first = _sentence_of(starts, min(s for s, _ in own))
    last = _sentence_of(starts, max(max(s, e - 1) for s, e in own))
    where = _sentence_of(starts, cue[0])
    if first <= where <= last:
        return None
    s_start = starts[where]
    s_end = starts[where + 1] if where + 1 < len(starts) else len(text)
    sentence = text[s_start:s_end]
    if _NOUN_REFERENCE.search(sentence) and 0 < where - last <= 5:
        return None
    # another claim in the cue's sentence: the cue is about that one
    others = [
        b for k, b in enumerate(summary.attributions)
        if k != i and any(
            sp is not None and in_range(sp, text) and s_start <= sp[0] < s_end
            for sp in [*(x for x, _ in b.pieces), b.cue_span, b.speaker_span]
        )
    ]  # fmt: skip
    before_cue = text[max(s_start, cue[0] - 30) : cue[0]]
    if where == last + 1 and _PRONOUN_REFERENCE.search(before_cue) and not others:
        return None  # "This could not be verified" right after the claim
    if (
        reason == "denied"
        and 0 < where - last <= 2
        and any(b.cue_span and tuple(b.cue_span) == tuple(cue) for b in others)
    ):
        return None  # "X said …. Y denied that …": another source's denial, reported, is about this claim
    if others:
        return f"its cue is about {others[0].id}'s claim, in another sentence"
    return "its cue is in another sentence and does not refer to this claim"


@rule(
    "flag-scope",
    "error",
    "a flag's cue is in its claim's own sentence, or refers to the claim explicitly (\"the claim\", "
    '"these figures", "this" right after it); a cue about another claim does not count',
)
def _flag_scope(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    if not any(f.span is not None for a in summary.attributions for f in a.flags):
        return
    starts, _ = facts.sentence_bounds
    for i, a in enumerate(summary.attributions):
        for j, f in enumerate(a.flags):
            cue = in_range(f.span, facts.text)
            if cue is None or not starts:
                continue
            problem = _scope_problem(i, summary, facts, cue, starts, f.reason)
            if problem is not None:
                yield finding("flag-scope", f"attributions[{i}].flags[{j}]", f"{a.id}: flag {f.cue!r}: {problem}", cue)

"""Deaths a murder-suicide tells: "a murder-suicide" in the lead names two, "killed himself after
killing his wife" the people killed and the killer."""

from __future__ import annotations

import re

from summarizer.rules import victims
from summarizer.rules.figure_drafts import FigureDraft
from summarizer.rules.implicit_victims import people_draft
from summarizer.text.base import Span
from summarizer.text.implicit_counts import FILLER, SELF_AFTER_KILLING, VICTIM_NOUNS, implicit_count
from summarizer.text.regex import guarded
from summarizer.text.segments import Sentence

# "a murder-suicide" names two deaths, the victim's and the killer's; not an attempted one
_MURDER_SUICIDE_RE = guarded(r"(?<!attempted\s)\bmurder[- ]suicide\b", re.I)


# the same told in words, the killer's death first: "a man killed himself after killing his wife
# and her brother", "… after murdering his ex-wife": the people killed, and the killer
_SELF_AFTER_KILLING_RE = guarded(
    rf"\bkilled\s+(?P<np>{SELF_AFTER_KILLING}(?:his|her|their)\s+(?:{FILLER}\s+){{0,2}}?(?:ex-)?(?:{VICTIM_NOUNS})\b"
    rf"{victims.AND_KIN})",
    re.I,
)


def murder_suicide(
    view: str, lowered: str, sentences: list[Sentence], drafts: list[FigureDraft], skip: list[Span]
) -> list[FigureDraft]:
    """Two killed for "a murder-suicide" in the lead (its first three sentences: later, it is
    often another case of a roundup) when no count of the dead comes before it; the killed and
    the killer for "killed himself after killing his wife" there, the killer's own mention
    counted in them."""
    lead = sentences[:3]
    if not lead:
        return []
    if (
        lowered.find("himself", lead[0].start, lead[-1].end) >= 0
        or lowered.find("herself", lead[0].start, lead[-1].end) >= 0
    ):
        for sent in lead:
            w = _SELF_AFTER_KILLING_RE.search(view, sent.start, sent.end)
            if w is None or any(a <= w.start() < b for a, b in skip):
                continue
            if any(d.category == "killed" and d.span[0] < w.start() and d.sentence != sent.index for d in drafts):
                return []
            for d in drafts:
                if d.category == "killed" and d.sentence == sent.index and d.span[0] < w.start():
                    d.category, d.label = "other", d.noun or "people"  # the killer, counted below
            n = implicit_count(w.group("np"))
            if n is None:
                return []
            return [people_draft(view, w.span("np"), "killed", sent.index, n)]
    if lowered.find("suicide", lead[0].start, lead[-1].end) < 0:
        return []
    for sent in lead:
        m = _MURDER_SUICIDE_RE.search(view, sent.start, sent.end)
        if m is None or any(a <= m.start() < b for a, b in skip):
            continue
        if any(d.category == "killed" and d.span[0] < m.start() for d in drafts):
            return []
        return [people_draft(view, m.span(), "killed", sent.index, 2)]
    return []

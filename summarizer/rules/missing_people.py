"""People missing with no number written: "a hiker is missing", "a third person remains
unaccounted for". Each becomes a count of 1 for figures.py, as implicit_victims reads the dead."""

from __future__ import annotations

import re

from summarizer.rules.figure_drafts import FigureDraft
from summarizer.text.base import Span
from summarizer.text.implicit_counts import FILLER, ORDINAL_WORDS, VICTIM_NOUNS
from summarizer.text.regex import compiled, guarded
from summarizer.text.segments import Sentence

# one person, a next one of those counted before ("a third person", "another man") or not, and
# a missing that is told, not asked after ("a man is missing", "one worker remains unaccounted for")
_MISSING_ONE_RE = guarded(
    rf"\b(?P<np>(?:(?:an?|one)\s+(?:(?:{ORDINAL_WORDS})\s+)?|another\s+)"
    rf"(?:{FILLER}\s+){{0,3}}?(?:{VICTIM_NOUNS}))\s+"
    r"(?:(?:is|was|remains|remained|has\s+been|had\s+been)\s+(?:still\s+|also\s+|now\s+)?(?:(?:reported|listed|feared)\s+)?"
    r"|went\s+)(?:missing|unaccounted\s+for)\b",
    re.I,
)
# a missing denied or only asked after: "not a single person was missing", "whether a man is missing"
_DENIED_BEFORE = compiled(r"\b(?:not|no|never|nor|whether|if)\s+(?:(?:even|yet|one)\s+)?$", re.I)


def missing_people(
    view: str, lowered: str, sentences: list[Sentence], drafts: list[FigureDraft], skip: list[Span]
) -> list[FigureDraft]:
    """One missing person for each sentence that names them without a number, when it counts
    no one missing in digits or words (``lowered``: the view lower-cased)."""
    counted = {d.sentence for d in drafts if d.category == "missing"}
    out: list[FigureDraft] = []
    for sent in sentences:
        if sent.index in counted or (
            lowered.find("missing", sent.start, sent.end) < 0 and lowered.find("unaccounted", sent.start, sent.end) < 0
        ):
            continue
        m = _MISSING_ONE_RE.search(view, sent.start, sent.end)
        if (
            m is None
            or any(a <= m.start() < b for a, b in skip)
            or _DENIED_BEFORE.search(view, max(sent.start, m.start() - 16), m.start())
        ):
            continue
        s, e = m.span("np")
        out.append(
            FigureDraft(
                text=view[s:e],
                span=(s, e),
                value=1,
                value_max=None,
                qualifier="exact",
                category="missing",
                noun="people",
                label="people missing",
                location=None,
                location_span=None,
                sentence=sent.index,
                phrase_start=s,
                range_end=e,
            )
        )
    return out

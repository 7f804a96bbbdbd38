"""Which count a headline and summary lead with: a total the text gives, else the first count,
but the dead before the other harms of its sentence, and a toll the text tells as later than the first (a toll
that rose through the day) in the first one's stead.
"""

from __future__ import annotations

import re

from summarizer.rules.figures import FigureDraft
from summarizer.text.regex import compiled
from summarizer.text.segments import Sentence

# one more person, told after others: "a third died", "another was killed" (no toll of its own)
ONE_MORE = compiled(r"(?:an?\s+(?:second|third|fourth|fifth|further)|another)\b", re.I)

# words that tell a toll as the later of two: a later hour ("by evening", "by late Tuesday"), a
# toll that rose ("rose to", "had climbed to"), or an update ("later", "updated", "revised")
_LATER = compiled(
    r"\b(?:by\s+(?:(?:late|early|mid|the)[\s-]+)?(?:morning|afternoon|evening|night(?:fall)?|midday|noon|dusk"
    r"|end\s+of\s+the\s+day|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"|(?:rose|risen|climbed|jumped|increased)\s+to)\b",
    re.I,
)
_LATER_GUARD = ("by ", "rose", "risen", "climbed", "jumped", "increased")

# words in the dead's own sentence that tell of another time or a tally: a year ("since 2019, when
# 40 died", "the 2018 killing"), "ago", "last winter", "this year", a month ("who died in March"),
# "similar" (a background paragraph's toll, told before or after its count)
_OTHER_TIME = compiled(
    r"\b(?:(?:19|20)\d\d|since|ago|last\s+\w+|this\s+(?:year|month|week)|so\s+far|similar|deadliest|worst"
    r"|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december))\b",
    re.I,
)


def lead_toll(
    view: str, sentences: list[Sentence], figures: list[FigureDraft]
) -> tuple[FigureDraft | None, list[FigureDraft]]:
    """The count to lead with and its parts (the same harm at one place, no more than it)."""
    counted = [f for f in figures if f.category != "other"]
    totals = [f for f in counted if f.is_total]
    total = totals[0] if totals else (counted[0] if counted else None)
    if total is None:
        return None, []
    if not totals and total.category != "killed":
        # the dead lead over the other harms of the first count's sentence ("two were injured and
        # 11 killed", "launched 40 drones, killing three"), not one more told by an ordinal ("two
        # were hurt and a third died")
        dead = [f for f in figures if f.category == "killed" and f.sentence == total.sentence]
        total = next((f for f in dead if not ONE_MORE.match(f.text)), total)
    if not totals and total.category == "killed":
        total = _latest(view, sentences, counted, total)
    # a part is no more than its whole: "41 were killed, 900 in the province" counts some other thing there
    parts = [
        f for f in counted if f is not total and f.category == total.category and f.location and f.value <= total.value
    ]
    return total, parts


def _latest(view: str, sentences: list[Sentence], counted: list[FigureDraft], first: FigureDraft) -> FigureDraft:
    """The toll told as later than the first ("Four had died by late morning …. By evening,
    officials said 23 were killed"): a higher count of the dead after it, at its place or none,
    whose sentence (or the words since the first, in one sentence) tells a later time."""
    spans = {s.index: s.span for s in sentences}
    latest = first
    for f in counted:
        if f.category != "killed" or f.span[0] <= latest.span[0] or f.value <= latest.value or f.each:
            continue
        if f.location is not None and f.location != first.location:
            continue  # a count at another place is a part or another toll
        start, end = spans.get(f.sentence, f.span)
        if f.sentence == latest.sentence:
            start = latest.span[1]
        low = view[start:end].lower()
        # not a tally of a longer time or a toll of another time ("the number killed this year rose
        # to 120", "by Friday, …; a similar fire in 2010 killed 12")
        if any(g in low for g in _LATER_GUARD) and _LATER.search(low) and not _OTHER_TIME.search(low):
            latest = f
    return latest

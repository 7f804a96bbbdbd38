"""Which count a headline and summary lead with: a total the text gives, else the first count,
but the dead before the other harms, and a toll the text tells as later than the first (a toll
that rose through the day) in the first one's stead.
"""

from __future__ import annotations

import re

from summarizer.rules.figures import FigureDraft
from summarizer.text.regex import compiled
from summarizer.text.segments import Sentence

# one more person, told after others: "a third died", "another was killed" (no toll of its own)
ONE_MORE = compiled(r"(?:an?\s+(?:second|third|fourth|fifth|further)|another)\b", re.I)

# the harms less than death that the dead stated later in the article lead over ("two people were
# injured …. Eleven people died"); not a count of things ("40 drones were launched")
_LESSER_HARMS = frozenset({"injured", "missing"})

# words that tell a toll as the later of two: a later hour ("by evening", "by late Tuesday"), a
# toll that rose ("rose to", "had climbed to"), or an update ("later", "updated", "revised")
_LATER = compiled(
    r"\b(?:by\s+(?:(?:late|early|mid|the)[\s-]+)?(?:morning|afternoon|evening|night(?:fall)?|midday|noon|dusk"
    r"|end\s+of\s+the\s+day|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"|(?:rose|risen|climbed|jumped|increased)\s+to)\b",
    re.I,
)
_LATER_GUARD = ("by ", "rose", "risen", "climbed", "jumped", "increased")

# how many sentences after the first count the dead may be told and still be of its incident
_DEAD_WITHIN = 3
# words that turn to another incident between the first count and the dead: another time or
# place ("earlier", "an hour later", "seven blocks away"), "in a separate shooting", "last
# weekend", "meanwhile" (a roundup's or a background paragraph's toll)
_ANOTHER = compiled(
    r"\b(?:earlier|later|away|previously|separate|unrelated|elsewhere|meanwhile|update[ds]?"
    r"|another\s+(?:shooting|incident|attack|case)|last\s+(?:week|weekend|month|year)|in\s+(?:19|20)\d\d)\b",
    re.I,
)


# words in the dead's own sentence that tell of another time or a tally: a year ("since 2019, when
# 40 died", "the 2018 killing"), "ago", "last winter", "this year", a month ("who died in March"),
# "similar" (a background paragraph's toll, told before or after its count)
_OTHER_TIME = compiled(
    r"\b(?:(?:19|20)\d\d|since|ago|last\s+\w+|this\s+(?:year|month|week)|so\s+far|similar|deadliest|worst"
    r"|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december))\b",
    re.I,
)
# the dead as part of the first count or more besides it: "one of them had died", "eight of the
# missing were found dead", "two more people died"
_PART_OR_MORE = compiled(r"[\w-]+\s+(?:more\b|of\s+(?:them|those|these|the|whom)\b)", re.I)
_ON_DAY = compiled(r"\bon\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I)


def _same_incident_after(view: str, spans: dict[int, tuple[int, int]], first: FigureDraft, dead: FigureDraft) -> bool:
    """Is the count of the dead told soon after the first count, with no turn to another
    incident between ("Two were hurt …. Eleven people died", not "… Earlier, two men were
    shot dead"), nor in the dead's own sentence another time ("…, when 40 people died in 2019"),
    another day ("on Sunday" after "on Saturday") or another place?"""
    if dead.span[0] <= first.span[1] or dead.sentence - first.sentence > _DEAD_WITHIN:
        return False
    if _PART_OR_MORE.match(view, dead.phrase_start if dead.phrase_start >= 0 else dead.span[0]):
        return False  # some of the first count, or more besides them: no toll of its own to lead with
    if dead.location is not None and dead.location != first.location:
        return False  # a place of their own the first count is not told at
    end = spans.get(dead.sentence, dead.span)[1]
    if _ANOTHER.search(view, first.span[1], end) is not None or _OTHER_TIME.search(view, first.span[1], end):
        return False
    first_days = {d.lower() for d in _ON_DAY.findall(view, *spans.get(first.sentence, first.span))}
    return all(d.lower() in first_days for d in _ON_DAY.findall(view, first.span[1], end))


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
        # 11 killed", "launched 40 drones, killing three"), and over the injured or missing they
        # follow later in the article ("Two were hurt in the riot. … Eleven people died")
        # (not one more told by an ordinal: "two were hurt and a third died")
        dead = [f for f in counted if f.category == "killed" and not ONE_MORE.match(f.text)]
        spans = {s.index: s.span for s in sentences}
        total = next((f for f in dead if f.sentence == total.sentence), None) or next(
            (f for f in dead if total.category in _LESSER_HARMS and _same_incident_after(view, spans, total, f)), total
        )
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


def passed_over(figures: list[FigureDraft], total: FigureDraft | None) -> list[FigureDraft]:
    """The count of a lesser harm the dead were led with over, in a sentence before theirs
    ("Two people were injured …. Eleven people died": the two injured), told after the toll."""
    if total is None or total.category != "killed" or total.is_total:
        return []
    first = next((f for f in figures if f.category != "other"), None)
    if first is None or first.category not in _LESSER_HARMS or first.sentence >= total.sentence:
        return []
    return [first]

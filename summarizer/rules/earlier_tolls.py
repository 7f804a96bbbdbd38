"""Tolls told against another count of the same harm. An earlier report of it, when the text
gives a larger one: a figure superseded, not the toll nor a part of it ("Police initially reported
20 dead. … Officials now say 35 people were killed": 35). Beside written_counts' tolls that rose
from a value ("rose to 57 from 44", "up from 9"), which need no other count: these words tell an
earlier report, not that a later one exists, so a toll told only so stays the toll ("Officials had
put the toll at 14"). And a death told by an ordinal ("a third victim died"), the toll so far with
the dead counted before it (ordinal_tolls)."""

from __future__ import annotations

import re

from summarizer.rules.figure_drafts import HARMS, FigureDraft
from summarizer.text.added_counts import ALSO, HURT_ONLY, ordinal_toll
from summarizer.text.regex import compiled
from summarizer.text.segments import Sentence

# the earlier report, before its number in its sentence: a report verb in the past perfect ("had
# put the death toll at", "had said 20 people were dead", "had earlier reported"), one told as the
# first ("initially reported", "originally said", "first put the toll at"), or the earlier toll named
# ("an earlier toll of", "a previous estimate of")
_EARLIER_REPORT = compiled(
    r"(?:\bhad\s+(?:(?:earlier|initially|originally|first|previously)\s+)?"
    r"(?:said|reported|put|given|estimated|counted|confirmed|announced|listed)"
    r"|\b(?:initially|originally|first|earlier|previously)\s+(?:said|reported|put|gave|estimated|counted"
    r"|confirmed|announced|listed)"
    r"|\b(?:an?|the)\s+(?:earlier|initial|previous|original|preliminary)\s+(?:death\s+)?(?:toll|count|figure"
    r"|estimate|tally)\s+of)"
    r"\b[^.;]{0,40}$",
    re.I,
)
_GUARD = ("had ", "initially", "originally", "first", "earlier", "previous", "preliminary")
# a year named: a larger count in a sentence naming one the earlier report's does not is another
# time's ("The 1998 crash at the same spot killed 40 people"), no later report of this toll
_YEAR = compiled(r"\b(?:19|20)\d\d\b")
# the larger count told as a report or an update of the toll: "officials now say", "the navy said",
# "the toll stands at"; a count told as none ("A similar crash there once killed 40") is another's
_LATER_REPORT = compiled(
    r"\b(?:say|says|said|saying|now|reported|reports|confirmed|confirms|announced|toll|tolls|rose|risen|climbed"
    r"|updated|revised|latest)\b",
    re.I,
)
# a smaller later count is the toll only when told as a correction of it: "officials later revised
# the figure, saying nine people had died", "the toll was lowered"; else it is a part or one more
_REVISED = compiled(r"\b(?:revised|revising|lowered|lowering|corrected|correcting|downgraded|reduced)\b", re.I)


def superseded_tolls(view: str, sentences: list[Sentence], drafts: list[FigureDraft]) -> None:
    """Label as other a count of a harm told as an earlier report of it, when a larger count of the
    same harm, not itself so told, no roundup's nor another year's, and told as a report or an
    update ("officials now say"), is in the text; or a smaller one told as a correction ("Officials
    later revised the figure, saying 9 had died"): the latest figure is the toll, higher or lower.
    A smaller later one told otherwise is no new toll ("Officials had put the toll at 20. Two more
    died overnight": one more, added)."""
    earlier = [d for d in drafts if d.category in HARMS and _told_as_earlier(view, d)]
    if not earlier:
        return
    by_index = {s.index: s for s in sentences}

    def years(d: FigureDraft) -> set[str]:
        s = by_index.get(d.sentence)
        return set(_YEAR.findall(view, s.start, s.end)) if s is not None else set()

    def reported(d: FigureDraft) -> bool:
        s = by_index.get(d.sentence)
        return s is None or _LATER_REPORT.search(view, s.start, s.end) is not None

    def revised(d: FigureDraft) -> bool:
        s = by_index.get(d.sentence)
        return s is not None and _REVISED.search(view, s.start, s.end) is not None

    for d in earlier:
        if any(
            o.category == d.category
            and (o.value > d.value or (o.value < d.value and revised(o)))
            and o not in earlier
            and not o.roundup
            and years(o) <= years(d)
            and reported(o)
            for o in drafts
        ):
            d.category, d.label, d.is_total = "other", d.noun or "count", False


def _told_as_earlier(view: str, d: FigureDraft) -> bool:
    at = d.words_start
    before = view[max(0, at - 90) : at]
    low = before.lower()
    return any(g in low for g in _GUARD) and _EARLIER_REPORT.search(before) is not None


# the killer's own death, told by a reflexive: no death the ordinal goes on from
_SELF = compiled(r"(?:him|her)self\b|(?:his|her)\s+own\s+life", re.I)


def ordinal_tolls(drafts: list[FigureDraft]) -> None:
    """A death told by an ordinal ("A second person has died after a shooting that left one man
    dead", "a third victim died on Monday") tells the toll so far: the ordinal's number, the dead
    counted before it (in its sentence or earlier) among them. Its figure takes that number and is
    the total when the dead so counted are fewer (the ordinal word is the number written as a
    word: the checker reads it so). Not an ordinal of no death ("a second shooting", "the second
    victim was treated"), nor one the dead before already hold ("Three men were killed. A second
    victim died at the scene": one of them, retold), nor one of the people told hurt just before,
    dead later, when the dead before and that one make the ordinal ("A man was killed and two women
    were hurt. A second victim died": one dead more, which added_after adds, not a new total).
    ``drafts`` is in text order."""
    for i, d in enumerate(drafts):
        if d.category != "killed" or d.value != 1 or (n := ordinal_toll(d.text)) is None:
            continue
        before = [
            o.value
            for o in drafts[:i] + [o for o in drafts[i + 1 :] if o.sentence == d.sentence]
            if o.category == "killed"
            and ordinal_toll(o.text) is None
            and not o.label.startswith(ALSO)
            and not _SELF.fullmatch(o.text)
        ]
        prev = drafts[i - 1] if i else None
        if (
            prev is not None
            and prev.category == "other"
            and prev.label.endswith(HURT_ONLY)
            and prev.value > 1
            and sum(before) + 1 == n
        ):
            # one of the people told hurt right before, dead later: "A man was killed and two women
            # were hurt. A second victim died Friday" (one more dead, as added_after reads it)
            continue
        if 0 < sum(before) < n and not any(o.is_total and o.category == "killed" for o in drafts):
            d.value, d.is_total = n, True

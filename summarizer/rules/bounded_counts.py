"""A count of a harm told first as a bound ("more than a hundred injured", "at least 40 dead",
"about 30 hurt") and later exactly, no less than the bound ("134 people were being treated at
hospitals"): the same people, told again once counted, so the exact count is the toll, not one
more group beside the first (the first may name its place: "at least 12 were killed in Tarn …
the ministry said 14 had died"). Counts at places of their own ("30 were hurt in Ames and 20 in
Boone") are parts, which ``figures._mark_totals`` sums; a count told as more people ("another 50",
"also") adds to the first, as ``text.added_counts.added_after`` reads it."""

from __future__ import annotations

import re

from summarizer.rules.figure_drafts import HARMS, FigureDraft
from summarizer.text.added_counts import ALSO, BESIDES
from summarizer.text.implicit_counts import implicit_count
from summarizer.text.regex import compiled

__all__ = ["exact_after_bound"]

_BOUNDS = frozenset({"at_least", "about"})
# a count told as more people, before or after its number: "another 50", "50 more", "a further 12"
_MORE_BEFORE = compiled(r"\b(?:another|other|more|further|additional|also)\s+$", re.I)
_MORE_AFTER = compiled(r"\s+(?:more|others?|further|additional|also)\b", re.I)
# the exact count's sentence, before it, turns to another event or place: "In a separate crash, 25
# were hurt", "In the neighbouring town, 55 people were hurt"
_OTHER_EVENT = compiled(r"\b(?:separate|unrelated|another|similar|earlier|previous|neighbou?ring)\b", re.I)
# or, after it, a span of time many events fill: "had killed 40 soldiers in the past month"
_SPAN_OF_TIME = compiled(
    r"\b(?:(?:past|last|previous)\s+(?:\w+\s+)?(?:weeks?|months?|years?|decades?)|this\s+year|so\s+far\s+this)\b", re.I
)
# nouns any group of people may be counted by: "30 protesters were hurt … 36 people had been injured"
_ANYONE = frozenset({"people", "persons", "individuals", "victims"})


def exact_after_bound(view: str, drafts: list[FigureDraft]) -> None:
    """Marks as the total (in place) the largest count of each harm when it is exact, at no
    place but the first count's, told in a later sentence than the harm's first count, and that
    first count is a bound no larger than it; nothing when a total is marked already."""
    for category in HARMS:
        group = sorted((d for d in drafts if d.category == category and not d.roundup), key=lambda d: d.span)
        if len(group) < 2 or any(d.is_total for d in group):
            continue
        lead, top = group[0], max(group, key=lambda d: d.value)
        if (
            lead.qualifier in _BOUNDS
            and top.qualifier == "exact"
            and top.location in (None, lead.location)
            and top.sentence > lead.sentence
            and top.value >= lead.value > 1
            and implicit_count(top.text) is None
            and not top.label.startswith(ALSO)
            and not top.label.endswith(BESIDES)
            and not _MORE_BEFORE.search(view, max(0, top.span[0] - 12), top.span[0])
            and not _MORE_AFTER.match(view, top.span[1])
            and _same_people(lead, top)
            and not _OTHER_EVENT.search(view, view.rfind(".", 0, top.span[0]) + 1, top.span[0])
            and not _SPAN_OF_TIME.search(view, top.span[1], sentence_end(view, top.span[1]))
        ):
            top.is_total = True


def _same_people(lead: FigureDraft, top: FigureDraft) -> bool:
    """Whether the exact count may be the bound's group told again: the same noun, or one that
    counts anyone ("at least 20 people were killed … 25 militants were killed" and "30 protesters
    … 45 officers" are other groups)."""
    return top.noun is None or top.noun == lead.noun or top.noun in _ANYONE


def sentence_end(view: str, at: int) -> int:
    """The offset of the first full stop at or after ``at``, or the end of ``view``."""
    stop = view.find(".", at)
    return stop if stop >= 0 else len(view)

"""A count of a harm told first as a bound ("more than a hundred injured", "at least 40 dead",
"about 30 hurt") and later exactly, no less than the bound ("134 people were being treated at
hospitals"): the same people, told again once counted, so the exact count is the toll, not one
more group beside the first (the first may name its place: "at least 12 were killed in Tarn …
the ministry said 14 had died"). Counts at places of their own ("30 were hurt in Ames and 20 in
Boone") are parts, which ``figures._mark_totals`` sums; a count told as more people ("another 50",
"also") adds to the first, as ``text.numbers.added_after`` reads it."""

from __future__ import annotations

import re

from summarizer.rules.written_counts import HARMS, FigureDraft
from summarizer.text.numbers import ALSO, BESIDES, implicit_count
from summarizer.text.regex import compiled

__all__ = ["exact_after_bound"]

_BOUNDS = frozenset({"at_least", "about"})
# a count told as more people, before or after its number: "another 50", "50 more", "a further 12"
_MORE_BEFORE = compiled(r"\b(?:another|other|more|further|additional|also)\s+$", re.I)
_MORE_AFTER = compiled(r"\s+(?:more|others?|further|additional|also)\b", re.I)


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
        ):
            top.is_total = True

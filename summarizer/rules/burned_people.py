"""People counted and then burned are hurt, not damaged: "At least 40 people were burned, several
of them badly" counted 40 'damaged' (the category of "burned" homes and cars). A count of people
whose own passive "burned"/"burnt" follows within its clause is of the injured; a count of things
("Forty homes were burned") stays damaged. People "burned to death", passive or not, are the killed."""

from __future__ import annotations

import re

from summarizer.rules.figure_drafts import FigureDraft
from summarizer.text import incident_words as iw
from summarizer.text.implicit_counts import VICTIM_NOUN_WORDS, singular
from summarizer.text.regex import compiled

__all__ = ["burned_people"]

# the people's own passive, a few words after the noun: "40 people were burned", "three firefighters
# were badly burned", "two children inside had been burnt", "burned to death" (killed); not "burned down", nor bodies "burned beyond recognition"
_BURNED_AFTER = compiled(
    r"(?:[ \t]+(?!(?:were|was|had|have|has|who|that|and|but|not|never)\b)[\w'’-]+){0,5}?[ \t]+"
    r"(?:(?:were|was|had\s+been|have\s+been|has\s+been|got)\s+(?:\w+ly\s+)?(?:burned|burnt)\b"
    r"(?P<dead>\s+to\s+death\b)?(?!\s+(?:alive|down|out|beyond)\b)"
    # or their own verb, no passive, only to death: "two children burned to death" ("two houses burned": things)
    r"|(?:burned|burnt)(?P<died>\s+to\s+death\b))",
    re.I,
)


def burned_people(view: str, lowered: str, drafts: list[FigureDraft]) -> None:
    """Sets as injured, or killed when burned to death (in place), the counts of people read as
    damaged ("burned") or as no harm ("burnt") whose own verb is "burned"/"burnt"."""
    if "burn" not in lowered:
        return
    for d in drafts:
        if d.category not in ("damaged", "other") or d.noun is None:
            continue
        if d.noun not in iw.PEOPLE_NOUNS and singular(d.noun) not in VICTIM_NOUN_WORDS:
            continue
        m = _BURNED_AFTER.match(view, max(d.range_end, d.span[1]))
        if m is None:
            continue
        d.category = "killed" if m.group("dead") or m.group("died") else "injured"
        d.label = f"{d.noun} {d.category}"

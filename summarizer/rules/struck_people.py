"""People counted and then "struck" or "hit", told beside gunfire: "A gunman fired a dozen shots
into the house. At least four people inside were struck" counts four hurt. Without gunfire in the
sentence or the one before, "struck" may be a car's, a storm's or a blow's, and is left alone.
"""

from __future__ import annotations

import re

from summarizer.rules.figure_drafts import FigureDraft
from summarizer.text import incident_words as iw
from summarizer.text.implicit_counts import VICTIM_NOUNS
from summarizer.text.regex import compiled
from summarizer.text.segments import Sentence

__all__ = ["struck_by_gunfire"]

# the counted people's own passive "struck"/"hit" within their clause, a few words after the
# noun ("four people near the door were struck"), not a thing they struck ("struck a deal"), nor one
# struck by a vehicle or a blow ("struck by a car", "hit with a bat"), nor one "nearly hit"
_STRUCK_AFTER = compiled(
    r"(?:[ \t]+(?!(?:were|was|had|have|has|who|that|and|but|not|never)\b)[\w'’-]+){0,5}?[ \t]+"
    r"(?:were|was|had\s+been|have\s+been|got)\s+(?:(?!nearly\b)\w+ly\s+)?(?:struck|hit)\b"
    r"(?![ \t]+(?:by|with)[ \t]+(?!(?:a[ \t]+|the[ \t]+|stray[ \t]+)*(?:bullets?|gunfire|shots?|rounds?|pellets?)\b))",
    re.I,
)
# or the object of a blow's verb after the gunfire: "opened fire, hitting two people", "fired into
# the crowd and struck three men" ("fatally striking two men": the dead); the count's words may
# open with its qualifier ("hitting at least four people")
_STRIKING_BEFORE = compiled(
    r"(?:,|\band)\s+(?:(?P<fatal>fatally|mortally)\s+)?(?:hitting|striking|grazing|hit|struck|grazed)\s+$", re.I
)
# a count no one of whom was struck: "none of the three guards", "neither of the two men"
_NONE_OF = compiled(
    r"\b(?:none|neither|not\s+one|no\s+one)\s+of\s+(?:the\s+|those\s+|these\s+|its\s+|their\s+)?$", re.I
)
# one person or more by a noun of the people a shooting harms: "clerks", "a driver"
_PERSON = compiled(rf"(?:{VICTIM_NOUNS})s?")
# gunfire told in the sentence or the one before, on lower-cased text
_GUNFIRE = compiled(r"\b(?:shots?|fired|firing|gunfire|gunshots?|bullets?|opened\s+fire|rounds)\b")


def struck_by_gunfire(view: str, lowered: str, sentences: list[Sentence], drafts: list[FigureDraft]) -> None:
    """Sets the people counted and then struck, or struck by the shooter, beside gunfire, as hurt
    (in place); as dead when struck fatally."""
    if "struck" not in lowered and " hit" not in lowered and "striking" not in lowered and "grazing" not in lowered:
        return
    spans = {s.index: s for s in sentences}
    for d in drafts:
        if d.category != "other" or d.noun is None:
            continue
        if d.noun not in iw.PEOPLE_NOUNS and not _PERSON.fullmatch(d.noun):
            continue
        sent = spans.get(d.sentence)
        if sent is None:
            continue
        start = d.words_start
        blow = _STRIKING_BEFORE.search(view, max(sent.start, start - 30), start)
        if blow is None and not _STRUCK_AFTER.match(view, max(d.range_end, d.span[1]), sent.end):
            continue
        if _NONE_OF.search(view[max(sent.start, d.span[0] - 24) : d.span[0]]):
            continue
        before = spans.get(d.sentence - 1)
        if not _GUNFIRE.search(lowered, before.start if before else sent.start, sent.end):
            continue
        d.category = "killed" if blow is not None and blow.group("fatal") else "injured"
        d.label = f"{'people' if d.noun in iw.PEOPLE_COUNTED_BY else d.noun} {d.category}"

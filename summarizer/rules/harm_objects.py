"""People harmed as the objects of two verbs of harm joined by "and" ("shot two men and wounded a
woman", "shot a clerk and injured two customers"): one count of the people hurt, written as the
list that names them, so that the second object is not left out of the toll nor counted apart.
"""

from __future__ import annotations

import re

from summarizer.rules.figure_drafts import FigureDraft
from summarizer.text.implicit_counts import (
    FILLER,
    HARM_VERB,
    HARM_VERB_NEXT,
    PEOPLE_PLURAL,
    PERSON_PREFIX,
    VICTIM_NOUNS,
    implicit_count_at,
)
from summarizer.text.regex import compiled

# one person named without a number, the object of a verb; not a possessive, whose noun after it is
# the object ("wounded a woman's dog")
_ONE = rf"(?:an?|one)\s+(?:{FILLER}\s+){{0,4}}?{PERSON_PREFIX}(?:{VICTIM_NOUNS})\b(?!['’]s\b)"
# the count is the first verb's object: "(shot) two men"
_VERB_BEFORE = compiled(rf"\b{HARM_VERB}\s+$", re.I)
# … and the second verb's object is one person: "(two men) and wounded a woman"
_AND_ONE_AFTER = compiled(rf"(?:\s+{FILLER}){{1,3}}?,?\s+and\s+{HARM_VERB_NEXT}(?:{_ONE})", re.I)
# the count is the second verb's object, one person the first's: "shot a clerk and wounded (two)"
_ONE_AND_VERB_BEFORE = compiled(rf"\b{HARM_VERB}\s+(?P<np>{_ONE}),?\s+and\s+{HARM_VERB_NEXT}$", re.I)
_PEOPLE_AT = compiled(rf"\s+{PEOPLE_PLURAL}\b", re.I)


def _take(view: str, d: FigureDraft, start: int, end: int, drafts: list[FigureDraft], gone: list[FigureDraft]) -> None:
    """The count becomes the list from ``start`` to ``end`` when it names one person more than the
    count. The person the list adds may be a figure already: one hurt is the list's own ("shot one
    man and wounded two women": the man is of the three), one dead is not hurt ("… and wounded a
    woman, who died later": two hurt, the woman dead), and the count stays."""
    value = implicit_count_at(view, start, end)
    if value is None or value != d.value + 1:
        return
    inside = [o for o in drafts if o is not d and start <= o.span[0] < end]
    if any(o.category != d.category for o in inside):
        return
    gone.extend(inside)
    d.text, d.span, d.value, d.phrase_start, d.range_end = view[start:end], (start, end), value, start, end
    d.label = f"people {d.category}"


def objects_of_two_harms(view: str, drafts: list[FigureDraft]) -> None:
    """ "Deputies shot two men and wounded a woman": three people hurt, the count of the first
    object and the person the second verb takes (or the person first, the count second)."""
    gone: list[FigureDraft] = []
    for d in drafts:
        if d in gone or d.category != "injured" or d.roundup or d.value_max is not None or d.value != int(d.value):
            continue
        start = d.words_start
        if _VERB_BEFORE.search(view, max(0, start - 10), start):
            after = _AND_ONE_AFTER.match(view, d.range_end)
            if after is not None:
                _take(view, d, d.span[0], after.end(), drafts, gone)
                continue
        before = _ONE_AND_VERB_BEFORE.search(view, max(0, start - 90), start)
        people = _PEOPLE_AT.match(view, d.range_end)
        if before is not None and people is not None:
            _take(view, d, before.start("np"), people.end(), drafts, gone)
    for d in gone:
        drafts.remove(d)

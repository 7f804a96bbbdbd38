"""People named by a plural noun with no number, their ages set off after it, then their harm:
"The brothers, who are 12 and 14, were treated for burns" counts two hurt, one for each age.
"""

from __future__ import annotations

import bisect
import re

from summarizer.rules.figure_drafts import HARMS, FigureDraft
from summarizer.rules.implicit_victims import people_draft
from summarizer.text.base import Span
from summarizer.text.implicit_counts import GROUP_AGES, implicit_count_at
from summarizer.text.incident_words import CONVEYED_OR_ADMITTED
from summarizer.text.regex import compiled
from summarizer.text.segments import Sentence

# the ages set off by commas: ", who are 12 and 14,", ", ages 9, 11 and 13,", ", 16 and 19,", or
# the one age of two: ", both 16," (text/implicit_counts.GROUP_AGES)
_AGES = compiled(rf",\s+{GROUP_AGES}\s*,", re.I)
# the plural noun phrase right before them, definite or theirs: "the brothers", "her twin sons"
# (which words name people is text/implicit_counts.implicit_count's to say)
_GROUP_BEFORE = compiled(r"\b(?:the|his|her|their|our)\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z]+$", re.I)
# their own predicate of harm right after the ages, a patient's outlook too ("were all expected to
# recover", "are expected to survive": hurt, as victims.py reads it of one person)
# (as papers outside the US write them too: "were rushed to hospital" with no article, "were
# declared brought dead", "were confirmed dead", "sustained gunshot wounds", dead when the group's
# own death follows, told after "and" or "they": "sustained gunshot wounds and were declared dead",
# "… and were rushed to hospital, where they died"; not another's: "… but the dead man was a neighbour")
_HARMED_AFTER = compiled(
    r"\s+(?:(?:were|are|have\s+been|had\s+been)\s+(?:\w+ly\s+|both\s+|all\s+)?"
    r"(?:(?P<hurt>injured|hurt|wounded|shot|stabbed|burned|treated\s+for|hospitali[sz]ed|expected\s+to\s+(?:recover|survive)"
    rf"|{CONVEYED_OR_ADMITTED}\s+to\s+(?:(?:a|the)\s+)?hospital)"
    r"|(?P<dead>killed|found\s+dead|(?:pronounced|declared|confirmed)\s+(?:brought\s+)?dead))|(?P<died>died)"
    r"|(?P<sustained>sustained\s+(?:[a-z]+\s+){0,2}?(?:injuries|wounds))(?P<then_dead>[^.;]{0,40}?\b(?:and|they)\s+(?:(?:were|later|subsequently|both|all|declared|pronounced|confirmed|brought)\s+){0,4}(?:dead|died))?)\b",
    re.I,
)


def aged_groups(view: str, sentences: list[Sentence], drafts: list[FigureDraft], skip: list[Span]) -> list[FigureDraft]:
    """A count for each plural group told by its ages and harmed, in a sentence that counts no
    harm in digits or words ("Two brothers, 12 and 14, …" is counted already)."""
    out: list[FigureDraft] = []
    if (" and " not in view and "both " not in view) or not sentences:
        return out
    counted = {d.sentence for d in drafts if d.category in HARMS}
    starts = [s.start for s in sentences]
    for m in _AGES.finditer(view):
        group = _GROUP_BEFORE.search(view, max(0, m.start() - 40), m.start())
        harm = _HARMED_AFTER.match(view, m.end()) if group is not None else None
        if group is None or harm is None or any(a <= group.start() < b for a, b in skip):
            continue
        s, e = group.start(), m.end("last")
        value = implicit_count_at(view, s, e)
        sent = sentences[max(0, bisect.bisect_right(starts, s) - 1)]
        if value is None or sent.index in counted or not sent.start <= s < sent.end:
            continue
        category = (
            "injured" if harm.group("hurt") or (harm.group("sustained") and not harm.group("then_dead")) else "killed"
        )
        out.append(people_draft(view, (s, e), category, sent.index, value))
    return out

"""The attacker harmed by another's hand after their own harms, told by a pronoun in the same
sentence: "The gunman killed his wife before police shot him dead" counts the gunman among the dead
(as GVA does: a shooter killed by police is one of the killed), "… before an officer shot him in the
leg" among the hurt. implicit_victims.killers_own_death reads the killer's death by their own hand.
"""

from __future__ import annotations

import re

from summarizer.rules.figure_drafts import HARMS, FigureDraft
from summarizer.rules.implicit_victims import people_draft, unasserted
from summarizer.text.added_counts import BESIDES
from summarizer.text.base import Span
from summarizer.text.regex import compiled, guarded
from summarizer.text.segments import Sentence

# a conjunction of time after the attacker's clause, then whoever stopped them (a few words, never
# the attacker's own pronoun, an adverb or "and": "before he shot him", "and then later shot him
# dead" are harms the attacker did), a verb of harm and the attacker as a pronoun object: "before
# police shot him dead", "until a deputy fatally shot her", "then officers shot and killed him",
# "before an officer shot him in the leg" (hurt)
_BY_ANOTHER_RE = guarded(
    r"\b(?:before|until|then|when|after\s+which)\s+"
    r"(?!(?:he|she|they|it|himself|herself|later|then|also|again|\w+ly)\b)(?:(?!and\b)[\w'’.-]+\s+){1,4}?(?:later\s+|then\s+)?"
    r"(?:(?P<killed>(?:fatally|mortally)\s+(?:shot|wounded)|shot\s+and\s+killed|killed|gunned\s+down)\s+(?P<k>him|her)\b"
    r"|shot\s+(?P<d>him|her)\s+(?:dead|to\s+death)\b"
    r"|(?:shot|wounded|injured)\s+(?P<h>him|her)\b(?!\s+(?:dead|to\s+death)\b))",
    re.I,
)
# the same told in the passive: "before he was shot and killed by police", "until she was fatally
# shot by a deputy"
_BY_ANOTHER_PASSIVE_RE = guarded(
    r"\b(?:before|until|when)\s+(?P<p>he|she)\s+was\s+(?:(?:later|then)\s+)?"
    r"(?:(?:fatally|mortally)\s+shot|shot\s+and\s+killed|killed|shot\s+dead|shot\s+to\s+death|gunned\s+down)\s+by\b",
    re.I,
)
# the sentence's harm before the conjunction told in the passive ("a man was wounded before a
# second gunman shot him dead"): then the pronoun is that person, not an attacker
_PASSIVE_HARM = compiled(
    r"\b(?:was|were|been)\s+(?:\w+ly\s+)?(?:shot|killed|wounded|injured|hurt|stabbed|slain|murdered)\b", re.I
)
_WORDS = ("before", "until", "then", "when", "after which")


def attackers_harmed(
    view: str, lowered: str, sentences: list[Sentence], drafts: list[FigureDraft], skip: list[Span]
) -> list[FigureDraft]:
    """One more dead (or hurt) for the attacker harmed by another after the people they harmed,
    told before the conjunction in the same sentence and by an active verb; labelled as besides
    those counted, so that ``added_after`` adds the attacker to the toll. A draft already read at
    the pronoun is made so; the new ones are returned."""
    out: list[FigureDraft] = []
    for sent in sentences:
        here = lowered[sent.start : sent.end]
        if not any(w in here for w in _WORDS) or (" him" not in here and " her" not in here and " he " not in here):
            continue
        matches = [
            (m, next(g for g in ("k", "d", "h") if m.group(g)))
            for m in _BY_ANOTHER_RE.finditer(view, sent.start, sent.end)
        ] + [(m, "p") for m in _BY_ANOTHER_PASSIVE_RE.finditer(view, sent.start, sent.end)]
        for m, group in matches:
            s, e = m.span(group)
            if any(a <= m.start() < b for a, b in skip) or unasserted(view, max(sent.start, m.start() - 30), m.start()):
                continue
            before = [d for d in drafts if d.category in HARMS and sent.start <= d.span[0] < m.start()]
            if not before or _PASSIVE_HARM.search(view, sent.start, m.start()):
                continue
            category = "injured" if group == "h" else "killed"
            label = f"people {category} {BESIDES[-1]}"
            same = [d for d in drafts if d.span[0] < e and s < d.span[1]]
            for d in same:
                d.category, d.label = category, label
            if not same:
                draft = people_draft(view, (s, e), category, sent.index)
                draft.label = label
                out.append(draft)
    return out

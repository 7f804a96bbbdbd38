"""A death told first and the harm that caused it after, in one sentence: "The standoff ended in
the suspect's death when officers say the man was shot". The person shot there is the one who
died, counted among the killed, not the injured.
"""

from __future__ import annotations

import bisect

from summarizer.rules.figure_drafts import HARMS, FigureDraft
from summarizer.text.base import lower_pattern
from summarizer.text.segments import Sentence

__all__ = ["death_when_shot"]

# "ended in the man's death when", "ends with her death after", up to the harm's person (the
# pattern is searched up to them: "$" is where they start); no semicolon or period between; on
# lower-cased text
_DEATH_WHEN = lower_pattern(
    r"\b(?:ended|ends|end|ending)\s+(?:in|with)\s+[^.;]{0,60}?\bdeaths?\b[^.;]{0,60}?\b(?:when|after|as)\b[^.;]*$"
)


def death_when_shot(lowered: str, sentences: list[Sentence], drafts: list[FigureDraft]) -> None:
    """The one person hurt in the clause after "ended in … death when" is the dead: their draft
    is counted killed, or, when the death was counted in the clause before ("ended in the death of
    a man when he was shot"), is that person again, shot."""
    starts = [s.start for s in sentences]
    before: FigureDraft | None = None  # the harm drafted last
    for d in drafts:
        k = bisect.bisect_right(starts, d.span[0]) - 1
        if (
            d.category == "injured"
            and d.value == 1
            and not d.roundup
            and k >= 0
            and "death" in lowered[sentences[k].start : d.span[0]]
            and (m := _DEATH_WHEN.search(lowered, sentences[k].start, d.span[0])) is not None
        ):
            if before is None or before.span[1] <= m.start():
                d.category, d.label = "killed", f"{d.noun or 'people'} killed"
            elif before.category == "killed" and before.value == 1:
                d.category, d.label = "other", f"{d.noun or 'people'} shot"
        if d.category in HARMS:
            before = d

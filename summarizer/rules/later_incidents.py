"""A sentence that opens with a later time and goes on to new people shot ("Later that night, two
women were shot on Ash Avenue"; "Hours later, a man was wounded …"): the story turns to another
incident, whose people are not the lead's (figures._separate_incidents_from cuts the toll there,
as at "In a separate shooting, …"). Not more of the same one: "Later, the man died at a
hospital" (no new people), "Minutes later, a second victim arrived at a hospital" (no one shot
in the clause), "Moments later, a second man was shot" (an ordinal: one more of the same scene).
"""

from __future__ import annotations

import bisect

from summarizer.text.base import lower_pattern
from summarizer.text.segments import Sentence

# a later time opening the sentence, its comma, new people; on lower-cased text
_LATER_OPENING = lower_pattern(
    r"[\"“'‘]?(?:(?:just\s+|about\s+|some\s+|nearly\s+|roughly\s+|less\s+than\s+|more\s+than\s+|over\s+)*"
    r"(?:an?|one|two|three|four|five|several|a\s+few|\d+)\s+(?:hours?|minutes?)\s+later"
    r"|(?:hours|minutes)\s+later"
    r"|later(?:\s+(?:that|in\s+the|on|on\s+\w+day))?(?:\s+(?:day|morning|afternoon|evening|night))?)\s*,\s+"
    r"(?=(?:an?|another|two|three|four|five|six|\d+)\s)(?!an?\s+(?:second|third|fourth)\b)"
)
# the new people shot, hurt or killed in the sentence
_NEW_HARM = lower_pattern(
    r"\b(?:was|were)\s+(?:fatally\s+|critically\s+|also\s+)?(?:shot|wounded|killed|injured|struck)\b"
)
_REACH = 80  # how far into its sentence the later time's word may stand


def later_incidents(lowered: str, sentences: list[Sentence]) -> list[int]:
    """Where (sentence starts) the text turns to a later incident, in order."""
    out: list[int] = []
    starts = [s.start for s in sentences]
    i = lowered.find("later")
    while i >= 0:
        k = bisect.bisect_right(starts, i) - 1
        if k >= 0 and i - starts[k] <= _REACH:
            sent = sentences[k]
            m = _LATER_OPENING.match(lowered, sent.start)
            if m is not None and m.end() > i and _NEW_HARM.search(lowered, m.end(), sent.end):
                out.append(sent.start)
        i = lowered.find("later", i + 5)
    return out

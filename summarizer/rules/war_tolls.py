"""A toll told as a whole war's or epidemic's ("the number of people who died in the war has
reached 20,000", "the death toll of the conflict rose to 9,000"): still a count of its harm, but
no total of the incident the story tells ("A bomb killed 4 people on Monday. …": 4)."""

from __future__ import annotations

import re

from summarizer.text.regex import compiled

# a toll of a whole war or epidemic: "the number of people who died in the war has reached 20,000",
# "the death toll of the conflict rose to 9,000": still a count, but no total of this incident's
_OF_A_WAR_BEFORE = compiled(
    r"\b(?:in|during|since|of|from)\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:war|conflict|insurgency|pandemic"
    r"|epidemic)\b[^.;]*$",
    re.I,
)


def of_a_war(view: str, start: int, at: int) -> bool:
    """Whether the toll the number at ``at`` gives is told as a whole war's or epidemic's."""
    return _OF_A_WAR_BEFORE.search(view, max(start, at - 120), at) is not None

"""Whose a verb of harm is, by its number: a count of several people is not the subject of a
singular verb coordinated after it ("Dorn argued with three neighbors and was wounded": Dorn was
wounded, not the three)."""

from __future__ import annotations

import re

from summarizer.text.regex import compiled

# "… and was", "… and has since been", an adverb either side: the harm word follows at the end
_AND_SINGULAR_BEFORE = compiled(
    r"\band\s+(?:\w+ly\s+|then\s+|later\s+|also\s+)?(?:was|is|has\s+(?:since\s+)?been|had\s+been)\s+(?:\w+ly\s+)?$",
    re.I,
)
# a count of one is singular: "argued with one of them and was shot" may well be theirs
_ONE = compiled(r"(?:one|1|a|an|another|single)\b", re.I)
_REACH = 40  # characters before the harm word


def singular_harm_of_another(text: str, at: int, harm_at: int) -> bool:
    """Is the harm word at ``harm_at`` (after the count at ``at``) the predicate of a singular
    subject coordinated with "and", so that the count of several is none of the people harmed?"""
    lo = max(at, harm_at - _REACH)
    if text.find(" and ", lo, harm_at) < 0 or _ONE.match(text, at):
        return False
    return _AND_SINGULAR_BEFORE.search(text, lo, harm_at) is not None

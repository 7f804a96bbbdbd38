"""A past participle's aside set off by a comma after a source, about when or how: "The report,
released Tuesday, found", "The mayor, reached by phone, said" (its closing comma is the
attribution's). It is no part of who speaks: the phrase is read without it, so "the auditor's
report, released Tuesday" is the auditor's report, as an aside in -ing is ("The reports, citing
two officials, said"). Not a role that opens with such a word ("Tom Hale, retired firefighter"),
nor one made by an author ("The report, released by the ministry": descriptions reads that).
"""

from __future__ import annotations

from summarizer.text.regex import compiled
from summarizer.text.timeplace import WEEKDAY_NAMES

# a participle in -ed or -en, then a time, a preposition of where, when or to whom, or nothing
_ASIDE = compiled(
    r",\s*[a-z]{3,}(?:ed|en)"
    r"(?:\s+(?:on|in|at|late|early|last|this|earlier|about|to|with|for|over|after|before|during)\b[^,]*"
    r"|\s+(?:" + "|".join(sorted(d.capitalize() for d in WEEKDAY_NAMES)) + r")\b[^,]*)?\s*\Z"
)


def without_participle_aside(phrase: str) -> str:
    """``phrase`` without the past participle's aside that ends it ("The report, released
    Tuesday" -> "The report"); as it is when none does."""
    m = _ASIDE.search(phrase)
    return phrase[: m.start()] if m is not None and m.start() > 0 else phrase

"""A running tally or a roundup, no toll of the story's incident: a count over a period or a spread
of places ("41 homicides this year", "two men killed in shootings across the city"), and a toll's
new value told before the number ("the death toll rose to 31"), read for written_counts.
"""

from __future__ import annotations

import re

from summarizer.text.regex import compiled, guarded
from summarizer.text.segments import Sentence

_STATISTIC_RE = guarded(
    r"\b(?:(?:so\s+far\s+)?this\s+year|last\s+year|so\s+far|to\s+date|to\s+start\s+the\s+year|since\s+(?:January|"
    r"the\s+start|the\s+beginning|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|annually|each\s+year|every\s+year"
    r"|a\s+year|per\s+year|in\s+(?:19|20)\d\d|across\s+the\s+(?:city|county|state|region)|citywide"
    r"|over\s+the\s+(?:weekend|holiday)|in\s+(?:a\s+pair\s+of\s+|several\s+|multiple\s+)?separate\s+shootings"
    # a span of months or years, or one from a year: "over the last three years", "from 2011 to …"
    r"|(?:over|in|during)\s+the\s+(?:last|past)\s+(?:[\w-]+\s+){0,2}?(?:months|years|decades)|from\s+(?:19|20)\d\d)\b",
    re.I,
)


# a toll over several shootings or incidents, anywhere later in its sentence: "two men were killed
# and four wounded in shootings across the city", "three hurt in two separate incidents"
_ROUNDUP_RE = guarded(
    r"\bin\s+(?:two|three|four|five|several|multiple|\d+)?\s*(?:separate\s+|different\s+|unrelated\s+)?"
    # a place may name them: "in two Oakland shootings"
    r"(?:(?-i:[A-Z][\w'’-]*)\s+){0,2}(?:shootings|incidents)\b"
    # or say where each was: "in separate east and south end shootings"
    r"|\bin\s+(?:two\s+|three\s+|several\s+)?(?:separate|different|unrelated)\s+(?:[\w'’-]+\s+){0,4}?(?:shootings|incidents)\b",
    re.I,
)


# or the places of a toll of gunfire are several: "three men were shot in different parts of the
# city", "two men were found shot in separate locations" (a storm's or a flood's toll spread over
# places is still one event's)
_SPREAD_RE = guarded(
    r"\bin\s+(?:different|separate|various)\s+(?:areas|parts|neighbou?rhoods|sections|locations|places|spots)\b", re.I
)


_GUNFIRE_WORD = compiled(r"\b(?:shot|shootings?|gunfire|gunshots?|gunm[ae]n)\b", re.I)


# the shootings named before the toll they left: "two overnight shootings that left two men wounded"
_ROUNDUP_BEFORE = guarded(
    r"\b(?:two|three|four|five|several|multiple|separate|\d+)\s+(?:[\w-]+\s+){0,2}?(?:shootings|incidents)\b"
    r"[^.;]{0,60}?\b(?:left|leaving|wounded|injured|killed|wounding|injuring|killing)\s+$",
    re.I,
)


_ROUNDUP_REACH = 200


# but a toll of one shooting told over a period is no tally: "three men killed in a shooting over
# the weekend" (the article singular, the event one)
_ONE_EVENT_THEN_PERIOD = guarded(
    r"\b(?:in|during)\s+(?:a|an|the|one)\s+(?:[\w'’-]+\s+){0,2}?(?:shooting|stabbing|attack|robbery|fight)\b"
    r"[^.;]*?\bover\s+the\s+(?:weekend|holiday)\b",
    re.I,
)


def in_roundup(view: str, sent: Sentence, e: int, q_start: int) -> bool:
    """Whether the count is one of a roundup of separate incidents rather than one incident's."""
    return (
        _ROUNDUP_RE.search(view, e, min(sent.end, e + _ROUNDUP_REACH)) is not None
        or (
            _SPREAD_RE.search(view, e, min(sent.end, e + _ROUNDUP_REACH)) is not None
            and _GUNFIRE_WORD.search(view, sent.start, sent.end) is not None
        )
        or _ROUNDUP_BEFORE.search(view, max(sent.start, q_start - 100), q_start) is not None
    )


# the people a number counts, told by a relative clause of their harm: "the number of people who
# died when the bus fell", "the number of passengers who were hurt" (a word, then "who" and a verb)
_PEOPLE_WHO = r"(?:[\w'’-]+\s+(?:who\s+(?:(?:were|have|had)\s+(?:been\s+)?)?)?)"


# a toll, then a verb that gives its new value: "the death toll rose to 40", "deaths climbed to 40", "the number of people
# injured has climbed to 112", "bringing the death toll to 27"; the number is the total so far, which
# replaces any count before it. The toll is the one nearest the number, with no other toll between
# them ("the toll from the fire is 9, and the number of injured rose to 31"); a number between may
# be the event's own ("the toll from the 7.8-magnitude quake rose to 2,300")
_TOLL_BEFORE = guarded(
    r"\b(?:(?P<killed>(?:death\s+)?toll|deaths|fatalities|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|"
    + _PEOPLE_WHO
    + r"(?:killed|dead|died)))"
    r"|(?P<injured>number\s+of\s+(?:the\s+)?(?:injured|wounded|" + _PEOPLE_WHO + r"(?:injured|hurt|wounded)))"
    r"|(?P<missing>number\s+of\s+(?:the\s+)?(?:missing|people\s+missing)))\b"
    # (a complement of the toll's may run longer: "the toll from the collapse of a garage in the north of the city")
    r"(?:\s+(?:from|in|of|at|after)\b(?:(?!\btoll\b|\bnumber\s+of\b)[^.;]){0,130}?|(?:(?!\btoll\b|\bnumber\s+of\b)[^.;]){0,60}?)"
    r"\b(?:(?P<verb>(?:rose|risen|rises|climbed|climbs|reached|reaches|jumped|increased|raised|grew|stands|stood|is\s+now"
    r"|now\s+stands|(?:revised|lowered|reduced|cut|corrected|fell|dropped|decreased)(?:\s+(?:down|up)(?:ward)?)?)"
    r"\s+(?:to\s+|at\s+)?)|to\s+)$",
    re.I,
)


# a bare "to" gives a toll its value only after a verb that brings it there ("bringing the death
# toll to 27"), not in "the toll, according to two hospitals, …"
_BRING_BEFORE = compiled(
    r"\b(?:bring|brings|brought|bringing|push|pushes|pushed|pushing|raise|raises|raised|raising|take|takes|took"
    r"|taking|revise[sd]?|revising|lower(?:s|ed|ing)?|reduce[sd]?|reducing)\s+(?:[\w'’-]+\s+){0,3}$",
    re.I,
)


def is_tally_after(view: str, at: int, end: int) -> bool:
    """Whether a period or a spread of a running tally follows the count ("41 homicides this year"),
    not one shooting's toll told over the weekend."""
    m = _STATISTIC_RE.search(view, at, end)
    if m is None:
        return False
    return not (m.group().lower().startswith("over") and _ONE_EVENT_THEN_PERIOD.search(view, at, m.end()))


def toll_before(view: str, start: int, at: int) -> str | None:
    """The category of a toll whose new value the number at ``at`` gives, if one does; not a
    running tally over a year ("the county's death toll this year rose to 45")."""
    lo = max(start, at - 200)
    window = view[lo:at].lower()  # every match holds "toll" or "number" (no letter of them folds otherwise)
    if "toll" not in window and "number" not in window and "deaths" not in window and "fatalities" not in window:
        return None
    m = _TOLL_BEFORE.search(view, lo, at)
    if m is None or _STATISTIC_RE.search(view, m.start(), at):
        return None
    if m.group("verb") is None and not _BRING_BEFORE.search(view, max(start, m.start() - 40), m.start()):
        return None
    return next(k for k in ("killed", "injured", "missing") if m.group(k) is not None)

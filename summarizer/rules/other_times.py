"""Tolls set at another time than the incident's: a clause whose harm carries its own date
before the incident's day ("On June 3 a woman was killed a block away"), or, after the story's
first toll, its own earlier time or running total ("last month", "in 2019", "so far this year").
Such a toll is the background of the story, not its own, and is set aside before the counting.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re

from summarizer.rules.figure_drafts import HARMS, FigureDraft
from summarizer.text.base import lower_pattern, lower_same_length
from summarizer.text.regex import compiled
from summarizer.text.segments import Sentence
from summarizer.text.timeplace import MONTH_RE, DateMention, month_number

__all__ = ["FOLLOW_UP", "SEVERAL_TOLD", "without_other_times"]

# a lead that follows up a shooting told before, whose recalled details are its own: a later
# death ("has died"), a court's or a prosecutor's step ("was sentenced", "pleaded guilty to",
# "was charged in"); on lower-cased text
FOLLOW_UP = lower_pattern(
    r"\b(?:has|have|had)\s+died\b|\bpleads?\b|\bpleaded\b|\bon\s+trial\b"
    r"|\b(?:sentenced|convicted|acquitted|indicted|arraigned|charged|found\s+guilty)\b"
)

# the text tells of several shootings as one it has told apart: "in either shooting", "both
# incidents" (a roundup, whose incidents are all its own); on lower-cased text
SEVERAL_TOLD = lower_pattern(
    r"\beither\s+(?:shooting|incident)\b|\b(?:both|the\s+two|the\s+three|each\s+of\s+the)\s+(?:shootings|incidents)\b"
    r"|\bthe\s+shootings\s+(?:occurred|happened|took\s+place|were\s+(?:not\s+)?(?:related|connected|unrelated))\b"
)

_MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december"
# a time of the clause's own before the story's, or a running total, on lower-cased text: "last
# week", "last month", "in 2019", "back in May", "earlier this year", "two years ago", "since
# January", "since Jan. 1", "so far this year", "this year", "in the past 21 months", "over the last three years", "to date"; a place apart from
# the scene: "a mile away", "in another part of town". (Not a bare weekday: "On Saturday" may be
# the incident's own day, which the dates compare.)
_OTHER_TIME = lower_pattern(
    r"\b(?:last\s+(?:week|weekend|month|year|summer|spring|fall|autumn|winter)"
    r"|(?:in|during|since|from|back\s+in)\s+(?:(?P<year>(?:19|20)\d\d)|(?P<month>" + _MONTH_NAMES + r"))(?!\s+\d)"
    r"|earlier\s+this\s+(?:year|month)|(?:so\s+far|to\s+date|this\s+year)"
    r"|(?:\w+|\d+)\s+(?:weeks|months|years|decades)\s+(?:ago|earlier|before)"
    r"|(?:a|one)\s+(?:week|month|year|decade)\s+(?:ago|earlier|before)"
    r"|(?:in|over|during|within)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:weeks|months|years|decades)"
    r"|(?:a|one|two|three|\d+)\s+miles?\s+away|in\s+(?:another|a\s+different)\s+part\s+of\s+(?:town|the\s+city)"
    r"|(?P<since_day>since\s+" + MONTH_RE.lower() + r"\.?\s+\d{1,2}"
    r"(?:st|nd|rd|th)?))\b"
)
# a period's running total from a day ("Since Jan. 1, 40 people have been shot in the city") tells
# its harm in the present perfect; not "who has been in a coma since March 3, died Tuesday"
_PERFECT_HARM = lower_pattern(
    r"\b(?:have|has)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+)?(?:\w+ly\s+)?"
    r"(?:killed|shot|wounded|injured|hurt|died|slain|murdered)\b"
)
# a clause opened by an earlier time and a comma, the harm's new people right after it: "Earlier, a
# man was shot …", "Hours before, two women were wounded …", "Earlier Saturday afternoon, another
# man was killed …" (an earlier incident told after the story's own, in a roundup's manner; not
# "Earlier, police said the man had been shot", which tells more of the same one); on lower-cased text
_EARLIER_OPENING = lower_pattern(
    r"(?:(?:a\s+few\s+|several\s+|just\s+|two\s+|three\s+)?(?:hours|minutes|moments)\s+(?:earlier|before)"
    r"|earlier(?:\s+(?:that|in\s+the|on|\w+day))?(?:\s+(?:day|morning|afternoon|evening|night))?)\s*,\s+"
    r"(?=(?:an?|another|two|three|four|five|\d+)\s)"
)
# a conflict's running total: a harm in the present perfect ("has killed", "have died", "have been
# killed", "has claimed") with a long-running subject or setting ("the insurgency", "the war", "the
# group's attacks") or its span ("over the years", "in 15 years", "now in its 15th year"); not an
# incident's own ("The attack has killed 23"); on lower-cased text
_RUNNING_HARM = lower_pattern(
    r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+|since\s+)?(?:killed|claimed|died|been\s+killed|left)\b"
)
_LONG_RUNNING = lower_pattern(
    r"\b(?:insurgency|insurgencies|insurgents'?\s+campaign|(?:civil\s+)?wars?|conflicts?|violence|fighting|crisis"
    r"|epidemic|pandemic|campaign|unrest|uprising|rebellion|bloodshed|(?:'s|’s|its|their)\s+attacks)\b"
    r"|\bover\s+the\s+(?:years|decades)\b|\bin\s+(?:\w+|\d+)\s+years\b|\bnow\s+in\s+its\s+\w+\s+year\b"
)
# after a date that opens its clause, the harm's new people: "On May 2, a woman was wounded", not
# "On May 2, he was shot"; on lower-cased text
_NEW_PEOPLE_AFTER = lower_pattern(r"\s*,\s+(?:an?|another|two|three|four|five|six|\d+)\s")
_EARLIER_WORDS = ("earlier", "hours", "minutes", "moments", "a few", "several", "just", "two", "three")
# the words that set a clause apart within a sentence: a semicolon, a colon, a dash, or a comma
# before a conjunction ("…, and last year two men were killed there"); on lower-cased text
_CLAUSE_BREAK = lower_pattern(r"[;:—–]|,\s+(?:and|but|while|whereas|although)\b")
# a victim found or brought somewhere away from the scene, not hurt there: "was found a mile away"
_MOVED = lower_pattern(r"\b(?:found|drove|ran|walked|taken|driven|fled|collapsed|located)\b")
# the cheap test before the pattern: one of the words such a time or place opens with
_CUES = (
    "last", "past", "in ", "since", "earlier", "so far", "to date", "this year", "ago", "before", "away", "part of",
)  # fmt: skip


def without_other_times(
    view: str,
    sentences: list[Sentence],
    drafts: list[FigureDraft],
    ranked: list[DateMention],
    main: DateMention | None,
) -> list[FigureDraft]:
    """The drafts without the tolls of a clause set at another time or place than the incident's.
    Kept: a follow-up's recalled case, which is its own ("… was sentenced for the June 3 shooting
    that killed …"), and every toll when none would be left (the story is the recalled case).
    ``ranked`` are the article's dates as ranked, ``main`` the incident's among them
    (incident_dates.incident_date_of)."""
    harms = [d for d in drafts if d.category in HARMS]
    if not harms or not sentences:
        return drafts
    lowered = lower_same_length(view)
    first = min(d.sentence for d in harms)
    lead_end = next((s.end for s in sentences if s.index == first), 0)
    if FOLLOW_UP.search(lowered, sentences[0].start, lead_end):
        return drafts
    day = dt.date.fromisoformat(main.value[:10]) if main and main.value and main.precision == "day" else None
    # no year to date the days by (no publication date): a month's days still order ("on May 17" …
    # "On May 2, a man was wounded"), within the one month the incident's date names
    own_day = _month_day(main.text) if day is None and main is not None and main.value is None else None
    yearless = sorted((d.span[0], d) for d in ranked if d.value is None and d.role != "stamp") if own_day else []
    starts = [s.start for s in sentences]
    dated = sorted((d.span[0], d) for d in ranked if d.value and d.role != "stamp")
    apart: set[int] = set()
    # an earlier incident opened by its time is another story's, unless the text tells its
    # shootings as several ("no arrests in either shooting"): a roundup's, its own (asked once)
    roundup = functools.cache(lambda: SEVERAL_TOLD.search(lowered) is not None)
    for d in harms:
        k = bisect.bisect_right(starts, d.span[0]) - 1
        if k < 0:
            continue
        start, end = _clause(lowered, sentences[k], d.span[0])
        # a time dated before the incident's day sets any clause apart; one told without a date
        # ("last month", "so far this year"), only one after the story's first toll
        if (
            (day is not None and _dated_before(dated, start, end, day, main, lowered if d.sentence > first else None))
            or (own_day is not None and _yearless_before(yearless, start, end, own_day, main))
            or ((told := _other_time(lowered, start, end, day)) and (told == "dated" or d.sentence > first))
            or (d.sentence > first and _opened_earlier(lowered, start, d) and not roundup())
            or (d.sentence > first and _running_total(lowered, start, end))
        ):
            apart.add(id(d))
    if not apart or all(id(d) in apart for d in harms):
        return drafts
    return [d for d in drafts if id(d) not in apart]


def _clause(lowered: str, sent: Sentence, at: int) -> tuple[int, int]:
    """The clause of the sentence that holds ``at``: between the breaks around it."""
    start = sent.start
    for m in _CLAUSE_BREAK.finditer(lowered, sent.start, at):
        start = m.end()
    stop = _CLAUSE_BREAK.search(lowered, at, sent.end)
    return start, stop.start() if stop else sent.end


def _opened_earlier(lowered: str, start: int, d: FigureDraft) -> bool:
    """Does the clause open with an earlier time whose comma is right before the toll's words
    ("Earlier, a man and a woman were killed")?"""
    if not lowered.startswith(_EARLIER_WORDS, start):
        return False
    m = _EARLIER_OPENING.match(lowered, start)
    return m is not None and m.end() == d.words_start


def _running_total(lowered: str, start: int, end: int) -> bool:
    """Does the clause tell a conflict's running total ("The insurgency, now in its 15th year, has
    killed more than 40,000 people"; "Some 300 people have died in the fighting")?"""
    clause = lowered[start:end]
    if " has " not in clause and " have " not in clause:
        return False
    return bool(_RUNNING_HARM.search(lowered, start, end) and _LONG_RUNNING.search(lowered, start, end))


def _dated_before(
    dated: list[tuple[int, DateMention]],
    start: int,
    end: int,
    day: dt.date,
    main: DateMention | None,
    later: str | None = None,
) -> bool:
    """Does the clause carry a date of its own more than a day before the incident's (a night
    may run into the next day)? The day before will do for a clause after the story's first
    toll (``later``, the lower-cased text) that opens with its date and new people after it ("On
    May 2, a man was wounded"): another case told apart, not the story's own victim told again
    ("On May 2, he and his brother were shot", of a man who died on May 3)."""
    k = bisect.bisect_left(dated, start, key=lambda x: x[0])
    for at, d in dated[k:]:
        if at >= end:
            break
        if d is main or d.value is None:
            continue
        try:
            when = dt.date.fromisoformat(d.value[:10])
        except ValueError:
            continue
        # "On May 2, a man …": the date opens the clause, the harm's new people right after it
        opens = later is not None and at - start <= 4 and _NEW_PEOPLE_AFTER.match(later, d.span[1]) is not None
        if d.precision == "day" and (day - when).days > (0 if opens else 1):
            return True
        if d.precision == "month" and (when.year, when.month) < (day.year, day.month):
            return True
    return False


# a month and its day, with no year: "May 2", "Sept. 14th"
_MONTH_DAY = compiled(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d{4})", re.I
)


def _month_day(text: str) -> tuple[int, int] | None:
    """The month and day a yearless date names ("May 2": (5, 2)), or None."""
    m = _MONTH_DAY.search(text)
    return (month_number(m.group(1)), int(m.group(2))) if m else None


def _yearless_before(
    yearless: list[tuple[int, DateMention]], start: int, end: int, own: tuple[int, int], main: DateMention | None
) -> bool:
    """Does the clause carry a yearless date of the incident's month more than a day before its
    day ("On May 2" in a story of May 17)? Another month is left alone: the year may turn."""
    k = bisect.bisect_left(yearless, start, key=lambda x: x[0])
    for at, d in yearless[k:]:
        if at >= end:
            break
        md = None if d is main else _month_day(d.text)
        if md is not None and md[0] == own[0] and own[1] - md[1] > 1:
            return True
    return False


def _other_time(lowered: str, start: int, end: int, day: dt.date | None) -> str | None:
    """The clause's own earlier time, running total or place apart: "dated" for a year before
    the incident's ("in 2019"), "undated" for the others, None for none."""
    clause = lowered[start:end]
    if not any(c in clause for c in _CUES):
        return None
    found = None
    for m in _OTHER_TIME.finditer(lowered, start, end):
        if m.group(0).endswith("away") and _MOVED.search(lowered, start, m.start()):
            continue  # "was found a mile away": where the victim was found, not another scene
        if m.group("since_day") and not _PERFECT_HARM.search(lowered, start, end):
            continue  # a day since which something else holds: the clause's harm is no period's total
        month, year = m.group("month"), m.group("year")
        # "in May" of a story in May, or of an undated one: maybe its own; never "since May", a
        # period's running total ("Since January, 40 people have been killed in the city")
        since = m.group(0).startswith("since")
        if month and not since and (day is None or _MONTH_NAMES.split("|").index(month) + 1 == day.month):
            continue
        # a month later in the year than the story's, told without a year ("In December" of a
        # story of January 17), is last year's: before the incident, like an earlier month
        if year and day is not None:
            if int(year) < day.year:
                return "dated"
            continue  # the incident's own year
        found = "undated"
    return found

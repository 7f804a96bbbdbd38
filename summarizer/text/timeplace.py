"""When: time windows ("between 2:20 pm and 7:30 pm MSK") and dates (absolute, or relative to
the publication date), with the learned ranking of a report's dates, then the report's own
incident's date put first: not another incident's, not a later death's (where: `places`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from summarizer.text.base import Span, lower_pattern, lower_same_length
from summarizer.text.regex import compiled, guarded
from summarizer.text.scans import WordStarts, digit_run_starts, matches_from
from summarizer.text.segments import Sentence

_TZ = r"(?:MSK|UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|EET|EEST|IST|JST|KST|AEST|AEDT|Kyiv time|Moscow time|local time|ET|CT|PT)"
_CLOCK = r"(?:\d{1,2}(?::|\.)\d{2}|\d{1,2})\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d{2}(?:\s*(?:hours|hrs|h))?|noon|midnight"
_TIME_RANGE_RE = guarded(
    rf"\b(?:between\s+(?P<a1>{_CLOCK})\s+and\s+(?P<b1>{_CLOCK})|from\s+(?P<a2>{_CLOCK})\s+(?:to|until|till)\s+(?P<b2>{_CLOCK})"
    rf"|(?P<a3>{_CLOCK})\s*(?:-|–|—|to)\s*(?P<b3>{_CLOCK}))(?:\s+(?P<tz>{_TZ}))?",
    re.I,
)
_TIME_POINT_RE = guarded(
    rf"\b(?:(?:at|around|about|shortly\s+(?:before|after)|just\s+(?:before|after)|before|after)\s+)(?P<a>{_CLOCK})(?:\s+(?P<tz>{_TZ}))?",
    re.I,
)
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}  # fmt: skip
_MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
               "sept": 9, "oct": 10, "nov": 11, "dec": 12}  # fmt: skip
_MONTH_RE = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTH_RE = _MONTH_RE  # a month's name, whole or abbreviated, as written (for other readers' patterns)
WEEKDAY_NAMES = frozenset(_WEEKDAYS)  # the days of the week, lower case
WEEKDAY_RE = "(?:" + "|".join(day.capitalize() for day in _WEEKDAYS) + ")"  # a weekday as written ("Sunday")
CALENDAR_WORDS = frozenset(_MONTHS) | WEEKDAY_NAMES  # months and weekdays, lower case
_DATE_RE = compiled(
    rf"\b(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})\b"
    rf"|\b(?P<md>{_MONTH_RE})\s+(?P<md_d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<md_y>\d{{4}}))?\b"
    rf"|\b(?P<dm_d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm>{_MONTH_RE})(?:,?\s+(?P<dm_y>\d{{4}}))?\b"
    rf"|\b(?P<wd>(?:last\s+|this\s+|on\s+|early\s+|late\s+)?{WEEKDAY_RE})(?:\s+(?:morning|afternoon|evening|night))?\b"
    rf"|\b(?P<rel>yesterday|today|tonight|overnight|last\s+night|this\s+(?:morning|afternoon|evening)|earlier\s+today)\b"
    rf"|\b(?P<my>{_MONTH_RE})\s+(?P<my_y>\d{{4}})\b"
    rf"|\b(?P<hol>christmas\s+(?:day|eve|morning|night)|new\s+year['’]s\s+(?:day|morning)|fourth\s+of\s+july|independence\s+day"
    rf"|halloween|valentine['’]s\s+day"
    rf"|(?:thanksgiving|(?:memorial|labor|mother['’]s|father['’]s)\s+day)"
    rf"(?!(?:\s+day)?\s+(?:eve|weekend|week|holidays?|break)\b)(?:\s+(?:day|morning|afternoon|evening|night))?"
    rf")\b",
    re.I,
)
# the holidays on one day of the year, by their first words: the latest on or before the page's date
# (not "New Year's Eve": its night and its parties run past midnight, into the next day)
_HOLIDAYS = {"christmas eve": (12, 24), "christmas": (12, 25), "new year's": (1, 1),
             "fourth": (7, 4), "independence": (7, 4), "halloween": (10, 31), "valentine's": (2, 14)}  # fmt: skip
# the holidays on a weekday of their month, by their first words: (month, weekday, which of the
# month's such weekdays, -1 the last); not their weekend, week or eve, which span other days
_WEEKDAY_HOLIDAYS = {"thanksgiving": (11, 3, 4), "memorial": (5, 0, -1), "labor": (9, 0, 1),
                     "mother's": (5, 6, 2), "father's": (6, 6, 3)}  # fmt: skip
# Canada's Thanksgiving, the second Monday of October: between it and the fourth Thursday of November a
# page's "Thanksgiving" is the one just past (Canada's), not the one of eleven months before
_THANKSGIVING_CANADA = (10, 0, 2)
# a day told from a holiday, not the holiday: "the day after Halloween", "the night before Thanksgiving",
# "since Labor Day", "ahead of Memorial Day"
_FROM_HOLIDAY_BEFORE = compiled(
    r"(?:\b(?:days?|nights?|mornings?|evenings?|weekends?|weeks?)\s+(?:before|after)|\bsince|\buntil|\btill"
    r"|\bahead\s+of|\bbefore|\bafter)\s+(?:the\s+)?$",
    re.I,
)
# the year told after a holiday: "Thanksgiving 2019", "on Christmas Day of 2019", "on Labor Day last year"
_HOLIDAY_YEAR_AFTER = compiled(r"(?:,\s*|\s+of\s+|\s+)(?:(?P<y>(?:19|20)\d\d)\b|last\s+year\b)", re.I)


_DATE_RE_LOWER = lower_pattern(_DATE_RE.pattern)  # run on lower-cased text: much faster
# the words a date can open with (a digit run aside): tried only where one of them stands
_DATE_FIRST_WORDS = WordStarts(
    [*_MONTHS, *_MONTH_ABBR, "sep", *_WEEKDAYS, "last", "this", "on", "early", "late", "yesterday", "today",
     "tonight", "overnight", "earlier", "christmas", "new", "fourth", "independence", "halloween", "valentine",
     "thanksgiving", "memorial", "labor", "mother", "father"]
)  # fmt: skip


def _date_matches(lowered: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """What ``_DATE_RE_LOWER.finditer(lowered, start, end)`` finds, trying the pattern only at a
    digit run or at a word a date opens with."""
    starts = digit_run_starts(lowered, start, end) + _DATE_FIRST_WORDS.positions(lowered, start, end)
    starts.sort()
    return matches_from(_DATE_RE_LOWER, lowered, starts, end)


@dataclass(slots=True)
class TimeWindow:
    text: str
    span: Span
    start: str | None
    end: str | None
    timezone: str | None


@dataclass(slots=True)
class DateMention:
    text: str
    span: Span
    value: str | None
    precision: str
    sentence: int
    role: str = "event"  # or "report": when something was said or done about it; "stamp": the page's date


def _clock(text: str) -> str | None:
    t = text.strip().lower().replace(" ", "")
    if t == "noon":
        return "12:00"
    if t == "midnight":
        return "00:00"
    m = re.fullmatch(r"(\d{1,2})(?:[:.](\d{2}))?(a\.?m\.?|p\.?m\.?)?(?:hours|hrs|h)?", t)
    if not m:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    meridiem = (m.group(3) or "").replace(".", "")
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def find_time(view: str, start: int, end: int) -> TimeWindow | None:
    for m in _TIME_RANGE_RE.finditer(view, start, end):
        a = m.group("a1") or m.group("a2") or m.group("a3")
        b = m.group("b1") or m.group("b2") or m.group("b3")
        ca, cb = _clock(a or ""), _clock(b or "")
        if ca is None or cb is None:
            continue
        # "2:20 - 7:30 pm": the meridiem of the end applies to a bare start
        if (
            a
            and not re.search(r"[ap]\.?m", a, re.I)
            and b
            and re.search(r"p\.?m", b, re.I)
            and int(ca[:2]) < 12
            and int(ca[:2]) + 12 <= int(cb[:2])
        ):
            ca = f"{int(ca[:2]) + 12:02d}{ca[2:]}"
        return TimeWindow(m.group(), (m.start(), m.end()), ca, cb, _tz(m.group("tz")))
    for m in _TIME_POINT_RE.finditer(view, start, end):
        ca = _clock(m.group("a"))
        if ca is None:
            continue
        return TimeWindow(view[m.start() : m.end()], (m.start(), m.end()), ca, None, _tz(m.group("tz")))
    return None


def _tz(text: str | None) -> str | None:
    if not text:
        return None
    return {"moscow time": "MSK", "kyiv time": "EET"}.get(text.lower(), text.upper() if len(text) <= 5 else text)


def month_number(text: str) -> int:
    """The number of the month a name or its abbreviation gives ("May": 5, "Sept.": 9), or 0."""
    t = text.lower().rstrip(".")
    return _MONTHS.get(t) or _MONTH_ABBR.get(t[:4], 0) or _MONTH_ABBR.get(t[:3], 0)


def date_opens(view: str, pos: int) -> bool:
    """Whether a date this reader knows opens at ``pos``: a month and its day ("Jan. 5", "Sept 12"),
    a weekday ("Monday", "on Monday"), a holiday ("Christmas Eve", "Labor Day", "Fourth of July")."""
    return _DATE_RE_LOWER.match(lower_same_length(view), pos) is not None


def find_dates(view: str, sentences: list[Sentence], published: str | None) -> list[DateMention]:
    pub = None
    if published:
        try:
            pub = dt.date.fromisoformat(published)
        except ValueError:
            pub = None
    out: list[DateMention] = []
    positions: list[int] = []
    if not sentences:
        return out
    starts = [s.start for s in sentences]
    lowered = lower_same_length(view)
    for m in _date_matches(lowered, sentences[0].start, sentences[-1].end):
        k = bisect.bisect_right(starts, m.start()) - 1
        if k < 0 or m.end() > sentences[k].end:
            continue
        value, precision = _date_value(m, pub, view)
        if value is None and precision == "skip":
            continue
        if precision == "day" and _WEEK_OF_BEFORE.search(view, max(0, m.start() - 24), m.start()):
            precision = "week"  # "for the week of March 12": the day names the week it opens
        role = _date_role(view, m.start(), m.end(), sentences[k].start)
        named = out[-1] if out and (m.group("md") or m.group("dm")) else None
        if (
            named is not None
            and value is not None
            and _NAMES_DAY_AFTER.fullmatch(view, named.span[1], m.start())
            and _WEEKDAYS[dt.date.fromisoformat(value).weekday()] in named.text.lower().split()
        ):
            # "Tuesday, Jan. 19" and "Friday (March 9)" name one day (when the date falls on that
            # weekday): the date says which week, and the words before either give the role of both;
            # the weekday's mention reaches over the date, so that its text alone says its value
            role = max(role, named.role, key=_ROLE_ORDER.__getitem__)
            if role == "event" and pub is not None and value > pub.isoformat():
                role = "report"
            end = m.end() + (view.startswith(")", m.end()) and "(" in view[named.span[1] : m.start()])
            named.text, named.span, named.value, named.role = (
                view[named.span[0] : end],
                (named.span[0], end),
                value,
                role,
            )
        if role == "event" and pub is not None and value is not None and value > pub.isoformat():
            role = "report"  # after the page was written: a later step ("charges were dropped on …")
        out.append(
            DateMention(view[m.start() : m.end()], (m.start(), m.end()), value, precision, sentences[k].index, role)
        )
        positions.append(k)
    weights = _date_weights()
    if not weights:
        # events first: a reader wanting when it happened takes the first that fits
        return sorted(out, key=lambda d: _ROLE_ORDER[d.role])
    scores = [
        sum(weights.get(f, 0.0) for f in date_features(view, d, k, sentences[k], pub))
        for d, k in zip(out, positions, strict=True)
    ]
    order = sorted(range(len(out)), key=lambda i: -scores[i])  # stable: text order among equals
    ranked = [out[i] for i in order]
    in_order = [sentences[positions[i]] for i in order]
    ranked, in_order = _own_incident_first(view, ranked, in_order, sentences[0].index, published)
    return _shooting_before_death(view, ranked, in_order)


_WEIGHTS_PATH = Path(__file__).resolve().parent.parent / "data" / "date_weights.json"
_weights_cache: dict[str, float] | None = None


def _date_weights() -> dict[str, float]:
    """The date ranker's feature weights (scripts/train_dates.py), read once; {} when absent."""
    global _weights_cache
    if _weights_cache is None:
        try:
            _weights_cache = {str(k): float(v) for k, v in json.loads(_WEIGHTS_PATH.read_text("utf-8")).items()}
        except (OSError, ValueError, AttributeError):
            _weights_cache = {}
    return _weights_cache


_WORD_BEFORE = compiled(r"([a-z]+)[^a-z]*$")
_TIME_OF_DAY = lower_pattern(r"\b(?:morning|afternoon|evening|night|overnight|midnight|noon|a\.?m\b|p\.?m\b)")
_HARM_NEAR = lower_pattern(r"shot|kill|dead|died|wound|injur|shooting|gunfire|robb|stabb|fired|murder|homicide")
_DIGIT = compiled(r"\d")


def date_features(view: str, d: DateMention, position: int, sentence: Sentence, pub: dt.date | None) -> list[str]:
    """What a date ranker weighs about a mention: its role, its form, how long before the
    publication it falls, the word before it, its sentence's place and words. Hand-made and
    independent of any one article: the weights are learned on incidents_train.jsonl."""
    text = d.text.lower().split(",")[0].split("(")[0]  # "Friday (March 6)" is read as the weekday it opens with
    words = text.split()
    if _DIGIT.search(text):
        form = "absolute"
    elif words[-1] in ("morning", "afternoon", "evening", "night"):
        form = "weekday_part"
    elif any(w in _WEEKDAYS for w in words):
        form = "weekday_on" if words[0] == "on" else "weekday"
    else:
        form = "rel_" + "_".join(words)
    ago = "none"
    if d.value is not None and pub is not None and d.precision == "day":
        days = (pub - dt.date.fromisoformat(d.value)).days
        ago = "future" if days < 0 else str(days) if days <= 3 else "4-7" if days <= 7 else "older"
    # read in the whole text lowered once (cached), not in slices lowered per date
    low = lower_same_length(view)
    before = _WORD_BEFORE.search(low, max(sentence.start, d.span[0] - 30), d.span[0])
    return [
        "bias",
        f"role={d.role}",
        f"form={form}",
        f"ago={ago}",
        f"form={form}&ago={ago}",
        f"before={before.group(1) if before else '^'}",
        f"position={min(position, 4)}",
        f"harm={_HARM_NEAR.search(low, sentence.start, sentence.end) is not None}",
        f"time={_TIME_OF_DAY.search(low, d.span[1], min(sentence.end, d.span[1] + 25)) is not None}",
    ]


# a date a death verb governs: "died Saturday", "succumbed to his injuries on Monday", "passed away
# at the hospital Tuesday"; not one a later clause takes ("died after being shot Friday")
_DEATH_GOVERNS = lower_pattern(
    r"\b(?:died|dies|succumbed|passed\s+away|pronounced\s+dead)\b"
    r"(?:(?!\b(?:after|when|as|following|from\s+being|while|because|shot|shooting)\b)[^.;:!?\n]){0,45}$"
)
# or a date that opens the sentence whose subject then dies: "On Sunday, the boy died"
# (or says, by a report of it: "On Friday, the coroner said one of the victims had died")
_OPENS_A_DEATH = lower_pattern(
    r",?\s*(?:[\w'’-]+\s+){0,4}?(?:(?:said|says|confirmed|announced|reported)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,6}?)?"
    r"(?:died|succumbed|passed\s+away|(?:was|were)\s+pronounced\s+dead)\b"
)
# a date a victim's shooting governs: a passive of harm ("was shot on May 2", "were wounded
# Friday", "had been stabbed Tuesday"; not "was shot at", missed), the story's own shooting named
# definite ("the shooting Monday night") or a wound found ("found with a gunshot wound Friday");
# not an active verb ("shots were fired Thursday", "she shot 5-for-8 on Thursday") nor an
# indefinite "a shooting" (another one); not one a weekday's "that" refers back to ("that
# Saturday": a day the text set, not this week's)
_SHOOTING_GOVERNS = lower_pattern(
    r"\b(?:(?:was|were|been|being|got)\s+(?:\w+ly\s+)?(?:shot|wounded|stabbed|killed|hurt|injured)(?!\s+at\b)"
    r"|the\s+(?:[\w-]+\s+)?shooting|gunshot\s+wounds?)\b[^.;:!?\n]{0,60}(?<!\bthat\s)$"
)
# or the harm told right after the date, in a clause of the moment it struck: "was crossing Pell
# Road about 9.15pm on Friday when he was struck by a van", "on Friday as they were shot" (not
# another step: "on Friday when he was arrested", "when his car was towed")
_HARM_WHEN_AFTER = lower_pattern(
    # or the shooting the day's possessive names: "in Monday's shooting", "Saturday night's stabbing"
    r"['’]s\s+(?:[\w-]+\s+)?(?:shooting|stabbing|killing|attack|gunfire)\b"
    r"|[\s,]*(?:when|as)\s+(?:[\w'’-]+\s+){1,3}?(?:was|were)\s+(?:\w+ly\s+)?"
    r"(?:shot|wounded|stabbed|struck|hit|injured|hurt|attacked|run\s+over)\b"
)
# a death whose own sentence introduces its cause, indefinite or as a clause ("died Sunday in a
# shooting", "died Tuesday of a gunshot wound", "… after being found with gunshot wounds", "…
# after she was struck by a car"), where "of his wounds" or "in a hospital" refer to none
_DIED_IN_A_SHOOTING = lower_pattern(
    r"\b(?:died|dies|succumbed|passed\s+away|pronounced\s+dead)\b[^.;:!?\n]{0,60}?"
    r"\b(?:(?:in|during)\s+an?\s+(?:shooting|attack|gunfight|drive-by|crash|collision|stabbing|fight)"
    r"|(?:after|following|of|from)\s+(?:an?|being|(?:he|she|they)\s+(?:was|were|had))\b)"
)
_DEATH_SPAN_DAYS = 31  # a death within a month of the shooting; an older date is another story


def _death_governed(low: str, d: DateMention, sentence: Sentence) -> bool:
    if _DEATH_GOVERNS.search(low, max(sentence.start, d.span[0] - 70), d.span[0]) is not None:
        return True
    opens = not low[sentence.start : d.span[0]].strip(" \t\n\"“'‘")
    return opens and _OPENS_A_DEATH.match(low, d.span[1], sentence.end) is not None


def _shooting_before_death(view: str, ranked: list[DateMention], sentences: list[Sentence]) -> list[DateMention]:
    """The ranking with the shooting's date first when the date ranked first is that of a later
    death ("shot on May 2 … He died Saturday"): the incident is dated by the shooting, not by the
    day a victim died of it. The shooting's date is an event, earlier by a month at most, that
    the shooting governs (or a clause of the harm right after it: "on Friday when he was struck")
    and no death verb does."""
    top = next((i for i, d in enumerate(ranked) if d.role != "stamp"), None)
    if top is None or ranked[top].precision != "day":
        return ranked
    last = ranked[top].value
    low = lower_same_length(view)
    if last is None or not _death_governed(low, ranked[top], sentences[top]):
        return ranked
    died = dt.date.fromisoformat(last)
    # "died Sunday in a shooting", "… after being shot": the death's own sentence tells the
    # shooting, whose day, if any, is there too (an earlier day elsewhere is another shot fired)
    told = sentences[top] if _DIED_IN_A_SHOOTING.search(low, sentences[top].start, sentences[top].end) else None
    for i, d in enumerate(ranked):
        if d.role != "event" or d.value is None or d.precision != "day" or not d.value < last:
            continue
        if told is not None and sentences[i].index != told.index:
            continue
        if (died - dt.date.fromisoformat(d.value)).days > _DEATH_SPAN_DAYS:
            continue
        sent = sentences[i]
        shot = _SHOOTING_GOVERNS.search(low, max(sent.start, d.span[0] - 80), d.span[0]) or _HARM_WHEN_AFTER.match(
            low, d.span[1], min(sent.end, d.span[1] + 60)
        )
        if shot is not None and not _death_governed(low, d, sent):
            return [d, *ranked[:i], *ranked[i + 1 :]]
    return ranked


# a sentence telling of another incident than the report's own (figures.py sets its tolls aside
# alike): "In a separate shooting, …", "a second shooting" (not "a second shooting victim"),
# "Elsewhere, …"; on lower-cased text
_OTHER_INCIDENT_IN = lower_pattern(
    r"\b(?:separate|unrelated|another|a\s+(?:second|third|fourth))\s+(?:shootings?|incidents?|cases?|attacks?)\b"
    r"(?!\s+(?:victims?|suspects?|scenes?|calls?))"
)
# what makes such words say what the incident itself is, not turn to another: a copula or a
# verb of being before them, whatever the subject ("It was a second shooting at the park this
# month", "Friday's killing was another attack", "it appeared to be a second shooting", "It was
# yet another shooting", "marks another attack on a driver"); not the existential "there was",
# which introduces one; on lower-cased text
PREDICATE_BEFORE = lower_pattern(
    r"(?<!\bthere\s)(?<!\bthere['’])\b(?:was|is|were|are|s|be|been|marks|marked|became|becomes)\s+"
    r"(?:(?:yet|also|just|likely|probably|apparently|only|now)\s+)?$"
)
PREDICATE_REACH = 30  # how far before the words such a predicate is looked for


def tells_another_incident(low: str, start: int, end: int) -> bool:
    """Does the lower-cased text between ``start`` and ``end`` (a sentence) tell of another
    incident ("Deputies were also called to a second shooting")?"""
    return any(
        PREDICATE_BEFORE.search(low, max(start, m.start() - PREDICATE_REACH), m.start()) is None
        for m in _OTHER_INCIDENT_IN.finditer(low, start, end)
    )


_TURN_AT = lower_pattern(r"[^\w]*(?:elsewhere|meanwhile|in\s+other\s+news)\b")
# a sentence opened by a time weeks or more before the story's, recalling an earlier case: "Last
# year, …", "In 2019, …", "Two months ago, …", "A week earlier, …" (not "last week", which may be
# the incident itself in a follow-up); on lower-cased text
EARLIER_CASE_AT = lower_pattern(
    r"[^\w]*(?:last\s+(?:month|year|summer|spring|fall|autumn|winter)|(?:in|during|back\s+in)\s+(?:19|20)\d\d"
    r"|earlier\s+this\s+year|(?:\w+|\d+)\s+(?:weeks|months|years|decades)\s+(?:ago|earlier|before)"
    r"|(?:a|one)\s+(?:week|month|year|decade)\s+(?:ago|earlier|before))\b"
)
# the incident set after an earlier case, which follows: "The shooting came three weeks after a
# teenager was killed on the same block" (a time between them, not "came after a fight"); on
# lower-cased text
CAME_AFTER = lower_pattern(
    r"\b(?:came|comes|happened|occurred)\s+(?:[\w-]+\s+){0,4}?(?:hours?|days?|weeks?|months?|years?)\s+after\b"
)


def _of_another_incident(low: str, d: DateMention, sentence: Sentence) -> bool:
    # the other incident is told before the date ("a second shooting Sunday"); a date before it
    # is the report's own ("happened Saturday; police said it was unrelated to another incident")
    return (
        _TURN_AT.match(low, sentence.start, d.span[0]) is not None
        or EARLIER_CASE_AT.match(low, sentence.start, d.span[0]) is not None
        or CAME_AFTER.search(low, sentence.start, d.span[0]) is not None
        or tells_another_incident(low, sentence.start, d.span[0])
    )


# a date the incident's own words govern ("the shooting happened Saturday", "was wounded late
# Wednesday"), not a vigil's, a release's or an interview's
_INCIDENT_GOVERNS = lower_pattern(
    r"\b(?:shots?|shooting|fir(?:ed|ing)|killed|wounded|stabbed|stabbing|attack(?:ed)?|robb(?:ed|ing)|happened|occurred|gunfire)\b"
    r"[^.;:!?\n]{0,60}$"
)


def own_words_date(low: str, d: DateMention, sentence: Sentence, published: str | None) -> bool:
    """Is ``d`` a day the incident's own words govern, not after the publication?"""
    if d.role != "event" or _of_another_incident(low, d, sentence):
        return False
    if published and d.value is not None and d.value[:10] > published[:10]:
        return False
    return _INCIDENT_GOVERNS.search(low, max(sentence.start, d.span[0] - 80), d.span[0]) is not None


def _own_incident_first(
    view: str, ranked: list[DateMention], sentences: list[Sentence], first: int, published: str | None
) -> tuple[list[DateMention], list[Sentence]]:
    """The ranking with the report's own incident's date first when the date ranked first is
    that of another incident told after the lead ("Officers also responded to a second shooting
    Monday …"): the best-ranked event date, not after the publication, that the incident's own
    words govern in a sentence that tells of no other incident before it, if any."""
    top = next((i for i, d in enumerate(ranked) if d.role != "stamp"), None)
    if top is None or sentences[top].index == first:
        return ranked, sentences
    low = lower_same_length(view)
    if not _of_another_incident(low, ranked[top], sentences[top]):
        return ranked, sentences
    for i, d in enumerate(ranked):
        if i != top and own_words_date(low, d, sentences[i], published):
            order = [i, *(j for j in range(len(ranked)) if j != i)]
            return [ranked[j] for j in order], [sentences[j] for j in order]
    return ranked, sentences


_ROLE_ORDER = {"event": 0, "report": 1, "stamp": 2}
# a day that names the week it opens or closes: "the week of March 12", "the week ending Jan. 5"
# (a definite week; "within a week of March 3" measures seven days from a day)
_WEEK_OF_BEFORE = compiled(r"\b(?:the|that|this|next|last)\s+week\s+(?:of|beginning|starting|ending)\s+$", re.I)
# what stands between a weekday and the date that says which one it is: "Tuesday, Jan. 19", "Friday (March 9)"
_NAMES_DAY_AFTER = compiled(r"\s*[,(]?\s*")
# the page's own date: "(Dec. 10, 2015) –" after a dateline, "Updated at 11 a.m. Thursday", "UPDATE Monday:", "Posted: …"
_STAMP_BEFORE = compiled(
    r"(?:\b(?:updated?|posted|published|last\s+modified|first\s+published)\b(?:[^.]|[ap]\.m\.){0,25}|^\W*\(\s*|(?-i:[A-Z]{2,}[A-Z .'-]{0,30}(?:,\s*[A-Z][a-z]{1,4}\.?)?\s*)\(\s*)$",
    re.I,
)
# when it was said, or a later step of the story: "police said Monday", "appeared in court Friday",
# "scheduled for Monday", "has been in custody since Sunday"
_REPORT_BEFORE = guarded(
    r"\b(?:said|says|told|announced|confirmed|stated|added|released|identified|court|arraigned|charged|booked"
    r"|jailed|jail|scheduled|set|for|since|until|through|custody|condition|hearing)"
    r"(?:\s+(?:on|early|late|this|last|about|around|by|him|her|them|police|authorities|officials))?[\s,]*$",
    re.I,
)


def _date_role(view: str, start: int, end: int, sent_start: int) -> str:
    """Whether a date names when something happened, when it was reported or done later, or
    when the page was written (its stamp, at the start of a sentence, often in parentheses)."""
    before = view[max(sent_start, start - 40) : start]
    if _STAMP_BEFORE.search(before):
        return "stamp"
    if _REPORT_BEFORE.search(before[-25:]):
        return "report"
    return "event"


def _date_value(m: re.Match[str], pub: dt.date | None, view: str) -> tuple[str | None, str]:
    try:
        if m.group("iso"):
            return dt.date.fromisoformat(m.group("iso")).isoformat(), "day"
        if m.group("md") or m.group("dm"):
            month = month_number(m.group("md") or m.group("dm"))
            day = int(m.group("md_d") or m.group("dm_d"))
            year_text = m.group("md_y") or m.group("dm_y")
            if not month:
                return None, "skip"
            if (m.group("md") or "").startswith("may") and not year_text and view[m.start("md")] == "m":
                return None, "skip"  # "may 3" in lower case is a verb and a number
            if year_text:
                return dt.date(int(year_text), month, day).isoformat(), "day"
            if pub is None:
                return None, "day"
            year = pub.year
            candidate = dt.date(year, month, day)
            if candidate > pub + dt.timedelta(days=31):
                candidate = dt.date(year - 1, month, day)
            return candidate.isoformat(), "day"
        if m.group("my"):
            month = month_number(m.group("my"))
            return (
                (dt.date(int(m.group("my_y")), month, 1).isoformat()[:8] + "01", "month") if month else (None, "skip")
            )
        if m.group("wd"):
            words = m.group("wd").lower().split()
            weekday = _WEEKDAYS.index(words[-1])
            if pub is None:
                return None, "day"
            delta = (pub.weekday() - weekday) % 7
            if words[0] == "last" and delta == 0:
                delta = 7
            return (pub - dt.timedelta(days=delta)).isoformat(), "day"
        if m.group("hol"):
            if _FROM_HOLIDAY_BEFORE.search(view, max(0, m.start() - 24), m.start()):
                return None, "skip"
            words = " ".join(m.group("hol").lower().replace("’", "'").split())
            first = words.split()[0]
            told = _HOLIDAY_YEAR_AFTER.match(view, m.end())
            if told is not None and (told.group("y") or pub is not None):
                year = int(told.group("y")) if told.group("y") else pub.year - 1  # type: ignore[union-attr]
                return _holiday(year, first, words).isoformat(), "day"
            if pub is None:
                return None, "day"
            days = [_holiday(y, first, words) for y in (pub.year, pub.year - 1)]
            if first == "thanksgiving":
                days += [_weekday_holiday(y, *_THANKSGIVING_CANADA) for y in (pub.year, pub.year - 1)]
            return max(d for d in days if d <= pub).isoformat(), "day"
        if m.group("rel"):
            rel = m.group("rel").lower()
            if pub is None:
                return None, "day"
            # a night that ended by the morning it was reported: it began the day before
            if rel in ("yesterday", "last night", "overnight"):
                return (pub - dt.timedelta(days=1)).isoformat(), "day"
            return pub.isoformat(), "day"
    except ValueError:
        return None, "skip"
    return None, "skip"


def _weekday_holiday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The ``nth`` ``weekday`` of ``month`` in ``year``, -1 the last (Thanksgiving: the fourth
    Thursday of November; Memorial Day: the last Monday of May)."""
    if nth < 0:
        last = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def _holiday(year: int, first: str, words: str) -> dt.date:
    """The day in ``year`` of the holiday whose words are ``words`` (``first`` the first of them)."""
    if first in _WEEKDAY_HOLIDAYS:
        return _weekday_holiday(year, *_WEEKDAY_HOLIDAYS[first])
    month, day = next(v for k, v in _HOLIDAYS.items() if words.startswith(k))
    return dt.date(year, month, day)

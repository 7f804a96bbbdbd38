"""When and where: time windows ("between 2:20 pm and 7:30 pm MSK"), dates (absolute, or
relative to the publication date), and place names (regions, cities, street blocks).
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from summarizer.text import lexicon as lx
from summarizer.text.base import Span, lower_pattern, lower_same_length
from summarizer.text.regex import WordStartPattern, WordStarts, digit_run_starts, guarded, is_word_char, matches_from
from summarizer.text.segments import Sentence

_TZ = r"(?:MSK|UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|EET|EEST|IST|JST|KST|AEST|AEDT|Kyiv time|Moscow time|local time|ET|CT|PT)"
_CLOCK = r"(?:\d{1,2}(?::|\.)\d{2}|\d{1,2})\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d{2}(?:\s*(?:hours|hrs|h))?|noon|midnight"
_TIME_RANGE_RE = re.compile(
    rf"\b(?:between\s+(?P<a1>{_CLOCK})\s+and\s+(?P<b1>{_CLOCK})|from\s+(?P<a2>{_CLOCK})\s+(?:to|until|till)\s+(?P<b2>{_CLOCK})"
    rf"|(?P<a3>{_CLOCK})\s*(?:-|–|—|to)\s*(?P<b3>{_CLOCK}))(?:\s+(?P<tz>{_TZ}))?",
    re.I,
)
_TIME_POINT_RE = re.compile(
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
CALENDAR_WORDS = frozenset(_MONTHS) | frozenset(_WEEKDAYS)  # months and weekdays, lower case
_DATE_RE = re.compile(
    rf"\b(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})\b"
    rf"|\b(?P<md>{_MONTH_RE})\s+(?P<md_d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<md_y>\d{{4}}))?\b"
    rf"|\b(?P<dm_d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm>{_MONTH_RE})(?:,?\s+(?P<dm_y>\d{{4}}))?\b"
    rf"|\b(?P<wd>(?:last\s+|this\s+|on\s+|early\s+|late\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?:\s+(?:morning|afternoon|evening|night))?\b"
    rf"|\b(?P<rel>yesterday|today|tonight|overnight|last\s+night|this\s+(?:morning|afternoon|evening)|earlier\s+today)\b"
    rf"|\b(?P<my>{_MONTH_RE})\s+(?P<my_y>\d{{4}})\b"
    rf"|\b(?P<hol>christmas\s+(?:day|eve|morning|night)|new\s+year['’]s\s+(?:day|morning)|fourth\s+of\s+july|independence\s+day"
    rf"|halloween|valentine['’]s\s+day)\b",
    re.I,
)
# the holidays on one day of the year, by their first words: the latest on or before the page's date
# (not "New Year's Eve": its night and its parties run past midnight, into the next day)
_HOLIDAYS = {"christmas eve": (12, 24), "christmas": (12, 25), "new year's": (1, 1),
             "fourth": (7, 4), "independence": (7, 4), "halloween": (10, 31), "valentine's": (2, 14)}  # fmt: skip


_DATE_RE_LOWER = lower_pattern(_DATE_RE.pattern)  # run on lower-cased text: much faster
# the words a date can open with (a digit run aside): tried only where one of them stands
_DATE_FIRST_WORDS = WordStarts(
    [*_MONTHS, *_MONTH_ABBR, "sep", *_WEEKDAYS, "last", "this", "on", "early", "late", "yesterday", "today",
     "tonight", "overnight", "earlier", "christmas", "new", "fourth", "independence", "halloween", "valentine"]
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


@dataclass(slots=True)
class PlaceMention:
    name: str
    span: Span


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


def _month(text: str) -> int:
    t = text.lower().rstrip(".")
    return _MONTHS.get(t) or _MONTH_ABBR.get(t[:4], 0) or _MONTH_ABBR.get(t[:3], 0)


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
    return [out[i] for i in order]


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


_WORD_BEFORE = re.compile(r"([a-z]+)[^a-z]*$")
_TIME_OF_DAY = lower_pattern(r"\b(?:morning|afternoon|evening|night|overnight|midnight|noon|a\.?m\b|p\.?m\b)")
_HARM_NEAR = lower_pattern(r"shot|kill|dead|died|wound|injur|shooting|gunfire|robb|stabb|fired|murder|homicide")
_DIGIT = re.compile(r"\d")


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


_ROLE_ORDER = {"event": 0, "report": 1, "stamp": 2}
# what stands between a weekday and the date that says which one it is: "Tuesday, Jan. 19", "Friday (March 9)"
_NAMES_DAY_AFTER = re.compile(r"\s*[,(]?\s*")
# the page's own date: "(Dec. 10, 2015) –" after a dateline, "Updated at 11 a.m. Thursday", "UPDATE Monday:", "Posted: …"
_STAMP_BEFORE = re.compile(
    r"(?:\b(?:updated?|posted|published|last\s+modified|first\s+published)\b(?:[^.]|[ap]\.m\.){0,25}|^\W*\(\s*|(?-i:[A-Z]{2,}[A-Z .'-]{0,30}(?:,\s*[A-Z][a-z]{1,4}\.?)?\s*)\(\s*)$",
    re.I,
)
# when it was said, or a later step of the story: "police said Monday", "appeared in court Friday",
# "scheduled for Monday", "has been in custody since Sunday"
_REPORT_BEFORE = re.compile(
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
            month = _month(m.group("md") or m.group("dm"))
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
            month = _month(m.group("my"))
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
            if pub is None:
                return None, "day"
            words = " ".join(m.group("hol").lower().replace("’", "'").split())
            month, day = next(v for k, v in _HOLIDAYS.items() if words.startswith(k))
            candidate = dt.date(pub.year, month, day)
            return (candidate if candidate <= pub else dt.date(pub.year - 1, month, day)).isoformat(), "day"
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


# ---------------------------------------------------------------- places

_PLACE_SUFFIX = r"(?:Oblast|Region|Province|Governorate|District|County|Krai|Republic|Prefecture|State|Territory|Parish|Borough|City)"
_CAP = r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|de|del|la|el|al|of|upon|on))*"
# a place noun before "of" ("the town of"), one modifier allowed: "the northern province of", "the
# port city of", "the Ukrainian city of" (a capitalised modifier is a people's adjective)
_MODIFIER = r"(?:[a-z]+\s+|[A-Z][a-z]+(?:an|ese|ish|i|ch)\s+)?"
_PLACE_NOUN_OF = (
    rf"{_MODIFIER}(?:city|town|village|hamlet|township|municipality|region|province|district|county|state|island"
    r"|capital|coast|outskirts|suburbs?|edge|shores?|banks?|border|community|settlement"
    r"|north|south|east|west|centre|center|north-?east|north-?west|south-?east|south-?west)\s+of\s+(?:the\s+)?"
)
# a country's own: "in Syria's capital, Damascus", "in Nigeria's Zamfara state"
_COUNTRY_S = (
    r"(?:" + "|".join(sorted({re.escape(c) for c in lx.DEMONYMS.values()}, key=lambda w: (-len(w), w))) + r")['’]s\s+"
)
_PREPOSITION_PLACE = (
    r"(?:(?:over|in|near|outside|across|at|into|from|to|toward|towards|around|off|through|throughout"
    # a part of a place named before the place: "in the Parkfield area of Drayton"
    rf"|(?:area|neighbou?rhood|quarter|district)\s+of)\s+(?:the\s+|{_COUNTRY_S})?"
    # "on", and no preposition, only before a place noun and "of": "on the island of", "hit the
    # village of"
    rf"|on\s+the\s+(?={_PLACE_NOUN_OF})|the\s+(?={_MODIFIER}(?:city|town|village|hamlet)\s+of\s))"
    rf"(?:{_PLACE_NOUN_OF}"
    # the capital named in apposition: "in the capital, Serrano,"
    r"|capital,\s+"
    # or a word for the part of a place: "in central Delvin", "through downtown Arles"
    r"|(?:central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western"
    r"|downtown|rural|coastal)\s+)?"
    rf"(?P<p>{_CAP})"
)
_PLACE_RES = [
    re.compile(rf"\b(?:the\s+)?(?P<p>{_CAP}\s+{_PLACE_SUFFIX})\b"),
    guarded(
        rf"\b(?P<p>(?:the\s+)?\d{{2,5}}\s+block\s+of\s+{_CAP}(?:\s+(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Drive|Dr\.?|Lane|Ln\.?|Boulevard|Blvd\.?|Place|Court|Way|Circle|Parkway|Highway|Terrace|Trail))?)"
    ),
    guarded(rf"\b(?:{_PREPOSITION_PLACE})"),
]
# the last pattern found by skipping to the characters before words (text/regex.py)
_PREPOSITION_PLACE_AT = WordStartPattern(_PREPOSITION_PLACE)
# A suffixed place ("Kursk Region") lies inside one run of capitalised words (and "de", "of" …);
# the first pattern is run only on the runs that hold such a suffix, and only up to the last
# one: on a long run of capitalised words without one it tried every word to the run's end
_RUN_TOKEN = r"(?:[A-Z][\w'’-]*|(?:del|de|la|el|al|of|upon|on)(?![\w'’-]))"
_CAP_RUN = guarded(rf"{_RUN_TOKEN}(?:\s+{_RUN_TOKEN})*")
# a suffix word (after a space, tested on each match: opening with the words lets the scan skip
# in C to where one can start)
_SUFFIX = re.compile(rf"{_PLACE_SUFFIX}\b")


def _suffixed_places(view: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """What ``_PLACE_RES[0].finditer(view, start, end)`` finds, in linear time.

    Only the runs that hold a suffix's end are read, and only they are looked for: no run holds
    a character that is no word character, space, apostrophe or hyphen (a full stop, a comma, a
    quote mark), so the runs found from just past such a character are those a scan from
    ``start`` finds there; the scan for the next suffix goes on from the last run read, or from
    past the last such character before the suffix."""
    ends = [m.end() for m in _SUFFIX.finditer(view, start, end) if m.start() > 0 and view[m.start() - 1].isspace()]
    read = start  # the runs that end before here are read, or hold no suffix
    for suffix_end in ends:
        if suffix_end <= read:
            continue  # in a run already read
        for run in _CAP_RUN.finditer(view, _past_last_stop(view, read, suffix_end), end):
            k = bisect.bisect_right(ends, run.end()) - 1
            if k >= 0 and ends[k] > run.start():
                yield from _PLACE_RES[0].finditer(view, run.start(), ends[k])
            read = run.end()
            if read >= suffix_end:
                break
        else:
            read = end


# the last character before a point (the end of the search) that no run of capitalised words holds
_LAST_STOP = re.compile(r"[^\w\s'’-](?=[\w\s'’-]*\Z)")


def _past_last_stop(view: str, start: int, end: int) -> int:
    """Just past the last character in view[start:end] that no run holds, or ``start``: looked
    for in the last few characters first (a run is short), then in ever more."""
    width = 64
    while True:
        lo = max(start, end - width)
        stop = _LAST_STOP.search(view, lo, end)
        if stop is not None:
            return stop.start() + 1
        if lo == start:
            return start
        width *= 8


_NOT_PLACES = lx.NON_NAME_CAPS | {"Ukrainian", "Russian", "President", "Minister", "Ministry", "Defense", "Defence",
                                  "Department", "Police", "Court", "Congress", "Senate", "House", "Army", "Twitter",
                                  "Facebook", "January", "February", "March", "April", "June", "July", "August",
                                  "September", "October", "November", "December"}  # fmt: skip


# a run of capitalised words (joined by "and", "of", "&") that ends in an organisation's head noun
_ORGANISATION_HEADS = (
    r"(?:Service|Services|Department|Dept\.?|Office|Agency|Authority|Council|Commission|Company|Corporation"
    r"|Brigade|Bureau|Patrol|Police|Constabulary|Sheriff['’]s|Hospital|University|College|School|Court|Ministry"
    r"|Association|Institute|Foundation|Committee|Board|Unit|Squad|Division|Rescue)\b"
)
_ORGANISATION_AT = re.compile(r"(?:the\s+)?(?:[A-Z][\w'’.-]*\s+(?:(?:and|of|&)\s+)?){1,5}" + _ORGANISATION_HEADS)
_ORGANISATION_HEAD = re.compile(_ORGANISATION_HEADS)  # opens with its words: scanned in C


# a character no organisation's name holds before its head word: past one, no head is reached
_NOT_IN_NAME = re.compile(r"[^\w\s'’.&-]")


def _organisation_at(view: str, pos: int, heads: list[int]) -> bool:
    """``_ORGANISATION_AT.match(view, pos)``, tried only when a head word ("Service") comes later
    in the text with nothing between that a name cannot hold (``heads``: where each starts)."""
    k = bisect.bisect_left(heads, pos)
    if k == len(heads) or _NOT_IN_NAME.search(view, pos, heads[k]):
        return False
    return _ORGANISATION_AT.match(view, pos) is not None


# a part of a place ("area of") names its place only after its own name: "the Parkfield area of"
_PART_OF = re.compile(r"(?:area|neighbou?rhood|quarter|district)\s")
_NAMED_BEFORE = re.compile(r"\b(?!(?:The|This|That|An?)\s)[A-Z][\w'’-]*\s+\Z")


# after a name, what makes it no place: a company's noun ("the Kelso City railway"), and, after one
# word, a number ("Junction 10", "Gate 4": a numbered thing, not a town)
_COMPANY_AFTER = re.compile(r" (?:railway|railroad|airline|airlines|company|firm|bank|brewery|club|franchise)\b")
_NUMBER_AFTER = re.compile(r" \d{1,3}(?![\d,.])")


def find_places(view: str, start: int, end: int) -> list[PlaceMention]:
    found: dict[Span, str] = {}
    # no span found holds another (one inside a span found is skipped, one that holds spans
    # found replaces them), so in order of start they are in order of end too: the spans that
    # hold a new one, or that it holds, are found by bisect instead of a scan of all
    order: list[Span] = []
    heads = [m.start() for m in _ORGANISATION_HEAD.finditer(view, start)]
    for pattern in _PLACE_RES:
        if pattern is _PLACE_RES[1] and "block" not in view:
            continue  # "the 2100 block of Main Street" needs its word
        if pattern is _PLACE_RES[0]:
            matches = _suffixed_places(view, start, end)
        elif pattern is _PLACE_RES[2]:
            matches = _PREPOSITION_PLACE_AT.finditer(view, start, end)
        else:
            matches = pattern.finditer(view, start, end)
        for m in matches:
            name = m.group("p")
            s = m.start("p")
            if (
                pattern is _PLACE_RES[2]
                and _PART_OF.match(view, m.start())
                and not _NAMED_BEFORE.search(view, max(0, m.start() - 40), m.start())
            ):
                continue  # "the Parkfield area of Drayton" names two places; "the area of Elm Street …" a street
            if _organisation_at(view, m.start("p"), heads):
                continue  # "Essex Fire and Rescue Service", "the Dunmore Police Department"
            name, s = _trim_place(" ".join(name.split()), s)
            if not name or view[s : s + len(name)] != name:
                continue
            if _COMPANY_AFTER.match(view, s + len(name)) or (
                " " not in name and _NUMBER_AFTER.match(view, s + len(name))
            ):
                continue  # "the Kelso City railway said" is a company; "Junction 10", "Gate 4" are numbered
            span = (s, s + len(name))
            k = bisect.bisect_right(order, (span[0], math.inf))  # order[:k] start at or before it
            if k > 0 and order[k - 1][1] >= span[1]:
                continue  # inside a place found: the last to start before it reaches furthest
            j = bisect.bisect_left(order, (span[0], -1))  # order[j:] start at or after it
            held = j
            while held < len(order) and order[held][1] <= span[1]:
                del found[order[held]]
                held += 1
            order[j:held] = [span]
            found[span] = name
    return [PlaceMention(n, s) for s, n in sorted(found.items())]


_COUNTRIES = frozenset(lx.DEMONYMS.values())
# a body's head noun that comes before the place it is named for: "the University of Tarrow"
_HEADS_BEFORE_OF = frozenset({"University", "College", "Bank", "Museum", "Institute", "Academy", "School",
                              "Hospital", "Ministry", "Department", "Bureau", "Agency", "Commission", "Council",
                              "Church", "Diocese", "Archdiocese", "Library"})  # fmt: skip
# a place named for a body is still a place: "the Bank of Kell Stadium"
_VENUES = frozenset({"Stadium", "Arena", "Park", "Centre", "Center", "Mall", "Square", "Airport", "Station", "Plaza",
                     "Field", "Hall", "Theatre", "Theater", "Building", "Tower"})  # fmt: skip


def _trim_place(name: str, start: int) -> tuple[str, int]:
    words = name.split(" ")
    # "Kursk and Novgorod" is two places; "Moscow Region" one
    if " and " in name:
        name = name.split(" and ")[0]
        words = name.split(" ")
    while words and (words[-1] in ("of", "de", "del", "la", "el", "al", "upon", "on") or words[-1] in _NOT_PLACES):
        words.pop()
    while words and (words[0] in _NOT_PLACES or words[0].lower() == "the"):
        start += len(words[0]) + 1
        words.pop(0)
    # a country's part: "Russia's Bryansk region" is in Bryansk
    if len(words) > 1 and words[0].endswith(("’s", "'s")) and words[0][:-2] in _COUNTRIES:
        start += len(words[0]) + 1
        words.pop(0)
    name = " ".join(words).rstrip("’'")
    if words and (
        words[-1].lower() in lx.COMPANY_WORDS
        or (words[0] in _HEADS_BEFORE_OF and "of" in words and words[-1] not in _VENUES)
    ):
        return "", start  # a company ("Kelso Chemicals"), a body named for its place ("University of Tarrow")
    if name.endswith(("’s", "'s")) or len(name) == 1:
        return "", start  # a possessive, or an initial ("northern B.C.", "S. Main Street")
    if not name or name.lower() in lx.DEMONYMS or (name.split()[0].lower() in lx.DEMONYMS and len(name.split()) == 1):
        return "", start
    return name, start


# ---------------------------------------------------------------- datelines

# the all-caps place that opens a report before a dash ("DUNMORE — ", "SAN ROQUE, Calif. -- ",
# "LAKE ORTON, Minn. (KXYZ) — "): where the story is filed, the incident's town in local news
_DATELINE_PLACE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Z.'’]{2,}(?:[ -][A-Z][A-Z.'’]+){0,3})(?:,\s*[A-Z][A-Za-z.]{1,14}){0,2}"
    r"(?:\s*\([^)\n]{1,40}\))?\s*(?:[―—–]\s*|--?\s+)",
    re.M,
)
_NOT_DATELINES = {"UPDATE", "UPDATED", "BREAKING", "WATCH", "VIDEO", "PHOTOS", "EXCLUSIVE", "LIVE", "ANALYSIS",
                  "OPINION", "EDITOR'S", "NOTE", "NEWS", "CORRECTION", "AP", "CNN"}  # fmt: skip


def dateline_place(view: str, start: int, end: int) -> PlaceMention | None:
    """The place of the first dateline that opens a line between ``start`` and ``end``."""
    m = _DATELINE_PLACE.search(view, start, end)
    if m is None or any(w in _NOT_DATELINES for w in m.group("place").replace("’", "'").rstrip(".").split()):
        return None
    return PlaceMention(
        m.group("place").rstrip("."), (m.start("place"), m.start("place") + len(m.group("place").rstrip(".")))
    )


def dateline_end(text: str) -> int:
    """Where a dateline that opens ``text`` ends ("TORONTO — ", "DUNMORE, Ont. (AP) -- "): 0
    when it opens with none."""
    m = _DATELINE_PLACE.match(text)
    if m is None or any(w in _NOT_DATELINES for w in m.group("place").replace("’", "'").rstrip(".").split()):
        return 0
    return m.end()


# ---------------------------------------------------------------- street addresses

# a street is named words before a street-type word ("Elm Street", "Martin Luther King Jr.
# Boulevard", "West 47th Street"), with a house number or not ("418 Larkmoor Avenue"); a type
# word that also names other things ("Court", "Place", "Way", "Circle", "Dr.") counts only after
# a house number. Two streets joined by "and" or "&" are one intersection; a numbered road
# ("Route 317", "Interstate 95", "I-95", "Highway 61") is a street too.
_STREET_TYPES = (
    r"Street|St\.(?!\s+[A-Z])|Avenue|Ave\.|Road|Rd\.|Drive|Lane|Ln\.|Boulevard|Blvd\.|Terrace|Parkway|Pkwy\.|Highway|Hwy\."
    r"|Trail|Pike|Alley|Expressway|Freeway"
)
_NUMBERED_ONLY = r"Court|Ct\.|Place|Pl\.|Way|Circle|Cir\.|Dr\."
# opening with the words (no "\b"), the scan skips in C to where one can start; the word start
# is tested on each match
_STREET_TYPE = re.compile(rf"(?:{_STREET_TYPES}|{_NUMBERED_ONLY})(?![\w'’])")
_NAME_WORD = r"(?:[A-Z][\w'’-]*\.?|\d+(?:st|nd|rd|th))"
# the street's words as they end at its type word (matched on the few characters before it)
_STREET_BEFORE = re.compile(rf"(?:(?P<num>\d{{1,6}}[A-Z]?)\s+)?(?P<name>(?:{_NAME_WORD}\s+){{1,4}})$")
_ROAD_NUMBER = re.compile(r"(?:Route|Highway)\s+\d{1,4}[A-Z]?\b|Interstate\s+\d{1,3}\b|I-\d{1,3}\b")
_JOIN = re.compile(r"\s+(?:and|&)\s+")


def find_addresses(view: str, start: int, end: int) -> list[PlaceMention]:
    """Street addresses, intersections and numbered roads between ``start`` and ``end`` (a
    sentence or two: the scan tries every capital letter), in text order; words that open a
    sentence ("On Elm Street") are not the street's."""
    spans: list[Span] = []
    for m in _STREET_TYPE.finditer(view, start, end):
        if m.start() > 0 and is_word_char(view[m.start() - 1]):
            continue
        before = _STREET_BEFORE.search(view, max(start, m.start() - 60), m.start())
        if before is None:
            continue
        words = before.group("name").split()
        s = before.start("name")
        while words and (words[0].rstrip(".") in _NOT_PLACES or words[0].lower() in _STREET_OPENERS):
            s = view.index(words[0], s) + len(words[0])
            while s < len(view) and view[s].isspace():
                s += 1
            words.pop(0)
        if not words or (before.group("num") is None and _NUMBERED_ONLY_RE.fullmatch(m.group())):
            continue
        if before.group("num") is not None and s == before.start("name"):
            s = before.start("num")
        spans.append((s, m.end()))
    spans += [
        (m.start(), m.end())
        for m in _ROAD_NUMBER.finditer(view, start, end)
        if m.start() == 0 or not is_word_char(view[m.start() - 1])
    ]
    spans.sort()
    out: list[Span] = []
    for span in spans:
        if out and span[0] < out[-1][1]:
            continue
        if out and _JOIN.fullmatch(view, out[-1][1], span[0]):
            out[-1] = (out[-1][0], span[1])  # "Quarry Hill Road and Ashcombe Road": one intersection
        else:
            out.append(span)
    return [PlaceMention(view[a:b], (a, b)) for a, b in out]


_STREET_OPENERS = {"on", "at", "in", "near", "off", "along", "to", "from", "the", "of", "and", "block"}
_NUMBERED_ONLY_RE = re.compile(_NUMBERED_ONLY)


_AND_PLACE = re.compile(rf"\s+and\s+(?P<p>{_CAP})")


def places_after_and(view: str, places: list[PlaceMention], start: int, end: int) -> list[PlaceMention]:
    """Second members of "over Belgorod and Smolensk", which the preposition patterns miss."""
    extra: list[PlaceMention] = []
    for p in places:
        m = _AND_PLACE.match(view[p.span[1] : min(end, p.span[1] + 60)])
        if m:
            name, s = _trim_place(m.group("p"), p.span[1] + m.start("p"))
            if name and not any(q.span[0] == s for q in places + extra):
                extra.append(PlaceMention(name, (s, s + len(name))))
    return extra

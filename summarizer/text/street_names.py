"""Streets that text/places.py's capitalised-name reading misses: a bare number that names its
street ("82 Street", "34 Ave NW"), a qualified route number ("County Road 218", "FM 1960") and a
street whose type word is in lower case ("on Elm street")."""

from __future__ import annotations

import re

from summarizer.text.base import Span
from summarizer.text.language import ENGLISH_FUNCTION_WORDS
from summarizer.text.regex import guarded
from summarizer.text.scans import is_word_char

# a grid street named by its number, a type word after it ("82 Street", "118 Avenue", "NW 187
# Street", "10520 82 St"), only its compass point or quadrant after it, or a stop, a comma, "and" or
# a lower-case word: not a count before a title-case word ("5 Road Deaths", "Top 10 Street Foods"),
# nor after "a" ("a 2 Street …"), a rank or a sum ("No. 3 Road", "$5 Street")
_COMPASS_ABBR = r"(?:NW|NE|SW|SE|N\.W\.|N\.E\.|S\.W\.|S\.E\.)"
# (found from its type word, which the engine skips to in C, and the number before it read only
# where a digit and a space stand before the word)
_NUMBERED_AT = guarded(
    r"\d (?P<t>Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Drive|Dr\.?|Boulevard|Blvd\.?|Terrace|Trail)"
    r"(?![\w'’])(?!\s+(?!and\b|NW|NE|SW|SE|N\.|S\.)[A-Z])"
)
_NUMBERED_BEFORE = re.compile(
    r"(?<![\w$#.,-])(?<!\ban\s)(?<!\ba\s)(?<!\bA\s)(?<!No\.\s)(?<!\bNo\s)"
    r"(?:\d{1,6}[A-Z]?\s+(?=(?:[NSEW]{1,2}\s+)?\d))?"
    r"(?:(?:North|South|East|West|NW|NE|SW|SE|[NSEW])\s+)?\d{1,3}\s\Z"
)
# a numbered road named with what it belongs to, which the type word alone cuts ("County Road 218"
# was read "County Road"): "Range Road 12", "Township Road 530", "State Route 4", "Farm to Market
# Road 1960", and the short forms "FM 1960", "CR 218", "SR 4"; not a sum after the short form ("SR
# 4 million")
_QUALIFIED_ROUTE = guarded(
    r"\b(?:(?:County|Range|Township|Twp\.|State|Concession|Regional|Provincial|Ranch|Forest|Parish|Old"
    r"|Farm[- ]to[- ]Market|U\.S\.|US)\s+(?:Road|Rd\.|Route|Rte\.|Highway|Hwy\.?)"
    r"|(?:FM|RM|CR|SR|SH|RR)(?=[- ]\d))[- ]\d{1,4}[A-Z]?(?![\w'’])(?!,\d|\.\d|\s+(?:million|billion|percent)\b)"
)
# a house number and a compass point before a route: "1319 West FM 1960", "11814 SE County Road 245"
_ROUTE_LEAD = re.compile(r"(?:\d{1,6}\s+)?(?:(?:North|South|East|West|[NS][EWew]|[NSEW])\s+)?\Z")
# a street whose type word is in lower case, named after a preposition of place or a house number:
# "on Elm street", "the 400 block of north Main street", "at 418 Larkmoor avenue"; not a street
# that names a trade or a saying ("on Wall street", "on Easy street"), nor one the names of days,
# months or institutions open ("on Monday road trips")
_LOWER_TYPES = ("street", "avenue", "road", "drive", "lane", "boulevard")
_LOWER_BEFORE = re.compile(
    r"(?:\b(?i:on|at|near|along|off|onto|of|in)\s+|(?<![\w,.])(?P<num>\d{1,6}[A-Z]?)\s+)"
    r"(?P<s>(?:(?:north|south|east|west|[NSEW]\.)\s+)?(?P<name>(?:[A-Z][\w'’-]*\s+){1,3}))\Z"
)
_SAYINGS = frozenset({"Wall", "Easy", "Memory", "Silk", "Sesame", "Downing", "Fleet"})
_NOT_NAMES = frozenset({
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November", "December", "The", "A", "An",
    "This", "That", "His", "Her", "Their", "Our", "My", "Police", "I",
})  # fmt: skip
# a lower-case word after a street's type word or a short route's number that makes the whole a
# modifier, a count of things or a product: "the 2 Street gangs", "30 Street vendors", "22 Road
# crews", "Chicago street violence", "an SR 25 rifle"; not a word of grammar, time or direction, nor
# a verb after its subject ("at 64 Street and", "on Elm street late Sunday", "on 82 Street injured
# two", "on Elm street shortly", "along 150 Avenue following")
_NEXT_LOWER = re.compile(r"\s+([a-z][a-z'’]*)\b")
_AFTER_A_STREET = ENGLISH_FUNCTION_WORDS | frozenset({
    "a", "an", "in", "on", "was", "so", "no", "near", "off", "outside", "inside", "behind", "beside", "past", "around",
    "just", "yesterday", "today", "tonight", "overnight", "late", "early", "last", "morning", "afternoon",
    "evening", "night", "north", "south", "east", "west", "northbound", "southbound", "eastbound", "westbound",
    "left", "hit", "shot", "struck", "saw", "took", "sent", "led", "caught", "fell", "ran", "broke", "became", "remains",
})  # fmt: skip


def _modified(view: str, end: int) -> bool:
    """Whether a lower-case content word follows view[:end], a street's name or a route's number
    ("Street gangs", "SR 25 rifle"): the name is then a modifier or a count, not a street."""
    m = _NEXT_LOWER.match(view, end)
    return m is not None and not (m.group(1) in _AFTER_A_STREET or m.group(1).endswith(("ed", "ly", "ing")))


# a determiner or a possessive before a short route form, which names a thing ("an SR 25 rifle",
# "the SR 71 Blackbird", "his SR 500"), or a station's call sign or brand ("WKRP FM 101", "Kiss FM
# 104"), where a road is named bare or after its compass point ("on SR 71", "West FM 1960")
_OWNED_BEFORE = re.compile(
    r"(?:\b(?i:a|an|the|his|her|their|its|my|our|your)|(?<![.!?]\s)\b(?!(?:North|South|East|West|And|On|At|Near|Along|Off|Onto|Of|In|To|From|By|Via)\b)[A-Z][A-Za-z]+)\s+\Z"
)
# a station named after its frequency: "FM 104 Radio", "CR 7 radio"
_STATION_AFTER = re.compile(r"\s+(?i:radio|station)\b")
# a quadrant after a street ("17th Street SE", "Pell Road NW") is the street's
_QUADRANT_AFTER = re.compile(rf"\s+{_COMPASS_ABBR}(?![\w'’])")


# what each scan's matches must hold, found by str.find far faster than the engine tries a
# pattern at every position: a digit, a space and a type word's start; a route's word
_NUMBERED_TYPES = (" St", " Ave", " Road", " Rd", " Dr", " Blvd", " Boulevard", " Terrace", " Trail")
_ROUTE_WORDS = ("Road", "Rd.", "Route", "Rte.", "Highway", "Hwy", "FM", "RM", "CR", "SR", "SH", "RR")


def _digit_then_type(view: str, start: int, end: int) -> bool:
    for word in _NUMBERED_TYPES:
        i = view.find(word, start + 1, end)
        while i != -1:
            if view[i - 1].isdigit():
                return True
            i = view.find(word, i + 1, end)
    return False


def _numbered_streets(view: str, start: int, end: int) -> list[Span]:
    spans: list[Span] = []
    if not _digit_then_type(view, start, end):
        return spans
    for m in _NUMBERED_AT.finditer(view, start, end):
        s = m.start("t")
        before = _NUMBERED_BEFORE.search(view, max(start, s - 24), s)
        if before is not None and not _modified(view, m.end()):
            spans.append((before.start(), m.end()))
    return spans


def _lower_case_streets(view: str, start: int, end: int) -> list[Span]:
    spans: list[Span] = []
    for word in _LOWER_TYPES:
        i = view.find(" " + word, start, end)
        while i != -1:
            e = i + 1 + len(word)
            k = view.rfind(" ", max(start, i - 40), i)
            if view[k + 1 : k + 2].isupper() and not (
                (e < len(view) and (is_word_char(view[e]) or view[e] in "'’-")) or _modified(view, e)
            ):
                before = _LOWER_BEFORE.search(view, max(start, i - 59), i + 1)
                words = before.group("name").split() if before is not None else []
                if before is not None and not (
                    words[0] in _NOT_NAMES or words[-1] in _NOT_NAMES or (len(words) == 1 and words[0] in _SAYINGS)
                ):
                    spans.append((before.start("num" if before.group("num") else "s"), e))
            i = view.find(" " + word, e, end)
    return spans


def _routes(view: str, start: int, end: int) -> list[Span]:
    spans: list[Span] = []
    if all(view.find(word, start, end) == -1 for word in _ROUTE_WORDS):
        return spans
    for m in _QUALIFIED_ROUTE.finditer(view, start, end):
        if m.start() > 0 and is_word_char(view[m.start() - 1]):
            continue
        if (
            m.group()[:1] in "FRCS"
            and m.group()[1:2].isupper()
            and (
                _modified(view, m.end())
                or _OWNED_BEFORE.search(view, max(start, m.start() - 12), m.start())
                or _STATION_AFTER.match(view, m.end())
            )
        ):
            continue  # a short form that names a thing ("an SR 25 rifle", "SR 500 motorcycle")
        lead = _ROUTE_LEAD.search(view, max(start, m.start() - 16), m.start())
        spans.append((lead.start() if lead is not None else m.start(), m.end()))
    return spans


def more_streets(view: str, start: int, end: int) -> list[Span]:
    """The numbered streets, qualified routes and lower-case streets between ``start`` and ``end``."""
    return _numbered_streets(view, start, end) + _routes(view, start, end) + _lower_case_streets(view, start, end)


def with_quadrant(view: str, span: Span, end: int) -> Span:
    """A street's span with the quadrant written after it ("34 Ave NW", "17th Street SE")."""
    m = _QUADRANT_AFTER.match(view, span[1], end)
    return (span[0], m.end()) if m is not None else span


def with_more_streets(view: str, spans: list[Span], start: int, end: int) -> list[Span]:
    """``spans`` (streets found between ``start`` and ``end``) with ``more_streets``, each with its
    quadrant, in order; of two at one start only the longer ("County Road 218", not "County Road")."""
    longest: dict[int, int] = {}
    for s, e in spans + more_streets(view, start, end):
        s, e = with_quadrant(view, (s, e), end)
        longest[s] = max(e, longest.get(s, e))
    return sorted(longest.items())

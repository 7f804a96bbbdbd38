"""Where on a street: street addresses ("418 Larkmoor Avenue", "West 47th Street"), corners
("Pell Road and Orrin Avenue", "12th and Vine"), numbered roads ("Route 317", "County Road 218")
and the streets a capitalised name misses ("82 Street", "on Elm street")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer.text import incident_words as iw
from summarizer.text import lexicon as lx
from summarizer.text.base import PlaceMention, Span, lower_same_length
from summarizer.text.prefilters import Prefiltered
from summarizer.text.regex import compiled, guarded
from summarizer.text.scans import DIGITS, is_word_char, matches_from
from summarizer.text.shorthand_corners import COMPASS_PREFIX, modified_after, shorthand_corners

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
STREET_TYPE = compiled(rf"(?:{_STREET_TYPES}|{_NUMBERED_ONLY})(?![\w'’])")
_NAME_WORD = r"(?:[A-Z][\w'’-]*\.?|\d+(?:st|nd|rd|th))"


# the street's words as they end at its type word (matched on the few characters before it)
_STREET_BEFORE = compiled(rf"(?:(?P<num>\d{{1,6}}[A-Z]?)\s+)?(?P<name>(?:{_NAME_WORD}\s+){{1,4}})$")
# the words of a road named by its number, written out and short (one list for every reader: the
# street reader's "Route 9", the block's "the 100 block of Highway 16", no town "east of Interstate 5")
ROAD_WORDS = ("Route", "Highway", "Interstate")
ROAD_SHORT_WORDS = ("Hwy", "Rte")
# a numbered road ("Route 9", "Hwy. 61", "Hwy 117" of "US Hwy 117"), or an avenue named by a letter ("Avenue Q")
_ROAD_NUMBER = guarded(
    rf"(?:{'|'.join(ROAD_WORDS)})\s+\d{{1,4}}[A-Z]?\b|(?:{'|'.join(ROAD_SHORT_WORDS)})\.?\s+\d{{1,4}}[A-Z]?\b"
    r"|I-\d{1,3}\b|Avenue\s+[A-Z](?![\w'’.-])"
)
# a British or Irish road by its class letter and number after a preposition of place: "on the A40",
# "a crash on the M25 near junction 10", "along the B4009", "the A1(M)", "the southbound M6", Irish
# national and regional roads "on the N7", "the R445" (the preposition keeps out a rifle, "armed with
# the M16", and a grade, "the A-level results": a digit must follow the letter). The code ends its
# noun phrase: after it comes a stop, a road word ("the M4 motorway") or a word that opens the next
# phrase (a preposition, conjunction, time or direction word, a verb of being); not a noun or name
# the code qualifies: "on the A4 paper", "the M4 carbine", "the B12 bus", "the A2 Milk factory"
_AFTER_ROAD = (
    r"motorway|carriageway|road|junction|slip|roundabout|bypass|link|interchange|flyover|spur|dual|trunk"
    r"|at|near|in|into|on|onto|between|to|towards?|from|by|outside|close|past|through|under|over|beside|around"
    r"|(?:north|south|east|west)(?:bound|ern)?|and|or|but|after|before|when|where|which|that|while|during|as"
    r"|this|last|yesterday|today|tonight|early|late|earlier|shortly|just|about|for|with|was|were|is|are|has|had|have|remains?"
    # a verb of which the road is the subject: "the crash on the A38 left two hurt", "the A40 reopened"
    r"|left|[a-z]+ed"
)
_LETTERED_ROAD = compiled(
    r"\b(?:on|along|onto|off|near|at|of|from|to|joining|leaving)\s+the\s+(?:(?:north|south|east|west)bound\s+)?"
    r"(?P<road>[ABMNR]\d{1,4}(?:\(M\))?)(?![\w'’(-])"
    rf"(?=\s*(?:[.,;:!?)”\"’]|$)|\s+(?i:{_AFTER_ROAD})\b)"
)
# a corner named by its two streets without their type words, one a numbered street, after a
# preposition of place: "near 12th and Vine", "at 35th and 36th." (two numbers only before a stop or
# "streets": not "5th and 6th graders"); a name without its type word is the whole second street
# only where no other name word follows ("near 9th and Larkmoor High School" names a school); the
# type word may be the plural of the two ("at 2nd and Vine Streets"); the numbered street may have
# its compass point ("at North 12th and Vine", "at NE 12th and Vine")
_BARE_CORNER = guarded(
    r"\b(?:at|near|on|of|off)\s+(?P<x>" + COMPASS_PREFIX + r"\d{1,3}(?:st|nd|rd|th)\s+(?:and|&)\s+"
    r"(?:[A-Z][a-z][\w'’-]*(?:\s+(?:"
    + _STREET_TYPES
    + r")s?|(?![\w'’-]|\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z]))"
    r"|\d{1,3}(?:st|nd|rd|th)(?=\s*[,.;]|\s+(?:streets|avenues)\b)))"
)
# a house number and a street whose type word is "St" with no full stop ("2189 75th St", "40 Kell
# St"): read only after a house number, where "St" is no saint's; not after a rank or an edition
# ("No. 5 Tarrow St", "the 2019 Tarrow St team": a state's school)
_NUMBERED_BARE_ST = compiled(
    r"(?<!No\.\s)(?<!\bNo\s)(?<!#)(?<!\bthe\s)\b\d{1,6}[A-Z]?\s+(?:(?:[A-Z][\w'’-]*|\d{1,3}(?:st|nd|rd|th))\s+){1,3}St(?![\w.'’-])(?!\s+[A-Z])"
)


def _numbered_bare_st(view: str, start: int, end: int) -> list[Span]:
    """The spans of ``_NUMBERED_BARE_ST`` between ``start`` and ``end`` (none without " St", nor
    without an "St" after white space that no word character, full stop, apostrophe or hyphen
    follows: "Street", "State" and "St." are skipped by str.find, where the pattern was tried at
    every digit of a sentence that named a "Street")."""
    if view.find(" St", start, end) == -1:
        return []
    i = view.find("St", start + 1, end)
    while i != -1:
        e = i + 2
        if view[i - 1].isspace() and (e >= end or not (is_word_char(view[e]) or view[e] in ".'’-")):
            break
        i = view.find("St", e, end)
    else:
        return []
    return [m.span() for m in _NUMBERED_BARE_ST.finditer(view, start, end)]


# the word that joins two streets at a corner: "Pell Road and Orrin Avenue", "9th & Vine"
JOIN = compiled(r"\s+(?:and|&)\s+")
# a corner named by its two streets and their type word once, in the plural: "at Pell and Orrin
# streets", "South Burdick and West Dutton Avenues" (the names matched on the few characters before it)
# (found by str.find of each word past its first letter, which may be a capital: a pattern tried
# at every space cost a tenth of a millisecond on a 5 KB article)
_PLURAL_TYPES = ("Streets", "Avenues", "Roads", "Drives", "Lanes", "Boulevards")


def _plural_types(view: str, start: int, end: int) -> Iterator[Span]:
    """Where a plural type word stands between ``start`` and ``end`` after a space, in no
    particular order: its span, the space not included."""
    for word in _PLURAL_TYPES:
        tail = word[1:]
        i = view.find(tail, start + 1, end)
        while i != -1:
            s, e = i - 1, i + len(tail)
            if (
                view[s] in (word[0], word[0].lower())
                and s > start
                and view[s - 1].isspace()
                and not (e < len(view) and (is_word_char(view[e]) or view[e] in "'’"))
            ):
                yield s, e
            i = view.find(tail, e, end)


_CORNER_WORD = r"(?:[A-Z][\w'’-]*\.?|\d{1,3}(?:st|nd|rd|th))"
_CORNER_BEFORE = compiled(
    rf"(?:{_CORNER_WORD}\s+){{0,2}}{_CORNER_WORD}\s+(?:and|&)\s+(?:{_CORNER_WORD}\s+){{0,2}}{_CORNER_WORD}\Z"
)


# the numbered road's pattern run only from where one of its opening words occurs (str.find)
_ROAD_NUMBER_SCAN = Prefiltered(_ROAD_NUMBER)
# what follows the digit of an ordinal number ("12th"), which every bare corner holds
_ORDINAL_ENDINGS = ("st", "nd", "rd", "th")
_CORNER_JOINS = ("and", "&")


def _may_hold_bare_corner(view: str, start: int, end: int) -> bool:
    """Whether view[start:end] holds a digit with an ordinal's ending after it, without which
    ``_BARE_CORNER`` finds nothing there: the digits are found by str.find, where the corner's
    pattern is tried at every position that opens with one of its prepositions' letters. The
    digits are those of the article lower-cased (the same places), found once for the numbers'
    and the dates' readers: a 5 KB article is no longer scanned for them again here.
    Past the ending, white space and "and" or "&" must follow (the corner's first street is
    that ordinal): "the 4th of July", "his 20th birthday" are turned away without the pattern."""
    for i in DIGITS.positions(lower_same_length(view), start, end):
        if view.startswith(_ORDINAL_ENDINGS, i + 1):
            k = i + 3
            while k < end and view[k].isspace():
                k += 1
            if k > i + 3 and view.startswith(_CORNER_JOINS, k, end):
                return True
    return False


# a type word that opens the name of a body that runs or polices the roads is no street's: "the
# Tarnia Highway Patrol", "the Kell County Road Department", "the Venn Expressway Authority" (not a
# verb after a street: "Police patrol Pell Road"; nor a street before a name that "Department" opens:
# "on Pell Road Department of Transportation land", "the Kell Street Department Store"; nor an
# address, a number or block before it: "at 40 Kell Road Patrol headquarters")
_AGENCY_AFTER = compiled(
    r"\s+(?:Patrol|Department(?!\s+(?:of|[Ss]tores?)\b)|Dept\.|Commission|Authority|Administration)\b"
)
_BLOCK_BEFORE = compiled(r"\bblock\s+of\s+(?:the\s+)?(?:[\w'’.-]+\s+){1,4}\Z")


def may_name_a_street(view: str, start: int, end: int) -> bool:
    """Whether anything between ``start`` and ``end`` could be one of find_addresses' streets (a
    street's word, a numbered road, a bare corner): False rules out every stretch inside."""
    return (
        STREET_TYPE.search(view, start, end) is not None
        or _ROAD_NUMBER_SCAN.search(view, start, end) is not None
        or _LETTERED_ROAD.search(view, start, end) is not None
        or (_may_hold_bare_corner(view, start, end) and _BARE_CORNER.search(view, start, end) is not None)
        or next(_plural_types(view, start, end), None) is not None
        or bool(_numbered_bare_st(view, start, end) or more_streets(view, start, end))
        or bool(shorthand_corners(view, start, end, STREET_TYPE))
    )


def find_addresses(view: str, start: int, end: int) -> list[PlaceMention]:
    """Street addresses, intersections and numbered roads between ``start`` and ``end`` (a sentence or
    two: every capital is tried), and the streets a capitalised name misses (below); words opening a
    sentence ("On") are not the street's."""
    spans: list[Span] = []
    for m in STREET_TYPE.finditer(view, start, end):
        if m.start() > 0 and is_word_char(view[m.start() - 1]):
            continue
        before = _STREET_BEFORE.search(view, max(start, m.start() - 60), m.start())
        if before is None or (
            _AGENCY_AFTER.match(view, m.end())
            and before.group("num") is None
            and not _BLOCK_BEFORE.search(view, max(start, m.start() - 60), m.start())
        ):
            continue
        words = before.group("name").split()
        s = before.start("name")
        last = words[-1] if words else ""
        while words and (words[0].rstrip(".") in lx.NOT_PLACES or words[0].lower() in _STREET_OPENERS):
            s = view.index(words[0], s) + len(words[0])
            while s < len(view) and view[s].isspace():
                s += 1
            words.pop(0)
        if not words and _institution_names_street(last):
            # the word before the type is the street's whole name: "Congress Street", "President Street"
            s, words = view.rindex(last, before.start("name"), m.start()), [last]
        if not words or (
            before.group("num") is None
            and _NUMBERED_ONLY_RE.fullmatch(m.group())
            and not _other_kind_is_street(view, s, m, words)
        ):
            continue
        if before.group("num") is not None and s == before.start("name"):
            s = before.start("num")
        spans.append((s, m.end()))
    spans += [
        (m.start(), m.end())
        for m in _ROAD_NUMBER.finditer(view, start, end)
        if m.start() == 0 or not is_word_char(view[m.start() - 1])
    ]
    spans += [m.span("road") for m in _LETTERED_ROAD.finditer(view, start, end)]
    spans += [
        m.span("x")
        for m in (_BARE_CORNER.finditer(view, start, end) if _may_hold_bare_corner(view, start, end) else ())
        if view[m.end("x") - len(m.group("x").split()[-1]) : m.end("x")] not in lx.NOT_PLACES
    ]
    spans += _plural_corners(view, start, end) + _numbered_bare_st(view, start, end)
    spans += shorthand_corners(view, start, end, STREET_TYPE)
    spans = with_more_streets(view, spans, start, end)
    out: list[Span] = []
    for span in spans:
        if out and span[0] < out[-1][1]:
            continue
        if HOSPITAL_STREET_BEFORE.search(view, max(0, span[0] - 100), span[0]):
            continue  # "taken to Calloway Hospital on Orrin Avenue": the hospital's street
        if out and JOIN.fullmatch(view, out[-1][1], span[0]):
            out[-1] = (out[-1][0], span[1])  # "Quarry Hill Road and Ashcombe Road": one intersection
        else:
            out.append(span)
    return [PlaceMention(view[a:b], (a, b)) for a, b in out]


def _plural_corners(view: str, start: int, end: int) -> list[Span]:
    """The corners named by two streets before their type word in the plural ("at Pell and
    Orrin streets"), without the words that open a sentence or a place ("At", "The")."""
    spans: list[Span] = []
    for type_start, type_end in _plural_types(view, start, end):
        before = _CORNER_BEFORE.search(view, max(start, type_start - 81), type_start - 1)
        if before is None:
            continue
        s = before.start()
        words = before.group().split()
        while words and (words[0].rstrip(".") in lx.NOT_PLACES or words[0].lower() in _STREET_OPENERS):
            s = view.index(words[0], s) + len(words[0])
            while s < len(view) and view[s].isspace():
                s += 1
            words.pop(0)
        if JOIN.search(view, s, before.end()):  # still two streets
            spans.append((s, type_end))
    return spans


# a type word that also names other things ("Court", "Place", "Way", "Circle") is a street's
# after "on" ("on the" before a road's "Circle" or "Way"), "along" or a block too, and before the
# homes built on it ("the Venn Court apartments"): "shot on Tarrow Circle" is a street, as "the 900
# block of Kell Court" is; not a court (or a circle) named by its kind ("a ruling on Supreme Court
# nominees", "on Kell County Court dockets", "a source on the Inner Circle"), nor after a verb whose
# object "on" opens ("voted on Safe Way", "relies on Inner Circle")
_ON_VERBS = (
    "voted", "vote", "votes", "voting", "ruled", "rule", "rules", "ruling", "relied", "rely", "relies", "relying",
    "depend", "depends", "depended", "focus", "focused", "focuses", "focusing", "worked", "work", "works", "working",
    "agreed", "agree", "agrees", "commented", "comment", "comments", "spoke", "speak", "speaks", "reported", "report",
    "reports", "reporting", "insisted", "decided", "decide", "campaigned", "campaign", "campaigning", "counting",
    "count", "counted", "based", "briefed", "testified",
)  # fmt: skip
_ON_OR_BLOCK_BEFORE = compiled(
    r"\b(?:" + "".join(rf"(?<!\b{v}\s)" for v in _ON_VERBS) + r"on|along|block\s+of)\s+(?P<the>the\s+)?\Z"
)
# and before the homes built on it: "the Venn Court apartments", "Kell Place townhomes", "his Tamsin
# Court home" (not a "complex" alone, which a court or a sport has too: "the Tennis Court complex";
# nor "Court house", a courthouse written in two words: "the Traffic Court house"; nor a dormitory,
# "the Tarrow Court residence hall")
_HOMES_AFTER = compiled(
    r"\s+(?:apartments?|apartment\s+complex|townhomes|townhouses|condos|condominiums|homes?|(?<!Court\s)house"
    r"|residence(?!\s+halls?\b))\b"
)
_COURT_KINDS = frozenset({
    "Supreme", "High", "Federal", "District", "Circuit", "Appeals", "Appellate", "Superior", "County", "Municipal",
    "Family", "Juvenile", "Crown", "Magistrates", "Magistrate", "Claims", "Tax", "Criminal", "Civil", "State", "Food",
    "Royal", "Constitutional", "Military", "Inner", "Arctic", "Antarctic",
})  # fmt: skip
_STREET_OPENERS = {"on", "at", "in", "near", "off", "along", "to", "from", "the", "of", "and", "block"}


def _institution_names_street(word: str) -> bool:
    """Whether a word lx.NOT_PLACES holds for an institution ("Congress", "Court", "President"), not
    for a word that opens a sentence or a date ("The", "Police", "March"), can name a street alone."""
    return word in lx.NOT_PLACES and word not in lx.NON_NAME_CAPS and word.lower() not in _STREET_OPENERS


_NUMBERED_ONLY_RE = compiled(_NUMBERED_ONLY)


def _other_kind_is_street(view: str, s: int, type_word: re.Match[str], words: list[str]) -> bool:
    """Whether a type word that also names other things, no house number before it, is a street's
    (its name's words from ``s``): after "on", "along" or a block, "on the" only before a road's
    "Circle" or "Way" ("a judge on the Tarrow Court" is a court's), or before the homes built on it."""
    on = _ON_OR_BLOCK_BEFORE.search(view, max(0, s - 24), s)
    if on is not None and on.group("the") and not type_word.group().startswith(("Cir", "Way")):
        on = None
    return (on is not None or _HOMES_AFTER.match(view, type_word.end()) is not None) and _COURT_KINDS.isdisjoint(words)


# and the street of a hospital someone is taken to: "taken to Calloway Hospital on Orrin Avenue",
# "died at a hospital in the 200 block of Orrin Avenue"
HOSPITAL_STREET_BEFORE = compiled(
    rf"{iw.MOVED_TO}\s+(?:(?:an?|the)\s+)?(?:[\w'’.-]+\s+){{0,4}}?"
    rf"(?i:{iw.HOSPITAL_NOUNS}|infirmary|clinic)\s*,?\s+(?:on|at|in|along|off)\s+"
    r"(?:(?:the\s+)?\d{1,6}\s+block\s+of\s+)?\Z"
)


# ---------------------------------------------------------------- streets a capitalised name misses

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
_NUMBERED_BEFORE = compiled(
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
_ROUTE_LEAD = compiled(r"(?:\d{1,6}\s+)?(?:(?:North|South|East|West|[NS][EWew]|[NSEW])\s+)?\Z")
# a street whose type word is in lower case, named after a preposition of place or a house number:
# "on Elm street", "the 400 block of north Main street", "at 418 Larkmoor avenue", "on Lakewood terrace"; not a street
# that names a trade or a saying ("on Wall street", "on Easy street"), nor one the names of days,
# months or institutions open ("on Monday road trips")
_LOWER_TYPES = ("street", "avenue", "road", "drive", "lane", "boulevard", "terrace", "parkway")
_LOWER_BEFORE = compiled(
    r"(?:\b(?i:on|at|near|along|off|onto|of|in)\s+|(?<![\w,.])(?P<num>\d{1,6}[A-Z]?)\s+)"
    r"(?P<s>(?:(?:north|south|east|west|[NSEW]\.)\s+)?(?P<name>(?:[A-Z][\w'’-]*\s+){1,3}))\Z"
)
_SAYINGS = frozenset({"Wall", "Easy", "Memory", "Silk", "Sesame", "Downing", "Fleet"})
_NOT_NAMES = frozenset({
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November", "December", "The", "A", "An",
    "This", "That", "His", "Her", "Their", "Our", "My", "Police", "I",
})  # fmt: skip
# a determiner or a possessive before a short route form, which names a thing ("an SR 25 rifle",
# "the SR 71 Blackbird", "his SR 500"), or a station's call sign or brand ("WKRP FM 101", "Kiss FM
# 104"), where a road is named bare or after its compass point ("on SR 71", "West FM 1960")
_OWNED_BEFORE = compiled(
    r"(?:\b(?i:a|an|the|his|her|their|its|my|our|your)|(?<![.!?]\s)\b(?!(?:North|South|East|West|And|On|At|Near|Along|Off|Onto|Of|In|To|From|By|Via)\b)[A-Z][A-Za-z]+)\s+\Z"
)
# a station named after its frequency: "FM 104 Radio", "CR 7 radio"
_STATION_AFTER = compiled(r"\s+(?i:radio|station)\b")
# a quadrant after a street ("17th Street SE", "Pell Road NW") is the street's
_QUADRANT_AFTER = compiled(rf"\s+{_COMPASS_ABBR}(?![\w'’])")


# what each scan's matches must hold, found by str.find far faster than the engine tries a
# pattern at every position: a digit, a space and a type word's start; a route's word
_NUMBERED_TYPES = (" St", " Ave", " Road", " Rd", " Dr", " Blvd", " Boulevard", " Terrace", " Trail")
_ROUTE_WORDS = ("Road", "Rd.", "Route", "Rte.", "Highway", "Hwy", "Hwy.", "FM", "RM", "CR", "SR", "SH", "RR")
_ROUTE_GAPS = ("-", " ")


def _digits_before_types(view: str, start: int, end: int) -> list[int]:
    """Where a digit stands right before one of the numbered streets' type words (" St", " Ave",
    …) in view[start:end], in order: where every match of ``_NUMBERED_AT`` starts. The digits
    are the article's, found once (``_may_hold_bare_corner``): a str.find of each type word
    over a 5 KB body cost more than the rest of the guard."""
    return [
        i for i in DIGITS.positions(lower_same_length(view), start, end) if view.startswith(_NUMBERED_TYPES, i + 1, end)
    ]


def _numbered_streets(view: str, start: int, end: int) -> list[Span]:
    spans: list[Span] = []
    # the pattern tried only where a digit and a space stand before a type word (a scan of the
    # whole stretch cost more than the rest of the guard over a 5 KB body)
    for m in matches_from(_NUMBERED_AT, view, _digits_before_types(view, start, end), end):
        s = m.start("t")
        before = _NUMBERED_BEFORE.search(view, max(start, s - 24), s)
        if before is not None and not modified_after(view, m.end()):
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
                (e < len(view) and (is_word_char(view[e]) or view[e] in "'’-")) or modified_after(view, e)
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
    # every route ends its word right before a space or a hyphen and a digit ("Route 9", "FM-1960"):
    # the article's digits, found once, are looked at, not the text for each of the words
    digits = DIGITS.positions(lower_same_length(view), start + 1, end)
    if not any(view[i - 1] in _ROUTE_GAPS and view.endswith(_ROUTE_WORDS, start, i - 1) for i in digits):
        return spans
    for m in _QUALIFIED_ROUTE.finditer(view, start, end):
        if m.start() > 0 and is_word_char(view[m.start() - 1]):
            continue
        if (
            m.group()[:1] in "FRCS"
            and m.group()[1:2].isupper()
            and (
                modified_after(view, m.end())
                or _OWNED_BEFORE.search(view, max(start, m.start() - 12), m.start())
                or _STATION_AFTER.match(view, m.end())
            )
        ):
            continue  # a short form that names a thing ("an SR 25 rifle", "SR 500 motorcycle")
        lead = _ROUTE_LEAD.search(view, max(start, m.start() - 16), m.start())
        spans.append((lead.start() if lead is not None else m.start(), m.end()))
    return spans


# a road named by the two towns it joins, its kind in lower case, as Indian, Kenyan and Nigerian
# papers write it, where something happens on it: "on the Pune-Solapur highway", "along the
# Nakuru-Eldoret road", "off the Lagos-Ibadan expressway" (two capitalised names joined by a hyphen:
# not "a Mercedes-benz road test"; after a preposition of place, as a hyphenated firm's road work is
# not: "the Smith-Jones road crew said", "by Coca-Cola road staff")
_TOWN_PAIR_ROUTE = compiled(
    r"\b(?:on|onto|along|off|near|at|across|beside|past)\s+(?:the\s+)?"
    r"(?P<road>[A-Z][a-z][\w'’]*-[A-Z][a-z][\w'’]*\s+(?:highway|expressway|road|bypass|motorway))(?![\w'’-])"
)


def _town_pair_routes(view: str, start: int, end: int) -> list[Span]:
    if view.find("-", start, end) == -1:
        return []
    return [m.span("road") for m in _TOWN_PAIR_ROUTE.finditer(view, start, end)]


def more_streets(view: str, start: int, end: int) -> list[Span]:
    """The numbered streets, qualified routes, lower-case streets and roads named by the towns they
    join between ``start`` and ``end``."""
    return (
        _numbered_streets(view, start, end)
        + _routes(view, start, end)
        + _lower_case_streets(view, start, end)
        + _town_pair_routes(view, start, end)
    )


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

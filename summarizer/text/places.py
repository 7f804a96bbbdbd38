"""Where: place names (regions, cities, "the town of X"), the dateline's town ("DUNMORE — ")
and street addresses ("418 Larkmoor Avenue", "the 2100 block of Main Street")."""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

from summarizer.text import incident_words as iw
from summarizer.text import lexicon as lx
from summarizer.text.base import Span
from summarizer.text.datelines import dateline_at, line_datelines
from summarizer.text.regex import Prefiltered, WordStartPattern, guarded
from summarizer.text.scans import digit_positions, is_word_char
from summarizer.text.street_names import more_streets, with_more_streets


@dataclass(slots=True)
class PlaceMention:
    name: str
    span: Span


# ---------------------------------------------------------------- places

_PLACE_SUFFIX = r"(?:Oblast|Region|Province|Governorate|District|County|Krai|Republic|Prefecture|State|Territory|Parish|Borough|City)"
_CAP = r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|de|del|la|el|al|of|upon|on))*"
# a place after a preposition may open with a saint's, a fort's or a mount's name abbreviated:
# "in St. Louis", "near Ft. Worth"
_ABBREVIATED_CAP = rf"(?:(?:St|Ste|Ft|Mt)\.\s+)?{_CAP}"
# a place noun before "of" ("the town of"), one modifier allowed: "the northern province of", "the
# port city of", "the Ukrainian city of" (a capitalised modifier is a people's adjective)
_MODIFIER = r"(?:[a-z]+\s+|[A-Z][a-z]+(?:an|ese|ish|i|ch)\s+)?"
# a town's side or end is named by its compass point ("the east side of", "the West End"), not "the end of
# the war", "his side of the street"
COMPASS_WORDS = r"north|south|east|west|north-?east|north-?west|south-?east|south-?west"
_COMPASS = rf"(?i:{COMPASS_WORDS})"
_COMPASS_PART = rf"{_COMPASS}[- ]?(?i:side|end)"
_PLACE_NOUN_OF = (
    rf"{_MODIFIER}(?:city|town|village|hamlet|township|municipality|region|province|district|county|state|island"
    r"|capital|coast|outskirts|suburbs?|edge|shores?|banks?|border|community|settlement"
    rf"|{_COMPASS_PART}|{COMPASS_WORDS}|centre|center)"
    r"\s+of\s+(?:the\s+)?"
)
# a country's own: "in Syria's capital, Damascus", "in Nigeria's Zamfara state"
_COUNTRY_S = (
    r"(?:" + "|".join(sorted({re.escape(c) for c in lx.DEMONYMS.values()}, key=lambda w: (-len(w), w))) + r")['’]s\s+"
)
_PREPOSITION_PLACE = (
    r"(?:(?:over|in|near|outside|across|at|into|from|to|toward|towards|around|off|through|throughout"
    # a part of a place named before the place: "in the Parkfield area of Drayton"
    rf"|(?:area|neighbou?rhood|quarter|district|section)\s+of)\s+(?:the\s+|{_COUNTRY_S})?"
    # "on", and no preposition, only before a place noun and "of": "on the island of", "hit the
    # village of"
    rf"|on\s+the\s+(?={_PLACE_NOUN_OF})|the\s+(?={_MODIFIER}(?:city|town|village|hamlet)\s+of\s)"
    # and before a town's part named by the town: "on Chicago's South Side"
    rf"|on\s+(?=[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}}['’]s\s+(?:[\w-]+\s+)?{_COMPASS_PART}\b))"
    rf"(?:{_PLACE_NOUN_OF}"
    # the capital named in apposition: "in the capital, Serrano,"
    r"|capital,\s+"
    # or a word for the part of a place: "in central Delvin", "through downtown Arles", a compass
    # point in lower case: "in north Tarrow", "in southwest Delvin"
    r"|(?:central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western"
    rf"|(?-i:{COMPASS_WORDS})"
    r"|downtown|rural|coastal|nearby|neighbou?ring)\s+)?"
    rf"(?P<p>{_ABBREVIATED_CAP})"
)
# the street of "the 2100 block of …": capitalised words, any of them a numbered street's ordinal
# ("the 300 block of West 47th Street", "of South 129th East Avenue", "of 12th Street")
_ORDINAL_WORD = r"\d{1,3}(?:st|nd|rd|th)\b"
_BLOCK_STREET = (
    rf"(?:[A-Z][\w'’-]*|{_ORDINAL_WORD})(?:\s+(?:[A-Z][\w'’-]*|{_ORDINAL_WORD}|de|del|la|el|al|of|upon|on))*"
)
_PLACE_RES = [
    re.compile(rf"\b(?:the\s+)?(?P<p>{_CAP}\s+{_PLACE_SUFFIX})\b"),
    guarded(
        rf"\b(?P<p>(?:the\s+)?\d{{2,5}}\s+block\s+of\s+{_BLOCK_STREET}(?:\s+(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Drive|Dr\.?|Lane|Ln\.?|Boulevard|Blvd\.?|Place|Court|Way|Circle|Parkway|Highway|Terrace|Trail))?)"
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


NOT_PLACES = lx.NON_NAME_CAPS | {"Ukrainian", "Russian", "President", "Minister", "Ministry", "Defense", "Defence",
                                  "Department", "Police", "Court", "Congress", "Senate", "House", "Army", "Twitter",
                                  "Facebook", "January", "February", "March", "April", "June", "July", "August",
                                  "September", "October", "November", "December"}  # fmt: skip


# a run of capitalised words (joined by "and", "of", "&") that ends in an organisation's head noun
_ORGANISATION_HEADS = (
    r"(?:Service|Services|Department|Dept\.?|Office|Agency|Authority|Council|Commission|Company|Corporation"
    r"|Brigade|Bureau|Patrol|Police|Constabulary|Sheriff['’]s|Hospital|University|College|School|Court|Ministry"
    r"|Association|Institute|Foundation|Committee|Board|Unit|Squad|Division|Rescue"
    # a hospital named by its other heads: "St. Aldric's Medical Center", "Corwin Health Center"
    # (each written out: a group of alternatives here keeps the engine from scanning for the
    # first letters in C, and the scan took 20 times as long)
    r"|Medical\s+Cent(?:er|re)|Health\s+Cent(?:er|re)|Trauma\s+Cent(?:er|re)|Infirmary|Clinic)\b"
)
# (a word's full stop is an abbreviation's, "St.", "U.S.", not a sentence's end: "… of the Bronx. Police said")
_ORGANISATION_AT = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w'’.-]*(?<![a-z]{3}\.)\s+(?:(?:and|of|&)\s+)?){1,5}" + _ORGANISATION_HEADS
)
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


# where someone is taken or dies afterwards (a hospital, a jail) is not the incident's place: "was
# taken to Harborview", "rushed by ambulance to Mercy General", "died at Merriton General"
_MOVED = (
    r"\b(?:(?:taken|rushed|transported|flown|airlifted|driven|brought|transferred)\s+(?:[a-z]+\s+){0,3}?to"
    r"|(?:died|pronounced\s+dead)\s+(?:[a-z]+\s+){0,2}?at)"
)
_MOVED_TO_BEFORE = guarded(
    rf"(?:{_MOVED}"
    # and the town of the hospital: "was flown to a hospital in Delvin"
    rf"|\b(?:to|at)\s+(?:an?|the)\s+(?:[a-z]+\s+)?(?:{iw.HOSPITAL_NOUNS})\s+in"
    r")\s+(?:the\s+)?\Z"
)
# and the street of a hospital someone is taken to: "taken to Calloway Hospital on Orrin Avenue",
# "died at a hospital in the 200 block of Orrin Avenue"
_HOSPITAL_STREET_BEFORE = re.compile(
    rf"{_MOVED}\s+(?:(?:an?|the)\s+)?(?:[\w'’.-]+\s+){{0,4}}?"
    rf"(?i:{iw.HOSPITAL_NOUNS}|infirmary|clinic)\s*,?\s+(?:on|at|in|along|off)\s+"
    r"(?:(?:the\s+)?\d{1,6}\s+block\s+of\s+)?\Z"
)

# a part of a place ("area of") names its place only after its own name: "the Parkfield area of"
_PART_OF = re.compile(r"(?:area|neighbou?rhood|quarter|district|section)\s")
_NAMED_BEFORE = re.compile(r"\b(?!(?:The|This|That|An?)\s)[A-Z][\w'’-]*\s+\Z")


# after a name, what makes it no place: a company's noun ("the Kelso City railway"), and, after one
# word, a number ("Junction 10", "Gate 4": a numbered thing, not a town)
_COMPANY_AFTER = re.compile(r" (?:railway|railroad|airline|airlines|company|firm|bank|brewery|club|franchise)\b")
_NUMBER_AFTER = re.compile(r" \d{1,3}(?![\d,.])")


# a town's part named by the town: "Chicago's South Side", "Toledo's east end"
_POSSESSIVE_TOWN = re.compile(r"(?P<town>[A-Z][\w-]*(?: [A-Z][\w-]*){0,2})['’]s\b")
_TOWN_PART_AFTER = re.compile(
    rf"\s+(?:(?:{COMPASS_WORDS}|far|near|inner|upper|lower)\s+)*"
    rf"(?:suburbs?|outskirts)\b|\s+(?:(?:far|near|inner|upper|lower)\s+)?{_COMPASS_PART}\b",
    re.I,
)


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
            town = _POSSESSIVE_TOWN.match(name)
            if town and _TOWN_PART_AFTER.match(view, s + town.end()):
                name = town.group("town")  # "Chicago's South Side", "Toledo's east end": the town
            if (
                pattern is _PLACE_RES[2]
                and _PART_OF.match(view, m.start())
                and not _NAMED_BEFORE.search(view, max(0, m.start() - 40), m.start())
            ):
                continue  # "the Parkfield area of Drayton" names two places; "the area of Elm Street …" a street
            if _organisation_at(view, m.start("p"), heads):
                continue  # "Essex Fire and Rescue Service", "the Dunmore Police Department"
            # "taken to Harborview": where a victim was treated is no place, nor any found inside it
            moved = (pattern is _PLACE_RES[2] and _MOVED_TO_BEFORE.search(view, max(0, s - 60), s) is not None) or (
                pattern is _PLACE_RES[1] and _HOSPITAL_STREET_BEFORE.search(view, max(0, s - 100), s) is not None
            )
            name, s = _trim_place(" ".join(name.split()), s)
            if not name or view[s : s + len(name)] != name:
                continue
            # (a venue or a street is no hospital: "died at Fenwick Park" is where he was shot)
            moved = moved and (
                pattern is _PLACE_RES[1] or (name.split()[-1] not in _VENUES and not ends_in_place_type(name))
            )
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
            order[j:held] = [] if moved else [span]
            if not moved:
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
    while words and (words[-1] in ("of", "de", "del", "la", "el", "al", "upon", "on") or words[-1] in NOT_PLACES):
        words.pop()
    while words and (words[0] in NOT_PLACES or words[0].lower() == "the"):
        start += len(words[0]) + 1
        words.pop(0)
    # a country's part: "Russia's Bryansk region" is in Bryansk
    if len(words) > 1 and words[0].endswith(("’s", "'s")) and words[0][:-2] in _COUNTRIES:
        start += len(words[0]) + 1
        words.pop(0)
    name = " ".join(words).rstrip("’'")
    if words and (
        words[-1].lower() in iw.COMPANY_WORDS
        or (words[0] in _HEADS_BEFORE_OF and "of" in words and words[-1] not in _VENUES)
    ):
        return "", start  # a company ("Kelso Chemicals"), a body named for its place ("University of Tarrow")
    if name.endswith(("’s", "'s")) or len(name) == 1 or STREET_TYPE.fullmatch(name):
        return "", start  # a possessive, an initial ("northern B.C.", "S. Main Street"), a type word ("in Place")
    if not name or name.lower() in lx.DEMONYMS or (name.split()[0].lower() in lx.DEMONYMS and len(name.split()) == 1):
        return "", start
    return name, start


# ---------------------------------------------------------------- datelines


# a label in capitals before a dateline on its line: "ORIGINAL STORY: LISK, Ore. — …"
_LABEL_BEFORE_DATELINE = re.compile(r"^[ \t]*([A-Z][A-Z']+(?: [A-Z][A-Z']+){0,2}):[ \t]+(?=[A-Z])", re.M)
# the words of a label that tells a version of this story ("UPDATE:", "ORIGINAL STORY:", "EARLIER:"),
# not one that points to another ("ALSO:", "TRENDING:", "IN OTHER NEWS:", "LAST YEAR:")
_VERSION_LABEL_WORDS = frozenset({
    "UPDATE", "UPDATED", "ORIGINAL", "EARLIER", "PREVIOUS", "DEVELOPING", "BREAKING", "NEWS", "STORY", "REPORT",
})  # fmt: skip


def dateline_place(view: str, start: int, end: int, *, full: bool = False) -> PlaceMention | None:
    """The place of the first dateline that opens a line between ``start`` and ``end``
    (``text/datelines.py``), or a line after a label of the story's version ("ORIGINAL STORY:
    LISK, Ore. — "): where the story is filed, the incident's town in local news. ``full``: only
    a dateline whose place has its region or outlet after it ("LISK, Ore. — ", "LISK (KXYZ) — "),
    never a bare capitalised phrase and a dash ("DEVELOPING STORY — ")."""
    found = [d for d in line_datelines(view, start, end) if d.is_place][:1]
    for m in _LABEL_BEFORE_DATELINE.finditer(view, start, end):
        if not _VERSION_LABEL_WORDS.issuperset(m.group(1).split()):
            continue
        after = dateline_at(view, m.end(), end)
        if after is not None and after.is_place and (not found or after.span[0] < found[0].span[0]):
            found = [after]
            break
    if not found or (full and not any(c in view[found[0].place[1] : found[0].span[1]] for c in ",(")):
        return None
    return PlaceMention(found[0].name(view), found[0].place)


def dateline_end(text: str) -> int:
    """Where a dateline that opens ``text`` ends ("TORONTO — ", "DUNMORE, Ont. (AP) -- "): 0
    when it opens with none."""
    found = dateline_at(text, len(text) - len(text.lstrip(" \t")))
    return found.span[1] if found is not None and found.is_place else 0


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
STREET_TYPE = re.compile(rf"(?:{_STREET_TYPES}|{_NUMBERED_ONLY})(?![\w'’])")
_NAME_WORD = r"(?:[A-Z][\w'’-]*\.?|\d+(?:st|nd|rd|th))"


def ends_in_place_type(name: str) -> bool:
    """Does a capitalised name end in the kind of place it names ("Austin Street", "Lorne Park",
    "Clay County"), so that it is no person even when its first word is a given name?"""
    last = name.split()[-1]
    return last in _VENUES or STREET_TYPE.fullmatch(last) is not None or _SUFFIX.fullmatch(last) is not None


# the street's words as they end at its type word (matched on the few characters before it)
_STREET_BEFORE = re.compile(rf"(?:(?P<num>\d{{1,6}}[A-Z]?)\s+)?(?P<name>(?:{_NAME_WORD}\s+){{1,4}})$")
# a numbered road ("Route 9", "Hwy. 61", "Hwy 117" of "US Hwy 117"), or an avenue named by a letter ("Avenue Q")
_ROAD_NUMBER = guarded(
    r"(?:Route|Highway)\s+\d{1,4}[A-Z]?\b|(?:Hwy|Rte)\.?\s+\d{1,4}[A-Z]?\b|Interstate\s+\d{1,3}\b|I-\d{1,3}\b|Avenue\s+[A-Z](?![\w'’.-])"
)
# a corner named by its two streets without their type words, one a numbered street, after a
# preposition of place: "near 12th and Vine", "at 35th and 36th." (two numbers only before a stop or
# "streets": not "5th and 6th graders"); a name without its type word is the whole second street
# only where no other name word follows ("near 9th and Larkmoor High School" names a school); the
# type word may be the plural of the two ("at 2nd and Vine Streets"); the numbered street may have
# its compass point ("at North 12th and Vine")
_BARE_CORNER = guarded(
    r"\b(?:at|near|on|of|off)\s+(?P<x>(?:(?:North|South|East|West|N\.|S\.|E\.|W\.)\s+)?\d{1,3}(?:st|nd|rd|th)\s+(?:and|&)\s+"
    r"(?:[A-Z][a-z][\w'’-]*(?:\s+(?:"
    + _STREET_TYPES
    + r")s?|(?![\w'’-]|\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z]))"
    r"|\d{1,3}(?:st|nd|rd|th)(?=\s*[,.;]|\s+(?:streets|avenues)\b)))"
)
# a house number and a street whose type word is "St" with no full stop ("2189 75th St", "40 Kell
# St"): read only after a house number, where "St" is no saint's; not after a rank or an edition
# ("No. 5 Tarrow St", "the 2019 Tarrow St team": a state's school)
_NUMBERED_BARE_ST = re.compile(
    r"(?<!No\.\s)(?<!\bNo\s)(?<!#)(?<!\bthe\s)\b\d{1,6}[A-Z]?\s+(?:(?:[A-Z][\w'’-]*|\d{1,3}(?:st|nd|rd|th))\s+){1,3}St(?![\w.'’-])(?!\s+[A-Z])"
)


def _numbered_bare_st(view: str, start: int, end: int) -> list[Span]:
    """The spans of ``_NUMBERED_BARE_ST`` between ``start`` and ``end`` (none without " St")."""
    if view.find(" St", start, end) == -1:
        return []
    return [m.span() for m in _NUMBERED_BARE_ST.finditer(view, start, end)]


# the word that joins two streets at a corner: "Pell Road and Orrin Avenue", "9th & Vine"
JOIN = re.compile(r"\s+(?:and|&)\s+")
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
_CORNER_BEFORE = re.compile(
    rf"(?:{_CORNER_WORD}\s+){{0,2}}{_CORNER_WORD}\s+(?:and|&)\s+(?:{_CORNER_WORD}\s+){{0,2}}{_CORNER_WORD}\Z"
)


# the numbered road's pattern run only from where one of its opening words occurs (str.find)
_ROAD_NUMBER_SCAN = Prefiltered(_ROAD_NUMBER)
# what follows the digit of an ordinal number ("12th"), which every bare corner holds
_ORDINAL_ENDINGS = ("st", "nd", "rd", "th")


def _may_hold_bare_corner(view: str, start: int, end: int) -> bool:
    """Whether view[start:end] holds a digit with an ordinal's ending after it, without which
    ``_BARE_CORNER`` finds nothing there: the digits are found by str.find, where the corner's
    pattern is tried at every position that opens with one of its prepositions' letters."""
    return any(view.startswith(_ORDINAL_ENDINGS, i + 1) for i in digit_positions(view, start, end))


def may_name_a_street(view: str, start: int, end: int) -> bool:
    """Whether anything between ``start`` and ``end`` could be one of find_addresses' streets (a
    street's word, a numbered road, a bare corner): False rules out every stretch inside."""
    return (
        STREET_TYPE.search(view, start, end) is not None
        or _ROAD_NUMBER_SCAN.search(view, start, end) is not None
        or (_may_hold_bare_corner(view, start, end) and _BARE_CORNER.search(view, start, end) is not None)
        or next(_plural_types(view, start, end), None) is not None
        or bool(_numbered_bare_st(view, start, end) or more_streets(view, start, end))
    )


def find_addresses(view: str, start: int, end: int) -> list[PlaceMention]:
    """Street addresses, intersections and numbered roads between ``start`` and ``end`` (a sentence or
    two: every capital is tried), and text/street_names.py's; words opening a sentence ("On") are not the street's."""
    spans: list[Span] = []
    for m in STREET_TYPE.finditer(view, start, end):
        if m.start() > 0 and is_word_char(view[m.start() - 1]):
            continue
        before = _STREET_BEFORE.search(view, max(start, m.start() - 60), m.start())
        if before is None:
            continue
        words = before.group("name").split()
        s = before.start("name")
        last = words[-1] if words else ""
        while words and (words[0].rstrip(".") in NOT_PLACES or words[0].lower() in _STREET_OPENERS):
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
    spans += [
        m.span("x")
        for m in (_BARE_CORNER.finditer(view, start, end) if _may_hold_bare_corner(view, start, end) else ())
        if view[m.end("x") - len(m.group("x").split()[-1]) : m.end("x")] not in NOT_PLACES
    ]
    spans += _plural_corners(view, start, end) + _numbered_bare_st(view, start, end)
    spans = with_more_streets(view, spans, start, end)
    out: list[Span] = []
    for span in spans:
        if out and span[0] < out[-1][1]:
            continue
        if _HOSPITAL_STREET_BEFORE.search(view, max(0, span[0] - 100), span[0]):
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
        while words and (words[0].rstrip(".") in NOT_PLACES or words[0].lower() in _STREET_OPENERS):
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
_ON_OR_BLOCK_BEFORE = re.compile(
    r"\b(?:" + "".join(rf"(?<!\b{v}\s)" for v in _ON_VERBS) + r"on|along|block\s+of)\s+(?P<the>the\s+)?\Z"
)
# and before the homes built on it: "the Venn Court apartments", "Kell Place townhomes" (not a
# "complex" alone, which a court or a sport has too: "the Tennis Court complex")
_HOMES_AFTER = re.compile(r"\s+(?:apartments?|apartment\s+complex|townhomes|townhouses|condos|condominiums)\b")
_COURT_KINDS = frozenset({
    "Supreme", "High", "Federal", "District", "Circuit", "Appeals", "Appellate", "Superior", "County", "Municipal",
    "Family", "Juvenile", "Crown", "Magistrates", "Magistrate", "Claims", "Tax", "Criminal", "Civil", "State", "Food",
    "Royal", "Constitutional", "Military", "Inner", "Arctic", "Antarctic",
})  # fmt: skip
_STREET_OPENERS = {"on", "at", "in", "near", "off", "along", "to", "from", "the", "of", "and", "block"}


def _institution_names_street(word: str) -> bool:
    """Whether a word NOT_PLACES holds for an institution ("Congress", "Court", "President"), not
    for a word that opens a sentence or a date ("The", "Police", "March"), can name a street alone."""
    return word in NOT_PLACES and word not in lx.NON_NAME_CAPS and word.lower() not in _STREET_OPENERS


_NUMBERED_ONLY_RE = re.compile(_NUMBERED_ONLY)


def _other_kind_is_street(view: str, s: int, type_word: re.Match[str], words: list[str]) -> bool:
    """Whether a type word that also names other things, no house number before it, is a street's
    (its name's words from ``s``): after "on", "along" or a block, "on the" only before a road's
    "Circle" or "Way" ("a judge on the Tarrow Court" is a court's), or before the homes built on it."""
    on = _ON_OR_BLOCK_BEFORE.search(view, max(0, s - 24), s)
    if on is not None and on.group("the") and not type_word.group().startswith(("Cir", "Way")):
        on = None
    return (on is not None or _HOMES_AFTER.match(view, type_word.end()) is not None) and _COURT_KINDS.isdisjoint(words)


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

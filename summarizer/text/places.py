"""Where: place names (regions, cities, "the town of X", "the 2100 block of Main Street") and the
dateline's town ("DUNMORE — "); street addresses are text/streets.py's."""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterator

from summarizer.text import incident_words as iw
from summarizer.text import lexicon as lx
from summarizer.text.base import PlaceMention, Span
from summarizer.text.datelines import dateline_at, line_datelines
from summarizer.text.regex import WordStartPattern, compiled, guarded
from summarizer.text.streets import HOSPITAL_STREET_BEFORE, ROAD_SHORT_WORDS, ROAD_WORDS, STREET_TYPE
from summarizer.text.timeplace import date_opens

# ---------------------------------------------------------------- places

_PLACE_SUFFIX = r"(?:Oblast|Region|Province|Governorate|District|County|Krai|Republic|Prefecture|State|Territory|Parish|Borough|City)"
# (a saint's, a fort's or a mount's name abbreviated after the word that opens a town's name: a
# compass point or a word for a place's kind, "East St. Louis", "North Ft. Myers", "Port St. Lucie",
# "Sault Ste. Marie"; not after any name, where "St." is a street's and the next sentence opens:
# "near Kell St. Tarrow police said")
SAINT_OPENER = r"(?:North|South|East|West|Upper|Lower|Port|Fort|Lake|Point|Cape|Mount|Sault)"
# a saint's, a fort's or a mount's name written short: "St.", "Ste.", "Ft.", "Mt."
SAINT_SHORT = r"(?:St|Ste|Ft|Mt)\."
_CAP = (
    rf"(?:{SAINT_OPENER}\s+{SAINT_SHORT}\s+)?"
    r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|de|del|la|el|al|of|upon|on))*"
)
# a place after a preposition may open with a saint's, a fort's or a mount's name abbreviated:
# "in St. Louis", "near Ft. Worth"
_ABBREVIATED_CAP = rf"(?:{SAINT_SHORT}\s+)?{_CAP}"
# a place noun before "of" ("the town of"), a modifier or two allowed: "the northern province of", "the
# port city of", "the remote mountain village of", "the Ukrainian city of" (a capitalised modifier is a
# people's adjective; the first of two no article or possessive: "at a bar north of", "at his home
# north of" name what lies off a place, no place noun)
_DETERMINER = r"(?:a|an|the|his|her|its|their|our|my|your|this|that|these|those)"
_MODIFIER = rf"(?:(?:(?!{_DETERMINER}\s)[a-z]+\s+)?[a-z]+\s+|[A-Z][a-z]+(?:an|ese|ish|i|ch)\s+)?"
# a town's side or end is named by its compass point ("the east side of", "the West End"), not "the end of
# the war", "his side of the street"
COMPASS_WORDS = r"north|south|east|west|north-?east|north-?west|south-?east|south-?west"
# a suburb told by its side of the city, as some metro papers write it, before its name: "suburban
# Orvale", "west suburban Lisk", "far South suburban Tarrow Heights" (the side capitalised or not)
SUBURB_SIDE = rf"(?:far\s+)?(?:(?i:{COMPASS_WORDS})\s+)?suburban"
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
# a people's name, by nation, race or faith, capitalised as it modifies a noun ("Christian", "Indian")
_PEOPLE_WORD = (
    "(?:"
    + "|".join(sorted({re.escape(w) for w in (*lx.PEOPLES, *map(str.title, lx.DEMONYMS))}, key=lambda w: (-len(w), w)))
    + ")"
)
_PREPOSITION_PLACE = (
    r"(?:(?:over|in|near|outside|across|at|into|from|to|toward|towards|around|off|through|throughout"
    # a part of a place named before the place: "in the Parkfield area of Drayton"
    rf"|(?:area|neighbou?rhood|quarter|district|section)\s+of)\s+(?:the\s+|{_COUNTRY_S})?"
    # "on", and no preposition, only before a place noun and "of": "on the island of", "hit the
    # village of"
    rf"|on\s+the\s+(?={_PLACE_NOUN_OF})|the\s+(?={_MODIFIER}(?:city|town|village|hamlet)\s+of\s)"
    # and before a settlement's name and its kind in lower case, as Nigerian and Indian papers write it:
    # "an attack on Kagoro community", "raided on Tsauni village" (not a people's name, by nation, race
    # or faith: "fired on Christian community members", "on Indian community leaders")
    rf"|on\s+(?!{_PEOPLE_WORD}\s)(?=[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}}\s+(?:village|community|settlement|hamlet)\b)"
    # and before a named bridge or flyover, where a crash happens "on" it: "on the Third Mainland Bridge"
    r"|on\s+(?:the\s+)?(?=(?:[A-Z][\w'’-]*\s+){1,3}(?:Bridge|Flyover|Overpass)\b)"
    # and before a town's part named by the town: "on Chicago's South Side"
    rf"|on\s+(?=[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}}['’]s\s+(?:[\w-]+\s+)?{_COMPASS_PART}\b))"
    rf"(?:{_PLACE_NOUN_OF}"
    # the capital named in apposition: "in the capital, Serrano,"
    r"|capital,\s+"
    # or a word for the part of a place: "in central Delvin", "through downtown Arles", a compass
    # point in lower case: "in north Tarrow", "in southwest Delvin"
    r"|(?:central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western"
    rf"|(?-i:{COMPASS_WORDS})"
    r"|downtown|rural|coastal|nearby|neighbou?ring)\s+"
    # or a suburb told by its side of the city: "in suburban Orvale", "in far south suburban Tarrow"
    rf"|{SUBURB_SIDE}\s+)?"
    rf"(?P<p>{_ABBREVIATED_CAP})"
)
# the street of "the 2100 block of …": capitalised words, any of them a numbered street's ordinal
# ("the 300 block of West 47th Street", "of South 129th East Avenue", "of 12th Street"), its compass
# point perhaps written short with a full stop ("the 2800 block of E. Tarrow St." was cut at "E")
_ORDINAL_WORD = r"\d{1,3}(?:st|nd|rd|th)\b"
_BLOCK_WORD = rf"(?:[A-Z][\w'’-]*|{_ORDINAL_WORD})"
_BLOCK_STREET = (
    rf"(?:[NSEW]\.\s+)?(?:Farm[- ]to[- ]Market\s+)?{_BLOCK_WORD}(?:\s+(?:{_BLOCK_WORD}|de|del|la|el|al|of|upon|on))*"
)
# a road named by its number keeps it: "the 2700 block of County Road 48", "of State Route 9", "of
# Highway 16", "of Farm to Market Road 1960" (not a count after a street: "the 300 block of Main
# Street 40 minutes later", nor after a road: "of Pell Road 3 people", nor a clock's hour: "of Pell Road 2
# a.m. Sunday")
_AFTER_ROAD_WORD = "|".join(rf"(?<=\b{w})" for w in ("Road", *ROAD_WORDS))
_AFTER_ROAD_SHORT = "|".join(rf"(?<=\b{w})" for w in ("Rd", *ROAD_SHORT_WORDS))
_BLOCK_ROAD_NUMBER = (
    rf"(?:(?:{_AFTER_ROAD_WORD}|(?:{_AFTER_ROAD_SHORT})\.?)"
    r"\s+\d{1,4}[A-Z]?(?![\w'’-]|[.,]\d)(?!\s+(?:people|persons|men|women|children|teens|boys|girls|others|victims"
    r"|suspects|officers|minutes|hours|seconds|days|weeks|months|years|miles|feet|yards|times|shots|rounds|vehicles"
    r"|cars|percent)\b|\s+(?i:[ap]\.?m\b|o['’]clock)))"
)
_PLACE_RES = [
    compiled(rf"\b(?:the\s+)?(?P<p>{_CAP}\s+{_PLACE_SUFFIX})\b"),
    guarded(
        rf"\b(?P<p>(?:the\s+)?\d{{2,5}}\s+block\s+of\s+{_BLOCK_STREET}(?:\s+(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Drive|Dr\.?|Lane|Ln\.?|Boulevard|Blvd\.?|Place|Court|Way|Circle|Parkway|Highway|Terrace|Trail))?{_BLOCK_ROAD_NUMBER}?)"
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
_SUFFIX = compiled(rf"{_PLACE_SUFFIX}\b")


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
_LAST_STOP = compiled(r"[^\w\s'’-](?=[\w\s'’-]*\Z)")


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


# a run of capitalised words (joined by "and", "of", "&") that ends in an organisation's head noun
_ORGANISATION_HEADS = (
    r"(?:Service|Services|Department|Dept\.?|Office|Agency|Authority|Council|Commission|Company|Corporation"
    r"|Brigade|Bureau|Patrol|Police|Constabulary|Sheriff['’]s|Hospital|University|College|School|Court|Ministry"
    r"|Association|Institute|Foundation|Committee|Board|Unit|Squad|Division|Rescue"
    # an office its county or town names: "the Essex County Prosecutor", "Kell County Coroner Dana Ross"
    r"|Sheriff|Prosecutor|Coroner|Attorney|Examiner"
    # a hospital named by its other heads: "St. Aldric's Medical Center", "Corwin Health Center"
    # (each written out: a group of alternatives here keeps the engine from scanning for the
    # first letters in C, and the scan took 20 times as long)
    r"|Medical\s+Cent(?:er|re)|Health\s+Cent(?:er|re)|Trauma\s+Cent(?:er|re)|Infirmary|Clinic)\b"
)
# (a word's full stop is an abbreviation's, "St.", "U.S.", not a sentence's end: "… of the Bronx. Police said")
_ORGANISATION_AT = compiled(
    r"(?:the\s+)?(?:[A-Z][\w'’.-]*(?<![a-z]{3}\.)\s+(?:(?:and|of|&)\s+)?){1,5}" + _ORGANISATION_HEADS
)
_ORGANISATION_HEAD = compiled(_ORGANISATION_HEADS)  # opens with its words: scanned in C


# a character no organisation's name holds before its head word: past one, no head is reached
_NOT_IN_NAME = compiled(r"[^\w\s'’.&-]")


def _organisation_at(view: str, pos: int, heads: list[int]) -> bool:
    """``_ORGANISATION_AT.match(view, pos)``, tried only when a head word ("Service") comes later
    in the text with nothing between that a name cannot hold (``heads``: where each starts)."""
    k = bisect.bisect_left(heads, pos)
    if k == len(heads) or _NOT_IN_NAME.search(view, pos, heads[k]):
        return False
    return _ORGANISATION_AT.match(view, pos) is not None


_MOVED_TO_BEFORE = guarded(
    rf"(?:{iw.MOVED_TO}"
    # and the town of the hospital: "was flown to a hospital in Delvin"
    rf"|\b(?:to|at)\s+(?:an?|the)\s+(?:[a-z]+\s+)?(?:{iw.HOSPITAL_NOUNS})\s+in"
    r")\s+(?:the\s+)?\Z"
)
# a part of a place ("area of") names its place only after its own name: "the Parkfield area of",
# a kind of area between them: "the Elm industrial area of" (not a function word: "Sunday near the area of",
# nor a determiner: "Since March every district of")
_PART_OF = compiled(r"(?:area|neighbou?rhood|quarter|district|section)\s")
_NAMED_BEFORE = compiled(
    r"\b(?!(?:The|This|That|An?)\s)[A-Z][\w'’-]*\s+"
    r"(?:(?!(?:the|a|an|this|that|and|or|of|in|at|on|near|said|says|was|is|every|each|any|some|all|no|whole|entire|same|other)\s)[a-z]+\s+)?\Z"
)


# after a name, what makes it no place: a company's noun ("the Kelso City railway"), and, after one
# word, a number ("Junction 10", "Gate 4": a numbered thing, not a town)
_COMPANY_AFTER = compiled(r" (?:railway|railroad|airline|airlines|company|firm|bank|brewery|club|franchise)\b")
# (a number ends at a comma or stop that no digit follows: "Gate 4, police said", not "Gate 4,000")
_NUMBER_AFTER = compiled(r" \d{1,3}(?!\d|[,.]\d)")
# (but a town's numbered division, as Indian, Kenyan and Nigerian towns are cut up, is a place with
# its number: "in Sector 12", "Ward 5 of Bhiwandi", "Phase 2")
NUMBERED_PARTS = frozenset({"Sector", "Ward", "Phase", "Zone", "Pocket"})
# (a hospital's ward is none: "admitted to Ward 5 of the district hospital"; nor is any numbered
# part of a thing named in lower case, a building's or a plan's: "Sector 7 of the plant", "Phase 2 of
# the project", "Zone 3 of the car park", where "Ward 5 of Bhiwandi" names its town)
_CARE_NEAR = compiled(r"\b(?:hospital|infirmary|clinic|admitted|patients?|nurses?)\b", re.I)
_OF_A_THING_AFTER = compiled(r" of (?:the|a|an|its|their|his|her) [a-z]")


# a town's part named by the town: "Chicago's South Side", "Toledo's east end"
_POSSESSIVE_TOWN = compiled(r"(?P<town>[A-Z][\w-]*(?: [A-Z][\w-]*){0,2})['’]s\b")
_TOWN_PART_AFTER = compiled(
    rf"\s+(?:(?:{COMPASS_WORDS}|far|near|inner|upper|lower)\s+)*"
    rf"(?:suburbs?|outskirts)\b|\s+(?:(?:far|near|inner|upper|lower)\s+)?{_COMPASS_PART}\b",
    re.I,
)


# a place's name runs on through "on" or a space into the day that follows it ("in Pell on Jan. 5", "in
# Pell Dec. 3", "in Pell on Christmas Eve"): it ends before a word that opens a date (text/timeplace.py:
# a month and its day, a weekday, a holiday), or, after "on", before a day its name and "Day" or "Eve"
# tell ("on Canada Day", "on Election Day", "on New Year's Eve"); not a street or a town named after
# "on" ("Pell on Marshall Street", "Stratford on Avon"), nor a month that no day follows ("Cape May")
_NAMED_DAY = compiled(r"(?:[A-Z][\w'’]*\s+){1,3}(?:Day|Eve)(?![\w'’-])")
_WORD_AFTER_FIRST = compiled(r"(?<=\s)\S")


def _before_a_day(view: str, name: str, start: int) -> str:
    """``name`` (a place's words at ``start``) up to the first word after its first that opens a day."""
    for w in _WORD_AFTER_FIRST.finditer(name):
        at = start + w.start()
        if date_opens(view, at) or (name[: w.start()].endswith(("on ", "on\n")) and _NAMED_DAY.match(view, at)):
            return name[: w.start()].rstrip()
    return name


# "according" before "to" makes what follows the source of a report: "according to Dana Kell"
_SOURCE_BEFORE = compiled(r"\b[Aa]ccording\s+\Z")


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
            s = m.start("p")
            name = _before_a_day(view, m.group("p"), s)
            town = _POSSESSIVE_TOWN.match(name)
            if town and _TOWN_PART_AFTER.match(view, s + town.end()):
                name = town.group("town")  # "Chicago's South Side", "Toledo's east end": the town
            if (
                pattern is _PLACE_RES[2]
                and _PART_OF.match(view, m.start())
                and not _NAMED_BEFORE.search(view, max(0, m.start() - 40), m.start())
            ):
                continue  # "the Parkfield area of Drayton" names two places; "the area of Elm Street …" a street
            if pattern is _PLACE_RES[2] and _SOURCE_BEFORE.search(view, max(0, m.start() - 12), m.start()):
                continue  # "according to Dana Kell": the source, no place
            if _organisation_at(view, m.start("p"), heads):
                continue  # "Essex Fire and Rescue Service", "the Dunmore Police Department"
            # "taken to Harborview": where a victim was treated is no place, nor any found inside it
            moved = (pattern is _PLACE_RES[2] and _MOVED_TO_BEFORE.search(view, max(0, s - 60), s) is not None) or (
                pattern is _PLACE_RES[1] and HOSPITAL_STREET_BEFORE.search(view, max(0, s - 100), s) is not None
            )
            name, s = _trim_place(" ".join(name.split()), s, block=pattern is _PLACE_RES[1])
            if not name or view[s : s + len(name)] != name:
                continue
            # (a venue or a street is no hospital: "died at Fenwick Park" is where he was shot)
            moved = moved and (
                pattern is _PLACE_RES[1] or (name.split()[-1] not in _VENUES and not ends_in_place_type(name))
            )
            if (
                name in NUMBERED_PARTS
                and (number := _NUMBER_AFTER.match(view, s + len(name))) is not None
                and not (name == "Ward" and _CARE_NEAR.search(view, max(0, s - 40), min(len(view), s + 60)))
                and not _OF_A_THING_AFTER.match(view, number.end())
            ):
                name = view[s : number.end()]
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


def _trim_place(name: str, start: int, *, block: bool = False) -> tuple[str, int]:
    words = name.split(" ")
    # "Kursk and Novgorod" is two places; "Moscow Region" one
    if " and " in name:
        name = name.split(" and ")[0]
        words = name.split(" ")
    # the street of "the 900 block of Kell Court" keeps its type word, which elsewhere names no place
    # ("Court", as in "the Kell County Court said"), and so the words before it ("President Street");
    # a word after it may go ("the 900 block of Kell Court Sunday")
    while (
        words
        and (words[-1] in ("of", "de", "del", "la", "el", "al", "upon", "on") or words[-1] in lx.NOT_PLACES)
        and not (block and len(words) > 3 and STREET_TYPE.fullmatch(words[-1]))
    ):
        words.pop()
    # an initial after "on" is a road's abbreviation cut at its stop, not the place's word: "the
    # Tarrow House on U.S. Highway 9" was read "Tarrow House on U" (cut after the words trimmed
    # above, of which "House" is one: the venue keeps its head); not after "of", where an initial
    # opens a person's name ("the Bank of K. Harlow" is no "Bank")
    if len(words) > 2 and len(words[-1]) == 1 and words[-2] == "on":
        words = words[:-2]
    while words and (words[0] in lx.NOT_PLACES or words[0].lower() == "the"):
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
_LABEL_BEFORE_DATELINE = compiled(r"^[ \t]*([A-Z][A-Z']+(?: [A-Z][A-Z']+){0,2}):[ \t]+(?=[A-Z])", re.M)
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


def ends_in_place_type(name: str) -> bool:
    """Does a capitalised name end in the kind of place it names ("Austin Street", "Lorne Park",
    "Clay County"), so that it is no person even when its first word is a given name?"""
    last = name.split()[-1]
    return last in _VENUES or STREET_TYPE.fullmatch(last) is not None or _SUFFIX.fullmatch(last) is not None


_AND_PLACE = compiled(rf"\s+and\s+(?P<p>{_CAP})")


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


# a place named as a village: "near the village of Ramvel", "the remote mountain village of Lisk"
_VILLAGE_BEFORE = compiled(r"\b(?:village|hamlet)\s+of\s+(?:the\s+)?\Z")


def named_as_village(view: str, span: Span) -> bool:
    """Whether the place at ``span`` is named after "village of" or "hamlet of"."""
    return _VILLAGE_BEFORE.search(view, max(0, span[0] - 24), span[0]) is not None

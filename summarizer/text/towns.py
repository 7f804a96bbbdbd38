"""The incident's town as local news names it outside a dateline: by the police force that tells
the story ("Durham police said", "the Dunmore Police Department"), as a modifier of the place
it holds ("a Norfolk home", "a Gary pawn shop"), after its street ("in Kell Lane, Tarrow,") and as
the first word of a site's name ("the Tarrow industrial park")."""

from __future__ import annotations

import re

from summarizer.text import incident_words as iw
from summarizer.text import lexicon as lx
from summarizer.text.base import PlaceMention
from summarizer.text.places import COMPASS_WORDS, SAINT_OPENER, SAINT_SHORT, SUBURB_SIDE
from summarizer.text.regex import compiled, guarded
from summarizer.text.streets import ROAD_SHORT_WORDS, ROAD_WORDS, STREET_TYPE
from summarizer.text.timeplace import CALENDAR_WORDS

# the town whose police force tells the story: "Durham police said", "a Fresno police officer",
# "the Dunmore Police Department", the force's name capitalised before any word ("a Dunmore Police
# officer", "according to Dunmore Police.") (not a county's, a state's, a campus's or a transit force)
# (its state may stand between them in commas: "Dayton, Ohio, police said"; its name may open with a
# saint's, a fort's or a mount's name written short, after a word that opens a town's name or none:
# "St. Paul police said", "East St. Louis police", "Ft. Worth police")
_POLICE_TOWN = guarded(
    rf"\b(?P<p>(?:(?:{SAINT_OPENER} )?{SAINT_SHORT} )?[A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*){{0,3}})"
    r"(?:, (?P<state>[A-Z][a-z]+(?: [A-Z][a-z]+)?),)? (?:police|Police)\b"
)
# a capitalised word right before a short "St." whose sentence goes on: the name of the street it
# ends ("on Kell St. Tarrow police said"), no saint's name opening the town
_STREET_NAME_BEFORE = compiled(r"\b[A-Z][\w'’-]* \Z")
# a town and its state told as where someone is from, not whose police speak: "34, of Dayton, Ohio,
# police said", "a driver from Kent, Washington, police said"
_ORIGIN_BEFORE = compiled(r"\b(?:of|from)\s+\Z", re.I)
# words before the town that are none of its name, or that name the force's kind after it ("the
# Indianapolis Metropolitan Police Department")
_OPENERS = frozenset({
    "Once", "Then", "Later", "Meanwhile", "Earlier", "Afterward", "Instead", "Because", "Although", "Though", "Two",
    "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
    # a web page's controls run into the text: "Buy Photo", "Caption Close", "Copy Link"
    "Buy", "Photo", "Caption", "Close", "Copy", "Link", "Related", "Articles", "Network", "Share", "Video", "Watch",
    "Print", "Email", "Advertisement", "Wochit",
    # a title's modifier before the force's capitalised title: "Interim Police Chief Dana Kell"
    "Interim", "Acting", "Former", "Deputy", "Assistant", "Retired", "Incoming", "Outgoing", "Longtime", "Veteran",
})  # fmt: skip
_FORCE_KINDS = frozenset({"Metropolitan", "Metro", "Municipal"})
_SAINTS_SHORT = frozenset({"St.", "Ste.", "Ft.", "Mt."})
_NOT_TOWN_FORCES = frozenset({
    "State", "County", "Parish", "Capitol", "Transit", "Metro", "Park", "Parks", "Tribal", "University", "Campus",
    "College", "School", "Military", "Border", "Federal", "National", "Port", "Airport", "Harbor", "Harbour",
    "Housing", "Railroad", "Railway", "Royal", "Provincial", "Highway", "Area", "Village", "Township", "Local",
    "Regional", "Special", "Secret", "Riot", "Traffic", "Tribe", "Nation", "Authority", "Borough",
    # a force named by its branch or by what it guards: "Civil Police said", "Hospital Police officers",
    # "the Citizens Police Academy"
    "Civil", "Judicial", "Hospital", "Marine", "River", "Citizens",
    # the force's manner, not its town, opening a sentence: "Armed police shot …"
    "Armed", "Undercover", "Plainclothes", "Uniformed", "Mounted", "Auxiliary", "Reserve", "Volunteer", "Religious",
    "Morality", "Tourist", "Community",
})  # fmt: skip


_WORD = compiled(r"\S+")


# a state's police is no town's ("Utah police"); New York, Washington and Kansas City are towns too
US_STATES = frozenset({
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
    "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Wisconsin",
    "Wyoming", "New Jersey", "New Mexico", "New Hampshire", "North Carolina", "North Dakota", "South Carolina",
    "South Dakota", "Rhode Island", "West Virginia",
})  # fmt: skip
# nor is a region's elsewhere, whose force is named as a state's is: an Australian state's ("NSW
# Police said", "Queensland Police"), a British county's or region's ("West Yorkshire Police", "Thames
# Valley Police"); the regions whose names are American towns too (Victoria, Cleveland, Essex, Avon,
# Cheshire, Durham, Kent, Norfolk, Suffolk, Surrey, Sussex, Dorset, and Illinois's Hampshire and
# Lincolnshire, each with its own police) left out
_REGIONS_ABROAD = frozenset({
    "Queensland", "NSW", "New South Wales", "Tasmania", "Western Australia", "South Australia", "Northern Territory",
    "Avon and Somerset", "Bedfordshire", "Cambridgeshire", "Cumbria", "Derbyshire", "Devon and Cornwall",
    "Dyfed-Powys", "Gloucestershire", "Greater Manchester", "Gwent", "Hertfordshire", "Humberside",
    "Lancashire", "Leicestershire", "Merseyside", "North Wales", "North Yorkshire",
    "Northamptonshire", "Northumbria", "Nottinghamshire", "South Wales", "South Yorkshire", "Staffordshire",
    "Thames Valley", "Warwickshire", "West Mercia", "West Midlands", "West Yorkshire", "Wiltshire",
})  # fmt: skip
# a capitalised modifier that names no town: a people's, by nation, race or faith ("Israeli police", "a
# Black neighborhood", lexicon.PEOPLES), or a compound modifier ("a Spanish-style home")
_COMPOUND_MODIFIER = compiled(r"[\w'’]+-[a-z][\w-]*")


def _no_town(word: str) -> bool:
    """Whether a capitalised word before a place or a police force is no town's name."""
    return (
        word in lx.NOT_PLACES
        or word in lx.PEOPLES
        or word.lower() in lx.DEMONYMS
        or _COMPOUND_MODIFIER.fullmatch(word) is not None
    )


# a town named before the kind of place it holds: "a Norfolk home", "a Gary park", "a Louisville
# apartment building", "a Lisk business" (not a style: "a Victorian home"), or a shop named by a trade that chains
# seldom name ("a Norfolk liquor store", "a Gary pawn shop"; not "a Walmart store", nor a
# convenience or grocery store, most often a chain's), also before a person at work there ("A
# Norfolk liquor store clerk was shot"); after a possessive as well, where a person's own place
# may be an office ("his Reno apartment", "their Dunmore home", "her Lisk office"; not "a Google
# office", a firm's); a shopping centre is named by its town too ("a Lisk shopping center")
_TOWN_BEFORE_PLACE = guarded(
    r"\b(?:[Aa]n?|(?P<own>[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y))\s+"
    # the town's side in lower case before it: "a south Tarrow home", "a northeast Lisk park", a
    # suburb's: "a west suburban Lisk home"
    rf"(?:(?:{COMPASS_WORDS}|downtown|{SUBURB_SIDE})\s+)?"
    r"(?P<p>[A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*)?)\s+"
    r"(?:home|house|park|apartments?|apartment\s+(?:building|complex)|neighbou?rhood|street|intersection"
    # a business, not a word it modifies: its study or its pages online ("a Harvard business degree",
    # "a Google business listing"), held by a school or a firm, no town
    r"|business(?!\s+(?:school|degree|student|graduate|major|class|course|card|page|account|listing|profile)s?\b)"
    r"|shopping\s+(?:center|centre|plaza|mall)"
    r"|(?:liquor|corner|beauty|barber|pawn|gun|tobacco|smoke|vape)\s+"
    r"(?:store|shop|market)|(?P<office>office))\b"
)
_STYLES = frozenset({"Victorian", "Craftsman", "Tudor", "Colonial", "Edwardian", "Georgian", "Ranch", "Cape"})
# a part of any town, capitalised as a name is ("a Downtown liquor store"), names no town
_TOWN_PARTS = frozenset({"Downtown", "Uptown"})


def towns_before_places(view: str, start: int, end: int) -> list[PlaceMention]:
    """The towns named as a modifier of a place in view[start:end] ("a Norfolk home")."""
    out = []
    for m in _TOWN_BEFORE_PLACE.finditer(view, start, end):
        words = m.group("p").split()
        if any(_no_town(w) or w in _STYLES or w in _TOWN_PARTS or w in US_STATES for w in words):
            continue
        if (m.group("office") and not m.group("own")) or STREET_TYPE.fullmatch(words[-1]):
            continue  # a firm's office; a street, no town ("his Elm Street home")
        out.append(PlaceMention(m.group("p"), m.span("p")))
    return out


# the first of two regions one force serves, before the one the pattern reads: "Avon and Somerset Police"
_REGION_AND_BEFORE = compiled(r"([A-Z][a-z]+) and \Z")


def _joined_region(view: str, name: str, start: int) -> bool:
    """Whether ``name`` (at ``start``) is the second of two regions a force abroad serves."""
    first = _REGION_AND_BEFORE.search(view, max(0, start - 20), start)
    return first is not None and f"{first.group(1)} and {name}" in _REGIONS_ABROAD


def _force_town(view: str, m: re.Match[str]) -> PlaceMention | None:
    """The town that names the force (police or fire) of a match's group "p", if it names one: the
    sentence's first words ("When Durham police arrived") and the force's kind after the town ("the
    Indianapolis Metropolitan Police Department") trimmed off."""
    state = m.groupdict().get("state")
    if state is not None and state not in US_STATES:
        return None  # "Dana, Kell, police said": a list, no town and its state
    if state is not None and _ORIGIN_BEFORE.search(view, max(0, m.start("p") - 8), m.start("p")):
        return None  # "Dale Kerr, 34, of Dayton, Ohio, police said": a person's home, not the force's
    words = [(w.group(), w.start()) for w in _WORD.finditer(view, m.start("p"), m.end("p"))]
    if words[0][0] in _SAINTS_SHORT and _STREET_NAME_BEFORE.search(view, max(0, m.start("p") - 30), m.start("p")):
        words.pop(0)
    while words and (words[0][0] in lx.NOT_PLACES or words[0][0] in _OPENERS):
        words.pop(0)
    while words and words[-1][0] in _FORCE_KINDS:
        words.pop()
    if not words:
        return None
    name = " ".join(w for w, _ in words)
    if (
        any(_no_town(w) or w in _NOT_TOWN_FORCES for w, _ in words)
        or name in US_STATES
        or name in _REGIONS_ABROAD
        or _joined_region(view, name, words[0][1])
        or name == "New"  # opens a town's name, names none alone: "New Police Chief …"
        or not may_be_town(name)
    ):
        return None
    s, e = words[0][1], words[-1][1] + len(words[-1][0])
    return PlaceMention(view[s:e], (s, e))


def police_towns(view: str, start: int, end: int) -> list[PlaceMention]:
    """The towns named by the police force that tells of the incident in view[start:end]."""
    return [t for m in _POLICE_TOWN.finditer(view, start, end) if (t := _force_town(view, m)) is not None]


# a town named by its fire department ("the Carrow Fire Department", "Carrow firefighters"): read,
# as its police are anywhere in the story, only where no place names a town
_FIRE_TOWN = guarded(
    r"\b(?P<p>[A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*)?)\s+(?:[Ff]ire\s+[Dd]epartment|firefighters)\b"
)


def fire_towns(view: str, start: int, end: int) -> list[PlaceMention]:
    """The towns named in view[start:end] by their fire department ("Carrow Fire Department")."""
    return [t for m in _FIRE_TOWN.finditer(view, start, end) if (t := _force_town(view, m)) is not None]


# a place that is no town: a street or an address ("Pell Road", "418 Larkmoor Avenue"), a county
_COUNTIES = frozenset({"County", "Parish", "COUNTY", "PARISH"})


def may_be_town(name: str) -> bool:
    """Whether a place's name may be a town's: no street, no house number or block, no county."""
    return not (STREET_TYPE.search(name) is not None or any(c.isdigit() for c in name) or name.split()[-1] in _COUNTIES)


# the town after its street and a comma, the British and Irish form of an address ("at a house in
# Kell Lane, Tarrow, on Friday", "in Orrin Drive, Upper Lisk."): capitalised words that a stop
# closes; not a second street ("Kell Lane, Tarrow Road"), a clause's subject ("on Kell Lane, Dana
# Kerr said"), a person told by age ("Kell Lane, Kerr, 34,"), a flat's number ("Kell Lane, Flat 4"),
# a day or a month ("on Kell Lane, Friday"), a title ("on Kell Lane, Lt. Dana Kerr said")
_TOWN_AFTER_STREET = compiled(
    r",\s+(?P<p>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2})(?=\s*[.;:)]|\s*$|,(?!\s*\d))"
)
_UNIT_WORDS = frozenset({"Apt", "Apartment", "Unit", "Suite", "Flat", "Room", "Floor", "Building", "Block"})


def town_after_street(view: str, street: PlaceMention) -> PlaceMention | None:
    """The town named right after a street and a comma ("Kell Lane, Tarrow,"), if one is."""
    m = _TOWN_AFTER_STREET.match(view, street.span[1], min(len(view), street.span[1] + 60))
    if m is None:
        return None
    words = m.group("p").split()
    if (
        STREET_TYPE.search(m.group("p")) is not None
        or any(_no_town(w) or w in _UNIT_WORDS or w.lower() in CALENDAR_WORDS or w.lower() in lx.TITLES for w in words)
        or m.group("p") in US_STATES
    ):
        return None
    return PlaceMention(m.group("p"), m.span("p"))


# a town named as the first word of a site of industry or trade ("in the Tarrow industrial park",
# "the Lisk Economic Development Zone", "an estate": "the Orrin trading estate"): where a plant or a
# warehouse stands (not a firm's own name, "the Kell Chemicals industrial park", nor a people's)
_SITE_TOWN = guarded(
    r"\b[Tt]he\s+(?P<p>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)?)\s+"
    r"(?:[Ii]ndustrial|[Ee]conomic(?:\s+[Dd]evelopment)?|[Hh]igh-[Tt]ech|[Tt]echnology|[Tt]rading|[Bb]usiness|[Cc]hemical)"
    r"\s+(?:[Pp]ark|[Zz]one|[Ee]state|[Dd]istrict|[Aa]rea)\b"
)


def site_towns(view: str, start: int, end: int) -> list[PlaceMention]:
    """The towns named in view[start:end] by a site of industry ("the Tarrow industrial park")."""
    out = []
    for m in _SITE_TOWN.finditer(view, start, end):
        words = m.group("p").split()
        if any(_no_town(w) or w.lower() in iw.COMPANY_WORDS or w in US_STATES for w in words):
            continue
        out.append(PlaceMention(m.group("p"), m.span("p")))
    return out


# a town named as what the scene lies off: "their home north of Pine Vell", "a farm just west of
# Elm Ford", "about 6 miles southeast of Lisk", "North of Lisk," (not a street, a road or a county: "north of Pell
# Road", "east of Interstate 5", "south of Kell County"; nor a state: "north of Texas")
# (the name's whole run of capitalised words, none cut off: "north of Oak Hills Elementary School" no town)
_DIRECTION_TOWN = guarded(
    rf"\b(?i:{COMPASS_WORDS})\s+of\s+(?P<p>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){{0,2}})(?![\w'’-]|\s+[A-Z])"
)
# a road's word, or a water, a wild place or a site's, anywhere in the name: no town ("east of State
# Route 12", "southeast of Kell Reservoir", "north of the Tarrow Airport", "north of Kell Bridge")
_NOT_TOWN_WORDS = frozenset({
    *ROAD_WORDS, *ROAD_SHORT_WORDS, "Loop", "Beltway", "Turnpike", "Reservoir", "River", "Dam", "Canal",
    "Forest", "Mountains", "Airport", "Mall", "Stadium", "Park", "Campus", "Bridge", "School", "Elementary", "Church",
})  # fmt: skip


def _still_water(words: list[str]) -> bool:
    """Is the name a lake's, a pond's or a preserve's, the feature the scene lies off, that word
    its head: last ("west of Orrin Pond", "east of Tarrow Lake") or, for a lake, first of two
    ("south of Lake Orrin")? Not a town that only holds the word ("north of Salt Lake City",
    "east of Pond Creek", "Lake Havasu City")."""
    return words[-1] in _STILL_WATER or (len(words) == 2 and words[0] == "Lake")


_STILL_WATER = frozenset({"Lake", "Pond", "Preserve"})


def direction_towns(view: str, start: int, end: int) -> list[PlaceMention]:
    """The towns named in view[start:end] by a compass point the scene lies off ("north of Pine
    Vell"), a day or a title after the name left out ("north of Pine Vell Sunday")."""
    out = []
    for m in _DIRECTION_TOWN.finditer(view, start, end):
        words = m.group("p").split()
        while words and (words[-1] in lx.NOT_PLACES or words[-1].lower() in CALENDAR_WORDS):
            words.pop()
        name = " ".join(words)
        if (
            not words
            or any(_no_town(w) or w in _NOT_TOWN_WORDS or w in _TOWN_PARTS for w in words)
            or _still_water(words)
            or name in US_STATES
            or not may_be_town(name)
        ):
            continue
        out.append(PlaceMention(name, (m.start("p"), m.start("p") + len(name))))
    return out

"""The incident's street where its lead names none: the sentence that tells where it took place,
or else the first street the story names that no sentence ties to another matter (a home, a
life, a catch, what followed), and a street taken named again later in full."""

from __future__ import annotations

import bisect
import re

from summarizer.text.base import PlaceMention
from summarizer.text.incident_words import HARMED_VERBS
from summarizer.text.prefilters import CaselessPrefiltered, Prefiltered
from summarizer.text.regex import compiled, guarded
from summarizer.text.segments import Sentence
from summarizer.text.street_forms import written_again
from summarizer.text.streets import JOIN, find_addresses, may_name_a_street

# a sentence that tells where the incident took place or where the police were sent: "The
# shooting happened … on Tamsin Road", "Deputies were called to a home on Pell Street"; not where
# the one who did it was found ("The suspect was found hiding at a home on …"), nor where a thing
# was found, later and often elsewhere ("The car was found on …", "evidence was found at his home on …")
_PERPETRATORS = ("suspect", "suspects", "gunman", "shooter", "attacker", "assailant", "robber", "killer")
_THINGS_FOUND = (
    "evidence", "gun", "guns", "handgun", "pistol", "rifle", "shotgun", "weapon", "weapons", "firearm", "firearms",
    "knife", "car", "cars", "vehicle", "vehicles", "truck", "van", "SUV", "sedan", "drugs",
)  # fmt: skip
_SCENE = CaselessPrefiltered(
    guarded(
        r"\b(?:happened|occurred|took\s+place|(?:was|were)\s+(?:called|dispatched|sent|summoned)\s+to|responded\s+to|"
        + r"(?=w[ae])"  # (the subjects looked behind only where a "was" or a "were" starts)
        + "".join(rf"(?<!\b{w}\s)" for w in _PERPETRATORS)
        + r"(?:was|were)\s+found)\b",
        re.I,
    )
)
# the thing that was found, the head of its subject; not a thing that a preposition ties to the
# person found ("a man in a parked car was found shot", "a driver with a gun was found")
_THING_FOUND = compiled(
    r"\b(?P<pp>(?:in|inside|with|of|near|beside|behind|under|outside)\s+(?:[\w'’-]+\s+){0,2})?(?:"
    + "|".join(_THINGS_FOUND)
    + r")\s+\Z",
    re.I,
)
# unless the thing was found with the harm or at the scene: "a car was found on … with a man dead
# inside", "a gun was found next to the body", "casings and a gun were found at the scene"
_FOUND_WITH_HARM = compiled(r"\b(?:body|bodies|dead|victims?|wounded|injured|crash(?:ed)?|scene)\b", re.I)


def _tells_scene(view: str, a: int, b: int) -> bool:
    """Whether view[a:b] tells where the incident took place, the police were sent or a person
    (not a thing, found later and often elsewhere, unless with the harm) was found."""
    for m in _SCENE.finditer(view, a, b):
        if not m.group().endswith("found"):
            return True
        thing = _THING_FOUND.search(view, max(a, m.start() - 40), m.start())
        if thing is None or thing.group("pp") or _FOUND_WITH_HARM.search(view, m.end(), b):
            return True
    return False


def tells_scene(view: str, sent: Sentence) -> bool:
    """Whether a sentence tells where the incident took place ("The blast happened at …"), the
    police were sent or a person was found."""
    return _tells_scene(view, sent.start, sent.end)


# a sentence set at another time, the scene of another event: "A similar shooting happened there
# last year", "… two years ago", "in 2019", "earlier this month", or told as another event: "called to
# … for an unrelated crash", "in a separate incident"
_ANOTHER_TIME = guarded(
    r"\b(?:last\s+(?:year|month|week|summer|winter|spring|fall)|(?:years?|months?|weeks?)\s+ago|in\s+(?:19|20)\d\d"
    r"|earlier\s+this\s+(?:year|month)|similar|previous(?:ly)?|unrelated|separate(?:ly)?"
    # an earlier case a relative clause of its year tells: "the worst shooting since 2019, when …"
    r"|since\s+(?:19|20)\d\d,?\s+when)\b",
    re.I,
)
# that clause alone, which sets what follows it in an earlier year even in a sentence that counts
# (its toll is the earlier case's): "the worst since 2019, when three were hurt on …", "as in 2019, when"
_EARLIER_CASE_CLAUSE = guarded(r"\b(?:since|in)\s+(?:19|20)\d\d,?\s+when\b", re.I)


def tells_an_earlier_case(view: str, sent: Sentence) -> bool:
    """Whether a sentence tells an earlier case in a clause of its year ("the worst since 2019,
    when …"), so that a street it names is no scene."""
    return _EARLIER_CASE_CLAUSE.search(view, sent.start, sent.end) is not None


# a sentence that tells of someone's life, not of an event: "he grew up on Orrin Avenue", "had moved
# into a flat on …", "was staying with relatives on …", a state that
# lasted years ("ran a shop on Orrin Avenue for 30 years", "since 1998", "for decades"); or where the
# one who did it was caught ("The gunman was found hiding in a shed on …", "the suspect was arrested at …")
_NO_SCENE = guarded(
    r"\b(?:grew\s+up|lived|lives|was\s+(?:born|raised)|moved\s+(?:to|from|into)|(?:staying|stayed|stays)\s+with"
    r"|for\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|several)\s+(?:years|decades)"
    r"|since\s+(?:19|20)\d\d|decades|(?:"
    + "|".join(_PERPETRATORS)
    + r")\s+(?:was|were)\s+(?:found|arrested|caught|located|apprehended))\b",
    re.I,
)
# a sentence that tells of what followed the incident at a street that need not be its scene: a
# gathering in the victims' memory, in protest or in feast ("a vigil on …", "marched down …", "a
# fundraiser at a pub on …", "a parade down …"), a road shut around it ("… was closed between …",
# "a detour"), a car taken away ("was towed to a lot on …"); or of the catch and the court ("was
# arrested on …", "the jail on …", "booked at …"), or of a building where officials are met ("the
# police station on …", "headquarters at …", "City Hall on …"), unless it tells of the harm or of
# the police at work too ("was arrested after he shot a man on …")
_AFTERMATH = guarded(
    r"\b(?:vigils?|memorials?|funerals?|fundraisers?|parades?|rall(?:y|ies)|march(?:ed|es|ers)?|protest(?:s|ers|ed)?"
    r"|closed|closures?|detours?|reopened|blocked\s+off|towed|impounded)\b"
)
_CATCH = guarded(
    r"\b(?:arrested|custody|booked|jail(?:ed)?|courthouse|arraigned|police\s+station|precinct|headquarters|City\s+Hall)\b"
)
# or where someone was taken after it: "his father drove him to a fire station at …" (run from
# where its verbs occur, found by str.find)
_TAKEN_TO = Prefiltered(
    compiled(r"(?:drove|driven|took|taken|rushed|carried|brought) (?:him|her|them|the\s+\w+)\s+to\b")
)
# unless taken by force, which is the incident: "kidnappers took her to a house on …"
_BY_FORCE = compiled(r"\b(?:kidnap\w*|abduct\w*|hostages?|captive|forced|gunpoint)\b", re.I)
_HARM = guarded(
    r"\b(?:shots?|shootings?|gunfire|gunshots?|gunman|fired|firing|stabb(?:ed|ing)|killed|slain|dead|died|wounded"
    r"|injured|hurt|struck|hit|crash(?:ed|es)?|collided|collision|robbed|robbery|robbers?|held\s+up|carjack\w*"
    r"|assaulted|attack(?:ed)?|beaten|fight|fire(?!\s+(?:station|department|hall|house|truck|engine|chief|crews?|fighters?))|blaze|body|victims?|scene|patrol|stopped|pulled\s+over|chase|pursuit)\b",
    re.I,
)
# a person's home, named after them: "Dana Kell, 24, of 418 Larkmoor Avenue", "Dana Kell of …", "a
# resident of …", "…, of the 900 block of …" (not a side or a corner: "North of …"), or told as theirs:
# "who lives on …", "whose last known address was in the 700 block of …", "whose address was listed
# as …"; or a person told by age as from it: "a 19-year-old man from the 900 block of …" (not one
# moved from it: "firefighters pulled a woman from 40 Orrin Avenue")
_RESIDENCE_BEFORE = compiled(
    r"(?:,\s+of|\b(?!(?:North|South|East|West|Corner|Intersection|Block|Side|End)\s)[A-Z][a-z]+\s+of"
    r"|\bresidents?\s+of|\b(?:lives|lived|resides|resided|address\s+(?:is|was))\s+(?:on|at|in)"
    r"|\baddress\s+(?:is|was)\s+(?:listed|given)\s+(?:only\s+)?as"
    r"|-year-old(?:\s+(?:man|woman|boy|girl|teen|teenager|resident|youth))?\s+from)\s+(?:the\s+)?"
    r"(?:\d{2,6}\s+block\s+of\s+)?\Z"
)


# streets that stand for what is done there, named in news of it as often as a place: a sentence
# no scene verb ties to the incident names them for that ("Wall Street banks", "Downing Street said")
_METONYMS = frozenset({
    "Wall Street", "Downing Street", "Fleet Street", "Threadneedle Street", "Harley Street",
})  # fmt: skip


# a sentence of a catch or a search: where the police came upon someone or something (not one of
# a life: "he grew up on Orrin Avenue and was arrested in 2019"; a home told as where one lives is
# still a home here, unlike _NO_SCENE's)
_CAUGHT = guarded(r"\b(?:arrested|custody|search\s+warrant|searched|seized|raided)\b", re.I)
# a person or a place told harmed, whose harm is the incident, elsewhere than the home of the one
# caught: a bodily harm (incident_words.HARMED_VERBS: shot, stabbed, beaten, …), a hurt, a death, an
# assault, a crash or a fire, a robbery or a break-in (not a gun fired in the air, a charge of assault)
_PERSON_HARMED = guarded(
    rf"\b(?:{HARMED_VERBS}|shooting|stabbing|wounded|injured|hurt|struck|assaulted|attacked|killed|slain|murdered"
    r"|homicide|died|dead|robbed|robbery|burglar(?:y|ized|ised)|crash(?:ed)?|collision|fire|blaze)\b",
    re.I,
)
_NO_SCENE_LIFE = guarded(r"\b(?:grew\s+up|was\s+(?:born|raised)|moved\s+(?:to|from|into))\b", re.I)
# a dwelling right before its street: "at a home in the 900 block of …", "his apartment on …"
_DWELLING_BEFORE = compiled(
    r"\b(?:homes?|house|residences?|apartments?|duplex|trailer)\s+(?:on|in|at)\s+(?:the\s+)?"
    r"(?:\d{2,6}\s+block\s+of\s+)?\Z",
    re.I,
)


def _a_home(view: str, street: PlaceMention) -> bool:
    """Whether a street is named as someone's home or as a dwelling's ("a home on Orrin Avenue")."""
    return (
        is_home(view, street) or _DWELLING_BEFORE.search(view, max(0, street.span[0] - 48), street.span[0]) is not None
    )


def is_home(view: str, street: PlaceMention) -> bool:
    """Whether a street is named as someone's home ("Dana Kell, 24, of 418 Larkmoor Avenue")."""
    return _RESIDENCE_BEFORE.search(view, max(0, street.span[0] - 48), street.span[0]) is not None


def _aftermath(view: str, sent: Sentence) -> bool:
    """Whether a sentence tells of a life, of a catch, or of what followed the incident (a vigil,
    a road closed), not of the incident, so that a street it names is no scene."""
    a, b = sent.start, sent.end
    return (
        _NO_SCENE.search(view, a, b) is not None
        or _AFTERMATH.search(view, a, b) is not None
        or (
            (
                _CATCH.search(view, a, b) is not None
                or (_TAKEN_TO.search(view, a, b) is not None and _BY_FORCE.search(view, a, b) is None)
            )
            and _HARM.search(view, a, b) is None
        )
    )


def scene_streets(view: str, sentences: list[Sentence], where: set[int]) -> tuple[list[PlaceMention], set[int]]:
    """The streets of the first of these sentences that tells where the incident took place and
    names a street, and ``where`` (the indexes of the incident's sentences) with its index: for a
    story that names none in its lead or its toll. Where none tells it, the first street the story
    names is the incident's (a local report names its scene before any other street), unless its
    sentence is set at another time, tells of someone's life, of a catch or of what followed (a
    vigil, a road closed), or names a home. Where none names another, the home where someone was
    caught or searched, before any person is told harmed."""
    if not sentences or not may_name_a_street(view, sentences[0].start, sentences[-1].end):
        return [], where
    first: tuple[list[PlaceMention], int] | None = None
    # the last resort, where no other street is told: the home a catch or a search names, the
    # first in its sentence ("Dana Kell, 24, of 418 Larkmoor Avenue, was arrested …", "police
    # searched a home in the 400 block of …"): a report of guns seized is of that place
    # (not after a person is told harmed: that harm is the incident, elsewhere; the one caught at
    # home is its suspect)
    caught: tuple[list[PlaceMention], int] | None = None
    harmed = False
    for sent in sentences:
        a, b = sent.start, sent.end
        if first is not None and not _tells_scene(view, a, b):
            continue  # once a first street is held, only a scene sentence can take its place
        harmed = harmed or _PERSON_HARMED.search(view, a, b) is not None
        found = find_addresses(view, a, b)
        if not found or _ANOTHER_TIME.search(view, a, b):
            continue
        if first is not None or _tells_scene(view, a, b):
            return found, where | {sent.index}
        if caught is None and not harmed and _CAUGHT.search(view, a, b) and not _NO_SCENE_LIFE.search(view, a, b):
            at_home = [m for m in found if _a_home(view, m)]
            caught = (at_home[:1], sent.index) if at_home else None
        if not _aftermath(view, sent):
            found = [m for m in found if not is_home(view, m) and m.name not in _METONYMS]
            first = (found, sent.index) if found else None
    if first is None and caught is not None:
        first = caught
    return (first[0], where | {first[1]}) if first is not None else ([], where)


# a house number or a block before a street's name: "41 Ferrin Road", "the 300 block of Marrow Lane"
_NUMBER_BEFORE = compiled(r"\b(?:\d{1,6}[A-Z]?|\d{2,6}\s+block\s+of)\s+\Z", re.I)
# a street that has its house number or block already ("41 Ferrin Road"); not a numbered street's
# ordinal ("3rd Avenue", "12th Street"), which names the street alone
_HOUSE_NUMBER = compiled(r"\d{1,6}[A-Z]?\s|\d{2,6}\s+block\s", re.I)


def addresses_in_full(view: str, streets: list[PlaceMention], sentences: list[Sentence]) -> list[PlaceMention]:
    """The first later mention in these sentences of each street named without its number that
    gives its house number or its block ("Marrow Lane" … "the 300 block of Marrow Lane"), or the
    corner it makes with another ("Marrow Lane and Pell Road"): the incident's address in full; not
    in a sentence set at another time ("A similar shooting in the 900 block of Marrow Lane last
    year"). (A home on the same street is kept: a victim is often hurt at home.)"""
    out: list[PlaceMention] = []
    end = sentences[-1].end if sentences else 0
    starts = [s.start for s in sentences]

    def another_time(full: PlaceMention) -> bool:
        sent = sentences[bisect.bisect_right(starts, full.span[0]) - 1]
        return _ANOTHER_TIME.search(view, sent.start, sent.end) is not None

    for street in streets:
        if _HOUSE_NUMBER.match(street.name) or JOIN.search(street.name):
            continue
        for pos, after in written_again(view, street.name, street.span[1], end):
            number = _NUMBER_BEFORE.search(view, max(0, pos - 24), pos)
            full = PlaceMention(view[number.start() : after], (number.start(), after)) if number else None
            if full is not None and not another_time(full):
                out.append(full)
                break
            corner = None if full is not None else next(
                (a for a in find_addresses(view, max(0, pos - 60), min(end, after + 60))
                 if a.span[0] <= pos and after <= a.span[1] and JOIN.search(a.name)),
                None,
            )  # fmt: skip
            if corner is not None and not another_time(corner):
                out.append(corner)
                break
    return out


# a sentence that names the street where the harm itself took place: "Police said the shooting
# occurred in the 900 block of Pell Road", "the stabbing happened on Orrin Avenue" (the harm's noun
# as the subject: not another event's, "the robbery took place at …", which a roundup tells as often)
# or the report of shots the police answered, which tells the harm's place before any victim is
# found ("Officers responded to reports of a shooting in the 300 block of Pell Road", "a call of
# gunfire heard in the area of …", "the sensors registered gunshots in the area of …", "calls about
# shots fired on …", "a shots-fired call on …", "a ShotSpotter alert in …"; not a report of another
# event's: "reports of a robbery on …", "a call of a man with a gun on …", nor of a person shot,
# which a roundup tells of each of its cases)
_HARM_TOOK_PLACE = CaselessPrefiltered(
    guarded(
        r"\b(?:(?:shootings?|stabbings?|gunfire|killing|slaying)\s+(?:(?:had|has)\s+)?(?:occurred|happened|took\s+place)"
        r"|(?P<report>(?:(?:reports?|calls?|alerts?)\s+(?:of|about)\s+(?:an?\s+)?(?:shootings?|shots(?:\s+fired)?"
        r"|gunfire|gunshots)|shots?[- ]fired\s+(?:calls?|reports?)"
        r"|ShotSpotter\s+(?:alerts?|activations?))"
        r"(?:\s+(?:being\s+)?(?:heard|fired|reported))?(?=\s+(?:at|around|about|shortly|just|in|on|near|along|outside)\b)"
        r"|(?:shots|gunshots|gunfire)(?=\s+in\s+the\s+area\s+of\b)))"
        # its clock time may come first: "happened around 1:45 a.m. at …", "occurred at 11.20pm in …"
        r"(?:\s+(?:at|around|about|shortly\s+(?:before|after)|just\s+(?:before|after))\s+\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?)?"
        r"\s+(?:(?:just|shortly)\s+)?(?:in|at|on|near|along|outside)\s+(?:the\s+)?(?:area\s+of\s+(?:the\s+)?)?",
        re.I,
    )
)
# a report whose own sentence says it found no harm is another event's, or none: "calls of shots
# fired on Pell Road, but no one was hurt", "found no evidence", "turned out to be fireworks"
_NO_HARM_FOUND = guarded(
    r"\b(?:(?:no\s+one|nobody)\s+(?:was|were|had\s+been)\s+(?:hurt|injured|hit|struck|wounded|found)"
    r"|no\s+(?:injuries|victims?|one\s+hurt)|found\s+(?:no|nothing)\b|turned\s+out|unfounded|false\s+alarm|proved\s+false)",
    re.I,
)
# (the pattern tried only in a story that holds one of these)
_HARM_TOOK_PLACE_WORDS = (
    "occurred", "happened", "took place", "eports of", "eport of", "alls of", "all of", "area of", "about",
    "fired call", "fired report", "ShotSpotter", "lerts of", "lert of",
)  # fmt: skip
# a venue named before its address, which gives its number or block: "at Club Tarrow in the 600
# block of …", "at the Kell Arms at 14 …" (not a place with no number: "at Kell Park on Orrin Road")
_VENUE_BEFORE_ADDRESS = compiled(
    r"(?:[A-Z][\w'’&-]*\s+){1,4}(?:in|on|at)\s+(?:the\s+)?(?:\d{2,6}\s+block\s+of|\d{1,6}[A-Z]?)\s+\Z"
)


def harm_scene_streets(view: str, sentences: list[Sentence]) -> list[PlaceMention]:
    """The streets named right after a sentence's "the shooting occurred in …" (where the harm took
    place, beside a lead's street where the police were called or the victim was found), with their
    number or block, not in a sentence set at another time ("A shooting happened on Pell Road last year")."""
    if not sentences or not any(w in view for w in _HARM_TOOK_PLACE_WORDS):
        return []
    out: list[PlaceMention] = []
    for sent in sentences:
        for m in _HARM_TOOK_PLACE.finditer(view, sent.start, sent.end):
            if _ANOTHER_TIME.search(view, sent.start, sent.end):
                break
            if m.group("report") and _NO_HARM_FOUND.search(view, sent.start, sent.end):
                continue
            street = next(iter(find_addresses(view, m.end(), sent.end)), None)
            if street is None or (
                street.span[0] - m.end() >= 30 and not _VENUE_BEFORE_ADDRESS.fullmatch(view, m.end(), street.span[0])
            ):
                continue
            # with its house number or block: "in the 900 block of Pell Road"
            number = _NUMBER_BEFORE.search(view, max(m.end(), street.span[0] - 24), street.span[0])
            if number is not None:
                street = PlaceMention(view[number.start() : street.span[1]], (number.start(), street.span[1]))
            out.append(street)
    return out

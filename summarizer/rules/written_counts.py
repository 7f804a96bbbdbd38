"""Reading one number in its sentence as a figure: whether it counts anything (not a date, an
age, a house or a telephone number), its qualifier or range, the category and noun it counts,
and the place named after it. figures.py gathers these drafts and decides the totals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summarizer.rules import toll_words
from summarizer.rules.figure_context import Reader, carried_noun, is_countable, noun_after, own_verb, people_counted
from summarizer.rules.not_counts import not_a_count
from summarizer.rules.quantified_counts import (
    DENIED_PREDICATE_AFTER,
    GROUP_OF_PART_BEFORE,
    HARMED_PART_BEFORE,
    NONE_OF_BEFORE,
    OF_BEFORE,
    PART_AFTER,
    things_fronted,
)
from summarizer.rules.unharmed_counts import unharmed_after, unharmed_before
from summarizer.rules.war_tolls import of_a_war
from summarizer.text import incident_words as iw
from summarizer.text.base import PlaceMention, Span
from summarizer.text.numbers import NumberMatch, find_numbers, qualifier_before
from summarizer.text.regex import compiled, guarded
from summarizer.text.segments import Sentence

_RANGE_RE = compiled(r"^\s*(?:to|-|–|—|and|or)\s*(?=\S)", re.I)
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
# a tally over a span of time named before the number: "a weekend of unrest in which six
# people were shot", "a week of shootings that left three dead"
_PERIOD_BEFORE = guarded(r"\b(?:a|the|last|that)\s+(?:weekend|week|month|year)\s+of\b", re.I)


@dataclass(slots=True)
class FigureDraft:
    text: str
    span: Span
    value: float
    value_max: float | None
    qualifier: str
    category: str
    noun: str | None
    label: str
    location: str | None
    location_span: Span | None
    sentence: int
    phrase_start: int = -1  # where the figure's words start, qualifier included ("at least 12")
    range_end: int = -1  # where the upper number of a range ends
    shared: list[PlaceMention] = field(default_factory=list)  # "over Belgorod and Smolensk"
    each: bool = False
    is_total: bool = False
    roundup: bool = False  # a toll over several shootings ("two killed in shootings across the city")

    @property
    def words_start(self) -> int:  # where the figure's words start: its phrase's when known, else its number's
        return self.phrase_start if self.phrase_start >= 0 else self.span[0]


_EACH_AT = compiled(r"\s*(?:each|apiece|per\s+region|respectively)\b", re.I)
_WORD_EACH_AT = compiled(r"\s*(?:\w+\s+)?each\b")
_IN_YEAR_AT = compiled(r"\s*(?:In|in|Since|since|During|during)\s+(?:19|20)\d\d\b")

HARMS = ("killed", "injured")


_AND_OR_AT = compiled(r"^\s*(?:and|or)", re.I)
_BETWEEN_BEFORE = compiled(r"between\s+$", re.I)
_WORD_BEFORE = compiled(r"([A-Za-z]+)\s*[—–:-]?\s*$")
_DASH_TO_AT = compiled(r"-\s+to\s+\d")
_HOMES = compiled(r"\bhomes?\b", re.I)
_EVACUATED = compiled(r"\bevacuat", re.I)
_STOP_AT = compiled(r"\s*[,;:]")
_AND_GAP = compiled(r"\s*(?:,\s*)?(?:and|or|&)\s+(?:the\s+)?")


def draft_figure(reader: Reader, sent: Sentence, num: NumberMatch, previous: FigureDraft | None) -> FigureDraft | None:
    view = reader.view
    s, e = num.span
    before = view[max(sent.start, s - 12) : s]
    after = view[e : min(sent.end, e + 20)]
    if not_a_count(view, num, before, after):
        return None
    qualifier, q_start = qualifier_before(view, s, sent.start)
    value_max, range_end = _range_top(view, sent, num, before, after)
    if value_max is not None:
        qualifier = "range"
    c_start, c_end = reader.clause(sent, s)
    toll = _toll_before(view, sent.start, q_start)
    noun = _counted_noun(reader, sent, s, range_end, c_start, c_end, toll, previous)
    countable = noun is not None and is_countable(noun)
    category = _clause_category(reader, sent, num, noun, countable, range_end, c_start, c_end, toll, previous)
    among = _AMONG_BEFORE.search(view, max(sent.start, q_start - 12), q_start) is not None
    category = _demoted_category(
        view, sent, num, before, q_start, range_end, c_start, c_end, value_max, noun, countable, among, category
    )
    if category == "other" and not countable:
        return None
    location, shared = _clause_places(reader, c_start, c_end, s)
    each = bool(_EACH_AT.match(view, e, c_end) or _WORD_EACH_AT.match(view, e, c_end))
    roundup = category in HARMS and _in_roundup(view, sent, e, q_start)
    label_noun = "people" if noun in iw.PEOPLE_COUNTED_BY else noun or ""
    label = f"{label_noun} {category}".strip() if category != "other" else (label_noun or "count")
    return FigureDraft(
        text=num.text,
        span=(s, e),
        value=num.value,
        value_max=value_max,
        qualifier=qualifier,
        category=category,
        noun=noun,
        label=label,
        location=location.name if location else None,
        location_span=location.span if location else None,
        sentence=sent.index,
        phrase_start=q_start,
        range_end=range_end,
        shared=shared,
        each=each,
        # "two children were among five people killed": the people they are among are the total
        is_total=(toll is not None and category == toll and not of_a_war(view, sent.start, q_start))
        or (category in HARMS and among),
        roundup=roundup,
    )


def _range_top(view: str, sent: Sentence, num: NumberMatch, before: str, after: str) -> tuple[float | None, int]:
    """The upper bound of a range that starts at the number ("12 to 15"), and where the range ends."""
    e = num.span[1]
    m = _RANGE_RE.match(after)
    if m:
        for other in find_numbers(view, e + m.end(), min(sent.end, e + m.end() + 20)):
            if other.span[0] == e + m.end() and other.value > num.value:
                if _AND_OR_AT.match(after) and not _BETWEEN_BEFORE.search(before):
                    break
                return other.value, other.span[1]
    return None, e


def _counted_noun(
    reader: Reader,
    sent: Sentence,
    s: int,
    range_end: int,
    c_start: int,
    c_end: int,
    toll: str | None,
    previous: FigureDraft | None,
) -> str | None:
    """The noun the number counts: written after it, right before it, earlier in the sentence, or the previous count's."""
    view = reader.view
    noun = noun_after(view, range_end, c_end)
    if (
        noun is not None
        and _STOP_AT.match(view, range_end, c_end)
        and (toll is not None or own_verb(view, c_start, s) is not None)
    ):
        noun = None  # "killing 12 and injuring more than 200, officials said": the verb's object ends at the comma
    if noun is None:
        back = _WORD_BEFORE.search(view[max(c_start, s - 30) : s])
        if back and (back.group(1).lower() in iw.PROJECTILES or back.group(1).lower() in iw.PEOPLE_NOUNS):
            noun = back.group(1).lower()  # "the highest number of intercepted drones—13—"
    if noun is None:
        # the last countable noun earlier in the sentence: "the intercepted drones …, with six destroyed"
        noun = people_counted(reader.countable_before(sent, s), view, c_start, s, sent.start)
    if noun is None and previous is not None and previous.noun is not None and sent.index - previous.sentence <= 2:
        noun = carried_noun(previous.noun, previous.phrase_start, view, c_start, s)  # "10 drones…, nine shot down"
    return noun


def _clause_category(
    reader: Reader,
    sent: Sentence,
    num: NumberMatch,
    noun: str | None,
    countable: bool,
    range_end: int,
    c_start: int,
    c_end: int,
    toll: str | None,
    previous: FigureDraft | None,
) -> str:
    """The category its clause gives the number: the nearest category word, its own verb, a toll, a list."""
    view = reader.view
    s, e = num.span
    clause = reader.clause_words((c_start, c_end))
    category = clause.category(noun, s - c_start) if noun is None or countable else "other"
    verb = own_verb(view, c_start, s) if category != "other" else None
    if verb in ("killed", "injured", "displaced", "missing", "arrested") and not (
        (verb == "killed" and category == "intercepted")  # "soldiers gunned down three drones": downed
        or (verb == "injured" and category == "killed" and _TO_DEATH_AFTER.match(view, range_end, c_end))
    ):
        category = verb  # "floods kill 27 and displace about 40,000": each verb takes its own number
    if (
        category == "injured"
        and _HURT_RELATIVE_THEN_DEAD.match(view, range_end, c_end)
        and not NONE_OF_BEFORE.search(view, max(sent.start, s - 50), s)  # "none of the four … has died"
        and not GROUP_OF_PART_BEFORE.search(view, max(sent.start, s - 12), s)  # "one of the three shot … has died"
    ):
        category = "killed"  # "two men who were shot … have died": the relative's harm, the main clause's death
    if (
        category in HARMS
        and NONE_OF_BEFORE.search(view, max(sent.start, s - 50), s)
        and DENIED_PREDICATE_AFTER[category].match(view, range_end, c_end)
    ):
        # "neither of the two victims died", "none of the 40 workers was hurt": the quantifier
        # denies the harm to all of them (the people it picks from are the group, not the harmed)
        category = "other"
    if category in HARMS and OF_BEFORE.search(view[sent.start : s]):
        part = PART_AFTER.match(view, range_end, sent.end)
        if part is not None and (
            part.group("some") or DENIED_PREDICATE_AFTER[category].match(view, part.end(), sent.end)
        ):
            # the group told first, then the part of it harmed: "of the four officers, two were
            # hurt" (the part counted by itself), "of the 12 residents, none was hurt"
            category = "other"
    if category in HARMS and HARMED_PART_BEFORE.search(view, max(sent.start, s - 40), s):
        category = "other"  # "fatally shot one of two intruders": the part harmed, the group its size
    if category in HARMS and noun is None and things_fronted(view, sent.start, s):
        category = "other"  # "of the 40 homes inspected, 12 were in fair condition": the part counts the things
    if category in ("killed", "injured") and _UNDONE_HARM_BEFORE.search(view, max(sent.start, s - 60), s):
        category = "other"  # "begged him not to hurt her two children": a harm denied or only threatened
    if toll is not None and (noun is None or (countable and noun not in iw.PROJECTILES)):
        category = toll  # "the death toll rose to 40 (people)": the number is the toll's, whatever the words after it
    if category == "displaced" and (harm := _THEN_HARMED_AFTER.match(view, range_end, sent.end)):
        # "two men fled the scene and were later found wounded": the people's own later predicate
        category = "killed" if harm.group("harm").lower() in ("killed", "dead") else "injured"
    if category == "displaced" and noun in iw.PERPETRATOR_NOUNS:
        category = "other"  # "one suspect fled on foot": flight from the police, not from a home
    if (
        category == "displaced"
        and noun in iw.OCCUPANT_NOUNS
        and _EVACUATED.search(view, c_start, c_end)
        and not _HOMES.search(view, c_start, c_end)
    ):
        category = "other"  # "all 186 passengers were evacuated": out of a plane, not from their homes
    if (
        category == "other"
        and previous is not None
        and previous.sentence == sent.index
        and noun == previous.noun
        and not clause.has_be_after(e - c_start)
    ):
        category = previous.category  # a list: "six destroyed over Belgorod, two over Leningrad"
    return category


def _demoted_category(
    view: str,
    sent: Sentence,
    num: NumberMatch,
    before: str,
    q_start: int,
    range_end: int,
    c_start: int,
    c_end: int,
    value_max: float | None,
    noun: str | None,
    countable: bool,
    among: bool,
    category: str,
) -> str:
    """The category, or "other" when the harm is not this incident's toll: a tally, the attackers, an identifier."""
    s, e = num.span
    if category in ("killed", "injured") and (
        is_tally_after(view, e, _main_clause_end(view, e, min(c_end, e + 80)))
        or _PERIOD_BEFORE.search(view, c_start, s)
        or _IN_YEAR_AT.match(view, c_start, s)
        or _DASH_TO_AT.match(view[e : e + 8])
    ):
        category = "other"  # "41 homicides this year": a running tally, not this incident's toll
    if category in ("killed", "injured") and (
        _AGENT_BEFORE.search(view, max(sent.start, q_start - 8), q_start)
        or _ACTIVE_AFTER.match(view, range_end, c_end)
        or _SUSPECTS_AFTER.match(view, range_end, c_end)
        or _SUSPECTS_BEFORE.search(view, max(sent.start, q_start - 16), q_start)
        or _NOR_BEFORE.search(view, max(sent.start, q_start - 40), q_start)
        or _WHETHER_BEFORE.search(view, max(sent.start, q_start - 40), q_start)
        or (value_max is None and _BETWEEN_BEFORE.search(before))
        or _EARLIER_COUNT_BEFORE.search(view, max(sent.start, q_start - 70), q_start)
        or _PAST_EVENT_BEFORE.search(view, max(sent.start, q_start - 60), q_start)
        or _SINCE_EVENT_AT.match(view, sent.start, q_start)
        or unharmed_after(view, range_end, c_end)
        or unharmed_before(view, sent.start, q_start, range_end, sent.end)
        or (num.value == 1 and NOT_BEFORE.search(view, max(sent.start, q_start - 12), q_start))
        or (num.value > 1 and _HIS_HARM_AFTER.match(view, range_end, c_end))
    ):
        # the attackers or suspects ("shot by two men", "two men were charged"), the parties to a
        # fight ("a fight between two men"), no one, or people whose harm is only asked after
        category = "other"
    if among and category in HARMS and not _AMONG_HARMED_AT.match(view, range_end, c_end):
        category = "other"  # "among the 300 passengers on the ferry, 12 were hurt": the group some are of
    if category in HARMS and num.text == "0":
        category = "other"  # a stray zero
    if (
        num.text.isdigit()
        and len(num.text) >= 6
        and (category in HARMS or not countable or _LABEL_BEFORE.search(before))
    ):
        # an identifier ("Report No. 7719034"), a run of digits with no counted noun or told as a
        # toll of people, which is written with separators: "250000 people displaced" is a count
        category = "other"
    if (
        category in ("killed", "injured")
        and noun in iw.PERPETRATOR_NOUNS
        and not _HARMED_AFTER.match(view, range_end, min(sent.end, range_end + 200))
        # (the object of a verb of harm is harmed, whoever: "the clerk shot one of the robbers")
        and own_verb(view, c_start, q_start) not in ("killed", "injured")
    ):
        category = "other"  # "charges against three suspects after a clerk was shot": not the suspects' harm
    return category


def _clause_places(reader: Reader, c_start: int, c_end: int, s: int) -> tuple[PlaceMention | None, list[PlaceMention]]:
    """The place named after the number in its clause, and the two places it shares when joined by "and"."""
    # places named after the number in its clause: "over Kaluga Oblast", "in the Moscow Region"
    in_clause = reader.places_in(c_start, c_end, s)
    location = in_clause[0] if in_clause else None
    shared: list[PlaceMention] = []
    if location is not None and len(in_clause) > 1:
        gap = reader.view[in_clause[0].span[1] : in_clause[1].span[0]]
        if _AND_GAP.fullmatch(gap):
            shared = in_clause[:2]
    return location, shared


def _in_roundup(view: str, sent: Sentence, e: int, q_start: int) -> bool:
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


def _toll_before(view: str, start: int, at: int) -> str | None:
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


# another, earlier incident named by its year: "recalled a 2009 blast that killed 30"
_PAST_EVENT_BEFORE = compiled(r"\b(?:19|20)\d\d\s+(?:[a-z-]+\s+){1,2}(?:that|which)\s+(?:[a-z]+\s+){1,2}$")
# or the event a span of time runs from, which opens the sentence: "Since the 2019 flood that
# killed 12 people, the town has …" (the time the sentence tells of came after it)
_SINCE_EVENT_AT = compiled(r"\W*since\s+(?:the|a|an)\s+[^.;:!?]{0,100}?\b(?:that|which)\s+(?:[a-z]+\s+){1,2}$", re.I)
_SUBORDINATE_AT = compiled(r"\b(?:when|after|before|while|because|until)\b")


def _main_clause_end(view: str, at: int, end: int) -> int:
    """Where a subordinate clause opens after ``at`` (before ``end``): what it tells is not the
    count's ("were injured when the storm swept across the region")."""
    m = _SUBORDINATE_AT.search(view, at, end)
    return m.start() if m else end


# "not one", a negative quantifier: "not one person was hurt", "not even one"
NOT_BEFORE = compiled(r"\bnot\s+(?:even\s+)?$", re.I)
_AMONG_BEFORE = guarded(r"\bamong\s+(?:the\s+)?$", re.I)
# the people they are among are the harmed, told by a participle after the noun: "among five
# people killed", "among the 12 injured", "among six people shot and killed"
_AMONG_HARMED_AT = compiled(
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:(?:shot\s+and\s+)?(?:killed|injured|wounded)|shot\s+(?:dead|to\s+death)"
    r"|(?:fatally|mortally)\s+shot|dead|hurt|slain|missing)\b",
    re.I,
)
# the value a count had before: "rose to 63, up from 41 on Monday", or a bare "from" after the new
# value and its time: "climbed to 40 from 25", "rose to 38 on Tuesday, from 21"
_EARLIER_COUNT_BEFORE = compiled(
    r"\b(?:up|down)\s+from\s+$|\b(?:rose|risen|climbed|jumped|increased|grew|fell|dropped|lowered|revised|down)"
    r"\s+to\s+\d[\d,]*"
    r"(?:\s+(?:on|by|in|late|early|this|last|\w+day|morning|afternoon|evening|night)){0,3},?\s+from\s+$",
    re.I,
)


# the label of an identifier: "Report No.", "case number:", "file #"
_LABEL_BEFORE = guarded(r"(?:\bNo\.?|\bNumber|\bcase|\breport|\bfile|\bcode|\bID|#)\s*:?\s*$", re.I)
# a count of the people who did the harm: its agent ("shot by two men") or the subject of an
# active verb with an object ("two masked men shot the owner"); not "two men were shot". The verb
# of harm may follow another act of theirs, their subject left out after "and": "shot and
# injured a clerk", "robbed and shot", "opened fire and wounded", "got into a fight and injured";
# that act opens with a verb in the past (the count's own noun is no act: "shot two men and
# wounded a woman" counts the men shot)
_AGENT_BEFORE = compiled(r"\bby\s+$", re.I)
_OWN_WORD = (
    r"(?:(?!(?:were|was|are|is|have|had|has|been|who|of|and|or|but|before|after|when|while|as|until|then)\b)"
    r"[\w'’-]+\s+)"
)
_FIRST_ACT = (
    rf"(?:(?:[a-z]+ed|shot|beat|got|broke|drew|ran|stole|fought|struck|hit|went|came)\s+{_OWN_WORD}{{0,3}}?"
    r"and\s+(?:then\s+)?)?(?:\w+ly\s+)?"
)
# (not a time after the verb: "two people injured the night before", "killed the same day")
_NOT_A_TIME = r"(?!\s+(?:same|previous|following|next|day|night|morning|afternoon|evening|week|weekend)\b)"
# another person coordinated with the people counted, subject with them: "two armed men and a woman shot a clerk"
_AND_ANOTHER = (
    r"(?:and\s+(?:an?|another|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+"
    rf"{_OWN_WORD}{{1,3}}?)?"
)
_ACTIVE_AFTER = compiled(
    rf"\s+{_OWN_WORD}{{0,4}}?{_AND_ANOTHER}(?:who\s+(?:\w+ly\s+)?)?{_FIRST_ACT}"
    r"(?:shot|killed|wounded|injured|stabbed|attacked|robbed|approached|confronted|opened\s+fire\s+on|fired"
    # or a blow "to death" after its object, whatever the degree: "two men beat a neighbor (nearly) to death"
    rf"|{toll_words.BLOW_TOWARD_DEATH})"
    rf"\s+(?:a|an|the|his|her|him|them|their|one)\b{_NOT_A_TIME}"
    # or a count of people, its object ("two gunmen shot three people"), not of shots ("shot three times")
    rf"|\s+{_OWN_WORD}{{0,4}}?{_AND_ANOTHER}{_FIRST_ACT}(?:shot|killed|wounded|injured|stabbed|{toll_words.BLOW_TOWARD_DEATH})\s+"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3}|several"
    rf"|multiple)\s+(?!{iw.NOT_PEOPLE_COUNTED}|(?:people\s+(?:were|was|are|had)|of\s+(?:them|us|those))\b)"
    # doing something to a person named before: "two neighbors giving him first aid", unless the
    # clause goes on to their own harm: "two guards chasing him were shot"
    r"|\s+(?:[\w'’-]+\s+){0,2}?[a-z]+ing\s+(?:him|them)\b"
    r"(?!(?:(?!\b(?:when|after|as|before|while|until|because|who|that)\b)[^.;]){0,60}?"
    r"\b(?:were|was|are|is|have\s+been|had\s+been|got)\s+(?:\w+ly\s+)?"
    r"(?:shot|killed|wounded|injured|hurt|stabbed|struck|hit)\b)",
    re.I,
)
# the suspects: "two men were charged in the death of …", "the arrests of two men"
_SUSPECTS_AFTER = compiled(
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:(?:were|are|is|was|have\s+been|has\s+been|had\s+been)\s+)?(?:charged|accused|indicted|arraigned|sought|wanted"
    r"|suspected|convicted|sentenced)\b",
    re.I,
)
_SUSPECTS_BEFORE = compiled(
    r"\b(?:arrests?|arrested|charged|indicted|convicted|seeking|searching\s+for|looking\s+for|hunting\s+for)\s+(?:of\s+)?$",
    re.I,
)
# the harm told right after the people counted: "two suspects were shot", "three robbers dead",
# "two of four raiders who burst into a kiosk were shot"
_HARMED_AFTER = compiled(
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:who\s[^.;]{0,160}?\s)?(?:(?:were|was|are|is|have\s+been|had\s+been)\s+(?:\w+ly\s+|also\s+)?)?"
    r"(?:shot|killed|dead|died|wounded|injured|hurt|hospitali[sz]ed|slain|struck|hit|fatally)\b",
    re.I,
)
# the harm is one other person's, told in a clause of their own after the count: "with two
# children in the back seat, when he was shot"
_HIS_HARM_AFTER = compiled(
    r"(?:(?!\b(?:shot|killed|wounded|injured|hurt|dead|died)\b)[^.;]){0,80}?\b(?:when|as|after|before|while|because)\s+"
    r"(?:he|she)\s+(?:was|had\s+been|got)\s+(?:\w+ly\s+)?(?:shot|wounded|injured|killed|hit|struck)\b",
    re.I,
)
# an indirect question tells no harm: "officers asked whether either of the two riders was hurt"
_WHETHER_BEFORE = compiled(
    r"\b(?:whether|if)\s+(?:(?:any|all|either|both|none|each)\s+of\s+)?(?:the\s+|their\s+|those\s+)?$", re.I
)
# "neither he nor their two sons were hurt"
_NOR_BEFORE = compiled(r"\bnor\s+(?:[\w'’-]+\s+){0,2}$", re.I)
# the verb of harm whose object is counted, in an infinitive denied or only meant: "(begged him) not
# to take the car or hurt her two children", "(pleaded for him) to not hurt …", "threatened to shoot
# three people", "vowed to kill two officers"
# (the count is the infinitive's object, no clause between: not "vowed to avenge the attack that killed
# 30 soldiers", "threatened to attack again after it killed 9 guards"; and "hurt" after "and" may be the
# main clause's past: "swerved to not hit a cyclist and hurt four passengers")
_UNDONE_HARM_BEFORE = compiled(
    r"\b(?:(?:not|never|threat\w*|vow\w*|plott?\w*|plann?\w*|intend\w*)\s+to|to\s+(?:not|never))\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:(?<!\band\s)hurt|harm|kill|shoot|injure|wound|murder|attack)\s+"
    r"(?:(?!(?:that|which|who|whom|after|before|when|while|because|since|again|until|as)\b)[\w'’-]+\s+){0,4}?$",
    re.I,
)
# the people counted, a flight told first, then their harm in a second predicate of theirs, plural:
# "(two men) fled the scene and were later found wounded"; not another subject's ("… and police were")
_THEN_HARMED_AFTER = compiled(
    r"(?:\s+[\w'’-]+){1,8}?\s+and\s+were\s+(?:later\s+|also\s+|then\s+)?(?:found\s+)?"
    r"(?P<harm>wounded|injured|hurt|shot|stabbed|killed|dead)\b",
    re.I,
)
# a harm's object counted, then "to death" ending its verb, a death: "shot two men to death",
# "stabbed three people to death" (not "shot two men who were beaten to death", another's verb; nor a
# death that did not come, "beat three men nearly to death", "almost", "half": hurt)
_TO_DEATH_AFTER = compiled(
    r"(?:\s+(?!(?:who|that|and|or|were|was|had|nearly|almost|half)\b)[\w'’-]+){0,3}?\s+to\s+death\b", re.I
)
# the people counted, a relative of how they were hurt (and whose word it is), then their fate in
# the main clause: "two men who were shot Sunday outside a bar have died", "three teens who police
# say were struck by gunfire … later died"
_HURT_RELATIVE_THEN_DEAD = compiled(
    rf"\s+(?:[\w'’-]+\s+){{0,3}}?who\s+(?:{iw.HEARSAY}\s+)?"
    rf"(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:{iw.HURT_PARTICIPLE})"
    # when, where, by whom, with no other clause between (a relative of its own, "in which a boy died",
    # tells another's death): words alone, no comma (nor a death that nearly came: "… nearly died")
    r"(?:\s+(?!(?:and|who|whom|whose|which|where|that|when|but|after|before|because|as|while|killing|nearly|almost)\b)[\w'’-]+){0,10}?"
    rf"\s+(?:(?:have|has|had)\s+)?(?:both\s+|all\s+|since\s+|later\s+|{iw.LY_NOT_NEARLY}\s+)?"
    r"(?:died|succumbed|passed\s+away|(?:were|have\s+been)\s+(?:later\s+)?pronounced\s+dead)\b",
    re.I,
)

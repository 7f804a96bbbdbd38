"""How many: counts written as digits or words, what they count (killed, intercepted, …), their
qualifier (at least, up to, about, a range), the place each belongs to, and which is the total.
A count shared by two places ("six over Belgorod and Smolensk") is read as each or together,
whichever agrees with the stated total.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from summarizer.rules import victims
from summarizer.rules.figure_context import Reader, is_countable, noun_after, own_verb
from summarizer.text import lexicon as lx
from summarizer.text.base import Span, lower_same_length
from summarizer.text.given_names import gender_of_given_name
from summarizer.text.numbers import (
    FEMALE_WORDS,
    FILLER,
    MALE_WORDS,
    NOT_A_PERSON,
    VICTIM_NOUNS,
    NumberMatch,
    find_numbers,
    implicit_count,
    qualifier_before,
)
from summarizer.text.regex import guarded
from summarizer.text.segments import Sentence
from summarizer.text.timeplace import PlaceMention

_RANGE_RE = re.compile(r"^\s*(?:to|-|–|—|and|or)\s*(?=\S)", re.I)
_SKIP_BEFORE = guarded(
    r"(?:[$€£¥#]|\bNo\.?|\bNumber|\b(?:Image|Photo|Picture|Slide)|\bpage|\bp\.|\bSection|\bag(?:ed?|es)|\bRoute|\bHighway|\bI-|\bU\.?S\.?|\bSR|\bUS)\s*$",
    re.I,
)
_SKIP_AFTER = re.compile(
    r"^(?:(?i:\s*(?:%|percent|per\s+cent|percentage|years?[- ]old|-year-old|yr|kg|km|miles?|mph|kph|feet|foot|ft|meters?|metres?|"
    r"degrees?|hours?|minutes?|seconds?|days?|weeks?|months?|years?|decades?|am|pm|a\.m\.|p\.m\.|GMT|MSK|UTC|dollars?|"
    r"euros?|pounds?|rubles?|hryvnias?|block|st|nd|rd|th|[:./]\d|-\d|,\d{1,2}\b|\)))"
    # a number joined to a word, a modifier: "a two-shot pistol", "a three-car crash"
    r"|-[A-Za-z]"
    # a house number: "3421 Washington Street", "12 N. Main St."
    r"|\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane|Ln|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy|Terrace|Circle|Trail)\b)",
)
# a house number whose street's name is longer than the few characters read after a number
_HOUSE_NUMBER_AFTER = re.compile(
    r"\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'’-]*\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane|Ln|Boulevard|Blvd|Way"
    r"|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy|Terrace|Circle|Trail)\b"
)
_TIMES_AFTER = re.compile(r"\s*(?:(?:or|to|-|–)\s*[\w-]+\s+)?times\b", re.I)
_AGE_BEFORE = re.compile(r"[\w.’')]\s*,\s*$")
_AGE_AFTER = re.compile(r"^\s*(?:,|\)|\.|;|and\b|of\b|from\b|who\b|was\b|is\b|died\b|$)")
_AGES_LIST_BEFORE = guarded(
    r"\b(?:ages|aged)\s+\d{1,3}(?:\s*(?:,|and|&|to|-)\s*\d{1,3})*\s*(?:,\s*and|,|and|&|to|-)\s*$", re.I
)
# a capitalised word that does not open its sentence, right before a number
_IN_A_NAME_BEFORE = re.compile(r"[\w,;:)]\s+[A-Z][\w&'’-]*\s+$")
_PHONE_BEFORE = guarded(r"(?:\(\d{3}\)\s*|\d-|\b(?:call(?:s|ed|ing)?|dial(?:s|ed|led|ing)?)\s+)$", re.I)
_PHONE_AFTER = re.compile(r"^-\d{3,4}\b")
_SHOT_NOUN_AFTER = re.compile(
    r"\s+shot\b(?!\s+(?:and|dead|to\s+death|in|at|on|near|outside|inside|while|during|after|by)\b)"
)
# "one shot was fired", "one shot went through the wall": a bullet, not a person
_SHOT_FIRED_AFTER = re.compile(
    r"\s+shot\s+(?:(?:was|had\s+been)\s+fired|went|had\s+gone|has\s+gone|came|entered|pierced|shattered|flew|rang|lodged)\b"
)
_FIRED_BEFORE = guarded(r"\b(?:fir(?:e|es|ed|ing)|heard|hear|report\s+of|sound\s+of|only|single)\s+$", re.I)
_STATISTIC_RE = guarded(
    r"\b(?:(?:so\s+far\s+)?this\s+year|last\s+year|so\s+far|to\s+date|to\s+start\s+the\s+year|since\s+(?:January|"
    r"the\s+start|the\s+beginning|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|annually|each\s+year|every\s+year"
    r"|a\s+year|per\s+year|in\s+(?:19|20)\d\d|across\s+the\s+(?:city|county|state|region)|citywide"
    r"|over\s+the\s+(?:weekend|holiday)|in\s+(?:a\s+pair\s+of\s+|several\s+|multiple\s+)?separate\s+shootings)\b",
    re.I,
)
# a toll over several shootings or incidents, anywhere later in its sentence: "two men were killed
# and four wounded in shootings across the city", "three hurt in two separate incidents"
_ROUNDUP_RE = guarded(
    r"\bin\s+(?:two|three|four|five|several|multiple|\d+)?\s*(?:separate\s+|different\s+|unrelated\s+)?"
    r"(?:shootings|incidents)\b",
    re.I,
)
_ROUNDUP_REACH = 200
# a tally over a span of time named before the number: "a weekend of violence in which seven
# people were shot", "a week of shootings that left three dead"
_PERIOD_BEFORE = guarded(r"\b(?:a|the|last|that)\s+(?:weekend|week|month|year)\s+of\b", re.I)
_TOTAL_RE = guarded(r"\b(?:a\s+total\s+of|in\s+total|in\s+all|altogether|overall|combined|total(?:ling|ing)?)\b", re.I)


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


_EACH_AT = re.compile(r"\s*(?:each|apiece|per\s+region|respectively)\b", re.I)
_WORD_EACH_AT = re.compile(r"\s*(?:\w+\s+)?each\b")
_IN_YEAR_AT = re.compile(r"\s*(?:In|in|Since|since|During|during)\s+(?:19|20)\d\d\b")


def find_figures(
    view: str,
    sentences: list[Sentence],
    places: list[PlaceMention],
    *,
    skip: list[Span],
) -> list[FigureDraft]:
    drafts: list[FigureDraft] = []
    lowered = lower_same_length(view)
    reader = Reader(view, places)
    for sent in sentences:
        for num in find_numbers(view, sent.start, sent.end, lowered=lowered):
            if any(a <= num.span[0] < b for a, b in skip):
                continue
            if drafts and drafts[-1].value_max is not None and drafts[-1].range_end == num.span[1]:
                continue  # the upper end of a range already read
            draft = _draft(reader, sent, num, drafts[-1] if drafts else None)
            if draft is not None:
                drafts.append(draft)
    drafts += _implicit_victims(view, lowered, sentences, drafts, skip)
    drafts += _murder_suicide(view, lowered, sentences, drafts, skip)
    _roundup_tallies(drafts)
    drafts = [d for d in drafts if d.category not in _HARMS or not _in_a_link(view, sentences, d)]
    cut = _separate_incidents_from(view, sentences, drafts)
    if cut < len(view):
        # a roundup: the toll is the lead incident's, not the later, separate ones'
        drafts = [d for d in drafts if d.span[0] < cut or d.category not in _HARMS]
    drafts += _referred_victims(view, [s for s in sentences if s.start < cut], drafts, skip)
    _roundup_tallies(drafts)
    drafts += _title_counts(view, lowered, sentences, drafts, places, skip)
    drafts.sort(key=lambda d: d.span)
    # "two robbers were shot and killed … police found two robbers shot": the same people, dead
    written = [d for d in drafts if d.noun and implicit_count(d.text) is None]  # counts in digits or words
    killed = {(d.noun, d.value) for d in written if d.category == "killed"}
    is_written = {id(d) for d in written}
    drafts = [
        d for d in drafts if not (d.category == "injured" and id(d) in is_written and (d.noun, d.value) in killed)
    ]
    _split_fatal(view, drafts)
    _same_places(drafts)
    _mark_totals(view, drafts)
    for d in drafts:
        if d.shared and not d.each:
            # read together: the count belongs to the pair, named as the text names it
            start, end = d.shared[0].span[0], d.shared[-1].span[1]
            d.location, d.location_span = view[start:end], (start, end)
    return drafts


_HARMS = ("killed", "injured")
# a sentence that turns to another incident: "In a separate shooting, …", "Separate incidents
# left …", "in an unrelated case", "Elsewhere, …", or a new item of a bulleted list
_SEPARATE_RE = guarded(
    r"\b(?:separate|unrelated|other|another)\s+(?:shootings?|incidents?|cases?|attacks?)\b|\b(?:Elsewhere|Meanwhile|In\s+other\s+news)\b"
    r"|•",
)


# the label of a link to another story: "RELATED: Teen shot near park dies", "READ MORE: …", "Now
# Playing: …"
_LINK_LABEL = re.compile(
    r"\b(?:RELATED(?:\s+STORIES)?|READ\s+MORE|MORE|SEE\s+ALSO|ALSO\s+READ|TRENDING(?:\s+STORIES)?|NOW\s+PLAYING|Now\s+Playing"
    r"|UP\s+NEXT|Up\s+Next)\s*:"
)


def _in_a_link(view: str, sentences: list[Sentence], d: FigureDraft) -> bool:
    """Does the figure stand after a link's label in its sentence (another story's headline)?"""
    k = bisect.bisect_right(sentences, d.span[0], key=lambda s: s.start) - 1
    if k < 0 or ":" not in view[sentences[k].start : d.span[0]]:
        return False
    return _LINK_LABEL.search(view, sentences[k].start, d.span[0]) is not None


def _roundup_tallies(drafts: list[FigureDraft]) -> None:
    """A toll over several shootings is the roundup's tally, not the story's own incident's,
    when the text goes on to count that category again ("Two men were killed in shootings on
    Sunday. A man died after he was shot outside a bakery …"): the later count is the toll.
    Told once, it is the only toll there is and stays."""
    for d in drafts:
        if d.roundup and any(o.category == d.category and not o.roundup and o.span[0] > d.span[0] for o in drafts):
            d.category, d.label = "other", d.noun or "count"


# "a murder-suicide" names two deaths, the victim's and the killer's; not an attempted one
_MURDER_SUICIDE_RE = guarded(r"(?<!attempted\s)\bmurder[- ]suicide\b", re.I)


def _murder_suicide(
    view: str, lowered: str, sentences: list[Sentence], drafts: list[FigureDraft], skip: list[Span]
) -> list[FigureDraft]:
    """Two killed for "a murder-suicide" in the lead (its first three sentences: later, it is
    often another case of a roundup) when no count of the dead comes before it."""
    lead = sentences[:3]
    if not lead or lowered.find("suicide", lead[0].start, lead[-1].end) < 0:
        return []
    for sent in lead:
        m = _MURDER_SUICIDE_RE.search(view, sent.start, sent.end)
        if m is None or any(a <= m.start() < b for a, b in skip):
            continue
        if any(d.category == "killed" and d.span[0] < m.start() for d in drafts):
            return []
        return [_people(view, m.span(), "killed", sent.index, 2)]
    return []


def _separate_incidents_from(view: str, sentences: list[Sentence], drafts: list[FigureDraft]) -> int:
    """Where (an offset) a roundup turns to a separate incident: the first sentence after the
    lead incident's first toll that names another incident, or the first bullet after that
    toll. ``len(view)`` when there is no such turn, or no toll before it (the lead then is the
    roundup's summary)."""
    harms = [d for d in drafts if d.category in _HARMS]
    if not harms or not sentences:
        return len(view)
    first = min(harms, key=lambda d: d.span)
    starts = [s.start for s in sentences]
    for m in _SEPARATE_RE.finditer(view, sentences[0].start, sentences[-1].end):
        k = bisect.bisect_right(starts, m.start()) - 1
        if m.group() == "•":
            before = view[starts[k] : m.start()].rstrip()
            if before and before[-1] not in _ITEM_ENDS:
                continue  # a bullet between names ("6ABC • NBC10"), not one opening an item
            if m.start() > first.span[1]:
                return m.start()
        elif sentences[k].index > first.sentence:
            return starts[k]
        elif sentences[k].index == first.sentence:
            return len(view)  # the lead itself tells of several incidents
    return len(view)


_ITEM_ENDS = frozenset(".!?:\"”’')")


def _title_counts(
    view: str,
    lowered: str,
    sentences: list[Sentence],
    drafts: list[FigureDraft],
    places: list[PlaceMention],
    skip: list[Span],
) -> list[FigureDraft]:
    """Counts of the killed or injured in the title ("2 dead, 3 hurt in shooting"), for a
    category the body counts nowhere."""
    if not sentences:
        return []
    have = {d.category for d in drafts}
    top = sentences[0].start
    out: list[FigureDraft] = []
    for a, b in skip:
        if b > top or not _TITLE_HARM.search(lowered, a, b):
            continue
        title = Sentence(a, b, sentences[0].paragraph, sentences[0].index)
        reader = Reader(view, places)  # its own: the reader caches clauses by sentence index
        previous: FigureDraft | None = None
        for num in find_numbers(view, a, b, lowered=lowered):
            draft = _draft(reader, title, num, previous)
            if draft is None:
                continue
            previous = draft
            own = _TITLE_OWN_WORD.get(draft.category)
            if own is not None and draft.category not in have and own.match(view, draft.range_end, b):
                out.append(draft)
    return out


_TITLE_HARM = re.compile(r"dead|kill|die|injur|hurt|wound|hospital")  # on lower-cased text
# the category's own word right after the title's number: "2 dead", "three people hurt"; not "2
# shot", which counts the dead among them
_TITLE_OWN_WORD = {
    "killed": re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:dead|killed|die[sd]?|slain)\b", re.I),
    "injured": re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:injured|hurt|wounded|hospitali[sz]ed)\b", re.I),
}


# the small patterns of _not_a_count and _draft, compiled once
_DAY_AFTER = re.compile(r"^\s*(?:\d{1,2}(?:st|nd|rd|th)?\b(?!-))")
_MONTH_BEFORE = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+$"
)
_OF_PLACE_AFTER = re.compile(r"^,\s+(?:of|from)\b")
_SLASH_AFTER = re.compile(r"\s*/\s*\d")
_SLASH_BEFORE = guarded(r"\d\s*/\s*$|\bof\s*/\s*$")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")
_ONE_OF_AFTER = re.compile(r"^\s+(?:of|another|day|time|way|thing|point|side|hand|person)\b", re.I)
_ONE_OF_PEOPLE_AFTER = re.compile(r"^\s+of\s+(?:the\s+)?(?:victims|people|men|women|drones|missiles)", re.I)
_ONE_OF_THEM_AFTER = re.compile(r"^\s+of\s+them,?\s+(?:\w+\s+)?(?:fatally|died|killed|dead)", re.I)
_HARMING_BEFORE = re.compile(r"\b(?:killing|wounding|injuring)\s+$", re.I)
_AND_OR_AT = re.compile(r"^\s*(?:and|or)", re.I)
_BETWEEN_BEFORE = re.compile(r"between\s+$", re.I)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s*[—–:-]?\s*$")
_DASH_TO_AT = re.compile(r"-\s+to\s+\d")
_AND_GAP = re.compile(r"\s*(?:,\s*)?(?:and|or|&)\s+(?:the\s+)?")
_FATALLY_AT = re.compile(r"\s*(?:\w+\s+)?(?:of\s+them\s+)?fatally\b", re.I)


def _not_a_count(view: str, num: NumberMatch, before: str, after: str) -> bool:
    """A number that counts nothing: a date, a year, an age, a telephone number, "one day";
    ``before`` and ``after`` are the few characters around it in its sentence."""
    e = num.span[1]
    if _SKIP_BEFORE.search(before) or _SKIP_AFTER.match(after):
        return True
    if _DAY_AFTER.match(after) or _MONTH_BEFORE.search(before):
        return True  # part of a date
    if num.text.isdigit() and num.value >= 10 and _HOUSE_NUMBER_AFTER.match(view, e, e + 60):
        return True  # "1480 Harbour View Avenue"
    if _TIMES_AFTER.match(after):
        return True  # how often, not how many: "shot him two or three times"
    if 1900 <= num.value <= 2100 and num.text.isdigit():
        return True  # a year
    if (
        num.text.isdigit()
        and num.value < 120
        and ((_AGE_BEFORE.search(before) and _AGE_AFTER.match(after)) or _OF_PLACE_AFTER.match(after))
    ):
        return True  # an age in apposition: "Raheem Prather, 28, and …", "The worker, 45, was …"
    if _AGES_LIST_BEFORE.search(view, max(0, num.span[0] - 40), num.span[0]):
        return True  # the later ages of a list: "ages 18 and 20"
    if _SLASH_AFTER.match(after) or _SLASH_BEFORE.search(before):
        return True  # a page counter or a fraction: "Image 1 of / 1", "3/4"
    if num.text.isdigit() and _IN_A_NAME_BEFORE.search(before) and _CAPITAL_AFTER.match(after):
        return True  # part of a name: "Fox 26 Houston", "Channel 4 News"
    if _PHONE_BEFORE.search(before) or _PHONE_AFTER.match(after):
        return True  # a telephone number: "(856) 225-8513"
    if _SHOT_NOUN_AFTER.match(after) and (_FIRED_BEFORE.search(before) or _SHOT_FIRED_AFTER.match(after)):
        return True  # a shot fired, not a person shot: "fired one shot", "a report of one shot"
    # "one of the ways", "one day"
    return bool(
        num.text.lower() == "one"
        and _ONE_OF_AFTER.match(after)
        and not _ONE_OF_PEOPLE_AFTER.match(after)
        and not _ONE_OF_THEM_AFTER.match(view[e : e + 40])
        and not _HARMING_BEFORE.search(before)  # "killing one of them"
    )


def _draft(reader: Reader, sent: Sentence, num: NumberMatch, previous: FigureDraft | None) -> FigureDraft | None:
    view = reader.view
    s, e = num.span
    before = view[max(sent.start, s - 12) : s]
    after = view[e : min(sent.end, e + 20)]
    if _not_a_count(view, num, before, after):
        return None
    qualifier, q_start = qualifier_before(view, s, sent.start)
    value_max = None
    range_end = e
    text = num.text
    m = _RANGE_RE.match(after)
    if m:
        for other in find_numbers(view, e + m.end(), min(sent.end, e + m.end() + 20)):
            if other.span[0] == e + m.end() and other.value > num.value:
                if _AND_OR_AT.match(after) and not _BETWEEN_BEFORE.search(before):
                    break
                value_max = other.value
                qualifier = "range"
                range_end = other.span[1]
                break
    c_start, c_end = reader.clause(sent, s)
    noun = noun_after(view, range_end, c_end)
    if noun is None:
        back = _WORD_BEFORE.search(view[max(c_start, s - 30) : s])
        if back and (back.group(1).lower() in lx.PROJECTILES or back.group(1).lower() in lx.PEOPLE_NOUNS):
            noun = back.group(1).lower()  # "the highest number of intercepted drones—13—"
    if noun is None:
        # the last countable noun earlier in the sentence: "the intercepted drones …, with six destroyed"
        noun = reader.countable_before(sent, s)
    if noun is None and previous is not None and previous.noun is not None and sent.index - previous.sentence <= 2:
        noun = previous.noun  # "A further 10 drones…, while nine were shot down"
    clause = reader.clause_words((c_start, c_end))
    countable = noun is not None and is_countable(noun)
    category = clause.category(noun, s - c_start) if noun is None or countable else "other"
    verb = own_verb(view, c_start, s) if category != "other" else None
    if verb in ("killed", "injured", "displaced", "missing", "arrested"):
        category = verb  # "floods kill 27 and displace about 40,000": each verb takes its own number
    if category == "displaced" and noun in lx.PERPETRATOR_NOUNS:
        category = "other"  # "one suspect fled on foot": flight from the police, not from a home
    if (
        category == "other"
        and previous is not None
        and previous.sentence == sent.index
        and noun == previous.noun
        and not clause.has_be_after(e - c_start)
    ):
        category = previous.category  # a list: "six destroyed over Belgorod, two over Leningrad"
    if category in ("killed", "injured") and (
        _STATISTIC_RE.search(view, e, min(c_end, e + 80))
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
    ):
        category = "other"  # the attackers or suspects ("shot by two men", "two men were charged"), or no one
    if category in _HARMS and (num.text == "0" or (num.text.isdigit() and len(num.text) >= 6)):
        category = "other"  # a stray zero, an identifier: no toll of people is written so
    if (
        category in ("killed", "injured")
        and noun in lx.PERPETRATOR_NOUNS
        and not _HARMED_AFTER.match(view, range_end, min(sent.end, range_end + 200))
    ):
        category = "other"  # "charges against three suspects after a clerk was shot": not the suspects' harm
    if category == "other" and not countable:
        return None
    # places named after the number in its clause: "over Kaluga Oblast", "in the Moscow Region"
    in_clause = reader.places_in(c_start, c_end, s)
    location = in_clause[0] if in_clause else None
    shared: list[PlaceMention] = []
    if location is not None and len(in_clause) > 1:
        gap = view[in_clause[0].span[1] : in_clause[1].span[0]]
        if _AND_GAP.fullmatch(gap):
            shared = in_clause[:2]
    each = bool(_EACH_AT.match(view, e, c_end) or _WORD_EACH_AT.match(view, e, c_end))
    roundup = category in _HARMS and _ROUNDUP_RE.search(view, e, min(sent.end, e + _ROUNDUP_REACH)) is not None
    label_noun = noun or ""
    label = f"{label_noun} {category}".strip() if category != "other" else (label_noun or "count")
    return FigureDraft(
        text=text,
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
        roundup=roundup,
    )


# a count of the people who did the harm: its agent ("shot by two men") or the subject of an
# active verb with an object ("two masked men shot the owner"); not "two men were shot"
_AGENT_BEFORE = re.compile(r"\bby\s+$", re.I)
_ACTIVE_AFTER = re.compile(
    r"\s+(?:(?!(?:were|was|are|is|have|had|has|been|who|of|and|or|but|before|after|when|while|as|until|then)\b)"
    r"[\w'’-]+\s+){0,3}?(?:who\s+(?:\w+ly\s+)?)?"
    r"(?:shot\s+and\s+(?:killed|wounded)|shot|killed|wounded|stabbed|attacked|robbed|approached|confronted|opened\s+fire\s+on)"
    r"\s+(?:a|an|the|his|her|him|them|their|one)\b",
    re.I,
)
# the suspects: "two men were charged in the death of …", "the arrests of two men"
_SUSPECTS_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:(?:were|are|is|was|have\s+been|has\s+been|had\s+been)\s+)?(?:charged|accused|indicted|arraigned|sought|wanted"
    r"|suspected|convicted|sentenced)\b",
    re.I,
)
_SUSPECTS_BEFORE = re.compile(
    r"\b(?:arrests?|arrested|charged|indicted|convicted|seeking|searching\s+for|looking\s+for|hunting\s+for)\s+(?:of\s+)?$",
    re.I,
)
# the harm told right after the people counted: "two suspects were shot", "three robbers dead",
# "two of three robbers who stormed into a shop were shot"
_HARMED_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:who\s[^.;]{0,160}?\s)?(?:(?:were|was|are|is|have\s+been|had\s+been)\s+(?:\w+ly\s+|also\s+)?)?"
    r"(?:shot|killed|dead|died|wounded|injured|hurt|hospitali[sz]ed|slain|struck|hit|fatally)\b",
    re.I,
)
# "neither she nor their three children were hurt"
_NOR_BEFORE = re.compile(r"\bnor\s+(?:[\w'’-]+\s+){0,2}$", re.I)
_FATALLY_AFTER = re.compile(
    r"\s*(?:people|persons|men|women|victims)?\s*(?:were|was|have\s+been)?\s*shot\b[^.;]{0,30}?,\s*(?:including\s+)?$",
    re.I,
)


_SHOT_BEFORE = re.compile(r"\bshot\s+(?:at\s+)?$", re.I)
_KILLING_BETWEEN = re.compile(r"[^.;]{0,80}?,\s*(?:killing|fatally\s+wounding)\s+", re.I)


def _split_fatal(view: str, drafts: list[FigureDraft]) -> None:
    """ "Four people were shot, one man fatally": four were shot, one of them died. The four
    are counted as people shot, not as injured; the one as killed."""
    for shot, dead in itertools.pairwise(drafts):
        if (
            shot.category == "injured"
            and dead.category == "killed"
            and shot.sentence == dead.sentence
            and dead.value < shot.value
            and (
                (
                    _FATALLY_AFTER.match(view, shot.span[1], dead.span[0])
                    and _FATALLY_AT.match(view[dead.span[1] : dead.span[1] + 30])
                )
                # "shot two teenagers, killing one of them": the gunfire's toll, then how many of it died
                or (
                    _SHOT_BEFORE.search(view, max(0, shot.phrase_start - 12), shot.phrase_start) is not None
                    and _KILLING_BETWEEN.fullmatch(view, shot.span[1], dead.span[0]) is not None
                )
            )
        ):
            shot.category = "other"
            shot.label = f"{shot.noun or 'people'} shot"


def _same_places(drafts: list[FigureDraft]) -> None:
    """A place read with the words run on after it ("Harlow DUNMORE COUNTY" in a headline
    without its punctuation) is the place another figure names alone ("Harlow"): both
    figures take the shorter name, so that they are not read as counts of two places."""
    spans = {d.location: d.location_span for d in drafts if d.location and d.category in _HARMS}
    if len(spans) < 2:
        return
    names = sorted(spans, key=len)
    for d in drafts:
        if d.location and d.category in _HARMS:
            d.location = next((n for n in names if d.location.startswith(n + " ")), d.location)
            d.location_span = spans[d.location]


def _mark_totals(view: str, drafts: list[FigureDraft]) -> None:
    """Mark the total of each category, and resolve shared counts by which reading sums to it."""
    by_category: dict[str, list[FigureDraft]] = {}
    for d in drafts:
        by_category.setdefault(d.category, []).append(d)
    for category, group in by_category.items():
        if category == "other":
            continue
        parts = [d for d in group if d.location is not None]
        candidates = [
            d for d in group if d.location is None or _TOTAL_RE.search(view[max(0, d.span[0] - 25) : d.span[1] + 15])
        ]
        if _whole_counts(parts):
            _mark_total_by_sums(view, parts, candidates)
            continue
        for total in sorted(candidates, key=lambda d: -d.value):
            others = [d for d in parts if d is not total]
            if not others:
                continue
            shared = [d for d in others if d.shared and not d.each]
            fixed = sum(d.value * (len(d.shared) if d.each and d.shared else 1) for d in others if d not in shared)
            together = fixed + sum(d.value for d in shared)
            each = fixed + sum(d.value * len(d.shared) for d in shared)
            explicit = bool(_TOTAL_RE.search(view[max(0, total.span[0] - 25) : total.span[1] + 15]))
            if total.value in (together, each) or explicit:
                total.is_total = True
                if shared and total.value == each and total.value != together:
                    for d in shared:
                        d.each = True
                break


def _whole_counts(parts: list[FigureDraft]) -> bool:
    """Are all sums over these counts exact in floating point, in any order?"""
    return (
        all(float(d.value).is_integer() for d in parts)
        and sum(abs(d.value) * max(1, len(d.shared)) for d in parts) < 2.0**52
    )


def _mark_total_by_sums(view: str, parts: list[FigureDraft], candidates: list[FigureDraft]) -> None:
    """_mark_totals for whole counts: the sums over the parts are taken once, and each
    candidate's own share taken out of them, instead of summed again for every candidate."""

    def shared_read(d: FigureDraft) -> bool:
        return bool(d.shared) and not d.each

    def fixed_share(d: FigureDraft) -> float:
        return d.value * (len(d.shared) if d.each and d.shared else 1)

    fixed_all = sum(fixed_share(d) for d in parts if not shared_read(d))
    together_all = sum(d.value for d in parts if shared_read(d))
    each_all = sum(d.value * len(d.shared) for d in parts if shared_read(d))
    n_shared = sum(1 for d in parts if shared_read(d))
    for total in sorted(candidates, key=lambda d: -d.value):
        own = total.location is not None  # the candidate is one of the parts
        if len(parts) - own == 0:
            continue
        mine_shared = own and shared_read(total)
        fixed = fixed_all - (fixed_share(total) if own and not mine_shared else 0)
        together = fixed + together_all - (total.value if mine_shared else 0)
        each = fixed + each_all - (total.value * len(total.shared) if mine_shared else 0)
        shared = n_shared - mine_shared > 0
        explicit = bool(_TOTAL_RE.search(view[max(0, total.span[0] - 25) : total.span[1] + 15]))
        if total.value in (together, each) or explicit:
            total.is_total = True
            if shared and total.value == each and total.value != together:
                for d in parts:
                    if d is not total and shared_read(d):
                        d.each = True
            break


# ---------------------------------------------------------------- people named without a number

_PERSON = (
    rf"(?:(?:an?|one)\s+(?:{FILLER}\s+){{0,4}}?(?:{VICTIM_NOUNS})\b"
    r"|(?:an?|one)\s+\d{1,3}-year-old(?=\s*(?:,|was\b|is\b|had\b|has\b|who\b|died\b)))"
)
_NAMED_AGED = r"(?P<named>\d{1,3}-year-old\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})"
_HIS_PERSON = rf"(?:his|her|their)\s+(?:{FILLER}\s+){{0,2}}?(?:{VICTIM_NOUNS})\b"
# the next person of a list; without an article, never a verb of harm or "another" first: "shot
# a man and injured another person" names two people, each the object of their own verb
_NEXT = (
    rf"(?:(?:an?|his|her|their)\s+(?:{FILLER}\s+){{0,2}}?|(?!(?:another|injured|wounded|killed|shot|hurt)\s)(?:{FILLER}\s+){{0,2}}?)"
    rf"(?:{VICTIM_NOUNS})\b"
)
_PERSONS = rf"(?P<np>{_PERSON}(?:\s*(?:,|and|,\s*and)\s+{_NEXT})*)"
_KILLED_PRED = (
    r"(?:was|has\s+been|had\s+been|is)\s+(?:\w+ly\s+)?(?:shot\s+(?:and\s+killed|dead|to\s+death)|killed|slain"
    r"|murdered|fatally\s+(?:shot|wounded|injured|stabbed|struck)|found\s+(?:shot\s+)?dead|pronounced\s+dead"
    r"|stabbed\s+to\s+death|dead|found\s+shot\s+to\s+death|found\s+dead)"
    r"|(?:has\s+|had\s+)?(?:\w+ly\s+)?(?:died|passed\s+away|succumbed)"
    r"|(?:were)\s+(?:shot\s+and\s+killed|killed|fatally\s+shot|found\s+(?:shot\s+)?dead|shot\s+to\s+death)"
    r"|whose\s+(?:[\w-]+\s+)?bod(?:y|ies)\s+(?:was|were|had\s+been)\s+(?:found|discovered|recovered)"
    # a reduced relative, only in forms no active verb takes: "a man shot to death Sunday", "a
    # teenager fatally shot while walking home"
    r"|(?:shot\s+to\s+death|shot\s+dead|fatally\s+(?:shot|wounded)\s+(?=while|during|after|outside|inside|in|on|at|near)|found\s+(?:shot\s+)?dead)"
)
_INJURED_PRED = (
    r"(?:was|were|has\s+been|had\s+been|is)\s+(?:\w+ly\s+)?(?:shot|wounded|injured|hurt|grazed|struck\s+(?:by|in\s+the)"
    r"|hit\s+(?:twice|once|(?:\w+\s+)?times|in\s+the|by\s+(?:a\s+)?(?:bullet|gunfire|stray))|recovering"
    r"|hospitali[sz]ed|(?:taken|transported|rushed)\s+to\s+(?:"
    + victims.HOSPITAL
    + r")|in\s+(?:critical|serious|stable)\s+condition)"
    r"|(?:suffered|sustained)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:gunshot\s+)?(?:wounds?|injur(?:y|ies))"
    # a blow with a gun: "was pistol-whipped", "was struck in the head with a handgun"
    r"|(?:was|were)\s+(?:pistol[- ]?whipped|(?:struck|hit|beaten)\s+(?:\w+\s+){0,4}?with\s+an?\s+(?:gun|handgun|pistol|rifle|shotgun))"
    r"|(?:\w+ly\s+)?shot\s+(?:himself|herself)|being\s+shot"
    # the person brought themselves, or was brought, to a hospital with the wound
    r"|(?:arrived|showed\s+up|walked|drove\s+(?:himself|herself))\s+(?:at|to|into)\s+(?:"
    + victims.HOSPITAL
    + r")|was\s+(?:taken|transported|rushed)\s+by\s+(?:ambulance|helicopter|car|private\s+vehicle)\s+to"
    # "was the victim of a shooting", not of a fatal one
    r"|was\s+the\s+victim\s+of\s+an?\s+(?!(?:fatal|deadly)\b)(?:[\w\"“”'-]+\s+){0,2}?shooting"
)
# the person, an optional apposition (", 23," or ", identified as …,"), then what happened
_SUBJECT_RE = guarded(
    rf"\b(?:{_PERSONS}|(?P<his>{_HIS_PERSON}))(?:\s*,[^,.;]{{1,60}},)?\s+(?:who\s+(?:[^.;]{{0,100}}?\s+)??)?(?:(?P<killed>{_KILLED_PRED})|(?P<injured>{_INJURED_PRED}))\b",
    re.IGNORECASE,
)
_OBJECT_RE = guarded(
    rf"\b(?:(?P<killed>kill(?:ed|ing)|fatally\s+(?:shot|wounded)|shot\s+and\s+killed|shot\s+dead|murdered"
    rf"|(?:lifeless\s+)?bod(?:y|ies)\s+of|(?:fatal|deadly)\s+shooting\s+of)"
    rf"|(?P<injured>wounded|injured|shot(?!\s+(?:and\s+killed|dead))|shot\s+and\s+wounded|pistol[- ]?whipp(?:ed|ing)))"
    rf"\s+{_PERSONS}",
    re.IGNORECASE,
)
_LEFT_DEAD_RE = guarded(
    rf"\b(?:left|leaving|found|find|finds)\s+{_PERSONS}\s+(?:(?P<killed>dead|shot\s+(?:to\s+death|dead))"
    rf"|(?P<injured>(?:\w+ly\s+)?(?:wounded|injured|hurt|shot)|suffering\s+from\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?wounds?))\b",
    re.I,
)
# a death named by its noun, then whose it was, by kin or by name: "the shooting death of his
# son", "the fatal shooting of 19-year-old Dana Reyes", "found the body of Lee Park", "took the
# life of …"
_DEATH_OF_RE = guarded(
    r"\b(?P<killed>(?:fatal|deadly)\s+shooting|(?:shooting\s+)?deaths?|murder|killing|(?:lifeless\s+)?body"
    r"|(?:took|claimed|ended)\s+the\s+(?:life|lives))\s+of\s+"
    rf"(?:{_PERSONS}|(?P<named>{_HIS_PERSON}|(?:\d{{1,3}}-year-old\s+)?(?-i:(?!(?:{NOT_A_PERSON})\b)[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){{1,2}})))",
    re.I,
)
# a sentence set weeks or more before the incident: "two weeks ago", "last month"
_PAST_RE = guarded(
    r"\b(?:(?:weeks|months|years|decades)\s+(?:ago|earlier|before)|last\s+(?:month|year))\b",
    re.I,
)
# "charged with attempted murder of an officer": no one died
_ATTEMPTED_BEFORE = re.compile(r"attempt\w*\s+(?:[\w-]+\s+)?$", re.I)
# "shot a man and wounded another person": one more person, the object of their own verb after
# "and" (not "one man shot another man", where "another" is the only victim)
_OBJECT_ANOTHER_RE = re.compile(
    rf"\band\s+(?:(?P<killed>killed|fatally\s+(?:shot|wounded))|(?P<injured>wounded|injured|hurt|shot(?!\s+(?:and\s+killed|dead))))"
    rf"\s+(?P<np>another)(?=\s+(?:{FILLER}\s+){{0,2}}?(?:{VICTIM_NOUNS})\b|\s*[.,;])",
    re.I,
)
# "a shooting sent a man to the hospital", "left a woman in critical condition"
_SENT_TO_RE = guarded(
    rf"\b(?:sent|put|landed|left|leaving)\s+{_PERSONS}\s+(?P<injured>(?:to|in)\s+(?:the|a|an)\s+(?:\w+\s+)?hospital"
    r"|in\s+(?:critical|serious|stable|grave|fair)\s+condition)\b",
    re.I,
)
# the second person of "left a man dead and a teenager wounded" (the first is _LEFT_DEAD_RE's)
_LEFT_AND_RE = guarded(
    rf"\b(?:left|leaving)\s+(?:an?|one)\s+(?:{FILLER}\s+){{0,4}}?(?:{VICTIM_NOUNS})\s+dead\s+and\s+"
    rf"(?P<np>(?:an?|one)\s+(?:{FILLER}\s+){{0,4}}?(?:{VICTIM_NOUNS})\b|another)"
    r"\s+(?P<injured>(?:\w+ly\s+)?(?:wounded|injured|hurt|hospitali[sz]ed))\b",
    re.I,
)
# "A Reading man is dead and another was wounded"
# "a dispute that left 60-year-old Jessie Jackson III dead and sent 36-year-old Alicia Miles to the hospital"
_NAMED_RE = guarded(
    rf"\b(?:left\s+{_NAMED_AGED}\s+(?P<killed>dead)|(?:left|sent)\s+{_NAMED_AGED.replace('named', 'named2')}"
    rf"\s+(?P<injured>(?:to\s+(?:the|a|an)\s+(?:\w+\s+)?hospital|wounded|injured)))",
)
# "The gunfire hit a man and a woman"
_GUNFIRE_RE = guarded(
    rf"\b(?:gunfire|bullets?|shots?|rounds?|a\s+stray\s+bullet)\s+(?:\w+ly\s+)?(?P<injured>hit|struck|wounded|grazed)\s+{_PERSONS}",
    re.I,
)
# "the officer shot Florence in the hip", "James Conrad, 28, was shot in the stomach": a name
# is a person when a bullet finds a part of the body
_BODY_PART = (
    r"(?:\w+\s+)?(?:legs?|arms?|hips?|chest|head|back|neck|foot|feet|hands?|shoulders?|stomach|abdomen|torso"
    r"|buttocks|face|thighs?|knees?|groin|side|wrists?|ankles?|jaw|eyes?)\b"
)
_NAMED_SHOT_RE = guarded(
    r"\b(?P<injured>shot)\s+(?P<named>(?:[A-Z][a-z][\w'’-]*\s+){0,2}[A-Z][a-z][\w'’-]*)\s+(?:once\s+|twice\s+)?in\s+the\s+"
    + _BODY_PART
    + r"|\b(?P<named2>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2})(?:,[^,.;]{1,60},)?\s+(?:was|had\s+been)\s+"
    r"(?P<injured2>shot)\s+(?:once\s+|twice\s+)?in\s+the\s+" + _BODY_PART
)
# "fatally shot his brother and then himself": the person killed and the killer, two dead
_AND_SELF_RE = guarded(
    r"\b(?P<killed>fatally\s+shot|shot\s+and\s+killed|killed|murdered|shot\s+(?:\w+\s+)?(?:to\s+death|dead))\s+"
    rf"(?P<np>(?:{_HIS_PERSON}|{_PERSON})\s+and\s+(?:then\s+)?(?:himself|herself))\b",
    re.I,
)
_ANOTHER_RE = guarded(
    r"(?:\band|[,;])\s+(?P<np>another)\s+(?:(?P<killed>was\s+killed|died)|(?P<injured>(?:was\s+)?(?:\w+ly\s+)?(?:wounded|injured|hurt|shot"
    r"|hospitali[sz]ed|(?:taken|transported|rushed|airlifted)\s+to)))\b",
    re.I,
)
# "Another man was also shot", "a second victim was taken to a hospital": one more person, the
# words "another" or "a second victim" naming them
_SECOND_RE = re.compile(
    rf"\b(?P<np>another(?=\s+(?:{FILLER}\s+){{0,2}}?(?:{VICTIM_NOUNS})\b)|(?<=\band\s)another|a\s+second\s+(?:{VICTIM_NOUNS}))\b[\w\s'’-]{{0,30}}?"
    r"\s+(?:(?:was|has\s+been|had\s+been)\s+)?(?:also\s+|later\s+)?(?:(?P<killed>killed|died|fatally\s+(?:shot|wounded))"
    r"|(?P<injured>(?:\w+ly\s+)?(?:wounded|injured|hurt|shot(?!\s+(?:and\s+killed|dead|to\s+death))|grazed|struck\s+by"
    r"|hospitali[sz]ed|(?:taken|transported|rushed)\s+to\s+(?:" + victims.HOSPITAL + r")"
    r"|found\s+(?:[^.;]{0,60}?\s)?(?:who\s+had\s+been\s+)?(?:shot|wounded|injured|suffering))))\b",
    re.I,
)
# the same person's death later in the sentence: "a man was shot in the chest and pronounced dead"
_DIED_LATER = re.compile(
    r"[^.;]{0,100}?\b(?:(?:(?:was|were)\s+)?(?:later\s+|\w+ly\s+)?(?:pronounced|declared)\s+(?:dead|deceased)|(?:later\s+)?died"
    r"|passed\s+away|succumbed)\b",
    re.I,
)
_WHO_DIED = re.compile(r"\bwho\s+(?:\w+ly\s+|later\s+)?(?:died|passed\s+away|succumbed)\b", re.I)


# each pattern with the words (lower-cased) one of which it cannot match without: a sentence
# without them is not searched
_VICTIM_PATTERNS: tuple[tuple[re.Pattern[str], tuple[str, ...], bool], ...] = (
    (_AND_SELF_RE, ("himself", "herself"), False),  # before the patterns that would take its first person
    (_SUBJECT_RE, (), True),
    (_OBJECT_RE, (), True),
    (_LEFT_DEAD_RE, ("left", "leaving", "found", "find"), True),
    (_LEFT_AND_RE, ("left", "leaving"), True),
    (_SENT_TO_RE, ("sent", "put", "landed", "left", "leaving"), True),
    (_ANOTHER_RE, ("another",), False),
    (_OBJECT_ANOTHER_RE, ("another",), False),
    (_DEATH_OF_RE, (" of ",), False),
    (_SECOND_RE, ("another", "a second"), False),
    (_GUNFIRE_RE, ("gunfire", "bullet", "shot", "round"), True),
    (_NAMED_RE, ("left", "sent"), False),
    (_NAMED_SHOT_RE, ("shot",), False),
)
# the third field: the pattern names a person with _PERSONS or _HIS_PERSON, after a space: a
# victim noun ("a man", "his son") or an age ("a 19-year-old"), each a whole run of word
# characters. The runs one of which such a sentence holds (lower-cased), None if not told


# the words one of which every pattern above needs, as they stand in lower-cased text; "hit"
# only as a whole word, "passed" only before "away"
_HARM_LITERALS = (
    "shot", "kill", "dead", "died", "wound", "injur", "hurt", "hospital", "recover", "struck", "grazed", "body",
    "bodies", "murder", "slain", "stabbed", "condition", "suffer", "gunfire", "bullet", "fatal", "deadly", "succumb",
    "sustained", "whipp", "death", "life of", "lives of",
)  # fmt: skip
_HARM_CHECKED = {"hit": re.compile(r"\bhit\b"), "passed": re.compile(r"passed\s+away")}


def _harmed(lowered: str, starts: list[int], lo: int) -> set[int]:
    """The sentences (indices into ``starts``, their starts; ``lowered`` begins at ``lo``) that
    hold a harm word: each word found by str.find, and skipped to the next sentence once found
    in one (a report of drones "shot down" repeats it)."""
    found: set[int] = set()
    n = len(starts)

    def scan(word: str, check: re.Pattern[str] | None) -> None:
        i = lowered.find(word)
        while i >= 0:
            k = bisect.bisect_right(starts, lo + i) - 1
            if check is None or check.match(lowered, i):  # \b sees the character before i
                found.add(k)
                i = starts[k + 1] - lo if k + 1 < n else len(lowered)
            else:
                i += 1
            i = lowered.find(word, i)

    for word in _HARM_LITERALS:
        scan(word, None)
    for word, check in _HARM_CHECKED.items():
        scan(word, check)
    return found


def _implicit_victims(
    view: str, lowered_view: str, sentences: list[Sentence], drafts: list[FigureDraft], skip: list[Span]
) -> list[FigureDraft]:
    """People killed or injured with no number written: "A man was shot and killed", "a
    shooting that wounded a teenager". Each becomes a count of 1 (2 for "a man and a woman")
    whose span is the words that name them; a sentence that already counts its category in
    digits or words adds none."""
    out: list[FigureDraft] = []
    if not sentences:
        return out
    # most sentences tell of no one hurt: the harm words, looked up once each, find those that might
    lo, hi = sentences[0].start, sentences[-1].end
    lowered = lowered_view[lo:hi]  # the view lower-cased as a whole (once per article)
    harmed = _harmed(lowered, [sent.start for sent in sentences], lo)
    # lower-casing keeps every letter re.IGNORECASE matches with an ASCII one but these
    folds_checked = not any(c in view for c in victims.FOLDS_TO_ASCII)
    counted_in: dict[int, set[str]] = {}
    for d in drafts:
        counted_in.setdefault(d.sentence, set()).add(d.category)
    for k, sent in enumerate(sentences):
        if k not in harmed:
            continue
        counted = counted_in.get(sent.index, set())
        first_here = len(out)  # sentences lie apart: only this sentence's people can overlap
        here = lowered[sent.start - lo : sent.end - lo]
        person: bool | None = None
        for pattern, needs, needs_person in _VICTIM_PATTERNS:
            if needs and not any(w in here for w in needs):
                continue
            if needs_person and victims.PERSON_RUNS is not None and folds_checked:
                if person is None:
                    person = not victims.PERSON_RUNS.isdisjoint(victims.RUN_RE.findall(here))
                if not person:
                    continue
            for m in pattern.finditer(view, sent.start, sent.end):
                category = "killed" if "killed" in m.groupdict() and m.group("killed") else "injured"
                if (
                    category == "injured"
                    and pattern in _DIES_LATER_PATTERNS
                    and (_WHO_DIED.search(m.group()) or _DIED_LATER.match(view, m.end(), sent.end))
                ):
                    category = "killed"  # "a man who was shot … died", "was shot and pronounced dead"
                group = next(g for g in ("his", "named", "named2", "np") if m.groupdict().get(g))
                s, e = m.span(group)
                phrase = view[s:e]
                value = implicit_count(phrase)
                if value is None or category in counted or any(a <= s < b for a, b in skip):
                    continue
                if _PAST_RE.search(view, sent.start, sent.end):
                    continue  # an earlier case recalled: "two weeks ago a man was shot and killed there"
                if pattern is _DEATH_OF_RE and (
                    _ATTEMPTED_BEFORE.search(view, max(0, m.start() - 30), m.start())
                    or any(d.category in _HARMS and d.span[0] < m.start() for d in itertools.chain(drafts, out))
                ):
                    # a death named by its noun is the story's own only as its first toll: after
                    # another, it is most often an earlier case recalled ("since the murder of …")
                    continue
                same = [d for d in out[first_here:] if d.span[0] < e and s < d.span[1]]
                if same:
                    if category == "killed" and all(d.category == "injured" for d in same):
                        # "the body of a man who had been shot": the words name one person, dead
                        for d in same:
                            d.category, d.label = "killed", "people killed"
                    continue
                out.append(_people(view, (s, e), category, sent.index, value))
    # "a man was found shot to death … they found a man suffering from a gunshot wound": one
    # person, first dead, then described wounded; who died is not also counted as injured
    killed_heads = {d.text.split()[-1].lower() for d in out if d.category == "killed" and d.value == 1}
    return [
        d
        for d in out
        if not (
            d.category == "injured"
            and d.value == 1
            and d.text.split()[-1].lower() in killed_heads
            and not _ONE_MORE.match(d.text)
            and not _also_harmed(view, d.span)
        )
    ]


# the patterns after whose person the sentence may go on to their death ("shot a man, who died at
# the scene"); not those naming one more person ("and another was wounded")
_DIES_LATER_PATTERNS = (_SUBJECT_RE, _OBJECT_RE, _LEFT_DEAD_RE, _GUNFIRE_RE, _NAMED_SHOT_RE)
_ONE_MORE = re.compile(r"(?:another|a\s+second|one\s+other)\b", re.I)


# a story tells its own victims' fate early; later sentences recall other cases
_REFERRED_WITHIN = 12


def _referred_victims(
    view: str, sentences: list[Sentence], drafts: list[FigureDraft], skip: list[Span]
) -> list[FigureDraft]:
    """One person killed or injured, referred to again ("he was pronounced dead", "the victim
    is in stable condition"), for a category nothing else counts. Whoever is injured and then
    dies is counted once, as killed: "a man was shot …; he died at the hospital"."""
    have = {d.category for d in drafts if not d.roundup}  # a roundup's tally leaves room for the story's own toll
    found: dict[str, victims.Mention] = {}
    lead = sentences[:_REFERRED_WITHIN]
    by_index = {sent.index: sent for sent in lead}
    mentions = victims.mentions(view, lead)
    _died_later(view, drafts, mentions)
    for m in mentions:
        if m.category in have or m.category in found or any(a <= m.span[0] < b for a, b in skip):
            continue
        sent = by_index.get(m.sentence)
        if sent is not None and _PAST_RE.search(view, sent.start, sent.end):
            continue  # an earlier case recalled
        found[m.category] = m
    # the title (a skipped span before the body) tells the toll when the body tells none
    top = sentences[0].start if sentences else 0
    for a, b in skip:
        if b <= top:
            for m in victims.headline(view, a, b):
                if m.category not in have and m.category not in found:
                    found[m.category] = victims.Mention(m.category, m.span, sentences[0].index)
    out: list[FigureDraft] = []
    killed = "killed" in have or "killed" in found
    dead = [d for d in drafts if d.category == "killed"]
    dead_sexes = {_sex(d.text) for d in dead} | (
        {_sex(view[slice(*found["killed"].span)])} if "killed" in found else set()
    )
    for category, m in found.items():
        if category == "injured" and killed and not _other_sex(view[m.span[0] : m.span[1]], dead_sexes):
            continue  # most likely the one who died, on the way to the hospital
        out.append(_people(view, m.span, category, m.sentence, implicit_count(view[m.span[0] : m.span[1]]) or 1))
    injured = [d for d in drafts if d.category == "injured"]
    one_dead = "killed" in found or (bool(dead) and all(_one(d) for d in dead))
    # "a man was shot …; he died": the injured one is the one who died, unless the text
    # introduces a second person ("a woman", "another") beside a single death, or tells them
    # apart ("also injured a man", a woman wounded where a man died)
    same = "killed" in found or all(_ALREADY_KNOWN.match(d.text) for d in injured)
    same = same and not any(_other_sex(d.text, dead_sexes) or _also_harmed(view, d.span) for d in injured)
    if one_dead and injured and all(_one(d) for d in injured) and same:
        for d in injured:
            d.category, d.label = "other", f"{d.noun or 'people'} shot"
    return out


def _died_later(view: str, drafts: list[FigureDraft], mentions: list[victims.Mention]) -> None:
    """ "a man shot a woman …; the woman was pronounced dead": one person, named first wounded
    ("a woman") and later dead by the same noun ("the woman"), is not injured but among the
    dead (counted as people shot)."""
    dead: dict[str, int] = {}
    for m in mentions:
        words = view[m.span[0] : m.span[1]].lower().split()
        if m.category == "killed" and len(words) >= 2 and words[0] == "the":
            dead.setdefault(words[-1], m.span[0])
    if not dead:
        return
    for d in drafts:
        words = d.text.lower().split()
        if (
            d.category == "injured"
            and d.value == 1
            and len(words) >= 2
            and words[0] in ("a", "an")
            and dead.get(words[-1], -1) > d.span[0]
        ):
            d.category, d.label = "other", f"{d.noun or 'people'} shot"


def _sex(phrase: str) -> str | None:
    """ "female" or "male" by the last word of a phrase naming one person, or by the given name
    that opens a name ("Mary Green", "51-year-old Mary Green"); None if it tells neither."""
    words = phrase.split()
    if "and" in words:
        return None  # two people: "his brother and then himself"
    last = words[-1].lower() if words else ""
    if last in FEMALE_WORDS:
        return "female"
    if last in MALE_WORDS:
        return "male"
    names = [w for w in words if not w[:1].isdigit()]
    return gender_of_given_name(names[0]) if names and names[0][:1].isupper() and len(names) >= 2 else None


def _other_sex(phrase: str, dead: set[str | None]) -> bool:
    """Does the person named by ``phrase`` differ in sex from everyone counted dead (each of
    whose sex is told)? "A man was found dead …; the woman is in stable condition": two people."""
    sex = _sex(phrase)
    return sex is not None and bool(dead) and None not in dead and sex not in dead


# "the shooting also injured a man", "a woman was also shot": one more person than those told before
_ALSO_BEFORE = re.compile(r"\balso\s+(?:\w+\s+){0,2}$", re.I)
_ALSO_AFTER = re.compile(r"\s+(?:was|were)\s+also\b", re.I)


def _also_harmed(view: str, span: Span) -> bool:
    return bool(_ALSO_BEFORE.search(view, max(0, span[0] - 30), span[0]) or _ALSO_AFTER.match(view, span[1]))


def _one(d: FigureDraft) -> bool:
    return d.value == 1 and implicit_count(d.text) == 1


# a person the text has introduced: a name, a pronoun or a definite noun phrase, not "a man"
_ALREADY_KNOWN = re.compile(r"(?!(?:an?|one|another|his|her|their)\b)(?:the\b|he\b|she\b|[A-Z])", re.I)


def _people(view: str, span: Span, category: str, sentence: int, value: int = 1) -> FigureDraft:
    """A count of people named without a number ("a man and a woman", "the victim"), as written at ``span``."""
    return FigureDraft(
        text=view[span[0] : span[1]],
        span=span,
        value=value,
        value_max=None,
        qualifier="exact",
        category=category,
        noun="people",
        label=f"people {category}",
        location=None,
        location_span=None,
        sentence=sentence,
        phrase_start=span[0],
        range_end=span[1],
    )

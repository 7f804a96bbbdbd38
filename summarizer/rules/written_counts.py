"""Reading one number in its sentence as a figure: whether it counts anything (not a date, an
age, a house or a telephone number), its qualifier or range, the category and noun it counts,
and the place named after it. figures.py gathers these drafts and decides the totals.
"""

from __future__ import annotations

import re

from summarizer.rules.demoted_counts import BETWEEN_BEFORE, demoted_category
from summarizer.rules.figure_context import Reader, carried_noun, is_countable, noun_after, own_verb, people_counted
from summarizer.rules.figure_drafts import HARMS, FigureDraft
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
from summarizer.rules.running_tallies import in_roundup, toll_before
from summarizer.rules.war_tolls import of_a_war
from summarizer.text import incident_words as iw
from summarizer.text.base import PlaceMention
from summarizer.text.numbers import NumberMatch, find_numbers, qualifier_before
from summarizer.text.regex import compiled, guarded
from summarizer.text.segments import Sentence

_RANGE_RE = compiled(r"^\s*(?:to|-|–|—|and|or)\s*(?=\S)", re.I)


_EACH_AT = compiled(r"\s*(?:each|apiece|per\s+region|respectively)\b", re.I)
_WORD_EACH_AT = compiled(r"\s*(?:\w+\s+)?each\b")


_AND_OR_AT = compiled(r"^\s*(?:and|or)", re.I)
_WORD_BEFORE = compiled(r"([A-Za-z]+)\s*[—–:-]?\s*$")
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
    toll = toll_before(view, sent.start, q_start)
    noun = _counted_noun(reader, sent, s, range_end, c_start, c_end, toll, previous)
    countable = noun is not None and is_countable(noun)
    category = _clause_category(reader, sent, num, noun, countable, range_end, c_start, c_end, toll, previous)
    among = _AMONG_BEFORE.search(view, max(sent.start, q_start - 12), q_start) is not None
    category = demoted_category(
        view, sent, num, before, q_start, range_end, c_start, c_end, value_max, noun, countable, among, category
    )
    if category == "other" and not countable:
        return None
    location, shared = _clause_places(reader, c_start, c_end, s)
    each = bool(_EACH_AT.match(view, e, c_end) or _WORD_EACH_AT.match(view, e, c_end))
    roundup = category in HARMS and in_roundup(view, sent, e, q_start)
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
                if _AND_OR_AT.match(after) and not BETWEEN_BEFORE.search(before):
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


_AMONG_BEFORE = guarded(r"\bamong\s+(?:the\s+)?$", re.I)


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

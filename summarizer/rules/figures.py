"""How many: counts written as digits or words, what they count (killed, intercepted, …), their
qualifier (at least, up to, about, a range), the place each belongs to, and which is the total.
A count shared by two places ("six over Belgorod and Smolensk") is read as each or together,
whichever agrees with the stated total. Numbers are read by written_counts, people named without
one by implicit_victims; here they are gathered, a roundup's other incidents and links to other
stories set aside, and the totals marked.
"""

from __future__ import annotations

import bisect
import itertools
import re

from summarizer.rules import victims
from summarizer.rules.aged_groups import aged_groups
from summarizer.rules.attackers_harmed import attackers_harmed
from summarizer.rules.bounded_counts import exact_after_bound
from summarizer.rules.burned_people import burned_people
from summarizer.rules.death_when_shot import death_when_shot
from summarizer.rules.earlier_tolls import ordinal_tolls, superseded_tolls
from summarizer.rules.figure_context import Reader
from summarizer.rules.figure_drafts import HARMS, FigureDraft
from summarizer.rules.harm_objects import objects_of_two_harms
from summarizer.rules.harmed_parts import is_part_of, part_of_a_group_harmed, part_of_the_shot_died
from summarizer.rules.implicit_victims import implicit_victims, killers_own_death
from summarizer.rules.later_incidents import later_incidents
from summarizer.rules.listed_dead import dead_among_the_listed
from summarizer.rules.missing_people import missing_people
from summarizer.rules.murder_suicide import murder_suicide
from summarizer.rules.named_dead import named_dead
from summarizer.rules.one_and_the_other import one_and_the_other
from summarizer.rules.other_times import FOLLOW_UP, SEVERAL_TOLD, without_other_times
from summarizer.rules.other_tolls import others_besides, roles_besides
from summarizer.rules.parts_of_whom import parts_of_whom
from summarizer.rules.people_beside import with_the_people_beside
from summarizer.rules.referred_victims import REFERRED_WITHIN, referred_victims
from summarizer.rules.retold_tolls import places_of_retold_tolls
from summarizer.rules.shot_and_dead import all_of_them_dead, shot_then_died, split_fatal
from summarizer.rules.split_tolls import split_into_parts
from summarizer.rules.struck_people import struck_by_gunfire
from summarizer.rules.written_counts import draft_figure
from summarizer.text.added_counts import ALSO, HURT_ENDS
from summarizer.text.base import PlaceMention, Span, lower_pattern, lower_same_length
from summarizer.text.implicit_counts import implicit_count
from summarizer.text.numbers import find_numbers
from summarizer.text.regex import WordStartPattern, compiled, guarded
from summarizer.text.segments import Sentence
from summarizer.text.timeplace import CAME_AFTER, EARLIER_CASE_AT, PREDICATE_BEFORE, PREDICATE_REACH, DateMention

__all__ = ["FigureDraft", "find_figures"]

_TOTAL_RE = guarded(r"\b(?:a\s+total\s+of|in\s+total|in\s+all|altogether|overall|combined|total(?:ling|ing)?)\b", re.I)


def find_figures(
    view: str,
    sentences: list[Sentence],
    places: list[PlaceMention],
    *,
    skip: list[Span],
    dates: list[DateMention] | None = None,
    incident_date: DateMention | None = None,
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
            draft = draft_figure(reader, sent, num, drafts[-1] if drafts else None)
            if draft is not None:
                drafts.append(draft)
    with_the_people_beside(view, drafts)
    struck_by_gunfire(view, lowered, sentences, drafts)
    burned_people(view, lowered, drafts)
    drafts += implicit_victims(view, lowered, sentences, drafts, skip)
    drafts = without_other_times(view, sentences, drafts, dates or [], incident_date)
    drafts = _both_pairs(view, drafts)
    drafts += murder_suicide(view, lowered, sentences, drafts, skip)
    drafts += missing_people(view, lowered, sentences, drafts, skip)
    drafts += aged_groups(view, sentences, drafts, skip)
    _lead_over_several(lowered, sentences, drafts)
    _roundup_tallies(drafts)
    drafts = [d for d in drafts if d.category not in HARMS or not _in_a_link(view, sentences, d)]
    drafts = _without_earlier_cases(lowered, sentences, drafts)
    cut = _separate_incidents_from(view, sentences, drafts)
    if cut < len(view):
        # a roundup: the toll is the lead incident's, not the later, separate ones'
        drafts = [d for d in drafts if d.span[0] < cut or d.category not in HARMS]
    drafts += referred_victims(view, [s for s in sentences if s.start < cut], drafts, skip)
    drafts += killers_own_death(view, lowered, [s for s in sentences if s.start < cut], drafts, skip)
    drafts += attackers_harmed(view, lowered, [s for s in sentences if s.start < cut], drafts, skip)
    _roundup_tallies(drafts)
    drafts += _title_counts(view, lowered, sentences, drafts, places, skip)
    drafts.sort(key=lambda d: d.span)
    # "shot his wife and then himself" after the deaths were told: how they died, no people hurt besides
    drafts = [d for d in drafts if not _self_shot_after_deaths(d, drafts)]
    # "two robbers were shot and killed … police found two robbers shot": the same people, dead
    written = [d for d in drafts if d.noun and implicit_count(d.text) is None]  # counts in digits or words
    # (not a group a part of the dead is told of: "three men were shot. One of the three men died")
    killed = {(d.noun, d.value) for d in written if d.category == "killed" and not is_part_of(view, d)}
    is_written = {id(d) for d in written}
    # (not a count of the hurt coordinated right after the dead: "two people were killed and two wounded")
    is_written -= {id(h) for d, h in itertools.pairwise(drafts) if _other_of_a_toll(view, d, h)}
    drafts = [
        d for d in drafts if not (d.category == "injured" and id(d) in is_written and (d.noun, d.value) in killed)
    ]
    objects_of_two_harms(view, drafts)
    split_fatal(view, drafts)
    shot_then_died(view, drafts)
    if named := named_dead(view, [s for s in sentences if s.start < cut], drafts):
        drafts = sorted(drafts + named, key=lambda d: d.span)
    death_when_shot(lowered, sentences, drafts)
    all_of_them_dead(view, drafts)
    drafts = one_and_the_other(view, drafts)
    split_into_parts(view, drafts)
    if parts := part_of_the_shot_died(view, drafts):
        drafts = sorted(drafts + parts, key=lambda d: d.span)
    if parts := part_of_a_group_harmed(view, drafts):
        drafts = sorted(drafts + parts, key=lambda d: d.span)
    if parts := parts_of_whom(view, drafts):
        drafts = sorted(drafts + parts, key=lambda d: d.span)
    dead_among_the_listed(view, drafts)
    superseded_tolls(view, sentences, drafts)
    others_besides(view, drafts)
    roles_besides(drafts)
    ordinal_tolls(drafts)
    _same_places(drafts)
    _places_of_nearer_counts(view, drafts)
    places_of_retold_tolls(lowered, drafts)
    exact_after_bound(view, drafts)
    _mark_totals(view, drafts)
    for d in drafts:
        if d.shared and not d.each:
            # read together: the count belongs to the pair, named as the text names it
            start, end = d.shared[0].span[0], d.shared[-1].span[1]
            d.location, d.location_span = view[start:end], (start, end)
    return drafts


_BOTH = compiled(r"both\b", re.I)
_BOTH_BEFORE = compiled(r"\bboth\s+$", re.I)  # "Both [the clerk and his son] are in stable condition"
_DEFINITE_AT = compiled(r"the\b", re.I)  # someone named again: "both [the clerk and …]"


def _both_pairs(view: str, drafts: list[FigureDraft]) -> list[FigureDraft]:
    """The tolls with each "both men", "both" after people told before it read as those people:
    after two or more, the same two named again ("Two men were found shot. Both men were taken to a
    hospital"), dropped; after one person of its fate, that person and one more ("A man was found
    shot. … Both are in stable condition"), the one dropped for the pair, unless told as one besides
    another ("also"), "both" maybe before the pair's own words ("Both the clerk and his son are in
    stable condition"). (After two people told one at a time, "Both were taken to a hospital" is
    the two again: one of them may be hurt by no gunshot, whom a shooting's toll leaves out.)"""
    drop: set[int] = set()
    for d in drafts:
        if d.category not in HARMS:
            continue
        named = _BOTH.match(d.text) is None
        if named and (d.value != 2 or not _BOTH_BEFORE.search(view, max(0, d.span[0] - 8), d.span[0])):
            continue
        before = [o for o in drafts if o.category in HARMS and o.span[0] < d.span[0] and id(o) not in drop]
        lone = before[0] if len(before) == 1 else None
        # (the one told first, not "also" hurt: "… also injured a man" names someone besides, the
        # other of the two)
        if lone is not None and lone.value == 1 and lone.category == d.category and not lone.label.startswith(ALSO):
            # (a pair named by its own words holds the one only when it names someone again, "the
            # guard and …"; "both a clerk and a customer" are two more)
            if not named or _DEFINITE_AT.match(d.text):
                drop.add(id(lone))
        elif before and not named:
            drop.add(id(d))
    return [d for d in drafts if id(d) not in drop]


# the verb of the dead's toll, then "and" and the count of the hurt, its noun elided (gapped after
# the dead's): "(two people) were killed and (two) wounded", "(three men) died, and (three) were hurt"
_TOLL_AND_BETWEEN = compiled(r"\s+(?:[\w'’-]+\s+){0,3}?(?:killed|died|dead)\s*,?\s+(?:and|while|but)\s+", re.I)
_GAPPED_HURT_AT = compiled(r"\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:wounded|injured|hurt|shot)\b", re.I)


def _other_of_a_toll(view: str, dead: FigureDraft, hurt: FigureDraft) -> bool:
    """Is ``hurt`` a count of the hurt coordinated with the dead's toll right before it, its noun
    elided: other people than the dead, not the same ones named again?"""
    start = hurt.words_start
    end = max(dead.range_end, dead.span[1])
    return (
        dead.category == "killed"
        and hurt.category == "injured"
        and dead.sentence == hurt.sentence
        and end <= start
        and _TOLL_AND_BETWEEN.fullmatch(view, end, start) is not None
        and _GAPPED_HURT_AT.match(view, max(hurt.range_end, hurt.span[1])) is not None
    )


_AND_SELF_END = compiled(r"\band\s+(?:then\s+)?(?:himself|herself)$", re.I)


def _self_shot_after_deaths(d: FigureDraft, drafts: list[FigureDraft]) -> bool:
    """Is ``d`` the people a killer shot, themself among them, told after a death (how they died)?"""
    return (
        d.category == "injured"
        and _AND_SELF_END.search(d.text) is not None
        and any(k.category == "killed" and k.span[0] < d.span[0] for k in drafts)
    )


# one shooter's one scene told with the toll, in a sentence that tells of no several shootings: "two
# people were hurt when a gunman opened fire at a store", "… when someone fired from a passing car";
# on lower-cased text
_ONE_SHOOTER_AT = lower_pattern(
    r"\b(?:when|after|as)\s+(?:(?:a|an|the)\s+(?:lone\s+)?(?:gunman|shooter|attacker|assailant|man|woman)|someone|somebody)"
    r"\s+(?:opened\s+fire|fired|began\s+shooting)\s+(?:at|in|on|inside|outside|near|from|into)\b"
)
_SEVERAL_NAMED = lower_pattern(r"\b(?:shootings|incidents|separate)\b")


def _lead_over_several(lowered: str, sentences: list[Sentence], drafts: list[FigureDraft]) -> None:
    """ "Two men were hospitalized after they were shot … A man was shot … A few hours earlier, a
    man was shot … no arrests in either shooting": the lead's toll of several people (its first
    two sentences'), told before the text names its shootings as several, is a roundup's."""
    harms = [d for d in drafts if d.category in HARMS]
    if not harms or not sentences:
        return
    first = min(d.sentence for d in harms)
    if first > sentences[0].index + 1:
        return  # no toll in the lead: the first counted is one of the shootings told
    lead = next((s for s in sentences if s.index == first), None)
    told = lowered[lead.start : lead.end] if lead is not None else ""
    if _ONE_SHOOTER_AT.search(told) and not _SEVERAL_NAMED.search(told):
        return  # "two people were hurt when a gunman opened fire at a store": the toll is that scene's
    for d in harms:
        if d.sentence == first and d.value > 1 and SEVERAL_TOLD.search(lowered, d.span[1]):
            d.roundup = True


# a sentence that turns to another incident: "In a separate shooting, …", "Separate incidents
# left …", "in an unrelated case", "a second shooting" (not "a second shooting victim", one more
# of the same), "Elsewhere, …", or a new item of a bulleted list
# (the words found by skipping to word starts, the bullets by str.find: one pattern for both was
# tried at every position of the text)
_SEPARATE_AT = WordStartPattern(
    r"(?:separate|unrelated|other|another|[Aa]\s+(?:second|third|fourth))\s+(?:shootings?|incidents?|cases?|attacks?)\b"
    r"(?!\s+(?:victims?|suspects?|scenes?|calls?))"
    r"|(?:Elsewhere|Meanwhile|In\s+other\s+news)\b"
)
_BULLET = "•"


def _turns(view: str, start: int, end: int) -> list[tuple[int, bool]]:
    """Where a turn to another incident may start between ``start`` and ``end``, in order, and
    whether it is a bullet: the matches of the words or the bullet as one pattern would find
    (no match of the words holds a bullet)."""
    turns = [(m.start(), False) for m in _SEPARATE_AT.finditer(view, start, end)]
    i = view.find(_BULLET, start, end)
    if i < 0:
        return turns
    while i >= 0:
        turns.append((i, True))
        i = view.find(_BULLET, i + 1, end)
    return sorted(turns)


# the label of a link to another story, in capitals or capitalised: "RELATED: Teen shot near park
# dies", "READ MORE: …", "More: …", "Related coverage: …", "Now Playing: …"
_LINK_LABEL = compiled(
    r"\b(?:RELATED(?:\s+(?:STORIES|COVERAGE))?|READ\s+MORE|MORE|SEE\s+ALSO|ALSO\s+READ|TRENDING(?:\s+STORIES)?|NOW\s+PLAYING"
    r"|UP\s+NEXT|Related(?:\s+(?:[Ss]tories|[Cc]overage))?|Read\s+[Mm]ore|More|See\s+[Aa]lso|Also\s+[Rr]ead"
    r"|Trending(?:\s+[Ss]tories)?|Now\s+Playing|Up\s+Next)\s*:"
)


def _in_a_link(view: str, sentences: list[Sentence], d: FigureDraft) -> bool:
    """Does the figure stand after a link's label in its sentence (another story's headline), or
    before one with no stop between ("Two hurt in crash on Route 8 Now Playing: …", a player's
    list of headlines run together: prose ends its sentence before a label)?"""
    k = bisect.bisect_right(sentences, d.span[0], key=lambda s: s.start) - 1
    if k < 0 or ":" not in view[sentences[k].start : sentences[k].end]:
        return False
    return _LINK_LABEL.search(view, sentences[k].start, sentences[k].end) is not None


def _without_earlier_cases(lowered: str, sentences: list[Sentence], drafts: list[FigureDraft]) -> list[FigureDraft]:
    """The tolls without those of a sentence that recalls an earlier case ("Last year, three
    people were killed on the same street"), or of the earlier case the incident is set after
    ("The attack came just days after …"; both patterns in text.timeplace, which dates by them),
    told after the story's own first toll. A story that opens so ("Three weeks ago, two men were
    shot … On Monday, one of them died") is about that case, and its tolls stay."""
    harms = [d for d in drafts if d.category in HARMS]
    if len(harms) < 2:
        return drafts
    first = min(d.sentence for d in harms)
    lead_end = next((s.end for s in sentences if s.index == first), 0)
    if sentences and FOLLOW_UP.search(lowered, sentences[0].start, lead_end):
        return drafts  # a follow-up's recalled case is its own ("… has died. Two weeks ago, …")
    earlier = {
        id(d)
        for d in harms
        if d.sentence > first
        and (k := bisect.bisect_right(sentences, d.span[0], key=lambda s: s.start) - 1) >= 0
        and (
            EARLIER_CASE_AT.match(lowered, sentences[k].start, d.span[0])
            or (
                (m := CAME_AFTER.search(lowered, sentences[k].start, d.span[0])) is not None
                and _CLAUSE_BREAK.search(lowered, m.end(), d.span[0]) is None
            )
        )
    }
    return [d for d in drafts if id(d) not in earlier] if earlier else drafts


# a clause's end after "came hours after an argument": what follows is the incident's own again
# (", and two other guests were wounded"); not the comma closing an age in apposition ("a
# bartender, 30, and his cousin were killed"); on lower-cased text
_CLAUSE_BREAK = lower_pattern(r"[;:]|(?<!\d),\s+(?:and|but|while|as|police|officials|authorities)\b")


def _roundup_tallies(drafts: list[FigureDraft]) -> None:
    """A toll over several shootings is the roundup's tally, not the story's own incident's,
    when the text goes on to count that category again ("Two men were killed in shootings on
    Sunday. A man died after he was shot outside a bakery …"): the later count is the toll.
    Told once, it is the only toll there is and stays."""
    for d in drafts:
        if d.roundup and any(o.category == d.category and not o.roundup and o.span[0] > d.span[0] for o in drafts):
            d.category, d.label = "other", d.noun or "count"


def _separate_incidents_from(view: str, sentences: list[Sentence], drafts: list[FigureDraft]) -> int:
    """Where (an offset) a roundup turns to a separate incident: the first sentence after the
    lead incident's first toll that names another incident, or the first bullet after that
    toll. ``len(view)`` when there is no such turn, or no toll before it (the lead then is the
    roundup's summary)."""
    harms = [d for d in drafts if d.category in HARMS]
    if not sentences:
        return len(view)
    lowered = lower_same_length(view)
    turns = sorted(
        _turns(view, sentences[0].start, sentences[-1].end)
        + [(at, False) for at in later_incidents(lowered, sentences)]
    )
    if not turns:
        return len(view)
    first: FigureDraft | victims.Mention | None = min(harms, key=lambda d: d.span) if harms else None
    # the toll may be told first by people referred to, with no count ("they found Dana Reyes, 24,
    # with a gunshot wound"), before a later case ("In an unrelated shooting, a man was killed")
    told = victims.mentions(view, sentences[:REFERRED_WITHIN])
    if told and (first is None or min(m.span for m in told) < first.span):
        first = min(told, key=lambda m: m.span)
    if first is None:
        return len(view)
    starts = [s.start for s in sentences]
    for at, bullet in turns:
        k = bisect.bisect_right(starts, at) - 1
        if bullet:
            before = view[starts[k] : at].rstrip()
            if before and before[-1] not in _ITEM_ENDS:
                continue  # a bullet between names ("6ABC • NBC10"), not one opening an item
            if at > first.span[1]:
                return at
        elif PREDICATE_BEFORE.search(lowered, max(starts[k], at - PREDICATE_REACH), at):
            continue  # "It was another shooting in a violent week": the incident itself
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
            draft = draft_figure(reader, title, num, previous)
            if draft is None:
                continue
            previous = draft
            own = _TITLE_OWN_WORD.get(draft.category)
            if (
                own is not None
                and draft.category not in have
                and own.match(view, draft.range_end, b)
                and not _hurt_before_they_died(draft, drafts)
            ):
                out.append(draft)
    return out


def _hurt_before_they_died(title: FigureDraft, drafts: list[FigureDraft]) -> bool:
    """Is the title's count of the hurt more than the body leaves hurt, the body telling the
    people shot and that some of them died ("Man hurt in shooting" over "A man was shot …
    UPDATE: the man has died")? A story updated in its text keeps its first title."""
    if title.category != "injured":
        return False
    shot = max((d.value for d in drafts if d.category == "other" and d.label.endswith(HURT_ENDS)), default=0)
    dead = max((d.value for d in drafts if d.category == "killed"), default=0)
    return shot > 0 and dead > 0 and shot - dead < title.value


_TITLE_HARM = compiled(r"dead|kill|die|injur|hurt|wound|hospital")  # on lower-cased text
# the category's own word right after the title's number: "2 dead", "three people hurt"; not "2
# shot", which counts the dead among them
_TITLE_OWN_WORD = {
    "killed": compiled(r"\s+(?:[\w'’-]+\s+){0,2}?(?:dead|killed|die[sd]?|slain)\b", re.I),
    "injured": compiled(r"\s+(?:[\w'’-]+\s+){0,2}?(?:injured|hurt|wounded|hospitali[sz]ed)\b", re.I),
}


def _same_places(drafts: list[FigureDraft]) -> None:
    """A place read with the words run on after it ("Harlow DUNMORE COUNTY" in a headline
    without its punctuation) is the place another figure names alone ("Harlow"): both
    figures take the shorter name, so that they are not read as counts of two places."""
    spans = {d.location: d.location_span for d in drafts if d.location and d.category in HARMS}
    if len(spans) < 2:
        return
    names = sorted(spans, key=len)
    for d in drafts:
        if d.location and d.category in HARMS:
            d.location = next((n for n in names if d.location.startswith(n + " ")), d.location)
            d.location_span = spans[d.location]


def _places_of_nearer_counts(view: str, drafts: list[FigureDraft]) -> None:
    """ "Five people died, three in Lorn and two in Brae": a place named after a count, with
    another written count of the same category between them whose own phrase names it, is that
    nearer count's; the first count is then of no one place (the total of the parts)."""
    for d, nearer in itertools.pairwise(drafts):
        if (
            d.location_span is not None
            and d.location_span == nearer.location_span
            and nearer.category == d.category
            and nearer.sentence == d.sentence
            and implicit_count(nearer.text) is None
            and d.range_end <= nearer.span[0]
            and _OWN_PLACE_GAP.fullmatch(view, nearer.range_end, d.location_span[0])
        ):
            d.location, d.location_span, d.shared = None, None, []


# a count's own place, right after it: "three in Lorn", "two more over the Brae district"
_OWN_PLACE_GAP = compiled(r"\s+(?:[a-z]+\s+){0,2}?(?:in|at|over|near|from)\s+(?:the\s+)?")


def _mark_totals(view: str, drafts: list[FigureDraft]) -> None:
    """Mark the total of each category, and resolve shared counts by which reading sums to it."""
    by_category: dict[str, list[FigureDraft]] = {}
    for d in drafts:
        by_category.setdefault(d.category, []).append(d)
    for category, group in by_category.items():
        if category == "other":
            continue
        parts = [d for d in group if d.location is not None]
        if _mark_told_total(view, group, not parts) or not parts:
            continue
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
            explicit = explicit and all(d.value <= total.value for d in others)  # a whole is no less than a part
            if total.value in (together, each) or explicit:
                total.is_total = True
                if shared and total.value == each and total.value != together:
                    for d in shared:
                        d.each = True
                break


def _mark_told_total(view: str, group: list[FigureDraft], unplaced: bool) -> bool:
    """A count told as an update, told last ("officials later said 22 had died"), or, with no count
    at a place (``unplaced``), as the whole ("in all, 30 people were hurt", "a total of 12 died"),
    is the total when it is the largest of its harm: the others are among it ("four were seriously
    injured"). Whether it marked one."""
    top = max(group, key=lambda d: d.value)
    if len(group) < 2 or any(d.is_total for d in group) or not all(d is top or d.value < top.value for d in group):
        return False
    before = view[max(0, top.phrase_start - 60) : top.phrase_start].rsplit(". ", 1)[-1]
    update = (
        top is max(group, key=lambda d: d.span[0])
        and _UPDATE_BEFORE.search(before)
        and not _ADDED_AT.match(view, top.span[1])
        and not _ADDED_BEFORE.search(before)
    )
    told = update or (unplaced and _TOTAL_RE.search(view[max(0, top.phrase_start - 25) : top.span[1] + 15]))
    if told:
        top.is_total = True
    return bool(told)


# a count told as an update after the others, right after its cue ("officials later said 22 had died"),
# not one more ("three more have since died", "another two")
_UPDATE_BEFORE = compiled(
    r"\b(?:later\s+(?:said|say|says|reported|confirmed|announced|told\s+\w+)|by\s+(?:then|evening|nightfall|\w+day))"
    r"[\s,]+(?:that\s+|the\s+)?(?:\w+\s+)?$",
    re.I,
)
_ADDED_AT = compiled(r"\s+(?:more|others?|further|additional|also)\b", re.I)
_ADDED_BEFORE = compiled(r"\b(?:another|further|additional|other|also)\s+(?:\w+\s+)?$", re.I)


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
        explicit = explicit and all(d.value <= total.value for d in parts)  # a whole is no less than a part
        if total.value in (together, each) or explicit:
            total.is_total = True
            if shared and total.value == each and total.value != together:
                for d in parts:
                    if d is not total and shared_read(d):
                        d.each = True
            break

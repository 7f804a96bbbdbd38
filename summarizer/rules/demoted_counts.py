"""A number beside a harm word that is no toll of this incident, its category demoted to "other": a
running tally ("41 homicides this year", "a weekend of unrest in which six were shot"), an earlier
incident's toll ("recalled a 2009 blast that killed 30"), the attackers or suspects ("shot by two
men", "charges against three suspects"), the parties to a fight, people whose harm is only asked
after, the group some are of ("among the 300 passengers"), a stray zero, an identifier; read for
written_counts.
"""

from __future__ import annotations

import re

from summarizer.rules import toll_words
from summarizer.rules.figure_context import own_verb
from summarizer.rules.figure_drafts import HARMS
from summarizer.rules.running_tallies import is_tally_after
from summarizer.rules.unharmed_counts import unharmed_after, unharmed_before
from summarizer.text import incident_words as iw
from summarizer.text.numbers import NumberMatch
from summarizer.text.regex import compiled, guarded
from summarizer.text.segments import Sentence

# a tally over a span of time named before the number: "a weekend of unrest in which six
# people were shot", "a week of shootings that left three dead"
_PERIOD_BEFORE = guarded(r"\b(?:a|the|last|that)\s+(?:weekend|week|month|year)\s+of\b", re.I)


_IN_YEAR_AT = compiled(r"\s*(?:In|in|Since|since|During|during)\s+(?:19|20)\d\d\b")


BETWEEN_BEFORE = compiled(r"between\s+$", re.I)


_DASH_TO_AT = compiled(r"-\s+to\s+\d")


def demoted_category(
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
        or (value_max is None and BETWEEN_BEFORE.search(before))
        or _EARLIER_COUNT_BEFORE.search(view, max(sent.start, q_start - 70), q_start)
        or _PAST_EVENT_BEFORE.search(view, max(sent.start, q_start - 60), q_start)
        or _SINCE_EVENT_AT.match(view, sent.start, q_start)
        or unharmed_after(view, range_end, c_end)
        or unharmed_before(view, sent.start, q_start, range_end, sent.end)
        or (num.value == 1 and NOT_BEFORE.search(view, max(sent.start, q_start - 12), q_start))
        or (num.value > 1 and _HIS_HARM_AFTER.match(view, range_end, c_end))
        or _UNDONE_HARM_BEFORE.search(view, max(sent.start, s - 60), s)  # "begged him not to hurt her two children"
    ):
        # the attackers or suspects ("shot by two men", "two men were charged"), the parties to a
        # fight ("a fight between two men"), no one, people whose harm is only asked after, or
        # denied or only threatened
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


# the verb of harm whose object is counted, in an infinitive denied or only meant: "(begged him) not
# to take the car or hurt her two children", "(pleaded for him) to not hurt …", "threatened to shoot
# three people", "vowed to kill two officers", "tried to kill three people", "hired a man to shoot two
# witnesses" (iw.INTENT_VERBS, an object maybe between)
# (the count is the infinitive's object, no clause between: not "vowed to avenge the attack that killed
# 30 soldiers", "threatened to attack again after it killed 9 guards"; and "hurt" after "and" may be the
# main clause's past: "swerved to not hit a cyclist and hurt four passengers")
_UNDONE_HARM_BEFORE = compiled(
    rf"\b(?:(?:not|never|(?:{iw.INTENT_VERBS})\w*(?:\s+(?!(?:and|but|then|were|was)\b)[\w'’-]+){{0,3}}?)\s+to|to\s+(?:not|never))"
    r"\s+(?:[\w'’-]+\s+){0,4}?"
    rf"(?!(?<=\band\s)hurt\b)(?:{iw.HARM_INFINITIVES})\s+"
    r"(?:(?!(?:that|which|who|whom|after|before|when|while|because|since|again|until|as)\b)[\w'’-]+\s+){0,4}?$",
    re.I,
)

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

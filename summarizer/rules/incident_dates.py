"""Which of the ranked dates is the incident's: the first day that is not the page's stamp; but a
court's, an arrest's, a vigil's, a search's or a name's release day gives way to the harm's own
when the text dates both ("was charged Tuesday with shooting a man Sunday night": Sunday; "a neighbour
found him in the yard on Monday" after "an autopsy Tuesday": Monday); and a background's day, told
in the pluperfect, gives way to the later day of the call or the harm ("had lost power Monday" …
"were called to the house Wednesday": Wednesday).
"""

from __future__ import annotations

import datetime as dt
import re

from summarizer.text.base import lower_pattern, lower_same_length
from summarizer.text.category_triggers import INCIDENT_TRIGGERS
from summarizer.text.implicit_counts import VICTIM_NOUNS
from summarizer.text.segments import Sentence
from summarizer.text.timeplace import DateMention, own_words_date

__all__ = ["incident_date_of"]

# a later step of the law the date is the day of, told before it ("was sentenced Wednesday",
# "pleaded guilty Monday", "charged him on Friday", "appeared in court Monday") or right after it
# ("police early this morning arrested a man"); on lower-cased text
_STEP_BEFORE = lower_pattern(
    r"\b(?:arrested|charged|sentenced|arraigned|(?:pleaded|pleads|found)\s+(?:not\s+)?guilty|pleaded|pleads"
    r"|indicted|convicted|booked|jailed|surrendered"
    r"|in\s+court|appearance|arraignment|autopsy|turned\s+(?:himself|herself|themselves)\s+in(?:to\s+police)?)"
    r"(?:\s+(?:him|her|them))?(?:\s+(?:at|around|about)\s+\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?)?"
    r"(?:\s+(?:on|early|late|this|last))?\s*$"
)
# a later step of the story that is not the law's, told before its day: a gathering for the
# victim ("a vigil Sunday", "friends gathered at the park Sunday night"), a search for the doer
# ("were still searching for the gunman Friday", "asked for the public's help Saturday"); not a
# state that lasts ("remained in the hospital Wednesday", "as of Monday"), which a report of the
# day itself tells as often
_LATER_BEFORE = lower_pattern(
    r"\b(?:vigil|rally|funeral|memorial|gathered|searching\s+for|public['’]s\s+help)\b"
    r"(?:\s+(?!(?:after|when|since|following)\b)[\w'’-]+){0,3}?(?:\s+(?:on|early|late|this|last))?\s*$"
)
# a later step told right after its day, by its doer: "police early this morning arrested a man",
# "Detectives on Monday released the name of the man", "Authorities today identified the woman"
# (not "killed Monday, identified as", the harm's own day before an apposition)
_STEP_AFTER = lower_pattern(
    r"\s*(?:,\s*)?(?:police\s+|authorities\s+)?"
    r"(?:arrested|charged|sentenced|arraigned|indicted|convicted"
    r"|released\s+the\s+(?:names?|identity|identities)|identified\s+(?!as\b))"
)
# the harm's own date named by its event, after it: "in the July 22 shooting" (the date is read
# without "of last year", which its value already holds)
_EVENT_AFTER = lower_pattern(
    r"(?:\s+of\s+(?:last|this)\s+year)?\s+(?:shooting|stabbing|killing|slaying|attack|murder)\b"
)

# the harm's own act told right after the date, its doer between: "that on April 2 he fired at two
# men", "On April 2, the gunman opened fire", "on April 2 shot a clerk" (not a later clause of
# another step: "on May 3 after he shot …", which opens with a conjunction)
_ACT_AFTER = lower_pattern(
    r"[\s,]*(?:(?:he|she|they|the\s+[a-z]+|[a-z]+)\s+){0,2}?(?:allegedly\s+|then\s+)?"
    r"(?:fired\s+(?:at|on|into|shots)|opened\s+fire|shot|stabbed|killed|wounded|gunned\s+down|was\s+shot|were\s+shot)\b"
)
# the harm's own day told by the call it brought, before it: "Officers responded about 10 p.m. Monday
# to a report of shots", "deputies were called to the house Sunday" (not a later step's call:
# "were called to testify")
_CALL_BEFORE = lower_pattern(
    r"\b(?:responded|(?:were|was)\s+(?:called|dispatched|sent))\b(?:\s+(?:to|at)\s+(?:the|a|an)\s+[\w-]+)?"
    # the address it was called to, by its house number or block: "to the house at 41 elm road"
    r"(?:\s+(?:at|on|in)\s+(?:the\s+)?\d{1,6}(?:\s+block\s+of)?(?:\s+[\w'’.-]+){1,4}?)?"
    r"(?:\s+(?:at|around|about|shortly\s+(?:before|after)|just\s+(?:before|after))\s+\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?)?"
    r"(?:\s+(?:on|early|late))?\s*$"
)
# a day of the story's background, told in the pluperfect of a time before the harm: "the family
# had lost power Monday night", "she had left the party Friday" (not the harm told so: "had been
# shot Monday", "had crashed Sunday", "had been assaulted": the lexicon's words of an attack, a
# shooting, a blast or an accident, and the hurt's; not a clause after it: "had gone home when …");
# its clock, or a range of clocks, may stand before its day: "had last been seen between 6 p.m. and
# 8 p.m. Friday" (an "and" before a clock joins a range, not a clause: "had argued and 2 shots were fired")
_HARM_VERBS = "|".join(
    sorted(
        {w for kind in ("attack", "shooting", "explosion", "accident") for w in INCIDENT_TRIGGERS[kind] if w.isalpha()}
        | {"struck", "hit", "hurt", "opened", "fired"}
    )
)
_BACKGROUND_BEFORE = lower_pattern(
    rf"\bhad\s+(?:last\s+)?(?!(?:been\s+)?(?:{_HARM_VERBS})\b)"
    r"(?:been\s+)?[a-z]+\b(?:(?!\b(?:when|after|before|as|while|until|because|and|but)\b)[^.;:!?\n,]|[ap]\.m\.|\band(?=\s+\d{1,2}(?::\d\d)?\s*[ap]\.m\.)){0,40}$"
)
# the harm's day told by the finding of its victim, before it, however long the words between:
# "a neighbour found him in the yard near 6 p.m. Monday", "a jogger found the cyclist lying beside
# the path behind the old mill on Harbour Road early Sunday", "whose body was found Tuesday" (read
# only for a day before a later step's); the one found a person or a body, not the doer ("found
# the suspect hiding"), a thing ("found a rifle in his car", "an audit found the shop had …") or a
# verdict ("a jury found him guilty"); on lower-cased text
_FOUND_PERSON = (
    rf"(?!(?:suspect|gunman|shooter|robber|burglar|intruder)s?\b)(?:{VICTIM_NOUNS}|bod(?:y|ies)|remains)s?\b"
)
_FOUND_BEFORE = lower_pattern(
    r"(?:\b(?:found|discovered)\s+(?:him|her|them|(?:(?:the|a|an|his|her|their)\s+)?(?:[\w'’-]+\s+){0,2}?"
    + _FOUND_PERSON
    + r")(?!\s+(?:not\s+)?guilty\b)|\b(?:he|she|they|"
    + _FOUND_PERSON
    + r")\s+(?:was|were)\s+(?:later\s+)?(?:found|discovered)\b(?!\s+(?:not\s+)?guilty\b))"
    r"(?:[^.;!?\n]|[ap]\.m\.){0,120}$"
)
_HARM_WORD = lower_pattern(r"\b(?:shots?|shooting|fir(?:ed|ing)|killing|wounding|stabbing|robb(?:ed|ing)|murder)\b")
# the one found named by a name ("officers discovered Ana Ruiz slumped over the wheel late Friday"),
# read on the page's own case: its words capitalised, no possessive ("found Ruiz’s car"), no verdict
_FOUND_NAME = lower_pattern(r"\b(?:found|discovered)\s+(?P<name>[a-z][\w'’-]*)(?:[^.;!?\n]|[ap]\.m\.){0,120}$")
_WORD = lower_pattern(r"[\w'’-]+")
# a verdict after the one found: "found Ruiz guilty", "found Ana Ruiz not guilty of …"
_GUILTY = lower_pattern(r"(?:\s+[\w'’-]+){0,2}?\s+(?:not\s+)?guilty\b")
# a clause of another time between the harm's word and a day, which that day belongs to ("arrested a
# man in the shooting and said he had been released from jail Monday", "charged with murder after a
# warrant was issued Monday"; not a clause inside the harm's object: "firing at a car he was following
# on 37th Street on Saturday")
_CLAUSE_BETWEEN = lower_pattern(r"\b(?:said|says|told|after|before|since|until|had)\b")
_NOT_A_DOER = ("after", "when", "before", "while", "because", "since", "until", "and", "but", "police", "officers")


def incident_date_of(view: str, body: list[Sentence], ranked: list[DateMention]) -> DateMention | None:
    """The incident's date from the ranked dates: the first day that is not the page's stamp,
    else the first date that is not the stamp, else the first (a day before a wider span the
    ranker put first: "the week of March 12" names no day); a court's or an arrest's day yields
    to an earlier day the harm's own words govern; a background's day told in the pluperfect ("had lost
    power Monday") to a later day the harm's own words or its call govern."""
    best = next(
        (d for d in ranked if d.role != "stamp" and d.precision == "day"),
        next((d for d in ranked if d.role != "stamp"), next(iter(ranked), None)),
    )
    if best is None or best.value is None or best.precision != "day":
        return best
    by_index = {s.index: s for s in body}
    sent = by_index.get(best.sentence)
    low = lower_same_length(view)
    if sent is not None and _BACKGROUND_BEFORE.search(low, max(sent.start, best.span[0] - 60), best.span[0]):
        return _harm_day_after(low, best, ranked, by_index) or best
    if sent is None or not _law_step(view, best, sent):
        return best
    for d in ranked:
        other = by_index.get(d.sentence)
        if (
            d is not best
            and other is not None
            and d.precision == "day"
            and d.value is not None
            and d.value < best.value
            and (
                own_words_date(low, d, other, None)
                or _EVENT_AFTER.match(low, d.span[1], other.end)
                or _act_after(low, d, other)
                or _CALL_BEFORE.search(low, max(other.start, d.span[0] - 80), d.span[0]) is not None
                or _found_before(view, low, d, other)
                or _harm_after_step(low, best, d, other)
            )
        ):
            return d
    return best


_BACKGROUND_SPAN_DAYS = 7  # the harm within a week of its background's day; a later day is another step


def _harm_day_after(
    low: str, background: DateMention, ranked: list[DateMention], by_index: dict[int, Sentence]
) -> DateMention | None:
    """The best-ranked later day, within a week of a background's day, that the harm's own words or
    the call it brought govern ("deputies were called to the house on Wednesday")."""
    assert background.value is not None
    start = dt.date.fromisoformat(background.value)
    for d in ranked:
        other = by_index.get(d.sentence)
        if (
            other is None
            or d.role != "event"
            or d.precision != "day"
            or d.value is None
            or not 0 < (dt.date.fromisoformat(d.value) - start).days <= _BACKGROUND_SPAN_DAYS
        ):
            continue
        if (
            own_words_date(low, d, other, None)
            or _act_after(low, d, other)
            or _CALL_BEFORE.search(low, max(other.start, d.span[0] - 80), d.span[0]) is not None
        ):
            return d
    return None


def _law_step(view: str, d: DateMention, sent: Sentence) -> bool:
    """Is ``d`` the day of a later step: an arrest, a charge, a court's step, a vigil or a search?"""
    before = lower_same_length(view[max(sent.start, d.span[0] - 40) : d.span[0]])
    after = lower_same_length(view[d.span[1] : min(sent.end, d.span[1] + 30)])
    return (
        _STEP_BEFORE.search(before) is not None
        or _LATER_BEFORE.search(before) is not None
        or _STEP_AFTER.match(after) is not None
    )


def _act_after(low: str, d: DateMention, sent: Sentence) -> bool:
    """Is the harm's act told right after ``d``, by its doer ("On April 2, he opened fire")?"""
    m = _ACT_AFTER.match(low, d.span[1], min(sent.end, d.span[1] + 50))
    return m is not None and not any(f" {w} " in f" {low[d.span[1] : m.end()]} " for w in _NOT_A_DOER)


def _harm_after_step(low: str, step: DateMention, d: DateMention, sent: Sentence) -> bool:
    """Is ``d`` told after the later step's day in its sentence, with the harm between them: the
    step's complement that names the harm and dates it ("Troopers this afternoon arrested a woman
    and charged her with firing a rifle at a neighbour's pickup from the porch of a farmhouse near
    the quarry on Saturday"), no clause of its own between the harm's word and the day?"""
    if step.sentence != d.sentence or step.span[1] > d.span[0]:
        return False
    harm = None
    for m in _HARM_WORD.finditer(low, step.span[1], d.span[0]):
        harm = m  # the last: the nearest to the day
    return harm is not None and _CLAUSE_BETWEEN.search(low, harm.end(), d.span[0]) is None


def _found_before(view: str, low: str, d: DateMention, sent: Sentence) -> bool:
    """Is ``d`` the day its victim was found, told before it: a person, a body or a name found?"""
    lo = max(sent.start, d.span[0] - 120)
    if _FOUND_BEFORE.search(low, lo, d.span[0]) is not None:
        return True
    m = _FOUND_NAME.search(low, lo, d.span[0])
    if m is None or not view[m.start("name")].isupper():
        return False
    words: list[re.Match[str]] = []
    for w in _WORD.finditer(low, m.start("name"), min(d.span[0], m.start("name") + 60)):
        if not view[w.start()].isupper() or len(words) == 3:
            break
        words.append(w)
    return not words[-1].group().endswith(("'s", "’s")) and _GUILTY.match(low, words[-1].end()) is None

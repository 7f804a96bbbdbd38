"""People killed or injured with no number written: "a man was shot and killed", "a shooting
that wounded a teenager", "a murder-suicide". Each becomes a count (1, or 2 for "a man and a
woman") for figures.py; people referred to again ("he died at the hospital") are referred_victims'.
"""

from __future__ import annotations

import itertools
import re

from summarizer.rules import victims
from summarizer.rules.demoted_counts import NOT_BEFORE
from summarizer.rules.figure_drafts import HARMS, FigureDraft
from summarizer.rules.other_tolls import definite_front, harmed_apart
from summarizer.rules.victim_phrases import (
    ACCUSED_OF_RE,
    ALONG_WITH_FRONT_RE,
    ALONG_WITH_RE,
    AND_BLOW_RE,
    ANOTHER_RE,
    ATTEMPTED_BEFORE,
    COUNT_FRONT_PRED_RE,
    DEATH_OF_RE,
    DIED_LATER,
    DIED_NOW_RE,
    GUNFIRE_RE,
    HIT_IN_PART_RE,
    LEFT_DEAD_RE,
    NAMED_SHOT_RE,
    NAMES_RE,
    OBJECT_RE,
    ORDINAL_DIED_AFTER,
    ORDINAL_VICTIM_RE,
    PAST_RE,
    SELF_KILLED_RE,
    SUBJECT_RE,
    THE_ALSO_RE,
    VICTIM_PATTERNS,
    WHO_DIED,
    harmed_sentences,
)
from summarizer.text.added_counts import ALSO
from summarizer.text.base import Span
from summarizer.text.implicit_counts import ORDINAL_WORDS, ORDINALS, VICTIM_NOUNS, implicit_count_at
from summarizer.text.incident_words import CONVEYED, HOSPITALIZED, HURT_PARTICIPLE, IN_CONDITION
from summarizer.text.regex import compiled
from summarizer.text.segments import Sentence
from summarizer.text.sexes import sex_of
from summarizer.text.timeplace import tells_another_incident


def implicit_victims(
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
    harmed = harmed_sentences(lowered, [sent.start for sent in sentences], lo)
    # lower-casing keeps every letter re.IGNORECASE matches with an ASCII one but these
    folds_checked = not any(c in view for c in victims.FOLDS_TO_ASCII)
    shootings_of: set[int] = set()  # the people wounded by "the shooting of …" (ids of their drafts)
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
        for pattern, needs, needs_person in VICTIM_PATTERNS:
            if needs and not any(w in here for w in needs):
                continue
            if needs_person and victims.PERSON_RUNS is not None and folds_checked:
                if person is None:
                    person = not victims.PERSON_RUNS.isdisjoint(victims.RUN_RE.findall(here))
                if not person:
                    continue
            for m in pattern.finditer(view, sent.start, sent.end):
                _read_victim(view, sent, k, pattern, m, drafts, out, first_here, counted, skip, shootings_of)
    return _without_double_counts(view, lowered_view, sentences, drafts, out, shootings_of) + _fronts_of_counts(
        view, sentences, drafts
    )


# a patient's state names a person only after one: "[he] was in serious condition and another in
# fair condition", not "the bridge was in poor condition and another in fair condition" (the
# "another" is the first clause's noun, a thing); or after a count of the hurt: "two are in stable
# condition and a third …"
_PERSON_BEFORE = compiled(
    rf"\b(?:he|she|they|him|her|them|(?:wo)?men|people|children|(?:{VICTIM_NOUNS})(?:e?s)?)\b", re.I
)


def _another_thing(view: str, sent: Sentence, m: re.Match[str], s: int, drafts: list[FigureDraft]) -> bool:
    """Is the "another" of a condition at ``s`` another thing: no person nor count of the hurt before it?"""
    return (
        "condition" in m.group(0).lower()
        and not _PERSON_BEFORE.search(view, sent.start, s)
        and not any(d.category in HARMS and sent.start <= d.span[0] < s for d in drafts)
    )


# a companion counted, set off by commas after "along with": "The driver, along with two passengers,
# was hurt" (the definite before is one more, as before "along with a passenger": other_tolls.definite_front)
_ALONG_WITH_BEFORE = compiled(r",\s*along\s+with\s+$", re.I)


def _fronts_of_counts(view: str, sentences: list[Sentence], drafts: list[FigureDraft]) -> list[FigureDraft]:
    """The definite person by their role whose companions "along with" them are a count of a harm,
    the clause's verb theirs: one more person (the count after them is labelled besides them by
    other_tolls.others_besides)."""
    out: list[FigureDraft] = []
    starts = {sent.index: sent.start for sent in sentences}
    for d in drafts:
        start = starts.get(d.sentence)
        if d.category not in HARMS or start is None or d.value_max is not None:
            continue
        comma = _ALONG_WITH_BEFORE.search(view, max(start, d.words_start - 40), d.words_start)
        pred = COUNT_FRONT_PRED_RE.match(view, d.span[1])
        if comma is None or pred is None or (pred.group("killed") is not None) != (d.category == "killed"):
            continue
        if front := definite_front(view, start, comma.start(), drafts):
            out.append(people_draft(view, front, d.category, d.sentence))  # the count after is besides it
    return out


def _dies_later(view: str, sent: Sentence, m: re.Match[str]) -> bool:
    """Does the person hurt die later in the sentence ("a man who was shot … died", "was shot and
    pronounced dead"), not the subject of a clause of its own ("…, where the man died")?"""
    return bool(
        WHO_DIED.search(m.group())
        or (
            DIED_LATER.match(view, m.end(), sent.end)
            and not _RELATIVE_AT.search(view, max(0, m.start() - 8), m.start())
            and not _ANOTHER_SUBJECT_DIED.match(view, m.end(), sent.end)
        )
    )


def _read_victim(
    view: str,
    sent: Sentence,
    k: int,
    pattern: re.Pattern[str],
    m: re.Match[str],
    drafts: list[FigureDraft],
    out: list[FigureDraft],
    first_here: int,
    counted: set[str],
    skip: list[Span],
    shootings_of: set[int],
) -> None:
    """Adds to ``out`` the people a victim pattern's match names, unless supposed, recalled or counted already."""
    group = next(g for g in ("his", "named", "named2", "named3", "np", "names") if m.groupdict().get(g))
    s, e = m.span(group)
    category = _category(view, sent, pattern, m, s, e)
    phrase = view[s:e]
    value = implicit_count_at(view, s, e)
    if value is None or any(a <= s < b for a, b in skip):
        return
    if category in counted and not _ORDINAL_MORE.match(phrase) and not _apart(view, sent, category, drafts, s, e):
        return  # counted (but "two were hurt and a third is critical", "two were shot and a woman was hurt")
    if pattern is ANOTHER_RE and _ORDINAL_MORE.match(phrase) and category not in counted:
        return  # "and a third …" goes on from a count of its own fate, not "two were killed and a third hurt"
    if pattern is ANOTHER_RE and _another_thing(view, sent, m, s, drafts):
        return  # "the bridge was in poor condition and another in fair condition": another thing
    if unasserted(view, max(sent.start, s - 30), s):
        return  # "it is possible a man was shot": a harm supposed, not told
    if NOT_BEFORE.search(view, max(sent.start, s - 12), s):
        return  # "not a single person was hurt": a negative quantifier, no one
    if PAST_RE.search(view, sent.start, sent.end) and not DIED_NOW_RE.search(view, m.start(), sent.end):
        return  # an earlier case recalled: "two weeks ago a man was shot and killed there"
    if pattern is DEATH_OF_RE and (
        ATTEMPTED_BEFORE.search(view, max(0, m.start() - 30), m.start())
        or any(
            d.category in HARMS and d.span[0] < m.start() and id(d) not in shootings_of
            for d in itertools.chain(drafts, out)
        )
        or (category == "injured" and k >= _LEAD)
    ):
        # a death named by its noun is the story's own only as its first toll: after
        # another, it is most often an earlier case recalled ("since the murder of …");
        # a shooting named so later than the lead is most often another one mentioned
        return
    if category == "injured" and _found_dead_told_before(view, sent, m, phrase, value, drafts):
        return  # "two people were shot and killed … a man and a woman were found with gunshot wounds": the dead, as found
    before = list(itertools.chain(drafts, out))
    if THE_OTHER.match(phrase) and any(d.category == "killed" and d.value > 1 for d in before):
        return  # after two deaths "the other victim" is the second of the dead, told how they were hurt
    if pattern is ORDINAL_VICTIM_RE:
        if not 0 < _counted_before(before, s) < ORDINALS[phrase.split()[1].lower()]:
            # "three were killed … a third victim was named as …": one of those counted, named
            # again; or none counted before it, those it goes on from told after ("found a
            # fourth victim after three men were wounded")
            return
        if ORDINAL_DIED_AFTER.match(view, e, sent.end):
            category = "killed"  # "a third victim, a woman, was found dead"
    also = _told_also(view, m, e)
    if (
        also
        and not any(d.category in HARMS and 0 <= sent.index - d.sentence <= _ALSO_REACH for d in before)
        and not _ONE_MORE.match(phrase)
    ):
        # "was also shot" with no one hurt just before: of another incident recalled (but "a
        # second hiker was also hurt" tells one more of this story's, what befell the first unread)
        return
    if pattern is THE_ALSO_RE and _head(phrase) in {_head(w) for d in before for w in (d.text, d.noun or "")}:
        return  # "A clerk was shot … the clerk was also shot in the leg": the same person
    if (
        not also
        and child_in_parents_words(view, max(0, sent.start - PARENT_REACH), s, phrase)
        and not _AS_WELL_AFTER.search(view, e, sent.end)
        and any(d.category in HARMS and d.span[0] < s and not other_sex(phrase, {sex_of(d.text)}) for d in before)
    ):
        return  # "The boy's father told deputies his son had been hit": the victim, by a parent's word
    same = [d for d in out[first_here:] if d.span[0] < e and s < d.span[1]]
    if same:
        if category == "killed" and all(d.category == "injured" for d in same):
            # "the body of a man who had been shot": the words name one person, dead
            for d in same:
                d.category, d.label = "killed", "people killed"
        elif pattern is AND_BLOW_RE and category == "injured":
            # "hitting a man and wounding a woman": the second blow's person, read by the verb alone before
            for d in same:
                if d.category == "injured":
                    d.label = f"{ALSO}injured"
        return
    out.append(people_draft(view, (s, e), category, sent.index, value))
    if (
        also
        or pattern is AND_BLOW_RE  # "hitting a man and grazing a woman": the second blow's person, one more
        or pattern in (ALONG_WITH_RE, ALONG_WITH_FRONT_RE)
        or _ALSO_HARMED_BEFORE.search(view, max(0, s - 30), s)
        or (
            _THEN_HARMED_BEFORE.search(view, max(sent.start, s - 60), s)
            and _NEW_PERSON.match(phrase)
            and any(d.category in HARMS and d.span[0] < s for d in before)
        )
    ):
        # "A woman was also wounded", "also injured a man", "he then shot a clerk", "shot along
        # with his son": people besides those counted before
        out[-1].label = f"{ALSO}{category}"
    if besides := _BESIDES_BEFORE.search(view, sent.start, s):
        out[-1].label += f" {' '.join(besides.group().lower().split())}"  # "In addition, a woman …"
    if pattern is ALONG_WITH_FRONT_RE and (front := definite_front(view, sent.start, m.start(), before)):
        out.append(people_draft(view, front, category, sent.index))  # "The driver, along with a passenger, was killed"
    if pattern is DEATH_OF_RE and category == "injured":
        shootings_of.add(id(out[-1]))


def _category(view: str, sent: Sentence, pattern: re.Pattern[str], m: re.Match[str], s: int, e: int) -> str:
    """What befell the people at view[s:e] that a victim pattern's match names: "killed" or "injured"."""
    if m.groupdict().get("to_death"):
        return "killed"  # "shot a clerk to death": the harm's object, dead
    if m.groupdict().get("killed"):
        # "the man who shot a clerk died": the clerk is the relative's object, the death the head's
        relatives_object = (
            pattern is SUBJECT_RE
            and _RELATIVES_OBJECT.search(view, max(0, s - 24), s) is not None
            and _DEATH_NEXT.fullmatch(view, e, m.start("killed")) is not None
        )
        return "injured" if relatives_object else "killed"
    dies_later = pattern in _DIES_LATER_PATTERNS and _dies_later(view, sent, m)
    return "killed" if dies_later else "injured"  # "a man who was shot … died", "was shot and pronounced dead"


def _apart(view: str, sent: Sentence, category: str, drafts: list[FigureDraft], s: int, e: int) -> bool:
    """Are the people at view[s:e] harmed apart from a count of their harm in their sentence, in a
    clause or an "along with" of their own (other_tolls.harmed_apart), before or after it?"""
    for d in drafts:
        if d.sentence != sent.index or d.category != category:
            continue
        at = d.words_start
        if harmed_apart(view, (at, d.span[1]), (s, e)) if at < s else harmed_apart(view, (s, e), (at, d.span[1])):
            return True
    return False


# found bearing wounds, of no fate told: "were found in a van with gunshot wounds", "found a man
# suffering from gunshot wounds"; how the dead are found as well as the living
_FOUND_WOUNDED = compiled(r"\bfound\s+(?:[^.;]{0,60}?\s)?(?:with|suffering\s+from)\s", re.I)
# a fate after the finding tells the person lived: taken to a hospital, in a condition (a verb of
# carrying with "to" after it: "they had been driven there by a friend" tells nothing)
_FATE_AFTER = compiled(
    rf"\b(?:hospital|condition|treated|{CONVEYED}\s+(?:[\w'’-]+\s+){{0,3}}?to\b|surviv|recover|alive)", re.I
)
_FOUND_REACH = 2  # sentences back to the count of the dead


def _found_dead_told_before(
    view: str, sent: Sentence, m: re.Match[str], phrase: str, value: int, drafts: list[FigureDraft]
) -> bool:
    """Are the people a sentence tells found with wounds the dead a count just before told (as
    many, and of no other sex), nothing said of their living?"""
    if not _FOUND_WOUNDED.search(m.group()):
        return False
    nxt = view.find(".", sent.end + 1, sent.end + 200)  # on into the next sentence: "… Both will recover."
    if _FATE_AFTER.search(view, m.start(), nxt if nxt > 0 else min(len(view), sent.end + 200)):
        return False
    dead = [
        d for d in drafts if d.category == "killed" and not d.roundup and 0 < sent.index - d.sentence <= _FOUND_REACH
    ]
    sexes = {sex_of(d.text if d.noun in (None, "people") else f"{d.text} {d.noun}") for d in dead}
    return sum(d.value for d in dead) == value and not other_sex(phrase, sexes)


# a child named by a parent's word for them ("his son"), after the parent of the victim is named
# ("the boy's father", "her mother"): the victim named again, in the parent's words
_CHILD_KIN = compiled(r"(?:his|her|their)\s+(?:\d{1,2}-year-old\s+)?(?:son|daughter|child|baby|boy|girl)", re.I)
_PARENT_BEFORE = compiled(
    r"(?:\b(?:his|her|their)|['’]s)\s+(?P<parent>father|mother|parents?|dad|mom|mum|stepfather|stepmother)\b", re.I
)
# the parent's own word for their child agrees with them: "his son" after "the father", "their son"
# after "his parents" ("His parents said his son was hurt": the victim's son, someone else)
_PARENTS_POSSESSIVE = {"father": "his", "dad": "his", "stepfather": "his", "mother": "her", "mom": "her"}
_PARENTS_POSSESSIVE |= {"mum": "her", "stepmother": "her", "parents": "their"}


def child_in_parents_words(view: str, start: int, end: int, child: str) -> bool:
    """Is ``child`` a parent's word for their child ("his son") and a parent of the victim named
    between ``start`` and ``end`` whose own word it is ("the boy's father" for "his son", "his
    parents" for "their son")?"""
    if not _CHILD_KIN.fullmatch(child):
        return False
    own = child.split()[0].lower()
    return any(
        _PARENTS_POSSESSIVE.get(m.group("parent").lower(), own) == own
        for m in _PARENT_BEFORE.finditer(view, start, end)
    )


PARENT_REACH = 250  # characters back: the sentence and the one before
# one more told at the clause's end ("… was wounded as well", "… too")
_AS_WELL_AFTER = compiled(r"\b(?:as\s+well|too)\b", re.I)


def _counted_before(before: list[FigureDraft], at: int) -> float:
    """The people harmed counted before ``at``: the largest count of each fate (a headline's
    count and the story's are the same people)."""
    return sum(
        max((d.value for d in before if d.category == category and d.span[0] < at), default=0) for category in HARMS
    )


def _without_double_counts(
    view: str,
    lowered_view: str,
    sentences: list[Sentence],
    drafts: list[FigureDraft],
    out: list[FigureDraft],
    shootings_of: set[int],
) -> list[FigureDraft]:
    """The people read, less any counted twice: "the shooting of" one where a death is told, the dead told as hurt."""
    if shootings_of and any(d.category == "killed" for d in out):
        # "the shooting of a man" leaves open whether he died: where the text counts a death, it
        # is most often that one ("… the fatal shooting of Lee Park")
        out = [d for d in out if id(d) not in shootings_of]
    # "a man was found shot to death … they found a man suffering from a gunshot wound": one
    # person, first dead, then described wounded; who died is not also counted as injured (but
    # one killed in a second shooting told after the lead's toll is someone else, and so is one
    # told as one more: "A man was shot … A second man died", "another man was killed")
    dead_in = {d.sentence for d in out if d.category == "killed" and d.value == 1}
    lead = min((d.sentence for d in itertools.chain(drafts, out) if d.category in HARMS), default=-1)
    other_incident = {
        sent.index
        for sent in sentences
        if sent.index in dead_in and sent.index > lead and tells_another_incident(lowered_view, sent.start, sent.end)
    }
    killed_heads = {
        d.text.split()[-1].lower()
        for d in out
        if d.category == "killed" and d.value == 1 and d.sentence not in other_incident and not _ONE_MORE.match(d.text)
    }
    return [
        d
        for d in out
        if not (
            d.category == "injured"
            and d.value == 1
            and d.text.split()[-1].lower() in killed_heads
            and not _ONE_MORE.match(d.text)
            and not also_harmed(view, d.span)
        )
    ]


# a harm only supposed or asked after: "it is possible a man was shot", "unclear whether anyone
# was hurt", or told in a condition: "if a teacher is shot", "in case someone is hurt"; or only
# thought by the person it would have harmed: "he thought he had been hit". A source's belief
# ("investigators believed a man was shot") is a hedge, not a denial.
# "not" before a person as the subject's determiner: "not a single person", "not one man"
_UNASSERTED_BEFORE = compiled(
    r"\b(?:possible|possibly|unclear|whether|if|in\s+case|in\s+the\s+event)\s+(?:that\s+)?$", re.I
)
# but a harm told in the person's relative clause is taken as known, whatever is asked of them:
# "unclear if the woman who was shot knew the gunman"
_HARM_IN_RELATIVE_AT = compiled(
    rf"(?:[\w'’-]+\s+){{1,4}}?who\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:{HURT_PARTICIPLE})\b",
    re.I,
)
_THOUGHT_HIMSELF_BEFORE = compiled(
    r"\b(?P<who>he|she|they|I|we)\s+(?:\w+ly\s+)?(?:thought|believed|feared|assumed|imagined)\s+(?:that\s+)?$",
    re.I,
)


def unasserted(view: str, start: int, at: int) -> bool:
    """Is the harm of the person named at ``at`` only supposed, not told?"""
    if _UNASSERTED_BEFORE.search(view, start, at):
        return _HARM_IN_RELATIVE_AT.match(view, at) is None
    thinker = _THOUGHT_HIMSELF_BEFORE.search(view, start, at)
    return thinker is not None and re.match(rf"{thinker.group('who')}\b", view[at : at + 5], re.I) is not None


# the patterns after whose person the sentence may go on to their death ("shot a man, who died at
# the scene"); not those naming one more person ("and another was wounded")
_DIES_LATER_PATTERNS = (
    SUBJECT_RE,
    OBJECT_RE,
    ACCUSED_OF_RE,
    LEFT_DEAD_RE,
    GUNFIRE_RE,
    HIT_IN_PART_RE,
    NAMED_SHOT_RE,
    NAMES_RE,
)
# the verb opens a relative clause inside its sentence's subject ("The man who shot a guard …
# died"): the death after it is the head's, not the object's
_RELATIVE_AT = compiled(r"\b(?:who|that)\s+(?:\w+ly\s+)?$", re.I)
# the death is of a subject of its own, in a clause after the people's: "a man and a woman were
# shot and taken to a hospital, where the man died" (one of them: shot_and_dead), "…, and her son died"
# (or one more person, told by "another" or "one other": "was shot and another person died")
_ANOTHER_SUBJECT_DIED = compiled(
    r"[^.;]{0,100}?\b(?:where|and|but|when|while|after)\s+(?:the|his|her|their|an?|another|one\s+other)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:later\s+|\w+ly\s+)?(?:died|was\s+pronounced\s+dead)\b",
    re.I,
)
# the object of a relative's harm, right before the person: "who shot ", "who fatally stabbed "
_RELATIVES_OBJECT = compiled(r"\bwho\s+(?!fatally\b|mortally\b)(?:\w+ly\s+)?(?:shot|stabbed|wounded)\s+$", re.I)
_DEATH_NEXT = compiled(r"\s+(?:later\s+|\w+ly\s+)?")  # the death right after the person ("later died")
_ONE_MORE = compiled(r"(?:another|a\s+second|one\s+other|the\s+other)\b", re.I)
THE_OTHER = compiled(r"the\s+other\b", re.I)


_LEAD = 3  # the lead's sentences, which tell the story's own incident


# an ordinal that goes on from the count before it: "a third", "a fourth man"
_ORDINAL_MORE = compiled(rf"an?\s+(?:{ORDINAL_WORDS})\b", re.I)


def other_sex(phrase: str, dead: set[str | None]) -> bool:
    """Does the person named by ``phrase`` differ in sex from everyone counted dead (each of
    whose sex is told)? "A man was found dead …; the woman is in stable condition": two people."""
    sex = sex_of(phrase)
    return sex is not None and bool(dead) and None not in dead and sex not in dead


# "the shooting also injured a man", "a woman was also shot": one more person than those told before
_ALSO_BEFORE = compiled(r"\balso\s+(?:\w+\s+){0,2}$", re.I)
_ALSO_AFTER = compiled(r"\s+(?:was|were)\s+also\b", re.I)
_ALSO_REACH = 2  # sentences back to the people "also" adds to
_ALSO_HARMED_BEFORE = compiled(r"\balso\s+(?:\w+ly\s+)?(?:shot|wounded|injured|hurt|struck|hit|killed)\s+$", re.I)
# the same attacker's next victim, told after the first: "he then shot a clerk", "the gunman later
# wounded a woman", "then drove to a store and shot a clerk"; a person new to the story (an indefinite noun phrase), not "then shot him"
_THEN_HARMED_BEFORE = compiled(
    r"\b(?:then|later)\s+(?:(?:[\w'’-]+\s+){1,6}?and\s+)?(?:\w+ly\s+)?(?:shot|wounded|stabbed|killed)\s+$", re.I
)
_NEW_PERSON = compiled(r"an?\s", re.I)


_ALSO_BEFORE_VERB = compiled(r"\balso\s+(?:\w+ly\s+)?$", re.I)
_ALSO_VERB = compiled(r"(?:(?:was|were|is|are|has|had)\s+(?:been\s+)?)?also\b", re.I)
_BESIDES_BEFORE = compiled(r"\b(?:in\s+addition|besides)\b", re.I)


def _told_also(view: str, m: re.Match[str], end: int) -> bool:
    """Is the person named up to ``end`` told as harmed besides others ("A woman was also
    wounded", "a man who was walking by was also shot", "Another man, 45, was also shot")?"""
    verb = next((m.start(g) for g in ("killed", "injured") if m.groupdict().get(g)), m.end())
    return bool(
        _ALSO_AFTER.match(view, end) or _ALSO_BEFORE_VERB.search(view, end, verb) or _ALSO_VERB.match(view, verb)
    )


def _head(phrase: str) -> str:
    return phrase.split()[-1].lower().removesuffix("s") if phrase.split() else ""


def also_harmed(view: str, span: Span) -> bool:
    """Is the person at ``span`` told harmed besides others ("also injured a man", "a woman was also shot")?"""
    return bool(_ALSO_BEFORE.search(view, max(0, span[0] - 30), span[0]) or _ALSO_AFTER.match(view, span[1]))


def people_draft(view: str, span: Span, category: str, sentence: int, value: int = 1) -> FigureDraft:
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


# turning the gun on oneself need not kill: "…, wounding himself in the head", "He survived", "She is
# in critical condition" (in the rest of the sentence or the next)
_KILLER_LIVES = compiled(
    r"\b(?:wounding|injuring)\s+(?:himself|herself)\b|\b(?:he|she)\s+(?:survived|(?:is|was|remains)\s+"
    rf"(?:{IN_CONDITION}|{HOSPITALIZED}|expected\s+to\s+survive))\b",
    re.I,
)


def killers_own_death(
    view: str, lowered: str, sentences: list[Sentence], drafts: list[FigureDraft], skip: list[Span]
) -> list[FigureDraft]:
    """The killer's own death told after what they did ("shot two co-workers before killing
    himself", "then turned the gun on herself"): one dead, whether or not the sentence counts its
    dead already (``added_after`` adds the reflexive to those counted before). The people read
    there already are made so; the new ones are returned."""
    out: list[FigureDraft] = []
    for i, sent in enumerate(sentences):
        here = lowered[sent.start : sent.end]
        if "himself" not in here and "herself" not in here and "own life" not in here:
            continue
        for m in SELF_KILLED_RE.finditer(view, sent.start, sent.end):
            s, e = m.span("np")
            if any(a <= s < b for a, b in skip) or unasserted(view, max(sent.start, m.start() - 30), m.start()):
                continue
            after_end = sentences[i + 1].end if i + 1 < len(sentences) else sent.end
            if "turn" in m.group().lower() and _KILLER_LIVES.search(view, e, after_end):
                continue  # "then turned the gun on himself. He survived"
            # only after the people harmed, told in the same sentence ("shot his wife before …"):
            # a count in an earlier sentence may hold the killer ("two dead, the gunman among them")
            if not any(d.category in HARMS and sent.start <= d.span[0] < s for d in drafts):
                continue
            same = [d for d in drafts if d.span[0] < e and s < d.span[1]]
            for d in same:
                d.category, d.label = "killed", "people killed"
            if not same:
                out.append(people_draft(view, (s, e), "killed", sent.index))
    return out

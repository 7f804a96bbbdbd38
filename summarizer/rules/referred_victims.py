"""People killed or injured referred to again, with no number and no victim pattern of their own:
"he was pronounced dead", "the victim is in stable condition", and whoever is told wounded and
then dead ("a man was shot …; he died at the hospital"), counted once, as killed, for figures.py.
"""

from __future__ import annotations

import re

from summarizer.rules import victims
from summarizer.rules.bounded_counts import sentence_end
from summarizer.rules.descriptions import KIN_NOUNS
from summarizer.rules.figure_drafts import FigureDraft
from summarizer.rules.implicit_victims import (
    PARENT_REACH,
    THE_OTHER,
    also_harmed,
    child_in_parents_words,
    other_sex,
    people_draft,
    unasserted,
)
from summarizer.rules.shot_and_dead import label_shot
from summarizer.rules.victim_phrases import PAST_RE, SELF_KILLED_RE
from summarizer.text.base import Span
from summarizer.text.implicit_counts import (
    ORDINAL_WORDS,
    PERSON_PREFIX,
    VICTIM_NOUN_WORDS,
    VICTIM_NOUNS,
    implicit_count,
)
from summarizer.text.incident_words import CONVEYED, HOSPITALIZED, HURT_PARTICIPLE, PERPETRATOR_NOUNS
from summarizer.text.regex import compiled
from summarizer.text.segments import Sentence
from summarizer.text.sexes import SEX_WORDS, sex_of

# a story tells its own victims' fate early; later sentences recall other cases
REFERRED_WITHIN = 12


# a person named by having lived through it, never one of the dead: "the wounded man", "the surviving victim"
_SURVIVOR = compiled(r"the\s+(?:wounded|injured|surviving|hurt)\b", re.I)


def referred_victims(
    view: str, sentences: list[Sentence], drafts: list[FigureDraft], skip: list[Span]
) -> list[FigureDraft]:
    """One person killed or injured, referred to again ("he was pronounced dead", "the victim
    is in stable condition"), for a category nothing else counts. Whoever is injured and then
    dies is counted once, as killed: "a man was shot …; he died at the hospital"."""
    have = {d.category for d in drafts if not d.roundup}  # a roundup's tally leaves room for the story's own toll
    found: dict[str, victims.Mention] = {}
    lead = sentences[:REFERRED_WITHIN]
    by_index = {sent.index: sent for sent in lead}
    mentions = victims.mentions(view, lead)
    _died_later(view, drafts, mentions)
    survivor: victims.Mention | None = None  # the first person hurt named by having lived ("the wounded man")
    for m in mentions:
        if m.category in have or any(a <= m.span[0] < b for a, b in skip):
            continue
        if m.category in found and (m.category != "injured" or survivor is not None):
            continue
        if unasserted(view, max(0, m.span[0] - 30), m.span[0]):
            continue  # "he thought he had been shot"
        sent = by_index.get(m.sentence)
        if sent is not None and PAST_RE.search(view, sent.start, sent.end):
            continue  # an earlier case recalled
        if m.category == "injured" and _SURVIVOR.match(view, m.span[0]):
            survivor = m
        found.setdefault(m.category, m)
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
    # a count written in a number tells the sex by its noun: "one man dead"
    dead_words_told = [d.text if d.noun in (None, "people") else f"{d.text} {d.noun}" for d in dead] + (
        [view[slice(*found["killed"].span)]] if "killed" in found else []
    )
    dead_sexes = {sex_of(w) for w in dead_words_told}
    # the sexes the words tell, not a guess from a given name: a pronoun's sex overrides that
    # guess ("Lavon Reyes was struck when he …" names one person, whatever "Lavon" suggests)
    told_sexes = {sex_of(w) if w.split()[-1].lower() in SEX_WORDS else None for w in dead_words_told if w.split()}
    # the dead all named as the attackers ("the suspect was found dead"): a person wounded and
    # named otherwise is their victim, another person
    dead_words = [d.text if d.noun in (None, "people") else d.noun for d in dead]
    if "killed" in found:
        dead_words.append(view[slice(*found["killed"].span)])
    attackers_dead = bool(dead_words) and all(_attacker(w) for w in dead_words)
    # the dead all introduced as one more person ("Another was fatally shot", "a second man
    # died"): whoever was named wounded before is someone else
    dead_spans = [d.span for d in dead] + ([found["killed"].span] if "killed" in found else [])
    additional_dead = bool(dead_spans) and all(_one_more(view, span[0]) for span in dead_spans)

    many_dead = any(d.value > 1 for d in dead)

    def apart(phrase: str) -> bool:
        # ("the other man": the one of two who did not die; after two deaths, one of the dead;
        # people named two at a time, "his wife and her brother", are more than one death)
        return (
            other_sex(phrase, told_sexes if phrase.lower() in ("he", "she") else dead_sexes)
            or ((implicit_count(phrase) or 1) > 1 and not many_dead)
            or _SURVIVOR.match(phrase) is not None
            or (attackers_dead and not _attacker(phrase))
            or additional_dead
            or (THE_OTHER.match(phrase) is not None and not many_dead)
        )

    for category, told in found.items():
        m = told
        of_theirs = not many_dead and _someone_of_theirs(view, m, dead, found.get("killed"))
        if category == "injured" and killed and not of_theirs and not apart(view[m.span[0] : m.span[1]]):
            if survivor is None:
                continue  # most likely the one who died, on the way to the hospital
            # unless named again by having lived: "The driver was hit. … the wounded driver was taken to a hospital"
            m = survivor
        out.append(people_draft(view, m.span, category, m.sentence, implicit_count(view[m.span[0] : m.span[1]]) or 1))
    injured = [d for d in drafts if d.category == "injured"]
    one_dead = "killed" in found or (bool(dead) and all(_one(d) for d in dead))
    # "a man was shot …; he died": the injured one is the one who died, unless the text
    # introduces a second person ("a woman", "another") beside a single death, or tells them
    # apart ("also injured a man", a woman wounded where a man died)
    # "… a woman had been wounded. She later died": the next sentence tells the person died
    died_next = {
        (m.sentence, sex_of(view[m.span[0] : m.span[1]]))
        for m in mentions
        if m.category == "killed" and view[m.span[0] : m.span[1]].lower() in ("he", "she")
    }
    same = "killed" in found or all(
        _ALREADY_KNOWN.match(d.text) or (d.sentence + 1, sex_of(d.text)) in died_next for d in injured
    )
    same = same and not any(
        apart(d.text)
        or also_harmed(view, d.span)
        or _killer_turned_after(view, by_index, d)
        or _introduced_after_the_dead(view, d, dead_spans)
        for d in injured
    )
    dead_one = found.get("killed")
    if dead_one is not None and not _REFERRING.match(view, dead_one.span[0]):
        # "Reyes was killed and his brother was wounded": one sentence tells two fates of two
        # people, each named (not "he died", which names again who was wounded)
        same = same and not any(d.sentence == dead_one.sentence and d.span != dead_one.span for d in injured)
    if dead_one is not None:
        # "the man who shot a clerk … died": the dead did the harm the relative tells, to another
        same = same and not any(_HARMED_BY_RELATIVE.fullmatch(view, dead_one.span[1], d.span[0]) for d in injured)
    if one_dead and injured and all(_one(d) for d in injured) and same:
        for d in injured:
            d.category, d.label = "other", f"{d.noun or 'people'} shot"
    if dead_one is not None:
        _dead_among_the_hurt(view, injured, dead_one)
    _dead_next(view, injured, died_next)
    if dead_one is not None:
        _attacker_among_the_shot(view, injured, dead_one)
    return out


# a definite person told hurt right after their noun, by a reduced or a full relative: "(the man)
# shot Monday", "(the woman) wounded in the shooting", "(the boy,) who was shot Sunday,", "(the
# driver,) who was hurt," (not "the man hurt his back": a verb with an object)
_HURT_RELATIVE_AFTER = compiled(
    rf"\s*,?\s+(?:who\s+(?:was|had\s+been|has\s+been)\s+)?(?:\w+ly\s+)?"
    rf"(?:{HURT_PARTICIPLE}|hurt(?!\s+(?:his|her|their|him|them|himself|herself)\b))\b",
    re.I,
)
# (any noun of one person: "the man", "the driver", "the 19-year-old cyclist")
_DEFINITE_ONE = compiled(rf"the\s+(?:[\w'’-]+\s+){{0,2}}?(?:{VICTIM_NOUNS})\Z", re.I)


def _dead_among_the_hurt(view: str, injured: list[FigureDraft], dead_one: victims.Mention) -> None:
    """ "Two people were shot Monday. The man shot Monday has died.": one person named again as
    hurt by a relative and then dead ("the man shot …", "the woman wounded in …") after a count of
    several people hurt, with no death counted besides, is one of them: the count is of the people
    shot, the dead among them. Not a person not told hurt ("the man who called police has died")."""
    words = view[dead_one.span[0] : dead_one.span[1]]
    if not _DEFINITE_ONE.match(words) or not _HURT_RELATIVE_AFTER.match(view, dead_one.span[1]):
        return
    before = [d for d in injured if d.category == "injured" and d.span[1] <= dead_one.span[0]]
    if len(before) == 1 and before[0].value > 1 and 0 < dead_one.sentence - before[0].sentence <= _AMONG_REACH:
        label_shot(view, before[0], sentence_end(view, before[0].span[1]))


# how far after the attackers counted hurt the one of them told dead may come, in sentences
_AMONG_REACH = 2


def _attacker_among_the_shot(view: str, injured: list[FigureDraft], dead_one: victims.Mention) -> None:
    """ "Two suspects were shot by police. The gunman died at the scene.": attackers counted hurt,
    then one attacker named again and dead ("the gunman", "the suspect"), is one of them: the
    count is of the people shot, the dead among them. Not when the people hurt are not the
    attackers ("Two officers were shot. The gunman died.": the gunman is one more, dead)."""
    if not _attacker(view[dead_one.span[0] : dead_one.span[1]]) or not _REFERRING.match(view, dead_one.span[0]):
        return
    for d in injured:
        if (
            d.category == "injured"
            and d.value >= 2
            and d.noun in PERPETRATOR_NOUNS
            and d.span[1] <= dead_one.span[0]
            and 0 <= dead_one.sentence - d.sentence <= _AMONG_REACH
        ):
            # labelled by the word the text tells the harm with, up to its sentence's end: "robbers wounded"
            label_shot(view, d, sentence_end(view, d.span[1]))


# the harm told in the person's relative, their age maybe between: ", 40, who had been shot"
_HARM_IN_RELATIVE_AFTER = compiled(
    rf"\s*,?\s*(?:\d{{1,3}}\s*,\s*)?who\s+(?:had\s+been|has\s+been|was)\s+(?:\w+ly\s+)?(?:{HURT_PARTICIPLE})\b",
    re.I,
)


def _dead_next(view: str, injured: list[FigureDraft], died_next: set[tuple[int, str | None]]) -> None:
    """One person introduced with their harm in a relative ("a second man, 40, who had been
    shot"), the next sentence's pronoun of their sex told dead ("He was pronounced dead"): the
    person is the one who died, not one more hurt, whoever else the text counts hurt (those stay
    as read). Not a harm told by the clause's own verb ("a man was shot … He died"), which
    _died_later and the reading above weigh against the others counted."""
    for d in injured:
        if d.category != "injured" or not _one(d) or _ALREADY_KNOWN.match(d.text) or also_harmed(view, d.span):
            continue
        if not _HARM_IN_RELATIVE_AFTER.match(view, d.span[1]):
            continue
        sex = sex_of(d.text)
        if sex is not None and (d.sentence + 1, sex) in died_next:
            d.category, d.label = "other", f"{d.noun or 'people'} shot"


# between a person and the one their relative clause says they harmed: " who shot ", ", who stabbed "
_HARMED_BY_RELATIVE = compiled(r"\s*,?\s+who\s+(?:shot|stabbed|wounded)\s+", re.I)
# words that introduce one more person than those named before: "another", "a second", "one more"
_ADDITIONAL = compiled(rf"(?:another|an?\s+(?:{ORDINAL_WORDS})|one\s+more)\b", re.I)
_CLAUSE_OPENS_BEFORE = compiled(r"(?:^|[.!?;,]\s*|\band\s+)$")


def _one_more(view: str, at: int) -> bool:
    """Does the phrase at ``at`` introduce one more person as a clause's subject ("Another was
    fatally shot", "and a second man died")? Not as an object, where "another" is only someone
    other than the subject ("shot and killed another man")."""
    return (
        _ADDITIONAL.match(view, at) is not None and _CLAUSE_OPENS_BEFORE.search(view[max(0, at - 8) : at]) is not None
    )


# a story's update told on its own line before the story: "UPDATE: the man has died", "Update
# (Nov. 4): police said the victim died"
_UPDATE_LINE_BEFORE = compiled(r"(?:^|\n)[^\w\n]*(?i:updated?)\b[^\n]{0,40}\Z")


def _died_later(view: str, drafts: list[FigureDraft], mentions: list[victims.Mention]) -> None:
    """ "a man shot a woman …; the woman was pronounced dead": one person, named first wounded
    ("a woman") and later dead by the same noun ("the woman"), is not injured but among the
    dead (counted as people shot). An update on top tells the death first ("UPDATE: The man
    has died. … A man was hospitalized …"): the first person it names hurt by the noun, when
    not told as one more ("a second man", "also"), is the one who died."""
    dead: dict[str, tuple[int, bool]] = {}
    for m in mentions:
        words = view[m.span[0] : m.span[1]].lower().split()
        if m.category == "killed" and len(words) >= 2 and words[0] == "the":
            update = _UPDATE_LINE_BEFORE.search(view, max(0, m.span[0] - 60), m.span[0]) is not None
            dead.setdefault(words[-1], (m.span[0], update))
    if not dead:
        return
    named: set[str] = set()
    for d in sorted(drafts, key=lambda d: d.span):
        words = d.text.lower().split() + ([d.noun.lower()] if d.noun and d.text.lower() == "one" else [])
        if d.category != "injured" or d.value != 1 or len(words) < 2 or words[0] not in ("a", "an", "one"):
            continue  # "a man", "one man"
        at, update = dead.get(words[-1], (-1, False))
        first = words[-1] not in named and not _one_more(view, d.span[0]) and not also_harmed(view, d.span)
        named.add(words[-1])
        if at > d.span[0] or (update and first):
            d.category, d.label = "other", f"{d.noun or 'people'} shot"


# a person introduced as new: an indefinite article, or a possessive ("his passenger"), then the noun
_INTRODUCED = compiled(r"(?:an?|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?(?P<head>[a-z][\w'’-]*)\Z", re.I)
# the dead named by a definite noun: "the driver", "the 31-year-old driver"
_DEFINITE_DEAD = compiled(r"the\s+(?:[\w'’-]+\s+){0,2}?(?P<head>[a-z][\w'’-]*)\Z", re.I)
# the new person's own care, a few words on in their clause: "A passenger was (later) taken to a
# hospital", "… was flown to a trauma center", "… was hospitalized"
_TAKEN_TO_CARE = compiled(
    rf"[^.;]{{0,40}}?\b(?:{CONVEYED}\s+{victims.TO_CARE}|{HOSPITALIZED})",
    re.I,
)
# nouns any person hurt or dead may be called: they tell no one apart
_ANYONE = frozenset({"victim", "person", "one", "individual"})


def _introduced_after_the_dead(view: str, d: FigureDraft, dead_spans: list[Span]) -> bool:
    """ "The driver died at the scene. A passenger was taken to a hospital.": one person told
    dead by a definite noun, then a person hurt introduced afterwards as new (an indefinite
    article or a possessive) by another noun and taken to care in their own clause, is someone
    else, not the dead on the way to the hospital. Not one only told hurt ("The driver … has died.
    … A man was critically wounded", an update's original story retelling the dead), nor the same noun ("The man died. A man was taken to a hospital": _died_later), nor
    a noun anyone may be called ("the victim", "a person"), nor the dead told by a pronoun."""
    new = _INTRODUCED.match(d.text)
    if new is None or new["head"].lower() in _ANYONE or len(dead_spans) != 1:
        return False
    if not _TAKEN_TO_CARE.match(view, d.span[1]):  # told hurt, not taken to care: maybe the dead, retold
        return False
    a, b = dead_spans[0]
    dead = _DEFINITE_DEAD.match(view[a:b])
    return (
        dead is not None
        and b <= d.span[0]
        and dead["head"].lower() not in _ANYONE
        and dead["head"].lower() != new["head"].lower()
    )


# a person named by whose they are: a possessive, a word or two, then the noun ("his son", "her
# 12-year-old daughter", "their half-brother", "his friend")
_POSSESSED = compiled(rf"(?:his|her|their)\s+(?:[\w'’-]+\s+){{0,2}}?{PERSON_PREFIX}(?P<head>[a-z][\w'’-]*)\Z", re.I)
# the nouns of a relation to someone (kin, a friend, a neighbour, a passenger), not the
# possessor's "victim" (the attacker's: the dead again) nor the attacker
_RELATION_HEADS = (KIN_NOUNS | VICTIM_NOUN_WORDS) - _ANYONE - PERPETRATOR_NOUNS


def _someone_of_theirs(
    view: str, m: victims.Mention, dead: list[FigureDraft], dead_one: victims.Mention | None
) -> bool:
    """ "killing a man and wounding his son": a person named by a possessive and a noun of
    relation (a kin word, "friend", "neighbor") after one person told dead in the same sentence
    is the possessor's relation, someone else than the possessor (the dead, or whoever harmed
    them), so one more person, not the dead on the way to the hospital. Not a child in a parent's
    own words ("A boy was killed. His mother said her son was shot": the boy), nor one named
    before the dead ("His son was wounded. He died": the son), nor after the dead's sentence,
    where the possessor may be the attacker ("A man was found dead. … She shot her boyfriend":
    the dead again); the caller leaves out several dead, the relation maybe one of them ("shot
    his wife and then himself. The two were dead")."""
    a, b = m.span
    new = _POSSESSED.match(view, a, b)
    if new is None or new["head"].lower() not in _RELATION_HEADS:
        return False
    told = [(d.span[0], d.sentence) for d in dead] + ([(dead_one.span[0], dead_one.sentence)] if dead_one else [])
    if not any(at < a and sentence == m.sentence for at, sentence in told):
        return False
    return not child_in_parents_words(view, max(0, a - PARENT_REACH), a, view[a:b])


def _killer_turned_after(view: str, by_index: dict[int, Sentence], d: FigureDraft) -> bool:
    """Does the sentence that tells ``d`` hurt go on to the one who did it turning the weapon on
    himself ("a boy was shot when a man opened fire, then turned the gun on himself")? Then a
    death told later is the attacker's, and the one he hurt someone else."""
    sent = by_index.get(d.sentence)
    return sent is not None and SELF_KILLED_RE.search(view, d.span[1], sent.end) is not None


def _attacker(phrase: str) -> bool:
    """Does the phrase name the attacker ("the suspect", "a gunman")?"""
    words = phrase.split()
    return bool(words) and words[-1].lower() in PERPETRATOR_NOUNS


def _one(d: FigureDraft) -> bool:
    """One person: "a man", or a count written "one" ("left one woman dead")."""
    return d.value == 1 and (implicit_count(d.text) == 1 or d.text.lower() == "one")


# a person named again by a pronoun or a definite noun phrase: "he", "the victim"
_REFERRING = compiled(r"(?:the|he|she|him|her|they|them)\b", re.I)
# a person the text has introduced: a name, a pronoun or a definite noun phrase, not "a man"
_ALREADY_KNOWN = compiled(r"(?!(?:an?|one|another|his|her|their)\b)(?:the\b|he\b|she\b|[A-Z])", re.I)

"""People told as others of a toll's own harm in its sentence: "others" ("Four people were hurt, and
two others were treated for burns"), or people of a coordinated clause of their own ("Two men were
shot and a woman was hurt by glass") or a companion ("died along with her two sons"); or one person
of another role told "also" harmed after a group named by its role ("Six pupils were hurt. The
driver was also hurt"): besides the toll, not among it."""

from __future__ import annotations

import itertools
import re

from summarizer.rules.figure_drafts import HARMS, FigureDraft
from summarizer.text.added_counts import ALSO, BESIDES
from summarizer.text.implicit_counts import VICTIM_NOUN_WORDS, singular
from summarizer.text.incident_words import IN_CONDITION, LY_NOT_NEARLY, SUFFERED_INJURY
from summarizer.text.numbers import NUMBER_WORDS
from summarizer.text.regex import compiled
from summarizer.text.sexes import SEX_WORDS

_BESIDES = BESIDES[-1]
# the others are among the toll when an aside on its people names them: "Three people were
# injured, including two others who were trampled"
_AMONG_BEFORE = compiled(r"\b(?:including|among(?:\s+them)?)\s+$", re.I)

# a verb of harm (not of care: after "two people were shot", "a man was hospitalized" is most often
# one of them), passive or active
_HARMED = r"(?:shot|wounded|injured|hurt|stabbed|struck|hit|grazed|burned|cut|killed|slain)"
# between the first people and the second, no aside on the first people nor relative
_NO_ASIDE = r"(?:(?!\b(?:including|among|who|whom|which)\b)[^.;:])"
# two clauses, each with its people and its verb, joined by "and": "Two men were shot and [a
# woman]", "Two residents were treated for smoke inhalation, and [a firefighter]"
_CLAUSE_THEN_AND = compiled(rf"{_NO_ASIDE}*?\b(?:was|were)\s{_NO_ASIDE}*?(?:,\s*|\s+)and\s+$", re.I)
# … whose second people are the subject of a harm of their own: "[a firefighter] was hurt", "[one
# firefighter] suffered a burn", "[another] in fair condition"
_OWN_HARM_AFTER = compiled(
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:also\s+)?"
    # (an adverb of the harm, not of a near miss: "was nearly hit by a stray bullet")
    rf"(?:{LY_NOT_NEARLY}\s+)?{_HARMED}\b|(?:also\s+)?{SUFFERED_INJURY}"
    # or a patient's state of their own, its verb maybe gapped: "[another] in fair condition"
    rf"|(?:(?:is|was|were|are|remains|remained)\s+)?(?:listed\s+)?{IN_CONDITION})",
    re.I,
)
# the companion of a harm or a death: "[a woman] died along with her [two daughters]", "[two men]
# were killed, along with [a woman]"; or with nothing but "along with" between, of the object of a
# blow ("killed [a clerk] along with [two customers]") or set off by commas before the verb ("[a
# woman], along with [her son], was hurt"), a count's noun before the comma ("[Two] men, along with
# [a woman], were hurt")
_ALONG_WITH = compiled(
    rf"(?:{_NO_ASIDE}*?\b(?:{_HARMED}|died)|(?:\s+[\w'’-]+){{1,3}}?(?=\s*,))?\s*,?\s+(?:\w+ly\s+)?along\s+with\s+"
    r"(?:(?:his|her|their)\s+)?$",
    re.I,
)
# (the second people are a part of the first, never besides them: "and one of them was hurt"; nor
# a possessive, whose noun is the one harmed: "and a woman's dog was hurt")
_PART_AFTER = compiled(r"\s+(?:of|in)\s+(?:them|those|these|the)\b|['’]s\b", re.I)
# (nor people named by no noun of their own, or by the first people's noun: a count told again of
# some of them, "Six people were hurt and three were badly burned", "two men … and one man was …")
_VERB_AT = compiled(r"\s+(?:was|were|had|has|have|also|suffered|sustained)\b", re.I)
_WORD_AT = compiled(r"\s+([\w'’-]+)")


def harmed_apart(view: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Are the people at ``second`` (their words, or their count's number) told harmed apart from
    those at ``first``, before them in the sentence: the subject of a clause of their own joined by
    "and", or the companion "along with" them? (The objects of two blows, "shot two men and wounded
    a woman", are one list: harm_objects.)"""
    gap = (first[1], second[0])
    if gap[0] > gap[1] or _PART_AFTER.match(view, second[1]):
        return False
    noun = _noun_of(view, second)
    if noun is None or noun == _noun_of(view, first):
        return False
    if _ALONG_WITH.fullmatch(view, *gap):
        return True
    return bool(_CLAUSE_THEN_AND.fullmatch(view, *gap) and _OWN_HARM_AFTER.match(view, second[1]))


# the clause's subject, a definite person by their role, right before a companion set off by commas:
# "The driver of the van, along with a passenger, was killed" (the clause opens the sentence or
# follows a verb of saying or a conjunction)
_DEFINITE_FRONT = compiled(
    r"(?:^[\s\"“]*|\b(?:said|says|that|and|but)\s+)(?P<np>the\s+(?:[\w'’-]+\s+){0,2}?(?P<head>[\w'’-]+)"
    r"(?:\s+of\s+(?:the|an?|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?)\s*$",
    re.I,
)


def definite_front(view: str, start: int, at: int, before: list[FigureDraft]) -> tuple[int, int] | None:
    """The definite person (their span) whose companion "along with" is set off by commas at
    ``at`` in the sentence from ``start``, harmed as the companion is: one more person when
    they are the first the story tells harmed (no harm counted in ``before`` ahead of them);
    after one, "the driver" most often names them again."""
    m = _DEFINITE_FRONT.search(view[start:at])
    if m is None or singular(m.group("head").lower()) not in VICTIM_NOUN_WORDS:
        return None
    s, e = start + m.start("np"), start + m.end("head")  # "The driver (of the van)": the words a count grounds
    if any(d.category in HARMS and d.span[0] < s for d in before):
        return None
    return s, e


def _noun_of(view: str, span: tuple[int, int]) -> str | None:
    """The noun of the people at ``span`` in the singular: its last word ("a woman", "one man"), or
    the word after a count's number ("Two [men]"); None for a count with no noun ("three were")."""
    words = view[span[0] : span[1]].lower().split()
    if words and words[-1] not in NUMBER_WORDS and not words[-1].isdigit():
        return singular(words[-1])
    word = None if _VERB_AT.match(view, span[1]) else _WORD_AT.match(view, span[1])
    return singular(word[1].lower()) if word else None


def others_besides(view: str, drafts: list[FigureDraft]) -> None:
    """Label as besides (the evaluation adds them to the toll) the people counted as "others" right
    after a count of the same harm in the same sentence. Not a part told of the count ("Four people
    were hurt, two of them critically"), nor others of another harm ("one killed and two others
    hurt"), nor others in a later sentence ("Three of the five were flown out. Two others were
    driven"), nor others named in an aside on the toll's people ("…, including two others who were
    trampled"): the draft right before must be the same harm's, in the same sentence. So too the
    people harmed apart from those right before them (harmed_apart). ``drafts`` is in text order."""
    for before, d in itertools.pairwise(drafts):
        at = d.words_start  # "including at least two others"
        if (
            d.category in HARMS
            and before.category == d.category
            and before.sentence == d.sentence
            and not d.label.endswith(BESIDES)
            and (
                (d.noun == "others" and _AMONG_BEFORE.search(view, max(0, at - 20), at) is None)
                or harmed_apart(view, (before.words_start, before.span[1]), (at, d.span[1]))
            )
        ):
            d.label = f"{d.label} {_BESIDES}"


# nouns that name anyone, of a group or not: a group so named may hold the one told "also" harmed
# ("Three people were hurt … a man was also hurt" is most often one of them, described)
_ANYONE = frozenset({
    "people", "persons", "person", "others", "victims", "victim", "individuals", "residents", "resident",
    "children", "child", "kids", "teens", "teenagers", "adults", "juveniles", "youths", "members",
})  # fmt: skip


def roles_besides(drafts: list[FigureDraft]) -> None:
    """Label as besides one person told "also" harmed ("The driver was also hurt") after a group
    of that harm counted by a noun of their role ("Nine hikers were hurt") when the person's noun
    names another role: the driver is no hiker, so one more. Not a noun that names anyone ("a man",
    "a victim", "one resident"), nor the group's own noun ("a hiker was also hurt"), nor after a
    group of anyone ("Three people were hurt"). ``drafts`` is in text order."""
    for i, d in enumerate(drafts):
        if d.category not in HARMS or not d.label.startswith(ALSO) or d.value != 1 or not d.text.split():
            continue
        head = d.text.split()[-1].lower()
        group = next((g for g in reversed(drafts[:i]) if g.category == d.category and g.value > 1), None)
        if group is None or not group.noun:
            continue
        noun = group.noun.lower()
        if (
            noun in _ANYONE
            or head in _ANYONE
            or head in SEX_WORDS
            or singular(noun) in (noun, head)
            or singular(noun) in SEX_WORDS
        ):
            continue
        d.label = f"{d.label} {_BESIDES}"

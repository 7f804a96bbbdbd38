"""People counted and one person named beside them, read as one count: "she and three others
were shot" (4), "a clerk and two customers were wounded" (3), and a harm's object, "a gunman shot
two guards and a cook" (3: the later "one of them died" is one of the three, see
shot_and_dead.shot_then_died, which reads the people's verb after the whole phrase). Not an
object that a clause runs on from ("shot two men and a woman ran for help": she is the next
clause's subject), nor the people of a verb that is no harm ("arrested two men and a woman").
Two counts of people joined so are one count too: "two students and three teachers were hurt" (5).
"""

from __future__ import annotations

import itertools
import re

from summarizer.rules.clause_splits import OWN_VERB_AFTER
from summarizer.rules.figure_drafts import HARMS, FigureDraft
from summarizer.text.implicit_counts import (
    FILLER,
    HARM_OR_KILL_VERB,
    PEOPLE_PLURAL,
    PERSON_PREFIX,
    SHARED_AGES,
    VICTIM_NOUNS,
    implicit_count,
)
from summarizer.text.incident_words import DIED_VERB
from summarizer.text.regex import compiled, guarded

__all__ = ["with_the_people_beside"]

# the people named right before "and three others": a pronoun, or one person without a number
# one person named beside the people counted: "a clerk", "her son"
_ONE_NAMED = rf"(?:an?|one|his|her|their)\s+(?:{FILLER}\s+){{0,4}}?{PERSON_PREFIX}(?:{VICTIM_NOUNS})"
# or one person told by a definite role before the people counted, a new one beside them: "the
# clerk and two customers were shot" (3); not "the two clerks", whose own number is a count
_ONE_DEFINITE = rf"the\s+(?:{FILLER}\s+){{0,2}}?{PERSON_PREFIX}(?:{VICTIM_NOUNS})"
# the person named before "and" and the people counted, theirs maybe: "a mother and her two sons"
_PEOPLE_AND_BEFORE = guarded(
    rf"\b(?P<who>he|she|{_ONE_NAMED}|{_ONE_DEFINITE})\s+and\s+(?:(?:his|her|their)\s+)?$", re.I
)
# (or a part of a group, theirs or the one told: "a barber and one of his customers", "two of the guards")
_OTHERS_AT = compiled(rf"\s+(?:of\s+(?:his|her|their|the)\s+)?{PEOPLE_PLURAL}\b", re.I)
# (the people's ages may come between: "two men and a woman, all in their 30s, were shot")
# (or of a death told without a passive: "a mother and her two sons died in the fire")
_SUBJECT_OF_PASSIVE = compiled(
    rf"(?:{SHARED_AGES})?\s+(?:(?:were|are|have\s+been|had\s+been)\s|(?:(?:both|all|later|have|had)\s+)?{DIED_VERB}\b)",
    re.I,
)
# one person named after the people counted: "two men and a woman"
_AND_PERSON_AFTER = guarded(rf"\s+and\s+{_ONE_NAMED}\b", re.I)


# two groups of people coordinated as one subject or object: "two students and three teachers",
# "four men and two women"; the first count's words, then "and" right before the second count
_GROUP_AND_BETWEEN = compiled(rf"\s+{PEOPLE_PLURAL}\s+and\s+", re.I)


def _groups_together(view: str, drafts: list[FigureDraft]) -> None:
    """ "Two students and three teachers were hurt": the people of two counts joined by "and" as
    one passive's subject or one harm's object are one count, 5; the first count, read apart from
    the harm (the split before "and three"), joins the second. Not counts of things ("two dogs and
    three cats were found"), nor a second count with its own verb ("two men were shot and three
    women were hurt"), nor a group whose harm is not told ("two men and three women were seen")."""
    for first, second in itertools.pairwise(list(drafts)):
        harm = second.category if second.category in HARMS else first.category
        if (
            harm not in HARMS
            or {first.category, second.category} - {harm, "other"}
            or first.sentence != second.sentence
            or first.value_max is not None
            or second.value_max is not None
            or first.qualifier != "exact"
            or second.qualifier != "exact"
            or _GROUP_AND_BETWEEN.fullmatch(view, first.span[1], second.span[0]) is None
        ):
            continue
        others = _OTHERS_AT.match(view, second.span[1])
        start = first.words_start
        if others is None or not (
            _SUBJECT_OF_PASSIVE.match(view, others.end()) or _harm_object(view, start, others.end())
        ):
            continue
        span = (start, others.end())
        second.span, second.text, second.phrase_start = span, view[span[0] : span[1]], span[0]
        second.value += first.value
        second.category, second.noun, second.label = harm, "people", f"people {harm}"
        second.range_end = max(second.range_end, span[1])
        drafts.remove(first)


def with_the_people_beside(view: str, drafts: list[FigureDraft]) -> None:
    """ "She and three others were shot", "a man and two women were wounded", "a gunman shot two
    men and a woman": the people counted and the person named beside them, summed, the figure's
    words running over both, when they are a passive's subject or a harm's object."""
    _groups_together(view, drafts)
    for d in drafts:
        if d.category not in HARMS or d.value_max is not None or d.qualifier != "exact":
            continue
        start = d.words_start
        others = _OTHERS_AT.match(view, d.span[1])
        if others is None:
            continue
        person = _PEOPLE_AND_BEFORE.search(view, max(0, start - 60), start)
        after = None if person is not None else _AND_PERSON_AFTER.match(view, others.end())
        if after is not None:
            span = (start, after.end())
            first = implicit_count(view[others.end() : after.end()].split(None, 1)[1])  # the words after "and"
        elif person is not None:
            span = (person.start(), others.end())
            first = implicit_count(person.group("who"))  # the words before "and"
        else:
            continue
        value = implicit_count(view[span[0] : span[1]])
        if (
            d.noun != "others"
            and not _SUBJECT_OF_PASSIVE.match(view, span[1])
            # the harm's verb before all of them: "shot two men and a woman", "shot a clerk and two coworkers"
            and not _harm_object(view, span[0], span[1])
        ):
            continue
        if value is not None and first is not None and value == d.value + first:
            d.span, d.text, d.value, d.phrase_start = span, view[span[0] : span[1]], value, span[0]
            # the people's words end after both, where their verb is read from ("… and a cook were shot")
            d.range_end = max(d.range_end, span[1])


# the harm's verb right before the count whose object the people are: "shot", "wounding", "the
# shooting of"
_HARM_VERB_BEFORE = compiled(rf"\b(?:{HARM_OR_KILL_VERB}|shootings?\s+of)\s+$", re.I)


def _harm_object(view: str, start: int, end: int) -> bool:
    """Are the people at ``start``..``end`` a harm's object ("a gunman shot two guards and a
    cook"), not followed by a verb of their own?"""
    return bool(_HARM_VERB_BEFORE.search(view, max(0, start - 20), start)) and not OWN_VERB_AFTER.match(view, end)

"""People told as others of a toll's own harm in its sentence ("Four people were hurt, and two
others were treated for burns"), or one person of another role told "also" harmed after a group
named by its role ("Six pupils were hurt. The driver was also hurt"): besides the toll, not among it."""

from __future__ import annotations

import itertools
import re

from summarizer.rules.written_counts import HARMS, FigureDraft
from summarizer.text.numbers import ALSO, BESIDES, SEX_WORDS, singular
from summarizer.text.regex import compiled

_BESIDES = BESIDES[-1]
# the others are among the toll when an aside on its people names them: "Three people were
# injured, including two others who were trampled"
_AMONG_BEFORE = compiled(r"\b(?:including|among(?:\s+them)?)\s+$", re.I)


def others_besides(view: str, drafts: list[FigureDraft]) -> None:
    """Label as besides (the evaluation adds them to the toll) the people counted as "others" right
    after a count of the same harm in the same sentence. Not a part told of the count ("Four people
    were hurt, two of them critically"), nor others of another harm ("one killed and two others
    hurt"), nor others in a later sentence ("Three of the five were flown out. Two others were
    driven"), nor others named in an aside on the toll's people ("…, including two others who were
    trampled"): the draft right before must be the same harm's, in the same sentence. ``drafts`` is
    in text order."""
    for before, d in itertools.pairwise(drafts):
        at = d.phrase_start if d.phrase_start >= 0 else d.span[0]  # "including at least two others"
        if (
            d.category in HARMS
            and before.category == d.category
            and before.sentence == d.sentence
            and d.noun == "others"
            and not d.label.endswith(BESIDES)
            and _AMONG_BEFORE.search(view, max(0, at - 20), at) is None
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

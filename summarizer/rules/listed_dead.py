"""One of the people counted hurt and listed by description, told dead later: "Deputies found two
victims, a man and a woman, both with gunshot wounds. The man died Tuesday at a hospital" counts
one dead and one hurt, not one dead and two hurt: the dead man is one of the two. The count
becomes the people hurt (labelled by its harm word), from which ``evaluation.count_of`` takes the
dead told after it, as it does for "four people were shot, one fatally". A death told apart ("40
were hurt. Nine were killed") or of a person none of the list names ("A bystander died") is no
one of them."""

from __future__ import annotations

import re

from summarizer.rules.figure_drafts import FigureDraft
from summarizer.text.added_counts import HURT_ENDS
from summarizer.text.implicit_counts import FILLER, VICTIM_NOUNS, implicit_count
from summarizer.text.regex import compiled

__all__ = ["dead_among_the_listed"]

# the people listed after the count's noun or its verb, in apposition or after a colon: "two
# victims, a man and a woman", "two people were shot in Welby, a boy, 15, and his father", "three
# victims with gunshot wounds: a man, a woman and a teenager"; each "a"/"an"/"his"/"her" and up to
# two words before the noun
_LISTED_AFTER = compiled(
    rf"(?:\s+[\w'’-]+){{0,8}}?\s*[,:]\s*(?P<list>(?:an?|his|her|their)\s+(?:{FILLER}\s+){{0,2}}?(?:{VICTIM_NOUNS})\b"
    rf"(?:(?:\s*,\s*\d{{1,3}})?(?:\s*,?\s+and\s+|\s*,\s*)(?:an?|his|her|their)\s+(?:{FILLER}\s+){{0,2}}?(?:{VICTIM_NOUNS})\b)+)"
    # (the list ends the phrase, not the subject of a verb of its own: "a man and a woman told police")
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:both|each|all|aged|who|with|in|at|from|on|near|outside|inside)\b)",
    re.I,
)
_NOUN = compiled(rf"\b(?:{VICTIM_NOUNS})\b", re.I)
# the dead named by a definite description: "The man", "the 34-year-old woman"
_DEFINITE = compiled(rf"the\s+(?:{FILLER}\s+){{0,2}}?(?P<noun>{VICTIM_NOUNS})$", re.I)
_HARM_WORD = compiled(rf"\b(?:{'|'.join(end.strip() for end in HURT_ENDS)})\b", re.I)
_REACH = 3  # sentences from the count to the death


def dead_among_the_listed(view: str, drafts: list[FigureDraft]) -> None:
    """Relabels (in place) as the people hurt a count of the injured whose listed people one of
    the deaths told after it, in a sentence of its own, names by their noun."""
    for hurt in drafts:
        if hurt.category != "injured" or hurt.value < 2 or hurt.roundup:
            continue
        listed = _listed(view, hurt)
        if listed is None:
            continue
        nouns, end = listed
        dead = next(
            (
                d
                for d in drafts
                if d.category == "killed"
                and d.value == 1
                and 0 < d.sentence - hurt.sentence <= _REACH
                and (m := _DEFINITE.fullmatch(" ".join(d.text.split()))) is not None
                and m.group("noun").lower() in nouns
            ),
            None,
        )
        if dead is None or any(
            d.category in ("injured", "killed") and hurt.span[0] < d.span[0] < dead.span[0] for d in drafts
        ):
            continue
        stop = view.find(".", end)
        word = _HARM_WORD.search(view, hurt.span[1], stop if stop >= 0 else len(view))
        said = word.group().lower() if word else "wounded"
        hurt.category, hurt.label = "other", f"{hurt.noun or 'people'} {said}"


def _listed(view: str, hurt: FigureDraft) -> tuple[set[str], int] | None:
    """The nouns of the people a count of the injured lists, and where the list ends: the people
    after a written count, or the count's own words when they list them ("a man and a woman")."""
    if implicit_count(hurt.text) is None:
        m = _LISTED_AFTER.match(view, max(hurt.span[1], hurt.range_end))
        return None if m is None else ({n.lower() for n in _NOUN.findall(m.group("list"))}, m.end())
    if " and " not in hurt.text and "," not in hurt.text:
        return None  # "two men", "a couple": no one told apart
    return {n.lower() for n in _NOUN.findall(hurt.text)}, hurt.span[1]

"""A part of a group told in a relative after the group's count: ", one of whom was shot", ", two
of whom died". The part's harm is the relative's; the group's is only what its own predicate tells
("Five guards were at the gate, one of whom was shot": one hurt, the five no toll; "The three men,
one of whom died, were shot": three shot, one of them dead, two hurt).
"""

from __future__ import annotations

import re

from summarizer.rules.figure_drafts import HARMS, FigureDraft
from summarizer.rules.running_tallies import is_tally_after
from summarizer.text.added_counts import HURT_ENDS
from summarizer.text.incident_words import CONVEYED_OR_ADMITTED, HOSPITAL_NOUNS
from summarizer.text.numbers import NUMBER_WORDS
from summarizer.text.regex import compiled

# the group's words up to a comma, the part "of whom" or "of them", its predicate up to a comma
# (the relative set between the group and its verb) or the end of the sentence
_PART_AFTER = compiled(
    r"(?P<pred>[^,.;:]{0,80}?),\s*(?P<part>one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+of\s+"
    r"(?:whom|them)\s+(?P<rel>[^,.;:]{1,80}?)\s*(?P<end>,|[.;:]|$)",
    re.I,
)
_DEATH = compiled(
    r"\b(?:died|killed|dead|fatally|mortally|succumbed|slain|to\s+death|deaths?|homicides?|murder(?:ed)?)\b", re.I
)
# a wound, or its care ("two of whom were admitted to the county hospital", "taken to hospital",
# "treated for hypothermia", as category_patterns reads it); not a release or a shelter ("nine of
# whom were released", "taken to a hotel")
_HURT = compiled(
    r"\b(?:shot|wounded|injured|hurt|stabbed|hospitali[sz]ed"
    rf"|{CONVEYED_OR_ADMITTED}\s+to\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?:{HOSPITAL_NOUNS})"
    r"|treated\s+for)\b",
    re.I,
)
# a harm denied, feared or nearly done is none: "one of whom was not hurt", "one of whom may die"
_NOT_ASSERTED = compiled(r"\b(?:not|never|no|nearly|almost|may|might|could|would|likely|expected)\b|n['’]t\b", re.I)
_HARM_WORD = compiled(rf"\b(?:{'|'.join(end.strip() for end in HURT_ENDS)})\b", re.I)
_REACH = 80  # characters of the main clause read after a relative set between


def _harm(words: str) -> str | None:
    """The harm the words assert: a death, a wound, or none."""
    if _NOT_ASSERTED.search(words):
        return None
    if _DEATH.search(words):
        return "killed"
    if _HURT.search(words):
        return "injured"
    return None


def parts_of_whom(view: str, drafts: list[FigureDraft]) -> list[FigureDraft]:
    """The part a relative after a group's count tells harmed ("…, one of whom was shot") counted
    as its own figure, and the group read by its own predicate: no toll when it tells no harm,
    the people hurt ("men shot") when the part died of it. Returns the parts read anew."""
    added: list[FigureDraft] = []
    for whole in list(drafts):
        # (a group no harm counts, told by what befell them all: "divers pulled 24 people from the
        # water, six of whom were admitted to hospital": the part hurt, the group left as read)
        unharmed = whole.category == "other" and whole.noun is not None
        if (whole.category not in HARMS and not unharmed) or whole.value < 2 or whole.roundup or whole.is_total:
            continue
        m = _PART_AFTER.match(view, whole.range_end)
        if m is None or is_tally_after(view, whole.range_end, m.start("part")):
            continue  # (not a tally's: "the first seven victims of 2014, six of whom …")
        word = m.group("part").lower()
        value = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 0)
        part_harm = _harm(m.group("rel"))
        if part_harm is None or not 1 <= value < whole.value:
            continue
        # the group's own predicate: before the comma, or after a relative set between it and its verb
        main = m.group("pred")
        if m.group("end") == ",":
            stop = min(len(view), m.end() + _REACH)
            main += " " + re.split(r"[.;]", view[m.end() : stop], maxsplit=1)[0]
        group_harm = _harm(main)
        if unharmed and group_harm is not None:
            continue  # a harm the clause told and the count's reading did not take: left as read
        if group_harm == "killed" or (group_harm == "injured" and part_harm == "injured"):
            continue  # the part is some of the people harmed, counted by the group
        if whole.category == "killed" and part_harm == "injured":
            continue  # the group's own words tell them dead ("seven homicide victims, two of whom were shot")
        span = m.span("part")
        part = next((d for d in drafts if d.span == span), None)
        if part is None:
            part = FigureDraft(
                text=view[span[0] : span[1]], span=span, value=value, value_max=None, qualifier="exact",
                category=part_harm, noun=whole.noun, label="", location=whole.location,
                location_span=whole.location_span, sentence=whole.sentence, phrase_start=span[0], range_end=span[1],
            )  # fmt: skip
            added.append(part)
        part.category, part.label = part_harm, f"{whole.noun or 'people'} {part_harm}"
        if unharmed:
            continue
        if group_harm is None:
            whole.category, whole.label = "other", whole.noun or "people"  # "five guards were at the gate"
        else:
            said = _HARM_WORD.search(main)
            whole.category = "other"
            whole.label = f"{whole.noun or 'people'} {said.group().lower() if said else 'shot'}"
    return added

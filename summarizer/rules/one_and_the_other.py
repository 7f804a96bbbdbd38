"""Two people harmed, then split by "one … the other": "Two men were shot; one died at the scene
and the other was taken to a hospital" (one dead, the people shot less him hurt), "One was taken to
a hospital and the other died" (the same), "one died on the spot and the other died later" (both
dead). The same reading as shot_and_dead's "two men were shot and one died": the two are the people
shot and the dead a part of them; when both died, the two are the dead. Read only when each part's
fate is told, a death or a harm's care, in the count's sentence or the next; a split that tells no
fate of one ("one fled and the other was arrested") leaves the figures as read.
"""

from __future__ import annotations

import re

from summarizer.rules.figure_drafts import HARMS, FigureDraft
from summarizer.text.added_counts import HURT_ENDS
from summarizer.text.incident_words import CONVEYED
from summarizer.text.regex import compiled

__all__ = ["one_and_the_other"]

# the count's harm, right after it: "two men were shot", "two women were wounded"
_HARM_AFTER = compiled(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:(?:were|have\s+been|had\s+been|got)\s+)?(?:\w+ly\s+)?"
    r"(?P<harm>shot|wounded|injured|hurt|stabbed)\b(?!\s+(?:dead|to\s+death|and\s+killed)\b)",
    re.I,
)
# the split, after the harm, in its sentence or the next: "…; one died … and the other was taken …"
_SPLIT = compiled(
    r"[^.;:!?]{0,80}?(?:[.;:!?]\s+|,\s+|\s+)(?:and\s+|but\s+)?(?P<one>one)"
    r"(?:\s+of\s+(?:them|the\s+two|the\s+(?:two\s+)?(?P<of>[a-z]+)(?=\s)))?\s+"
    r"(?P<first>(?!of\b)(?:(?!\bthe\s+other\b)[^.;!?]){1,100}?)(?:[,;]\s*|\.\s+|\s+)(?:and\s+|while\s+|but\s+|whereas\s+)?"
    r"(?P<other>the\s+other)(?:\s+(?:man|woman|victim|person|teen|boy|girl|one))?\s+(?P<second>[^.;!?]{1,100})",
    re.I,
)
# the group "one of the …" is one of: the people harmed, named by their harm or as people (not
# "one of the suspects", "one of their friends": someone else's group)
_OF_THE_HARMED = frozenset(
    ["victims", "wounded", "injured", "people", "men", "women", "teens", "teenagers", "boys", "girls", "youths"]
)
# a part's fate: a death, or a harm or its care (a verb of the care class, not to the law's places:
# "the other was brought to justice", "taken to jail")
_DEAD = compiled(
    r"^(?:\w+\s+){0,3}?(?:died|dies|has\s+died|was\s+killed|(?:was\s+)?(?:pronounced|declared|found)\s+dead"
    r"|succumbed|did\s+not\s+survive|didn't\s+survive)\b",
    re.I,
)
_HURT = compiled(
    rf"^(?:\w+\s+){{0,4}}?(?:(?:was|is)\s+(?:\w+ly\s+)?{CONVEYED}\s+to(?!\s+(?:justice|jail|prison|court)\b)"
    r"|(?:was|is)\s+(?:\w+ly\s+)?(?:hospitali[sz]ed|treated|wounded|injured|hurt|grazed|in\s+\w+\s+condition)"
    r"|survived|suffered|is\s+expected\s+to\s+(?:survive|recover))\b",
    re.I,
)


def _fate(text: str) -> str | None:
    if _DEAD.match(text):
        return "killed"
    return "injured" if _HURT.match(text) else None


def one_and_the_other(view: str, drafts: list[FigureDraft]) -> list[FigureDraft]:
    """Read a count of two people harmed ("were shot", "were wounded", or already read as the
    people shot) whose parts "one" and "the other" are each told dead or hurt right after it: both
    dead, the two are the dead and the parts' own counts go; one dead, the two are the people shot
    and the dead part is counted killed (its draft, else a new one at its words). Returns the
    drafts, in text order."""
    for whole in drafts:
        if whole.value != 2 or whole.roundup or whole.value_max is not None:
            continue
        if not (whole.category == "injured" or (whole.category == "other" and whole.label.endswith(HURT_ENDS))):
            continue
        window = view[whole.range_end : whole.range_end + 400].lower()
        if "the other" not in window or "one" not in window:
            continue
        harm = _HARM_AFTER.match(view, whole.range_end)
        if harm is None:
            continue
        split = _SPLIT.match(view, harm.end())
        if split is None:
            continue
        of = split.group("of")
        if of is not None and of.lower() not in _OF_THE_HARMED and of.lower() != (whole.noun or "").lower():
            continue  # "one of the suspects died": a part of another group
        fates = (_fate(split.group("first")), _fate(split.group("second")))
        if None in fates or "killed" not in fates:
            continue  # a fate untold, or both hurt: the two stay as read
        inside = [d for d in drafts if d is not whole and d.category in HARMS and harm.end() <= d.span[0] < split.end()]
        if any(d.value > 1 for d in inside):
            continue  # another count told in the split is no part of the two
        noun = whole.noun or "people"
        if fates == ("killed", "killed"):
            whole.category, whole.label = "killed", f"{noun} killed"
            return sorted((d for d in drafts if not any(d is p for p in inside)), key=lambda d: d.span)
        whole.category, whole.label = "other", f"{noun} {harm.group('harm').lower()}"
        dead_at = split.span("one") if fates[0] == "killed" else split.span("other")
        dead = next((d for d in inside if d.span[0] == dead_at[0]), None)
        for d in inside:  # the hurt part keeps its reading; a death read elsewhere in the split goes
            if d.category == "killed" and d is not dead:
                d.category, d.label = "other", d.noun or "people"
        if dead is None:
            dead = FigureDraft(
                text=view[dead_at[0] : dead_at[1]], span=dead_at, value=1, value_max=None, qualifier="exact",
                category="killed", noun=whole.noun, label="", location=None, location_span=None,
                sentence=whole.sentence + ("." in view[whole.range_end : dead_at[0]]), phrase_start=dead_at[0], range_end=dead_at[1],
            )  # fmt: skip
            drafts = sorted([*drafts, dead], key=lambda d: d.span)
        dead.category, dead.label = "killed", f"{noun} killed"
        return drafts
    return drafts

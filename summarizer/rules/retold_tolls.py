"""The same toll retold: a later count of a harm equal to the first of its category, told with a
place the people were taken to ("… killing at least 23 people. An officer said 23 bodies had been
recovered and taken to a morgue in Portvale"), is the incident's toll again, not another place's.
Its place is where the dead or hurt were brought: it takes the first toll's, so that it is not
summed as a second scene's toll. (A roundup's equal tolls at two scenes, "Two were killed in Ash.
… Two were killed in Elm", are two.)
"""

from __future__ import annotations

from summarizer.rules.figure_drafts import HARMS, FigureDraft
from summarizer.text.base import lower_pattern
from summarizer.text.incident_words import CONVEYED_OR_ADMITTED

__all__ = ["places_of_retold_tolls"]

# words of the people brought somewhere after the harm, between a count and its place: "taken to
# hospital in", "recovered and brought to a morgue in", "admitted to a clinic in" (the care class and
# a hospital's verbs, and a body's or an evacuee's: "transferred", "evacuated", "recovered"); on
# lower-cased text
_TAKEN_TO = lower_pattern(
    rf"\b(?:{CONVEYED_OR_ADMITTED}|transferred|evacuated|recovered"
    r"|hospitals?|hospitali[sz]ed|morgues?|mortuary|mortuaries|clinics?)\b"
)


def places_of_retold_tolls(lowered: str, drafts: list[FigureDraft]) -> None:
    """Give a count that retells the first toll of its harm, in a later sentence, at the place the
    people were taken to, the first toll's place (or none, as the first has none). ``drafts`` in the text's order; ``lowered`` the text lower-cased."""
    for category in HARMS:
        group = [d for d in drafts if d.category == category]
        if len(group) < 2:
            continue
        first = group[0]
        for d in group[1:]:
            if (
                d.sentence > first.sentence
                and d.value == first.value
                and d.location_span is not None
                and d.location != first.location
                and not d.shared
                and _taken_there(lowered, *_gap(d))
            ):
                d.location, d.location_span = first.location, first.location_span


def _taken_there(lowered: str, start: int, end: int) -> bool:
    """Do the words between a count and its place, within one sentence, bring the people there,
    a few words before the place ("… taken to a hospital in")?"""
    if "." in lowered[start:end]:
        return False  # the place is another sentence's ("… taken to a hospital.The shooting was in …")
    return bool(_TAKEN_TO.search(lowered, max(start, end - 40), end))


def _gap(d: FigureDraft) -> tuple[int, int]:
    """The text between a count and its place, in either order."""
    assert d.location_span is not None
    at, end = d.location_span
    return (d.span[1], at) if at >= d.span[1] else (end, d.span[0])

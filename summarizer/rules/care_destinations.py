"""The place people were taken to for care, told between their count and their harm: "Three people
were taken to hospitals in Elko and Reno with gunshot wounds", "Two men were rushed to St. Mary's
and Mercy hospitals suffering from gunshot wounds". The harm is the people's own however long the
place's name: the destination is no gap of another clause."""

from __future__ import annotations

import re

from summarizer.text.incident_words import CONVEYED
from summarizer.text.regex import compiled

__all__ = ["harm_past_destination"]

# a town's name, of one or two words in capitals: "Elko", "Twin Falls"
_TOWN = r"(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
# the number, the people's noun and their own verb of transport, a place of care as destination, then
# the harm's opening: "Three people were taken to hospitals in Elko and Reno with", "Two men were
# flown by helicopter to a trauma center in Twin Falls for"
_DESTINATION_GAP = compiled(
    r"(?:[\w'’-]+\s+){1,4}?(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    + CONVEYED
    + r"\s+(?:by\s+[\w'’-]+\s+)?to\s+"
    # a place of care, its name or its town's: "St. Mary's and Mercy hospitals", "a hospital in Elko"
    r"(?:[^,.;:!?]|(?<=\bSt)\.|(?<=\bMt)\.){0,60}?\b(?:hospitals?|medical\s+cent(?:er|re)s?|trauma\s+cent(?:er|re)s?"
    r"|clinics?|infirmary)\b(?:\s+in\s+" + _TOWN + r"(?:\s+(?:and|or)\s+" + _TOWN + r")?)?"
    r"\s+(?:with|for(?:\s+treatment\s+of)?|suffering(?:\s+from)?)\s+(?:[\w'’-]+\s+){0,3}$",
    re.I,
)


def harm_past_destination(text: str, at: int, harm_at: int) -> bool:
    """Is the harm word at ``harm_at`` told of the people counted at ``at`` (their number) after the
    place they were taken to ("Three people were taken to hospitals in Elko and Reno with gunshot
    wounds")?"""
    return " to " in text[at:harm_at] and _DESTINATION_GAP.fullmatch(text, at, harm_at) is not None

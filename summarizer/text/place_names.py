"""A name shaped like a town's or a county's ("Oak Ridge", "Port Arthur", "the City of Lisk"):
as a speaker it is the place's government, a body, not a person."""

from __future__ import annotations

from summarizer.text.given_names import is_given_name
from summarizer.text.regex import compiled

# the last word of a place's name, and the first word of one ("Port", "Fort", "Mount")
PLACE_HEADS = frozenset({
    "Ridge", "Heights", "Falls", "Springs", "City", "County", "Township", "Village", "Valley",
    "Creek", "Hills", "Harbor", "Harbour", "Junction", "Crossing", "Parish", "Borough",
})  # fmt: skip
PLACE_OPENERS = frozenset({"Port", "Fort", "Mount"})
# heads no person's surname is: a given name before them does not make a person ("Dane County")
_GOVERNMENT_HEADS = frozenset({"County", "Township", "Parish", "Borough"})
# a government named by its place: "the City of Lisk", "Town of Orla", "County of Dane"
_GOVERNMENT_OF = compiled(r"(?:[Tt]he\s+)?(?:City|Town|County|Village|Township|Municipality|District)\s+of\s+[A-Z]")
_WORDS = compiled(r"[A-Za-z][\w'’.-]*")


def place_shaped(name: str) -> bool:
    """Do two or three capitalised words name a place by their shape, its head word last
    ("Oak Ridge", "Cedar Falls") or its opener first ("Port Arthur"), with no given name first
    ("Jo Ridge" is a person, "Dane County" a county)? Or is it a government named by its place ("the City of Lisk")?"""
    if _GOVERNMENT_OF.match(name):
        return True
    words = _WORDS.findall(name)
    if words and words[0] in ("the", "The"):
        words = words[1:]
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if is_given_name(words[0]) and words[-1] not in _GOVERNMENT_HEADS:
        return False
    return words[-1] in PLACE_HEADS or words[0] in PLACE_OPENERS

"""A list of people named before the verb is its subject whole, however long ("Ann Roy, Bo Li,
Cy Dunn and Di Moss said", "…, Cy Dunn and Di Moss, who ran the clinic, said"), and so is a role
whose preposition governs such a list, of surnames too ("Lawyers for Roy, Li and Moss said"):
the noun phrase readers stop at a comma, so the items before the last comma are read here.
Asked by clauses.subject_of for the subject it found."""

from __future__ import annotations

from summarizer.rules.attribution.appositive_chain import is_name
from summarizer.rules.attribution.phrases import np_left, source_like
from summarizer.text import lexicon as lx
from summarizer.text.base import Span
from summarizer.text.segments import Token
from summarizer.text.timeplace import CALENDAR_WORDS

_MAX_ITEMS = 12
# prepositions that open an adjunct before the list, capitalised first in the sentence ("Besides
# Ann Roy, Bo Li and Di Moss said"; is_name turns away the commoner ones)
_PREPOSITIONS = frozenset({"besides", "beside", "despite", "except", "including", "excluding", "behind"})


def _age(piece: list[Token]) -> bool:
    return len(piece) == 1 and piece[0].text.isdigit() and len(piece[0].text) <= 3


def _person_name(piece: list[Token]) -> bool:
    """A person's name as a list item: two capitalised words or more and no word in lower case
    (not the adjunct "Standing beside Ann Roy"), none a month or a weekday ("Last Tuesday"), nor
    a word that opens no name ("Meanwhile"), nor a preposition first ("Besides Ann Roy")."""
    return (
        is_name(piece)
        and piece[0].low not in _PREPOSITIONS
        and not any(t.low in CALENDAR_WORDS or t.text in lx.NON_NAME_CAPS or t.text.islower() for t in piece)
    )


def _joined_names(toks: list[Token], s: int, e: int) -> bool:
    """Do toks[s:e] end with two names joined by "and", the list's last two ("Cy Dunn and Di
    Moss"), after its other items' commas?"""
    last = next((k + 1 for k in range(e - 1, s - 1, -1) if toks[k].text == ","), s)
    words = toks[last:e]
    cut = next((k for k, t in enumerate(words) if t.low == "and"), None)
    return cut is not None and _person_name(words[:cut]) and _person_name(words[cut + 1 :])


def whole_list(toks: list[Token], subject: Span) -> Span:
    """The subject with the names listed before it when it is a list's last items, two names
    joined by "and", set off from earlier names, each perhaps with its age, by commas ("Ann Roy,
    41, Bo Li, Cy Dunn and Di Moss"), or its last name after a comma and "and" with two names or
    more before ("Ann Roy, Bo Li, and Di Moss"); the subject as it is otherwise."""
    s = next((i for i, t in enumerate(toks) if t.start == subject[0]), None)
    e = next((i for i, t in enumerate(toks) if t.end == subject[1]), None)
    if s is None or e is None or s < 2:
        return subject
    governed = _governed_start(toks, s, e)
    if governed is not None:
        return toks[governed].start, subject[1]
    if toks[s - 1].text == "," and _joined_names(toks, s, e + 1):
        start, items = _items_before(toks, s - 1)
        return (toks[start].start, subject[1]) if items else subject
    if s >= 3 and toks[s - 1].low == "and" and toks[s - 2].text == "," and _person_name(toks[s : e + 1]):
        # the serial comma: "Ann Roy, Bo Li, and Di Moss" (one name before it is a pair's, the
        # appositive chain's "Wren Ochoa, 44, and Tam Grell")
        start, items = _items_before(toks, s - 2)
        return (toks[start].start, subject[1]) if items >= 2 else subject
    return subject


def _items_before(toks: list[Token], k: int) -> tuple[int, int]:
    """Where the names listed before the comma at toks[k] start, and how many they are."""
    start = k + 1
    items = 0
    while k > 0 and toks[k].text == "," and items < _MAX_ITEMS:
        b = k - 1
        while b >= 0 and toks[b].text != ",":
            b -= 1
        piece = toks[b + 1 : k]
        if _age(piece):
            k = b
            continue  # "Ann Roy, 41,": an age set off after the name before it
        if not _person_name(piece):
            break
        start, k, items = b + 1, b, items + 1
    return start, items


# the prepositions by which a role names those it acts for: "lawyers for", "the parents of"
_GOVERNING = frozenset({"for", "of"})


def _name_item(piece: list[Token]) -> bool:
    """A list item that names one person or body: capitalised words only, a surname alone
    too ("Roy"), none a month or a weekday nor a word that opens no name ("Meanwhile")."""
    return (
        0 < len(piece) <= 4
        and all(t.text[:1].isupper() and t.text.isalpha() for t in piece)
        and not any(t.low in CALENDAR_WORDS or t.text in lx.NON_NAME_CAPS for t in piece)
    )


def _governed_start(toks: list[Token], s: int, e: int) -> int | None:
    """Where the subject starts when toks[s:e + 1] end a list of names governed by a role's
    preposition ("Lawyers for Roy, Li and Moss", "the parents of Roy, Li, and Moss"): the
    role's noun phrase; None when no such role opens the list ("In Lisk, Li and Moss")."""
    if toks[s - 1].text == ",":
        words = toks[s : e + 1]
        cut = next((k for k, t in enumerate(words) if t.low == "and"), None)
        if cut is None or not _name_item(words[:cut]) or not _name_item(words[cut + 1 :]):
            return None
        k = s - 1
    elif s >= 3 and toks[s - 1].low == "and" and toks[s - 2].text == "," and _name_item(toks[s : e + 1]):
        k = s - 2  # the serial comma: "Lawyers for Roy, Li, and Moss"
    else:
        return None
    for _ in range(_MAX_ITEMS):
        b = k - 1
        while b >= 0 and toks[b].text != ",":
            b -= 1
        piece = toks[b + 1 : k]
        if _name_item(piece) and b >= 0:
            k = b  # one more name of the list
            continue
        # the list's first item: the role, its preposition, then the first name
        p = next((m for m in range(k - 1, b, -1) if toks[m].low in _GOVERNING), None)
        if p is None or p - 1 <= b or not _name_item(toks[p + 1 : k]):
            return None
        role = toks[p - 1]
        first = p - 1 == b + 1 and role.text[1:].islower()  # "Lawyers for …" opening the sentence
        if not ((role.text.islower() or first) and source_like(role)):
            return None
        return np_left(toks, p - 1, b + 1, appositive=False)
    return None

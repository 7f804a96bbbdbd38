"""A name at the head of a chain of pieces set off by commas: an age, a place and its state, a
role, a second person joined by "and" and what both share ("Ann Lee, 70, of Akron, Ohio,", "Bo
Fry, 58, a farmer from near Ames,", "Ann Lee, 70, and her son, 41, both of Akron,"). The chain is
the name's (or the two people's): the subject of the verb after it is the person, not the place or role it ends with.
Read by phrases.np_left, before the verb and before a relative clause on the chain.
"""

from __future__ import annotations

from itertools import pairwise

from summarizer.rules.attribution.words import COORDINATORS, FINITE, PREPOSITIONS, RELATIVES, SUBORDINATORS
from summarizer.text import lexicon as lx
from summarizer.text.language import ENGLISH_FUNCTION_WORDS
from summarizer.text.segments import Token

# the prepositions that tell where a person is from: "of Akron", "from Tucson", "from near Ames"
_FROM = frozenset({"of", "from", "in", "near", "outside"})
_ARTICLES = frozenset({"a", "an", "the"})
_POSSESSIVES = frozenset({"his", "her", "their"})
# what two people joined in a chain share: "both of Akron", "both 16", "both"
_SHARED = frozenset({"both", "all"})
# how many pieces a chain may hold, and how many words a role in it
_MAX_PIECES = 5
_MAX_ROLE = 10
# a clause's opening word, capitalised, before the name: "As Ilse Varga, a lawyer, put it"
_NOT_NAME_OPENERS = ENGLISH_FUNCTION_WORDS | PREPOSITIONS | SUBORDINATORS | COORDINATORS | {"like", "unlike"}
_MAX_CHAIN = 30  # tokens from the name's first to the chain's closing comma


def _cap(t: Token) -> bool:
    """A capitalised word, an initial or an abbreviation's stop ("Nev", ".", "D.C.")."""
    return t.text == "." or (t.text[:1].isupper() and t.text.replace(".", "").replace("-", "").isalpha())


def _word(t: Token) -> bool:
    return t.text[:1].isalnum() or t.text in (".", "-", "'s", "’s")


def _age(piece: list[Token]) -> bool:
    """ "70", "70-year-old"."""
    texts = [t.text for t in piece]
    return (len(texts) == 1 and texts[0].isdigit() and len(texts[0]) <= 3) or (
        len(texts) == 3 and texts[0].isdigit() and texts[1] == "-" and texts[2] == "year-old"
    )


def _place_at_end(piece: list[Token]) -> bool:
    """Does the piece end with a place after a preposition of origin ("of Akron", "a teacher from
    Tucson", "from near Ames")?"""
    k = len(piece)
    while k > 0 and _cap(piece[k - 1]):
        k -= 1
    return 0 < k < len(piece) and piece[k - 1].low in _FROM


def _from_place(piece: list[Token]) -> bool:
    """ "of Akron", "from near Ames": a preposition of origin, then the place's capitalised words."""
    return len(piece) >= 2 and piece[0].low in _FROM and _place_at_end(piece)


def _state(piece: list[Token]) -> bool:
    """ "Ohio", "New York", "Nev.", "D.C.": one to three capitalised words."""
    return 1 <= sum(t.text != "." for t in piece) <= 3 and all(_cap(t) for t in piece)


def _party_state(piece: list[Token]) -> bool:
    """ "D-Md.", "R-Texas", "I-Vt.": a legislator's party, a hyphen and the state's name or
    abbreviation (a single capital, then capitalised words and stops)."""
    first = piece[0].text if piece else ""
    return (
        len(first) >= 3
        and first[0] in _PARTIES
        and first[1] == "-"
        and first[2].isupper()
        and all(_cap(t) for t in piece)
    )


_PARTIES = frozenset("DRI")


def _role(piece: list[Token]) -> bool:
    """ "a farmer from near Ames", "president of the tenants group", "the owner": a noun phrase
    in lower case, no verb or relative word in it."""
    return (
        len(piece) <= _MAX_ROLE
        and piece[0].text.islower()
        # an article opens it, or a role noun comes early ("president of …", "principal architect at …");
        # not an adverbial ("in particular", "like Obama")
        and (piece[0].low in _ARTICLES or any(t.low in lx.PERSON_ROLES for t in piece[:3]))
        and all(_word(t) and t.low not in FINITE and t.low not in RELATIVES for t in piece)
    )


def _partner(piece: list[Token]) -> bool:
    """ "and her husband", "and his son", "and Bo Fry": a second person joined to the name."""
    if len(piece) < 2 or piece[0].low != "and":
        return False
    rest = piece[1:]
    if rest[0].low in _POSSESSIVES:
        words = rest[1:]
        return 1 <= len(words) <= 2 and all(t.text.islower() for t in words) and words[-1].low in lx.PERSON_ROLES
    return is_name(rest)


def _shared(piece: list[Token]) -> bool:
    """ "both of Akron", "both 16", "all from Ames": what the two people joined before share."""
    if not piece or piece[0].low not in _SHARED:
        return False
    rest = piece[1:]
    return not rest or _age(rest) or _from_place(rest)


def is_name(piece: list[Token]) -> bool:
    """ "Ann Lee", "Dr. Lena Fisk", "Retired welder Pete Lund": two or more capitalised words at
    the end, no preposition, lower-case words before them only after the capitalised first."""
    caps = 0
    while caps < len(piece) and _cap(piece[len(piece) - 1 - caps]):
        caps += 1
    words = [t for t in piece if t.text != "."]
    if caps < 2 or len(words) > 6 or piece[0].low in _NOT_NAME_OPENERS:
        return False
    rest = piece[1 : len(piece) - caps]
    return all(t.text.isalpha() and t.text.islower() and t.low not in ENGLISH_FUNCTION_WORDS for t in rest)


def chain_head(toks: list[Token], j: int, lo: int) -> int | None:
    """Where the name heading the chain that ends at the comma toks[j] starts, when the sentence
    opens with it and every piece after it is an age, a place of origin (its state after it) or a
    role ("Ann Lee, 70, of Akron, Ohio," → "Ann Lee"); None otherwise ("Residents of Akron,
    Ohio,": no name heads it; "the mayor, Tom Hale,": a name with no chain after it)."""
    bounds: list[tuple[int, int]] = []  # the pieces' (start, end) indices, right to left
    end = j
    k = j - 1
    # back to the sentence's opening, or a quote or a dash before it
    while k >= lo and (toks[k].text == "," or _word(toks[k])):
        if j - k > _MAX_CHAIN:
            return None
        if toks[k].text == ",":
            bounds.append((k + 1, end))
            if len(bounds) == _MAX_PIECES:
                return None  # more pieces than a chain holds: a list, no person's description
            end = k
        k -= 1
    bounds.append((k + 1, end))
    if len(bounds) < 2 or any(s >= e for s, e in bounds):
        return None
    pieces = [toks[s:e] for s, e in reversed(bounds)]  # left to right: the name first
    if not is_name(pieces[0]):
        return None
    joined = False  # "Ann Lee, 70, and her son, 41,": a second person, once; the two are the subject
    for prev, piece in pairwise(pieces):
        if not joined and _partner(piece):
            joined = True
        elif not (
            _age(piece)
            or _from_place(piece)
            or _role(piece)
            or _party_state(piece)
            or (_state(piece) and _place_at_end(prev))
            or (joined and _shared(piece))
        ):
            return None
    return k + 1

"""A source's noun with two phrases of place after it ("Tenants of a rental building in the
west end say …", "Parents at a school near the lake say …"): the second phrase is on the first's
noun, and the subject is the whole, not the place at its end; and a person's noun with one
phrase of place ("A woman near the stage said"). Read by phrases.np_left."""

from __future__ import annotations

from collections.abc import Callable

from summarizer.rules.attribution.words import ARTICLES, NP_PREPOSITIONS, PLACE_PREPOSITIONS, POSSESSIVE_DETERMINERS
from summarizer.text import incident_words as iw
from summarizer.text.person_nouns import is_person_noun
from summarizer.text.segments import Token

_MAX_WORDS = 5  # words (a hyphen's parts each one) between the first phrase's article and the second preposition


def chained_place(toks: list[Token], i: int, lo: int, source_like: Callable[[Token], bool]) -> bool:
    """Does the preposition at toks[i] follow a phrase of its own on a people noun: a preposition,
    an article, a few words in lower case (a number and a hyphen may join them: "a 12-storey
    tower"), then toks[i] ("Tenants of a rental building in",
    "workers at the main depot near")? Not a verb's object ("drew fire from a rival in …": no
    people noun before the first preposition)."""
    m = i - 1
    while (
        m > lo
        and i - m <= _MAX_WORDS
        and (toks[m].text == "-" or (toks[m].text.isalnum() and not toks[m].text[:1].isupper()))
    ):
        if toks[m].low in ARTICLES or toks[m].low in NP_PREPOSITIONS:
            break
        m -= 1
    if m == i - 1 or toks[m].low not in ARTICLES or m - 2 < lo:
        return False
    head = toks[m - 2]
    people = head.low in iw.PEOPLE_NOUNS or (source_like(head) and head.text[1:].islower())
    return toks[m - 1].low in NP_PREPOSITIONS and people and head.low.endswith("s")


def placed_person(toks: list[Token], i: int, lo: int) -> bool:
    """Whether toks[i] is a preposition of place on a person's noun right before it ("a woman near
    the stage", "a man outside the court"): the place says which person, part of the phrase."""
    if toks[i].low not in PLACE_PREPOSITIONS or i <= lo:
        return False
    return toks[i - 1].low in iw.PEOPLE_NOUNS or is_person_noun(toks[i - 1].low)


def place_ends_phrase(toks: list[Token], i: int, lo: int) -> bool:
    """Whether the preposition of place at toks[i], opening a phrase ("near the stage", "outside
    City Hall"), ends a noun phrase read leftwards: on no person's noun ("gathered near the stage
    said"); not an adjective ("an outside adviser")."""
    if toks[i].low not in PLACE_PREPOSITIONS or i + 1 >= len(toks):
        return False
    after = toks[i + 1]
    opens = after.low in ARTICLES or after.low in POSSESSIVE_DETERMINERS or after.text[:1].isupper()
    return opens and not placed_person(toks, i, lo)

"""A source's noun with two phrases of place after it ("Tenants of a rental building in the
west end say …", "Parents at a school near the lake say …"): the second phrase is on the first's
noun, and the subject is the whole, not the place at its end. Read by phrases.np_left."""

from __future__ import annotations

from collections.abc import Callable

from summarizer.rules.attribution.words import ARTICLES, NP_PREPOSITIONS
from summarizer.text import incident_words as iw
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

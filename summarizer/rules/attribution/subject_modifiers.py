"""Pieces a subject's noun phrase holds that would otherwise end it: a sum of money after its
determiner ("a $3 million ad campaign says") and a double possessive before its verb ("a friend
of Lee's said")."""

from __future__ import annotations

from summarizer.rules.attribution.words import ARTICLES, POSSESSIVE_DETERMINERS
from summarizer.text import lexicon as lx
from summarizer.text.segments import Token

# the signs written before a sum of money ("$3 million", "£40", "€2 billion")
_CURRENCY_SIGNS = frozenset({"$", "£", "€", "¥"})
# how far back "of" may stand before the possessor's "'s" ("of Ana Ruiz's", "of the town's")
_POSSESSOR_WORDS = 4


def sum_in_phrase(toks: list[Token], i: int, lo: int, j: int) -> bool:
    """Is toks[i] the sign of a sum written against it, after a determiner, inside the phrase
    ending at toks[j] ("a $3 million ad", "the union's £2 million campaign")? A sum after another
    word ("the minimum $20 million experts say") is a phrase of its own, a clause's subject after it."""
    t = toks[i]
    if t.text not in _CURRENCY_SIGNS or not lo < i < j:
        return False
    before = toks[i - 1].low
    return (
        toks[i + 1].text[:1].isdigit()
        and t.end == toks[i + 1].start
        and (before in ARTICLES or before in POSSESSIVE_DETERMINERS or before.endswith(("'s", "’s")))
    )


def double_possessive(toks: list[Token], k: int, lo: int) -> bool:
    """Is toks[k] a past verb after a double possessive that closes its subject ("A friend of
    Lee's said", "a cousin of the mayor's told")? "of" and a possessor of a word or three end a
    noun phrase there; a past form is no noun ("the mayor's statement" is)."""
    low = toks[k].low
    if not (low.isalpha() and (low.endswith("ed") or low in lx.IRREGULAR_PAST)) or low in lx.NOUN_LIKE_FORMS:
        return False
    return any(toks[m].low == "of" for m in range(max(lo, k - _POSSESSOR_WORDS), k - 1))

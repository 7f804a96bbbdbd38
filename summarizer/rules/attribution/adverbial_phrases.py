"""What a phrase after a verb of saying is: when or where the words were said ("shortly before
midnight", "in the locker room"), or the content's own ("after she arrived", "before long")."""

from __future__ import annotations

from summarizer.rules.attribution.words import (
    ARTICLES_AND_POSSESSIVES,
    CLAUSE_SUBJECTS,
    FINITE,
    INDEFINITE_PRONOUNS,
    QUANTIFIERS,
)
from summarizer.text import lexicon as lx
from summarizer.text.language import ENGLISH_FUNCTION_WORDS
from summarizer.text.segments import Token

# words of how long before or after ("shortly before midnight", "soon after the vote", "just
# before 1 a.m."): with "before" or "after" they open a phrase of time, no part of what was said
TIME_DEGREES = frozenset({"shortly", "soon", "just", "right", "immediately", "long", "well"})


def clause_internal_phrase(toks: list[Token], i: int, k: int) -> bool:
    """Is toks[i+1..k], after "before" or "after" at toks[i], no noun phrase of time but a clause
    of its own ("after she arrived", "before the guests were seated") or one word of degree or
    quantity that makes a fixed adverb ("after all", "before long")? Either belongs to the clause
    said after it, never to the time it was said."""
    words = toks[i + 1 : k + 1]
    if len(words) == 1 and words[0].low in (TIME_DEGREES | QUANTIFIERS):
        return True
    if words[0].low in CLAUSE_SUBJECTS or words[0].low in INDEFINITE_PRONOUNS:
        return True
    last = words[-1].low
    return len(words) > 1 and (
        any(t.low in FINITE for t in words[1:])
        or last in lx.IRREGULAR_PAST
        or (last.endswith("ed") and len(last) > 4 and last.isalpha())
    )


def where_phrase(toks: list[Token], i: int, k: int) -> bool:
    """Is toks[i..k] "in" or "at", a determiner and nouns in lower case ("in the locker room",
    "at her desk"): where the words were said, which a clause after it does not continue ("told
    players in the locker room the season was over")?"""
    return (
        toks[i].low in ("in", "at")
        and k > i + 1
        and toks[i + 1].low in ARTICLES_AND_POSSESSIVES
        and all(
            t.text.islower() and t.low.isalpha() and t.low not in ENGLISH_FUNCTION_WORDS for t in toks[i + 2 : k + 1]
        )
    )

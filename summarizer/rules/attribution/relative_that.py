"""A "that" after a phrase between a reporting verb and its content may open a relative clause on
the phrase's noun, not the content: "argued for a penalty that would bar him for life", "said in
an interview that aired Sunday that …". Such a "that" stands for the noun as the subject of its
own verb: an auxiliary or a modal follows it at once, where a "that" of content is followed by
the content's subject ("argued in court that the law was void"). With no content's "that" past
it, the clause is a relative one on the noun of the verb's own complement ("argued for a penalty
that would …") or when it is passive or perfect ("said in a statement that was posted online");
after a phrase of medium or occasion, a "that" and a predicate is the content's subject ("said
on the radio that was a lie")."""

from __future__ import annotations

from summarizer.rules.attribution.words import FINITE, IRREGULAR_PAST, NOUN_PHRASE_OPENERS
from summarizer.text.segments import Token

# how far past a relative "that" a second "that" may open the content ("… that aired Sunday that …")
_RELATIVE_SPAN = 10
# the words between a relative's auxiliary and its participle ("that has since been deleted")
_BEFORE_PARTICIPLE = frozenset({"been", "being", "be", "since", "also", "just", "later", "already", "recently", "not"})


def relative_that(toks: list[Token], k: int, hi: int, lo: int | None = None) -> bool:
    """Is the "that" at toks[k], after a phrase's noun, the subject of a relative clause: an
    auxiliary or a modal right after it ("a penalty that would", "an interview that was")? With
    ``lo``, the phrase from toks[lo] must hold a determiner ("a", "the", "his"): after "on Monday"
    or "in court" the "that" is the content's own ("said on Monday that would be unfair")."""
    if toks[k].low != "that" or k + 1 >= hi or toks[k + 1].low not in FINITE:
        return False
    return lo is None or any(t.low in NOUN_PHRASE_OPENERS for t in toks[lo:k])


def that_past_relative(toks: list[Token], k: int, hi: int) -> int | None:
    """The index of a "that" opening the content past the relative clause at toks[k], before
    any comma or stop, or None: "said in an interview that aired Sunday that he would run"."""
    for m in range(k + 2, min(hi, k + 2 + _RELATIVE_SPAN)):
        if toks[m].text in (",", ";", ":", ".") or toks[m].low in ("which", "who"):
            return None
        if toks[m].low == "that" and not relative_that(toks, m, hi):
            return m
    return None


def passive_relative(toks: list[Token], k: int, hi: int) -> bool:
    """Is the relative clause at the "that" of toks[k] passive or perfect: a past participle
    after its auxiliary ("that was posted online", "that has since been deleted", "that was
    held")? Not a predicate ("that was a lie", "that could not stand")."""
    m = k + 2
    while m < hi and toks[m].low in _BEFORE_PARTICIPLE:
        m += 1
    if m >= hi or not (toks[m].text.islower() and toks[m].low.isalpha()):
        return False
    low = toks[m].low
    return low in IRREGULAR_PAST or (len(low) > 4 and low.endswith(("ed", "en")))

"""A "that" after a phrase between a reporting verb and its content may open a relative clause on
the phrase's noun, not the content: "argued for a penalty that would bar him for life", "said in
an interview that aired Sunday that …". Such a "that" stands for the noun as the subject of its
own verb: an auxiliary or a modal follows it at once, where a "that" of content is followed by
the content's subject ("argued in court that the law was void")."""

from __future__ import annotations

from summarizer.rules.attribution.words import FINITE, NOUN_PHRASE_OPENERS
from summarizer.text.segments import Token

# how far past a relative "that" a second "that" may open the content ("… that aired Sunday that …")
_RELATIVE_SPAN = 10


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

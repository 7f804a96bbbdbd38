"""A cue word inside a noun phrase: the head a number counts or a plural's own verb follows
("27 states led by …", "which advocates say …"), or the modifier before a title ("state Sen. Ada Lee")."""

from __future__ import annotations

from summarizer.text import lexicon as lx
from summarizer.text.numbers import NUMBER_WORDS
from summarizer.text.segments import Token


def finite_report(t: Token) -> bool:
    """Is ``t`` a finite verb of saying or showing ("shows", "said", "found")? Right after a cue
    word it makes that word a noun ("police reports said", "the campaign's claims show")."""
    low = t.low
    return (
        (low in lx.CUE_FORMS or low in lx.EVIDENCE_FORMS)
        and (low.endswith(("s", "ed")) or low in ("said", "told", "found", "showed", "shown"))
        and not low.endswith(("ing", "ss"))
    )


def noun_like(t: Token) -> bool:
    """May the cue word ``t`` be a noun ("reports", "claims", "report"), not a past ("denied")?"""
    low = t.low
    return low in lx.NOUN_LIKE_FORMS or (low.endswith("s") and not low.endswith("ss"))


def _plural(t: Token) -> bool:
    return t.low.endswith("s") and not t.low.endswith(("ss", "'s", "’s")) and t.low.isalpha()


def _bare_saying(t: Token) -> bool:
    """A plural subject's present verb of saying or showing ("say", "warn", "argue"), never a noun."""
    low = t.low
    return (
        low in lx.CUE_FORMS and low not in lx.NOUN_LIKE_FORMS and low.isalpha() and not low.endswith(("s", "ed", "ing"))
    )


def counted(toks: list[Token], k: int, lo: int) -> bool:
    """Is the word before toks[k] a number that counts it ("16 questions", "two reports")? A digit
    after a capitalised word is a label ("Figure 2 shows"), no count."""
    if k - 1 < lo:
        return False
    prev = toks[k - 1]
    if all(part in NUMBER_WORDS for part in prev.low.split("-")):
        return True  # "two", "twenty-seven"
    return prev.low[:1].isdigit() and not (k - 2 >= lo and toks[k - 2].text[:1].isupper())


def compound_noun(toks: list[Token], k: int, last: int, hi: int, lo: int = 0) -> bool:
    """Is the cue word toks[k] (its cue running to toks[last]) a noun in a noun phrase: a plural
    a number counts ("Twenty states led by …", not "three said"), a plural whose own verb of
    saying follows ("Member states warn that …", "which advocates say is short"; a verb of
    saying takes no verb of saying as its content), or a modifier before a title with its stop
    ("state Sen. Ada Lee", "county Judge"; "Critics charge Sgt. Vale lied" is the rare verb)?"""
    if last != k:
        return False
    if _plural(toks[k]) and counted(toks, k, lo):
        return True
    if last + 1 >= hi:
        return False
    nxt = toks[last + 1]
    if _plural(toks[k]) and _bare_saying(nxt):
        return True
    before = toks[k - 1].low if k > lo else ""
    return (
        toks[k].low in lx.NOUN_LIKE_FORMS
        and not before.endswith("s")  # "Officials charge Sgt. Vale …": a plural subject's verb
        and before not in lx.PRONOUN_FORMS
        and not toks[k].low.endswith("s")
        and nxt.low in lx.TITLES
        and last + 2 < hi
        and toks[last + 2].text == "."
        and toks[last + 2].start == nxt.end
        and nxt.text[:1].isupper()
    )

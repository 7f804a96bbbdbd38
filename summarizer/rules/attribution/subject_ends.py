"""Where a sentence's opening subject, read up to its verb, ends: before a verb and its
particle ("Mr Lamb hit back"), and not at a cue form that is a noun there ("The trust said")."""

from __future__ import annotations

from summarizer.rules.attribution.words import ARTICLES_AND_POSSESSIVES, PREPOSITIONS, TIME_DETERMINERS
from summarizer.text import lexicon as lx
from summarizer.text.numbers import NUMBER_WORDS
from summarizer.text.segments import Token

# the particles that turn a verb to a reply or a protest: "hit back", "fired back", "lashed out"
PARTICLES = frozenset({"back", "out"})
# what may follow the particle: a comma, the end, or the preposition of whom it answers
_AFTER_PARTICLE = frozenset({",", ".", ";", ":", "at", "against", "on", "over", "with", "in", "to", "by"})


def particle_verb(toks: list[Token], k: int, hi: int) -> bool:
    """Does toks[k] open a verb and its particle: a word in lower case after a word of the
    subject (not right after an article: "the way out"), then "back" or "out", then a comma,
    the end or a preposition ("Mr Lamb hit back, …", "the club shot back at …")?"""
    if k + 1 >= hi or toks[k + 1].low not in PARTICLES:
        return False  # the common case: one look at the next word
    word = toks[k]
    return (
        k > 0
        and word.text.isalpha()
        and word.text.islower()
        and toks[k - 1].low not in ARTICLES_AND_POSSESSIVES
        and (k + 2 >= hi or toks[k + 2].low in _AFTER_PARTICLE)
    )


def noun_in_subject(toks: list[Token], k: int, hi: int) -> bool:
    """Is the cue form at toks[k] a noun of the subject, not its verb: a form as often a noun
    right after an article or a possessive ("The trust said", "Her plea was"), or before a
    finite verb of saying ("The hospital trust said")?"""
    if toks[k].low not in lx.NOUN_LIKE_FORMS:
        return False
    return toks[k - 1].low in ARTICLES_AND_POSSESSIVES or (k + 1 < hi and toks[k + 1].low in _SAID)


# the finite verbs of saying a noun-like form may stand before as the subject's last word
_SAID = frozenset({"said", "says", "told", "added", "warned", "urged", "insisted", "noted", "stated"})


# what opens the object of such a verb: a determiner, a number, a particle
_OBJECT_OPENERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those",
                             "some", "all", "more", "up", "down", "off", "back", "out", "in", "about"})  # fmt: skip
# what may follow a plural object: the particle's words, a preposition, or a time ("cut prices
# every spring", "cut rates last week")
_AFTER_OBJECT = _AFTER_PARTICLE | PREPOSITIONS | TIME_DETERMINERS | {"every", "each"}
# such a past that is no noun, whose object may be left out: "The minister quit on Friday, …"
_NO_NOUN = frozenset({"quit"})


def same_form_past(toks: list[Token], k: int, hi: int) -> bool:
    """Does toks[k] open the subject's verb in a past written as its base ("The bank cut rates on
    Tuesday, …", "The council set a date")? In lower case after a word of the subject that is no
    article or possessive ("a cut", "the hit" are nouns), before an object: a determiner, a
    number, a particle, or a plural noun and then a preposition, a time, a comma or the end
    ("cut rates on Tuesday", "cut prices every spring"); "quit" before any of these too ("quit
    on Friday"). Not in a compound noun ("The tax cut plan", "The budget cut was")."""
    if toks[k].low not in lx.SAME_FORM_PAST or k == 0 or not toks[k].text.islower():
        return False
    if toks[k - 1].low in ARTICLES_AND_POSSESSIVES or not toks[k - 1].text[:1].isalpha():
        return False
    if k + 1 >= hi:
        return toks[k].low in _NO_NOUN  # "The minister quit, saying …"
    nxt = toks[k + 1]
    if nxt.low in _OBJECT_OPENERS or nxt.text[:1].isdigit():
        return True
    if toks[k].low in _NO_NOUN and nxt.low in _AFTER_OBJECT:
        return True  # "quit on Friday", "quit, saying …"
    after = toks[k + 2].low if k + 2 < hi else "."
    return nxt.text.islower() and nxt.low.endswith("s") and after in _AFTER_OBJECT


# the openers of a present verb's object; "in", "about" and "that" open a phrase or a clause that
# a plural noun of the subject may stand before too ("Officials at hospitals in Doria")
_PRESENT_OBJECT_OPENERS = _OBJECT_OPENERS - {"in", "about", "that"}
_NOT_PRESENT_ENDS = ("ss", "us", "is", "ous")


def present_verb(toks: list[Token], k: int, hi: int) -> bool:
    """Does toks[k] open the subject's verb in the present, before its object and a participle
    that reports ("The lender cuts rates, saying …", "The union calls off the strike, adding
    …")? A word in lower case in -s after a singular head (not an article, a preposition, or a
    plural in lower case: "budget cuts"), then an object, and later a comma and a word in -ing."""
    low = toks[k].low
    if len(low) <= 3 or not low.endswith("s") or low.endswith(_NOT_PRESENT_ENDS) or not toks[k].text.islower():
        return False  # the common case: one look at the word's end
    if k == 0 or k + 2 >= len(toks) or k + 1 >= hi or not low.isalpha():
        return False
    prev = toks[k - 1]
    if prev.low in ARTICLES_AND_POSSESSIVES or prev.low in PREPOSITIONS or prev.low in ("of", "by", "and", "or"):
        return False
    if not prev.text.isalpha() or (prev.text.islower() and prev.low.endswith("s")) or prev.low in NUMBER_WORDS:
        return False  # a plural head: "budget cuts", "eight weeks"
    nxt = toks[k + 1]
    if not (
        nxt.low in _PRESENT_OBJECT_OPENERS
        or nxt.text[:1].isdigit()
        or (nxt.text.islower() and nxt.low.endswith("s") and toks[k + 2].low in _AFTER_OBJECT)
    ):
        return False
    return any(toks[m].text == "," and toks[m + 1].low.endswith("ing") for m in range(k + 2, len(toks) - 1))

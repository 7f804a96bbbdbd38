"""Where a sentence's opening subject, read up to its verb, ends: before a verb and its
particle ("Mr Lamb hit back"), and not at a cue form that is a noun there ("The trust said")."""

from __future__ import annotations

from summarizer.rules.attribution.words import ARTICLES_AND_POSSESSIVES
from summarizer.text import lexicon as lx
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

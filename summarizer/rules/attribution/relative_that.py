"""A "that" after a phrase between a reporting verb and its content may open a relative clause on
the phrase's noun, not the content: "argued for a penalty that would bar him for life", "said in
an interview that aired Sunday that …". Such a "that" stands for the noun as the subject of its
own verb: an auxiliary or a modal follows it at once, where a "that" of content is followed by
the content's subject ("argued in court that the law was void"). With no content's "that" past
it, the clause is a relative one on the noun of the verb's own complement ("argued for a penalty
that would …") or when it is passive or perfect ("said in a statement that was posted online");
after a phrase of medium or occasion, a "that" and a predicate is the content's subject ("said
on the radio that was a lie"). A "that" on a thing before a cue ("a standoff that had threatened
to …") opens no report at all."""

from __future__ import annotations

from summarizer.rules.attribution.phrases import is_word, source_like
from summarizer.rules.attribution.words import FINITE, IRREGULAR_PAST, NOUN_PHRASE_OPENERS
from summarizer.text import lexicon as lx
from summarizer.text.language import ENGLISH_FUNCTION_WORDS
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


# prepositions that tie a second noun to the head before a relative: "a standoff with lawmakers that …"
_TIE_PREPOSITIONS = frozenset({"with", "of", "between", "among", "over", "against"})


def thing_relative(toks: list[Token], k: int) -> bool:
    """Is the "that" at toks[k], right before a verb, a relative on a thing: after a noun in lower
    case that names no source ("a standoff that had threatened to …", "a rule that requires"), or
    after a source tied by a preposition to such a noun ("a standoff with lawmakers that had
    threatened to …": "that" stands for the head; a person takes "who")? Not when a source stands
    earlier in the phrase ("a letter from her doctor last week that says …": the letter says)."""
    if k < 2 or toks[k].low != "that":
        return False
    head = k - 1
    if not _thing(toks[head]):
        if not source_like(toks[head]) or toks[head].text[:1].isupper():
            return False  # "lawmakers that …" with no head before; a name
        tie = next((m for m in range(k - 2, max(0, k - 5), -1) if toks[m].low in _TIE_PREPOSITIONS), None)
        if tie is None or not all(is_word(t) for t in toks[tie:k]) or not _thing(toks[tie - 1]):
            return False
        head = tie - 1
    # the rest of the phrase back to a stop or a verb: no source in it may be what "that" means
    for m in range(head - 1, max(-1, head - 8), -1):
        t = toks[m]
        if not is_word(t) or t.low in FINITE or t.low in IRREGULAR_PAST or t.low.endswith(("ing", "ed")):
            break  # "ended a feud that …": the verb whose object the phrase is
        if source_like(t) and t.low not in ENGLISH_FUNCTION_WORDS:  # a capital on "The" names nothing
            return False
    return True


def _thing(t: Token) -> bool:
    """A noun in lower case that names no source (no person, body, group or document)."""
    return (
        t.text.isalpha()
        and t.text.islower()
        and not source_like(t)
        and t.low not in ENGLISH_FUNCTION_WORDS
        and t.low not in FINITE
        and t.low not in lx.CUE_FORMS
        and not t.low.endswith(("ly", "ing", "ed"))
    )


def past_year(toks: list[Token], vg: int) -> int:
    """Where the verb group at ``vg`` starts past a year before it ("who in 2010 said …": the
    relative pronoun before the year is the verb's)."""
    if vg >= 3 and toks[vg - 2].low == "in" and len(toks[vg - 1].low) == 4 and toks[vg - 1].low.isdigit():
        return vg - 2
    return vg

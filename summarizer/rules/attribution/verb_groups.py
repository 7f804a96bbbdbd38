"""Verb groups: where the verb group of a reporting verb starts (its auxiliaries, adverbs,
aspect and the passives that leave the one perceived or quoted as the subject)."""

from __future__ import annotations

from summarizer.rules.attribution.words import (
    ARTICLES_AND_POSSESSIVES,
    ASPECT,
    BE_FORMS,
    FINITE,
    NOT_ADVERBS_IN_LY,
    TIME_WORDS,
)
from summarizer.text import lexicon as lx
from summarizer.text.given_names import is_given_name
from summarizer.text.segments import Token

# adverbs without "-ly" that sit before a verb in its group: "which together vowed", ",
# perhaps recognizing", "now says"
VERB_ADVERBS = frozenset({"together", "perhaps", "also", "still", "then", "now", "once", "again", "even", "already",
                           # adverbs of frequency and time: "sometimes says", "has often argued", "long held"
                           "sometimes", "often", "always", "first", "just", "long", "later", "soon"})  # fmt: skip


_PERCEIVED = frozenset({"heard", "seen", "overheard", "filmed", "recorded", "caught", "shown", "pictured"})
# verbs of aspect that take a gerund: "stopped saying", "kept insisting", "began telling"
_GERUND_ASPECT = frozenset({"stop", "stops", "stopped", "start", "starts", "started", "begin", "begins", "began",
                            "begun", "continue", "continues", "continued", "keep", "keeps", "kept", "quit", "quits",
                            "resume", "resumes", "resumed"})  # fmt: skip
_DEGREE_ADVERBS = frozenset({"almost", "nearly", "very", "quite", "rather", "fairly", "so", "too", "most", "more"})

# adverbs without "-ly" that modify a time adverb after them ("soon afterward", "only then")
_TIME_MODIFIERS = frozenset({"soon", "only"})
# adverbs of degree that modify the "that" after them, a pronoun or determiner ("said nearly that
# many", "said exactly that"), never a verb of saying
_THAT_DEGREE = _DEGREE_ADVERBS | {"roughly", "barely", "exactly", "precisely", "approximately", "fully", "hardly",
                                 "scarcely"}  # fmt: skip
# what "that" is before when it is a pronoun or a determiner of amount, no conjunction: a verb
# ("that would be …"), an amount ("that many", "that much") or a coordinator ("said simply that and left")
_NOT_AFTER_CONJUNCTION = FINITE | {
    "many",
    "much",
    "few",
    "little",
    "far",
    "long",
    "entire",
    "whole",
    "and",
    "but",
    "or",
}


def _adverb(t: Token) -> bool:
    """Is the word in lower case an adverb of time, or one in "-ly" that is no noun or adjective?"""
    low = t.low
    return t.text.islower() and (
        low in TIME_WORDS
        or low in _TIME_MODIFIERS
        or (low.endswith("ly") and low.isalpha() and len(low) > 4 and low not in NOT_ADVERBS_IN_LY)
    )


def adverbs_before_that(toks: list[Token], i: int, hi: int) -> int | None:
    """The index of "that" when a run of adverbs in lower case (of time, or in "-ly") stands
    between a reporting verb and "that" opening a clause ("said afterward that", "said flatly
    that", "said shortly afterward that"): how or when it was said, no part of what was; ``None``
    when no such run opens at toks[i], when its last adverb is one of degree ("said nearly that
    many", "said exactly that"), or when "that" is a pronoun or a determiner of amount: before a
    verb, an amount, a coordinator or the end ("said only that would help", "said only that much",
    "said simply that.")."""
    j = i
    while j < hi and _adverb(toks[j]):
        j += 1
    if not (i < j < hi and toks[j].low == "that") or toks[j - 1].low in _THAT_DEGREE:
        return None
    after = toks[j + 1] if j + 1 < hi else None
    if after is None or not after.text[:1].isalnum() or after.low in _NOT_AFTER_CONJUNCTION:
        return None
    return j


# the words after which a capitalised "May" is the month: "in May", "since May", "by early May"
_BEFORE_MONTH = frozenset({"in", "since", "by", "until", "till", "from", "during", "through", "early", "late", "mid",
                           "last", "next", "this", "of", "before", "after"})  # fmt: skip


def _month_may(toks: list[Token], m: int, lo: int) -> bool:
    """Is the "May" at toks[m] no modal: the month, capitalised after a preposition or a word of
    time, or the surname (``name_may``)?"""
    if toks[m].text != "May":
        return False
    return (m - 1 >= lo and toks[m - 1].low in _BEFORE_MONTH) or name_may(toks, m, lo)


def name_may(toks: list[Token], m: int, lo: int) -> bool:
    """Is the capitalised "May" at toks[m] a surname: right before a past form, which no modal
    takes ("May said", "May wrote"), or after a given name or a title ("Theresa May", "Ms. May")?
    Not after a preposition or a word of time, where it is the month ("in May found")."""
    if toks[m].text != "May" or (m - 1 >= lo and toks[m - 1].low in _BEFORE_MONTH):
        return False
    after = toks[m + 1].low if m + 1 < len(toks) else ""
    if after.endswith("ed") or after in lx.IRREGULAR_PAST or after == "found":
        return True
    prev = toks[m - 1].text if m - 1 >= lo else ""
    return prev.rstrip(".").lower() in lx.TITLES or (prev[:1].isupper() and is_given_name(prev))


def verb_group_start(toks: list[Token], k: int, lo: int) -> int:
    i = k
    while i - 1 >= lo:
        low = toks[i - 1].low
        if low == "may" and _month_may(toks, i - 1, lo):
            break  # "a study published in May found", "Theresa May said": no modal of the verb
        if (
            (low in lx.AUXILIARIES and low != "told")
            or (
                low.endswith("ly")
                and low.isalpha()
                and len(low) > 4
                and not toks[i - 1].text[:1].isupper()
                and not _after_determiner(toks, i - 1, lo)
            )
            or (low in VERB_ADVERBS and not toks[i - 1].text[:1].isupper())
            # a degree adverb on the adverb after it: "almost universally condemned", "very often says"
            or (low in _DEGREE_ADVERBS and i < k and (toks[i].low.endswith("ly") or toks[i].low in VERB_ADVERBS))
        ):
            i -= 1
            continue
        if low == "to" and i - 2 >= lo and toks[i - 2].low in ASPECT:
            i -= 2  # "continues to insist", "began to call for": the report is the infinitive's
            continue
        if low == "to" and i - 3 >= lo and toks[i - 2].low == "on" and toks[i - 3].low in ("went", "goes", "go"):
            i -= 3  # "went on to say"
            continue
        if low == "as" and i - 2 >= lo and toks[i - 2].low in ("quoted", "cited") and toks[k].low.endswith("ing"):
            i -= 2  # "was quoted as saying": the subject is the one quoted
            continue
        if low in _GERUND_ASPECT and i == k and toks[k].low.endswith("ing") and toks[i - 1].text.islower():
            i -= 1  # "stopped saying", "kept insisting": the aspect belongs to the verb group
            continue
        if low in _PERCEIVED and i - 2 >= lo and toks[i - 2].low in BE_FORMS and toks[k].low.endswith("ing"):
            i -= 1  # "can be heard telling", "was seen urging": the one perceived speaks
            continue
        if i == k and _perceivable(toks[k].low) and (by := _perceived_by(toks, i, lo)) is not None:
            i = by  # "was heard by neighbours saying": the one perceived speaks, not the perceiver
            continue
        break
    return i


def _perceived_by(toks: list[Token], i: int, lo: int) -> int | None:
    """Where the agent's "by" stands when toks[i - 1] ends the agent of a passive of perception
    ("was heard by two neighbours", "is seen by witnesses"): a short phrase of words after "by",
    the gerund right after it ("was recorded by detectives, saying" is no verb group)."""
    if not toks[i - 1].text.isalpha():
        return None
    for b in range(i - 2, max(lo + 1, i - 6), -1):
        if toks[b].low == "by":
            return b if toks[b - 1].low in _PERCEIVED and toks[b - 2].low in BE_FORMS and b - 2 >= lo else None
        if not toks[b].text.isalpha():
            return None
    return None


def _perceivable(gerund: str) -> bool:
    """A gerund of an act one hears or sees done ("shouting", "telling"), not one of a finding or
    a verdict ("ruling", "finding", "showing"): "the appeal was heard by a judge ruling that …" is
    the judge's ruling (the court's sense of "hear")."""
    return gerund.endswith("ing") and (gerund in lx.SPEECH_FORMS or gerund not in lx.EVIDENCE_FORMS)


def _after_determiner(toks: list[Token], j: int, lo: int) -> bool:
    """Does a determiner or a possessive stand before toks[j]? Then a word in -ly there is a
    noun ("the family", "her family", "the diver's family"), not an adverb of the verb."""
    if j - 1 < lo:
        return False
    prev = toks[j - 1].low
    return prev in ARTICLES_AND_POSSESSIVES or prev.endswith(("'s", "’s"))

"""What follows a reporting verb before its content: adverbials ("in a statement", "on
Monday") and whether a finite clause opens there; the hearer ("told reporters") is verb_hearers'."""

from __future__ import annotations

from summarizer.rules.attribution.adverbial_phrases import TIME_DEGREES, clause_internal_phrase, where_phrase
from summarizer.rules.attribution.phrases import is_word
from summarizer.rules.attribution.relative_that import passive_relative, relative_that, that_past_relative
from summarizer.rules.attribution.told_quotes import quoted_title_end
from summarizer.rules.attribution.verb_groups import VERB_ADVERBS, adverbs_before_that
from summarizer.rules.attribution.words import (
    ARTICLES_AND_POSSESSIVES,
    AUDIENCE_OPENERS,
    CLAUSE_OPENERS,
    CLAUSE_SUBJECTS,
    CLAUSE_VERBS,
    COMMON_REPORTING_VERBS,
    FINITE,
    HEARERS,
    NOUN_PHRASE_OPENERS,
    PLACE_PREPOSITIONS,
    PREPOSITIONS,
    QUANTIFIERS,
    SPEECH_EVENTS,
    SUBORDINATORS,
    TIME_NOUNS,
    TIME_WORDS,
)
from summarizer.text import lexicon as lx
from summarizer.text.numbers import NUMBER_WORDS
from summarizer.text.segments import Token

TIME_OR_PREPOSITION = TIME_WORDS | PREPOSITIONS


# the dash of a vote's tally: "7-2", "19–15"
_DASHES = frozenset({"-", "–"})


def skip_adverbials(toks: list[Token], i: int, hi: int) -> int:
    """Skip "Tuesday", "in a statement", "on Twitter", "last week", ", as did the campaign,"
    after a reporting verb."""
    while i < hi:
        low = toks[i].low
        if toks[i].text == "," and i + 1 < hi and toks[i + 1].low == "as":
            close = next((j for j in range(i + 2, min(hi, i + 12)) if toks[j].text == ","), None)
            if close is not None and close + 1 < hi and toks[close + 1].low == "that":
                i = close + 1  # "warned, as did the Morel campaign itself, that …"
                continue
        if low in TIME_WORDS or (low in TIME_DEGREES and i + 1 < hi and toks[i + 1].low in ("before", "after")):
            i += 1  # "said Tuesday", "conceded shortly before 1 a.m.": the phrase of time is read on
            continue
        if (that := adverbs_before_that(toks, i, hi)) is not None:
            i = that  # "said afterward that", "said flatly that", "said shortly afterward that"
            continue
        if (
            low.isdigit()
            and i + 3 < hi
            and toks[i + 1].text in _DASHES
            and toks[i + 2].low.isdigit()
            and toks[i + 3].low == "to"
        ):
            i += 3  # "voted 7-2 to …": a vote's tally is no part of what was decided ("said 3-4 men …" is)
            continue
        nxt = toks[i + 1].low if i + 1 < hi else ""
        if (low == "at" and nxt in ("least", "most")) or (
            low in ("over", "under") and (nxt[:1].isdigit() or nxt in NUMBER_WORDS)
        ):
            break  # "said at least 40 people died", "said over 40 …": a count, the content's first words
        if (
            (low in PREPOSITIONS and low not in ("to",))
            or low in PLACE_PREPOSITIONS
            or (low == "to" and i + 1 < hi and toks[i + 1].low in AUDIENCE_OPENERS)
        ):
            k = i + 1
            reach = _PHRASE_RUN_WORDS if _medium_run_to_that(toks, i + 1, hi) else _PHRASE_WORDS
            while k < hi and k - i <= reach:
                lk = toks[k].low
                if lk == "that" and k == i + 1 and k + 1 < hi and is_word(toks[k + 1]):
                    k += 1  # "claimed in that speech …": a demonstrative after the preposition
                    continue
                if (titled := quoted_title_end(toks, k, hi)) is not None:
                    k = titled  # 'said on ABC's "This Week" that …': a programme's title is the medium's name
                    continue
                if toks[k].text in (",", ":") or lk == "that" or (k > i + 1 and _infinitive_at(toks, k, hi)):
                    break
                if not (is_word(toks[k]) or toks[k].text in "'’-&" or lk in ("'s", "’s") or _title_stop(toks, k, i)):
                    break
                if (
                    lk in lx.CUE_FORMS
                    and lk not in SPEECH_EVENTS
                    # a bare form right after the preposition is its noun ("officers in charge that …")
                    and not (k == i + 1 and not lk.endswith(("ing", "ed")))
                    and not (
                        low == "in"
                        and toks[i - 1].low not in _IN_OF_VERB
                        and (
                            toks[k - 1].low in NOUN_PHRASE_OPENERS
                            or (toks[i + 1].low in NOUN_PHRASE_OPENERS and k <= i + 3)
                        )
                    )
                ):
                    break  # the next verb; "in" and a determiner open a medium ("in a note to clients", "in her reply")
                if low in ("before", "after") and clause_internal_phrase(toks, i, k) and clause_opens(toks, k + 1, hi):
                    break  # "said after she arrived the ward was quiet", "warned before long the river …": the content's
                if (
                    lk in SPEECH_EVENTS
                    or lk in WHEN_NOUNS
                    or low in ("before", "after")  # "before kickoff", "after the vote": a time, whatever its noun
                    or (
                        low in PLACE_PREPOSITIONS and k > i + 1 and lk not in SUBORDINATORS and lk not in CLAUSE_OPENERS
                    )
                    or where_phrase(toks, i, k)
                ) and clause_opens(toks, k + 1, hi):
                    # "said in her address she was ready", "declared in May it backed …", "said
                    # outside the court she would appeal", "said just before kickoff the team was
                    # ready": the phrase names when or where it was said; the clause after is the content
                    return k + 1
                k += 1
            if k < hi and relative_that(toks, k, hi, i + 1):
                # "argued for a penalty that would …": a relative clause on the phrase's noun
                m = that_past_relative(toks, k, hi)
                if m is not None:
                    i = m
                    continue
                if low == "for" or passive_relative(toks, k, hi):
                    return hi  # no content; else "said on the radio that was a lie": its subject
            if k < hi and (toks[k].low == "that" or toks[k].text in (",", ":")):
                i = k
                continue
            if k < hi and k > i + 1 and _infinitive_at(toks, k, hi):
                return k  # "decided on Monday to drop the charges", "decided after a review not to …"
            if k >= hi:
                return k
            break
        break
    return i


# the most words of a phrase after the verb, and of a medium's with its hearer and a time
_PHRASE_WORDS = 8
_PHRASE_RUN_WORDS = 16
# how many words into the phrase its medium's noun may stand ("in an internal email")
_MEDIUM_AT = 4


def _medium_run_to_that(toks: list[Token], i: int, hi: int) -> bool:
    """Does the phrase at toks[i] name a medium in its first words, then run in plain words (no
    verb, no cue, no comma) to "that" ("in an internal email to all staff late last week that
    …", "in a letter to the parents of pupils on Monday that …")? Then its hearer and its time
    are the phrase's too, however many words they take."""
    if not any(t.low in SPEECH_EVENTS for t in toks[i : i + _MEDIUM_AT]):
        return False
    for m in range(i, min(hi, i + _PHRASE_RUN_WORDS + 1)):
        t = toks[m]
        if t.low == "that":
            return m > i
        if not is_word(t) or t.low in FINITE or t.low in lx.CUE_FORMS or t.low in lx.STANCE_FORMS:
            return False
    return False


def _title_stop(toks: list[Token], k: int, i: int) -> bool:
    """Is toks[k] the stop of a title written short inside the phrase ("in a letter to Gov. Ana
    Ruiz that …", "in an interview with Dr. Ali Reza"), no end of the phrase?"""
    return toks[k].text == "." and k - 1 > i and toks[k - 1].text[:1].isupper() and toks[k - 1].low in lx.TITLES


# what a phrase naming when something was said ends with: "in July", "on Monday"
WHEN_NOUNS = frozenset(
    TIME_WORDS
    | TIME_NOUNS
    | {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
       "november", "december"}
)  # fmt: skip


def clause_opens(toks: list[Token], i: int, hi: int) -> bool:
    """Does a clause with its own subject open at toks[i] ("he was ready", "the plan would
    fail", "two people had died")? A subject pronoun, a count and a noun before a finite verb, or a
    determiner and a finite verb a few words on."""
    if i >= hi:
        return False
    first = toks[i].low
    if first in CLAUSE_SUBJECTS:
        return True
    # a count and one noun right before a finite verb: "two people had died", "12 homes were lost"
    if (first.isdigit() or first in NUMBER_WORDS or first in QUANTIFIERS) and i + 2 < hi:
        return toks[i + 1].low.isalpha() and toks[i + 2].low in CLAUSE_VERBS
    return first in ARTICLES_AND_POSSESSIVES and any(toks[m].low in CLAUSE_VERBS for m in range(i + 2, min(hi, i + 6)))


# verbs whose own preposition is "in" (credence: "believes in the promise that …"): what follows
# is their object, no medium the words were said in
_IN_OF_VERB = frozenset(f for lemma in ("believe", "trust") for f in lx.inflect(lemma))


def clause_follows(toks: list[Token], i: int, hi: int) -> bool:
    """Does a finite clause start at toks[i] (a subject, then a verb within a few words)?"""
    if i >= hi:
        return False
    first = toks[i].low
    if first in CLAUSE_SUBJECTS:
        return True
    for k in range(i + 1, min(hi, i + 7)):
        if toks[k].low in CLAUSE_VERBS:
            return True
        if toks[k].low in COMMON_REPORTING_VERBS and not _bare_say_goes_on(toks, k):
            return True  # "… , but Shelby said …": another report begins
    return False


def _bare_say_goes_on(toks: list[Token], k: int) -> bool:
    """Is the bare "say" at toks[k] a verb that goes on the clause before, not a plural subject's
    report: after an adverb or "to" ("…, and then say goodbye", "…, and also say …"), no subject
    of its own ("…, and parents say …" is one)?"""
    prev = toks[k - 1].low
    return toks[k].low == "say" and (prev in VERB_ADVERBS or prev.endswith("ly") or prev == "to")


def _infinitive_at(toks: list[Token], k: int, hi: int) -> bool:
    """Does an infinitive open at toks[k] ("to drop", "not to recommend"), not a phrase of
    direction or audience ("to reporters", "to the board", "to Congress", "in an email to staff
    that …")? The word after "to" is lower case, no article, pronoun, hearer or number, no
    plural noun in -s, and the plain words after "to" run into no "that" (an addressee before
    the reported clause)."""
    j = k + 1 if toks[k].low == "not" else k
    if toks[j].low != "to" or j + 1 >= hi:
        return False
    word = toks[j + 1]
    low = word.low
    # after a medium's noun the plain words may run on past the hearer to a time ("in an email
    # to staff at the firm last week that …")
    reach = _MEDIUM_HEARER_WORDS if j > 0 and toks[j - 1].low in SPEECH_EVENTS else _HEARER_WORDS
    return (
        not _addressee_before_that(toks, j + 1, hi, reach)
        and word.text.isalpha()
        and word.text.islower()
        and low not in ARTICLES_AND_POSSESSIVES
        and low not in lx.PRONOUNS
        and low not in HEARERS
        and low not in AUDIENCE_OPENERS
        and low not in NUMBER_WORDS
        and not (low.endswith("s") and not low.endswith("ss"))
    )


# how many plain words after "to" may name a hearer before "that", and after a medium's "to"
_HEARER_WORDS = 4
_MEDIUM_HEARER_WORDS = 9


def _addressee_before_that(toks: list[Token], i: int, hi: int, reach: int = _HEARER_WORDS) -> bool:
    """Do the few plain words from toks[i] end at "that" ("in a report to city council that the
    rezoning …"): a noun phrase naming to whom, then the reported clause, not an infinitive?"""
    for m in range(i + 1, min(hi, i + 1 + reach)):
        low = toks[m].low
        if low == "that":
            return True
        if not is_word(toks[m]) or low in FINITE or low in lx.CUE_FORMS or low in lx.STANCE_FORMS:
            return False
    return False

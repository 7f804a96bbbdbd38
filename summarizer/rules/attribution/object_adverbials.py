"""Where a verb's object ends at a clause of time or purpose that is the writer's: "praised the
mayor as a reformer when she ran in 2019", "agreed to lend the town $2 million so the clinic
could reopen", "warned the clerks to lock the vault after they broke in". The object is what
was said or held; the clause after it (its own subject and verb, no comma before it) tells when
or why the speaker did so. A reported clause keeps it ("said the clinic closed when the grant
ran out": the speaker's words tell when), and so does a subordinator with no clause after it
("after midnight", "so far", "before voting")."""

from __future__ import annotations

from summarizer.rules.attribution.complements import clause_follows
from summarizer.rules.attribution.phrases import is_word
from summarizer.rules.attribution.words import (
    ARTICLES_AND_POSSESSIVES,
    CLAUSE_SUBJECTS,
    FINITE,
    PREPOSITIONS,
    SPEECH_EVENTS,
)
from summarizer.text.numbers import NUMBER_WORDS
from summarizer.text.segments import Token

# the subordinators of time and purpose that open the writer's clause after an object
OBJECT_ADVERBIAL_OPENERS = frozenset({"when", "after", "before", "so"})
# verbs whose object may be a question with "when" ("to say when the road reopens", "asked the
# clerk when the ferry left")
_ASKING = frozenset({
    "say", "tell", "told", "ask", "asked", "know", "explain", "decide", "disclose", "reveal",
    "specify", "indicate", "confirm", "predict", "wonder", "wondered",
})  # fmt: skip
# the nouns of a stretch of time a clause of time may define ("the days after the vote passed")
_TIME_SPANS = frozenset({"moment", "minute", "hour", "day", "night", "week", "month", "year", "time", "period", "era"})


def adverbial_after_object(toks: list[Token], i: int, k: int, hi: int) -> bool:
    """Does the subordinator at toks[k] (no comma before it) end the object toks[i:k] and open a
    clause of the writer's: a subject (a pronoun, an article or a possessive, a capitalised word)
    and a finite verb within six words? Not when the content is a clause of its own (a pronoun
    or "there" first, "that" or a finite verb in it: "demanded that the board prove its case
    before …"; a verb in -ed: "said Ana Ruiz, 40, charged at them after …"), nor after a
    preposition ("no word as to when …" asks a question) or a verb of saying or knowing ("would
    not say when …", the question is its object) or a noun of time ("in the hours
    before the storm hit" tells which hours). The caller asks besides that the content is no
    reported clause in the past ("said the clinic closed when …")."""
    if toks[k].low not in OBJECT_ADVERBIAL_OPENERS or k - i < 2 or k + 2 >= hi or toks[k - 1].text == ",":
        return False
    if toks[i].low in CLAUSE_SUBJECTS or any(t.low == "that" or t.low in FINITE for t in toks[i:k]):
        return False  # "there's no date as to when …", "demanded that the state prove …": a clause
    if any(_past_verb(toks, m) for m in range(i + 1, k)):
        return False  # "said Ana Ruiz, 40, charged at them after …": a reported clause, its verb past
    if toks[k - 1].low in PREPOSITIONS or toks[k - 1].low == "to":
        return False  # "no word as to when the review ends": a question, the object of "to"
    if toks[k - 2].low == "to" or (toks[k].low == "when" and any(t.low in _ASKING for t in toks[i:k])):
        return False  # "declined to say when …", "asked the clerk when …": a question, what is said
    if toks[k - 1].low.removesuffix("s") in _TIME_SPANS:
        return False  # "the hours before the storm hit", "a time when …": the clause tells which time
    j = k + 1
    if toks[k].low == "so" and toks[j].low == "that":
        j += 1  # "so that the clinic could reopen"
    first = toks[j]
    if not (
        first.low in CLAUSE_SUBJECTS
        or first.low in ARTICLES_AND_POSSESSIVES
        or first.text[:1].isupper()
        or _count(first.low)  # "after nine cases were confirmed": a counted subject
    ):
        return False
    return clause_follows(toks, j, min(hi, j + 6))


def _count(low: str) -> bool:
    """Is the word a count that may open a subject: digits or a number word ("12", "nine")?"""
    return low.replace(",", "").isdigit() or low in NUMBER_WORDS


def _past_verb(toks: list[Token], m: int) -> bool:
    """Is toks[m] a verb in -ed, lower case and after no article or possessive ("charged", not
    "a reported fire"), the verb of a reported clause?"""
    low = toks[m].text
    return (
        low.endswith("ed") and len(low) > 4 and low.isalpha() and low.islower()
        and toks[m - 1].low not in ARTICLES_AND_POSSESSIVES
    )  # fmt: skip


# a court's or a party's written act a stance is taken in, besides the speech events ("in a
# ruling", "in a motion"; not "order", as in "in short order", nor "opinion", as in "in my opinion")
_WRITTEN_ACTS = frozenset({"ruling", "decision", "brief", "motion", "testimony", "deposition"})


def event_noun(toks: list[Token], j: int, hi: int) -> tuple[int, str] | None:
    """The speech event or written act that the phrase opening at toks[j] after "in" or "during"
    names, singular or plural, past a determiner and up to two modifiers ("in a statement", "in
    early-morning tweets", "during a televised address", "in a CNN interview"): its index and
    its singular; None when it names none ("in the city", "in a way that …", "in front of …")."""
    for m in range(j, min(hi, j + 4)):
        low = toks[m].low
        noun = low[:-1] if low.endswith("s") and low[:-1] in SPEECH_EVENTS else low
        if noun in SPEECH_EVENTS or noun in _WRITTEN_ACTS:
            # a bare noun only in the plural: "in tweets", not "in report cards"
            return (m, noun) if m > j or (noun != low and noun in SPEECH_EVENTS) else None
        if not is_word(toks[m]) or low in FINITE or low in _NOT_EVENT_MODIFIERS:
            return None
    return None


# words that end the noun phrase after "in" before any noun of speaking: "in that …", "in front of"
_NOT_EVENT_MODIFIERS = frozenset({"of", "that", "which", "who", "to", "for", "with", "on", "at", "and", "or", "but"})

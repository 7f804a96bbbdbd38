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
from summarizer.text import lexicon as lx
from summarizer.text.numbers import NUMBER_WORDS
from summarizer.text.segments import Token

# the subordinators of time and purpose that open the writer's clause after an object
OBJECT_ADVERBIAL_OPENERS = frozenset({"when", "after", "before", "so"})
# the prepositions of an occasion of saying: "in a letter", "during an interview", "at a rally"
OCCASION_OPENERS = frozenset({"in", "during", "at"})
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


def event_noun(toks: list[Token], j: int, hi: int, *, gathering: bool = False) -> tuple[int, str] | None:
    """The speech event or written act that the phrase opening at toks[j] after "in" or "during"
    names, singular or plural, past a determiner and up to two modifiers ("in a statement", "in
    early-morning tweets", "during a televised address", "in a CNN interview"), or after "at"
    (``gathering``) a speech event or a gathering one speaks at ("at a rally", "at a budget
    hearing"): its index and its singular; None when it names none ("in the city", "in a way
    that …", "in front of …")."""
    for m in range(j, min(hi, j + 4)):
        low = toks[m].low
        noun = _singular(low)
        if noun in SPEECH_EVENTS or noun in _WRITTEN_ACTS or (gathering and noun in _GATHERINGS):
            # a bare noun only in the plural: "in tweets", not "in report cards"
            return (m, noun) if m > j or (noun != low and noun in SPEECH_EVENTS) else None
        if not is_word(toks[m]) or low in FINITE or low in _NOT_EVENT_MODIFIERS:
            return None
    return None


def occasion_of_saying(toks: list[Token], i: int, k: int, hi: int, *, past_clause: bool) -> bool:
    """Does "in"/"during" at toks[k] open the occasion the speaker said the content toks[i:k] on
    ("… bus routes in a letter", "attacked the mayor in early-morning tweets"), or "at"/"during" a
    gathering ("praised the crews at a rally in Tarn", "mocked the levy during a debate")? A written act, or an event past modifiers
    or in the plural, or any gathering, only after an object (past_clause: the content is a
    clause, "said the board will focus on it in its next letter" tells what the board will do,
    "said the plan failed at a meeting" where it failed)."""
    at = toks[k].low == "at"
    if (found := event_noun(toks, k + 1, hi, gathering=at or toks[k].low == "during")) is None:
        return False
    m, noun = found
    if any(t.low in _FUTURE for t in toks[k + 1 : m]) or (m + 1 < hi and toks[m + 1].low in _FUTURE_AFTER):
        return False  # "promised a vote during an upcoming session", "… at a meeting next week": the object's time
    if (at or noun in _GATHERINGS) and not _plain_object(toks, i, k):
        return False  # "vowed to hold a vote at a meeting": where the promised act takes place
    if (at or noun in _GATHERINGS) and any(t.low in _HAPPENINGS for t in toks[i:k]):
        return False  # "condemned the violence at a rally": where it happened, part of the object
    if m + 1 < hi and toks[m + 1].low == "for":
        return False  # "praised the clerk in a speech for her courage": the reason is what was said
    if not at and m == k + 2 and noun == toks[m].low and noun in SPEECH_EVENTS and k - i >= 2:
        return True  # "in a letter", "in a statement": even after a clause
    if (toks[k].low in ("in", "at") or noun in _GATHERINGS) and not _an_occasion(toks, k + 1, m):
        return False
    if k - i < 2 and i > 0 and toks[i - 1].low in lx.CUE_FORMS:
        return False  # a verb of saying's one-word report is too short to keep: cut, it would be lost
    # what follows "that" or a verb that takes no object is a clause even when its verb is not
    # seen ("said patients often lie in interviews": where they lie)
    return not past_clause and not _clause_reported(toks, i)


# the words that put an event in the future, which an occasion of saying, already past, is not:
# in the phrase ("an upcoming session") or after its noun ("a meeting next week", "a summit tomorrow")
_FUTURE = frozenset({"upcoming", "coming", "next", "planned", "scheduled", "forthcoming", "future"})
_FUTURE_AFTER = frozenset({"next", "tomorrow"})

# the nouns of what happens at a place, whose "at" tells where it happened, not where the speaker
# spoke: "condemned the violence at a rally", "praised the turnout at a town hall"
_HAPPENINGS = frozenset({
    "violence", "attack", "attacks", "shooting", "shootings", "stabbing", "clash", "clashes", "unrest",
    "chaos", "riot", "riots", "rioting", "brawl", "fighting", "scuffle", "scuffles", "disturbance",
    "disorder", "incident", "incidents", "explosion", "blast", "heckling", "booing", "protest",
    "protests", "turnout", "atmosphere", "crush", "stampede", "arrest", "arrests", "behaviour",
    "behavior", "conduct", "security",
})  # fmt: skip


def _plain_object(toks: list[Token], i: int, k: int) -> bool:
    """Are toks[i:k] a noun phrase with no verb in it, the object of the cue ("praised the crews"),
    not an infinitive or a clause whose act a place after it may belong to ("to speak", "the plan
    failed")?"""
    return not any(
        t.low == "to" or t.low in FINITE or t.low in lx.AUXILIARIES or _past_verb(toks, m) or t.low.endswith("ing")
        for m, t in enumerate(toks[i:k], start=i)
    )


def _clause_reported(toks: list[Token], i: int) -> bool:
    """Is the content at toks[i] a clause by its cue: after "that", or after a verb of saying
    that takes a clause and never an object ("said", "noted", "insisted"; not "attacked the
    mayor", "disclosed the losses", whose content may be a noun phrase)?"""
    before = toks[i - 1].low if i > 0 else ""
    return before == "that" or lx.CUE_FORMS.get(before) in _CLAUSE_ONLY_CUES


# the verbs of saying whose content is a clause, never an object
_CLAUSE_ONLY_CUES = frozenset({"say", "note", "insist", "argue", "contend", "assert"})


def _an_occasion(toks: list[Token], j: int, m: int) -> bool:
    """Does the phrase toks[j:m + 1] after "in" name an occasion of the speaker's own, not a text
    or event something else is found in: the event noun in lower case (not a name, "the Western
    Conference"), after "a"/"an", a possessive determiner or no determiner ("in a radio interview",
    "in his weekly address", "in early-morning tweets"), and no one else's "'s" ("errors in the
    annual report", "the lies in his rival's tweets", "cuts in these memos" tell where the object is)?"""
    if not toks[m].text[:1].islower():
        return False
    if toks[j].low in _DEFINITE:
        return False
    return not any(t.low.endswith(("'s", "’s", "'", "’")) for t in toks[j:m])


# the gatherings a speaker addresses, read after "at" or "during" ("at a rally", "during a town hall"); "talks"
# is one in the plural only ("at the talks", not "at talk radio")
_GATHERINGS = frozenset({
    "rally", "hearing", "summit", "forum", "meeting", "debate", "luncheon", "dinner", "gathering",
    "convention", "ceremony", "vigil", "fundraiser", "hall", "session", "talks", "event", "congress",
})  # fmt: skip

# the determiners that point at a text or event already known, not the speaker's act
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _singular(low: str) -> str:
    """The speech event a plural names, in "-s" or "-es" ("tweets", "speeches", "addresses"); else the word."""
    for cut in (1, 2):
        if low.endswith("es"[2 - cut :]) and low[:-cut] in SPEECH_EVENTS:
            return low[:-cut]
    return low


# words that end the noun phrase after "in" before any noun of speaking: "in that …", "in front of"
_NOT_EVENT_MODIFIERS = frozenset({"of", "that", "which", "who", "to", "for", "with", "on", "at", "and", "or", "but"})

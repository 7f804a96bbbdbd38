"""A report carried by a participle after a comma ("The clerk replied, writing that …") or after
the main verb's place ("The nurses marched through the town shouting …"), and the fronted
adverbial or participle frame before a subject ("By noon, the clerk …", "Speaking to reporters,
the clerk …"): who speaks in the participle, and what the reporting verb before it and a
trailing cue after the adverbial must not take as their content."""

from __future__ import annotations

from summarizer.rules.attribution.clauses import participle_subject
from summarizer.rules.attribution.phrases import np_left
from summarizer.rules.attribution.reporting_verbs import cue_at, stance_at
from summarizer.rules.attribution.words import (
    ATTENDING_PAST,
    FINITE,
    IRREGULAR_PAST,
    NOT_PARTICIPLES,
    ON_MANNERS,
    ON_VERBS,
    PATH_PREPOSITIONS,
    PREPOSITIONS,
    SETTING_OPENERS,
    SUBORDINATORS,
    TIME_WORDS,
    WORDED_THINGS,
    ing_participle,
)
from summarizer.text import lexicon as lx
from summarizer.text.base import ALL_QUOTES, Span
from summarizer.text.segments import Token

# the longest fronted phrase read as one ("In the early hours of last Monday morning,")
_MAX_WORDS = 8


def participle_report_at(toks: list[Token], i: int) -> bool:
    """Does toks[i] open a participle of saying or of a stance ("saying", "writing", "adding",
    "calling")? After "responded," or "replied," it reports the words; the verb before it
    has no content of its own ("The clerk replied, adding that the pool would reopen")."""
    if i >= len(toks) or not toks[i].low.endswith("ing"):
        return False
    return cue_at(toks, i) is not None or stance_at(toks, i) is not None


def free_participle(toks: list[Token], i: int, hi: int) -> bool:
    """Does toks[i] open a participle clause set off by a comma after a verb of saying and its
    adverbials, an adverb or two before it ("shouted at the guards, drawing a crowd", "yelled
    from the porch, allegedly trying to stop the arrest")? It tells what the act did or how: the
    verb has no content (a participle of saying there reports on its own: participle_report_at)."""
    while i < hi and toks[i].low.endswith("ly") and toks[i].text.isalpha():
        i += 1
    if i >= hi:
        return False
    return ing_participle(toks[i])


def fronted_adverbials_only(toks: list[Token], lo: int, hi: int) -> bool:
    """Are toks[lo:hi] only fronted phrases of time or place, each closed by a comma ("By
    Wednesday morning", "Late Tuesday, in Oslo")? Such an opener is the writer's setting, not a
    content a trailing cue reports ("By noon, the clerk had replied, writing that …")."""
    i = lo
    while i < hi:
        comma = next((j for j in range(i + 1, hi) if toks[j].text == ","), hi)
        if participle_frame(toks, i, comma):
            i = comma + 1  # "Speaking to reporters, the clerk said:": the scene, as a place is
            continue
        if toks[i].low not in SETTING_OPENERS and toks[i].low not in TIME_WORDS:
            return False
        j = i + 1
        while j < hi and toks[j].text != ",":
            if toks[j].low in lx.CUE_FORMS or toks[j].low in ("that", "and", "but") or not toks[j].text[:1].isalnum():
                return False  # a verb, a clause or a join: more than a setting
            j += 1
        if j - i > _MAX_WORDS:
            return False
        i = j + 1
    return hi > lo


def participle_frame(toks: list[Token], i: int, comma: int) -> bool:
    """Is toks[i:comma] a participle and a phrase of place, audience or manner with no complement
    of saying ("Writing for the majority", "Speaking to reporters", "Speaking on condition of
    anonymity", "Standing outside the court", "Writing on his blog")? Before a subject it sets the scene of the main
    clause and says nothing itself. Not the verb's topic ("Commenting on the ruling", "Warning of
    delays": "about" and "of" always give one), nor a preposition the stance lexicon joins to the
    verb ("Referring to the strike", "Arguing for a new vote", "Pleading for calm"), and "that", "whether" or a
    verb of a clause before any subordinator make a complement ("Writing in May that the dam …")."""
    t = toks[i]
    if not (t.text.isalpha() and len(t.low) > 4 and t.low.endswith("ing") and t.low not in NOT_PARTICIPLES):
        return False
    if i + 2 >= comma or toks[i + 1].low not in _FRAME_PREPOSITIONS:
        return False
    c = cue_at(toks, i) or stance_at(toks, i)
    lemma = c[0] if c else ""
    first = toks[i + 1].low
    if first == "on" and lemma in ON_VERBS and not _on_manner(toks, i + 2, comma):
        return False
    joined = stance_at(toks, i)
    if joined is not None and joined[1] > i:
        return False  # "Referring to the strike", "Pointing to the data": a stance's verb and particle
    for m in range(i + 2, comma):
        low = toks[m].low
        if low in SUBORDINATORS:
            return True  # "Speaking on condition of anonymity because he was not authorized": a reason
        if low in ("that", "whether") or low in FINITE or low in IRREGULAR_PAST or toks[m].text in _CLAUSE_MARKS:
            return False
    return True


def _on_manner(toks: list[Token], lo: int, comma: int) -> bool:
    """Does the phrase after "on" at toks[lo:comma] tell how or where ("on condition of
    anonymity", "on his own blog", "on X"), not about what: its first word or its head, the
    last word before a preposition, is one of ON_MANNERS? ("on the show's cancellation": a topic.)"""
    end = next(
        (
            m
            for m in range(lo, comma)
            if toks[m].low in PREPOSITIONS or toks[m].low in _HEAD_ENDS or not toks[m].text.isalnum()
        ),
        comma,
    )
    return toks[lo].low in ON_MANNERS or (end > lo and toks[end - 1].low in ON_MANNERS)


# words after a phrase's head: "on behalf of", "on his blog about the vote", "on condition that"
_HEAD_ENDS = frozenset({"of", "about", "that", "whether"})
# prepositions of a scene, an audience or a manner ("about" and "of" give a topic: said)
_FRAME_PREPOSITIONS = frozenset(
    {"for", "to", "in", "at", "on", "before", "from", "during", "after", "under", "outside"}
)
# a quote or a colon after the participle gives its words
_CLAUSE_MARKS = frozenset({*ALL_QUOTES, ":", ";"})


def opener_is_setting(toks: list[Token], opener: int, comma_after: int | None) -> bool:
    """Are the words before a trailing cue's speaker (toks[:opener]) only a setting, no content:
    when the sentence ends after the cue ("In a statement, the clerk said:"), or the cue's comma
    at ``comma_after`` opens a participle report or a quote ("By noon, the clerk had replied,
    writing that …")? Not when a clause follows that comma ("At noon, the warden said, a crew
    drained the pool": the time is the clause's, the speaker interrupts it)."""
    if not fronted_adverbials_only(toks, 0, opener):
        return False
    return (
        comma_after is None or participle_report_at(toks, comma_after + 1) or toks[comma_after + 1].text in ALL_QUOTES
    )


def path_participle_speaker(toks: list[Token], vg: int) -> Span | None:
    """The speaker of a bare participle of saying at toks[vg] that follows the main verb's path or
    place ("The nurses marched through the town shouting …", "Fans gathered outside the ground
    chanting …"): the subject of a participle clause is the main clause's, not the noun of the
    phrase before it. Only when that phrase follows a past verb right after the subject: "She
    heard people in the street shouting" (the object shouts) and "was shouting" are not this.
    The phrase's object speaks itself after a verb of attending ("listened to the speaker
    saying …") and when it is a thing that carries words, but for one's words "in" it ("replied
    to a tweet saying …"; "appeared in a video saying …" is the subject's)."""
    s = np_left(toks, vg - 1, 0, appositive=False) if vg >= 4 and toks[vg - 1].text.isalnum() else None
    if s is None or s < 3 or toks[s - 1].low not in PATH_PREPOSITIONS:
        return None
    verb = toks[s - 2]
    if not (verb.text.islower() and (verb.low.endswith("ed") or verb.low in lx.IRREGULAR_PAST)):
        return None
    if verb.low in ATTENDING_PAST or (toks[vg - 1].low in WORDED_THINGS and toks[s - 1].low != "in"):
        return toks[s].start, toks[vg - 1].end  # the object: its participle, its words
    who = participle_subject(toks, s - 2)
    if who is not None and who[1] == toks[s - 3].end:
        return who
    # "Holding banners, the nurses marched …": past a fronted participle, the phrase before the verb
    n = np_left(toks, s - 3, 0, appositive=False)
    fronted = n is not None and n >= 2 and toks[n - 1].text == "," and toks[0].low.endswith("ing")
    return (toks[n].start, toks[s - 3].end) if fronted and n is not None else None

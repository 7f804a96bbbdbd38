"""A report carried by a participle after a comma ("The clerk replied, writing that …") or after
the main verb's place ("The nurses marched through the town shouting …"), and the fronted
adverbial before a subject ("By noon, the clerk …"): who speaks in the participle, and what the
reporting verb before it and a trailing cue after the adverbial must not take as their content."""

from __future__ import annotations

from summarizer.rules.attribution.clauses import participle_subject
from summarizer.rules.attribution.phrases import np_left
from summarizer.rules.attribution.reporting_verbs import cue_at, stance_at
from summarizer.rules.attribution.words import (
    ATTENDING_PAST,
    PATH_PREPOSITIONS,
    SETTING_OPENERS,
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

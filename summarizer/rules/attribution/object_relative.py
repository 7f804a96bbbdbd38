"""Pattern `object_relative`: what a source said, thought or wants moved before its subject as
the relative word of the clause ("That is what Ada Ruiz said", "a rule which the board pointed
to"): the verb keeps no object of its own, the relative word stands for the content."""

from __future__ import annotations

from summarizer.rules.attribution.context import SentenceScan
from summarizer.rules.attribution.phrases import contracted_subject, is_word
from summarizer.rules.attribution.registry import pattern
from summarizer.rules.attribution.reporting_verbs import cue_at, stance_at
from summarizer.rules.attribution.words import (
    BE_FORMS,
    NEGATIONS,
    NOUN_PHRASE_OPENERS,
    NP_PREPOSITIONS,
    PREPOSITIONS,
    THAT_NOUNS,
)
from summarizer.text import lexicon as lx
from summarizer.text.segments import Token

_RELATIVE_WORDS = frozenset({"what", "which", "that"})
# what the verb may be followed by when its object is the relative word: a stop, a preposition
# or a subordinator opening an adjunct, "to" of the hearer, a verb of the main clause ("what
# he wants is …") or an adverb
_AFTER_GAP = frozenset({".", ",", ";", ":", ")", "—", "–", "--", "?", "!"}) | PREPOSITIONS | frozenset(
    {"when", "while", "as", "because", "since", "before", "after", "until", "if", "is", "was", "are", "were",
     "about", "of", "so", "too", "most", "now", "then", "again", "today", "yesterday", "last", "this"}
)  # fmt: skip
# verbs of saying or stance as often used with no object at all ("the news that she agreed"):
# an object gap after them is not to be read from the words
_INTRANSITIVE = frozenset({"agree", "disagree", "concur", "decline", "refuse", "respond", "reply", "comment",
                           "testify", "joke", "quip", "complain", "speculate", "vote", "continue", "lobby",
                           "campaign", "apologize for", "wonder", "muse", "snap", "shout", "yell", "cry",
                           "plead", "beg", "lament", "worry", "learn", "figure"})  # fmt: skip
# words that take an indirect question ("nobody knows what the league expects"): "what" there
# asks, and points at no content anyone gave
_ASKING = frozenset({"know", "knows", "knew", "known", "unknown", "unclear", "clear", "sure", "certain", "ask",
                     "asks", "asked", "wonder", "wonders", "wondered", "idea", "whether", "explain", "explained",
                     "understand", "understood", "tell", "determine", "learn", "guess"})  # fmt: skip
# "what the board wants remains unclear": the verbs that link a question to its "unclear"
_REMAINS = frozenset({"is", "was", "remains", "remained", "seems", "seemed"})
# verbs of perception that are views only with "as" ("see the plan as a giveaway")
_PERCEIVING = frozenset({"see", "view", "regard"})
# adverbs between the subject and the verb ("what the campaign now hopes")
_ADVERBS = frozenset({"now", "also", "still", "then", "never", "already", "once", "just", "later", "first"})
# what "that" follows when it is no relative word: a verb taking a clause, a conjunction
_NOT_BEFORE_RELATIVE_THAT = frozenset({"so", "now", "such", "given", "except", "fact", "idea", "day", "time",
                                       "moment", "year", "week", "way", "point", "sense"})  # fmt: skip


def _subject_end(toks: list[Token], i: int, hi: int) -> int | None:
    """End (exclusive) of the subject that opens the relative clause at toks[i]: a subject
    pronoun, a name, or a short noun phrase after a determiner; None when none stands there."""
    t = toks[i]
    if t.low in lx.SUBJECT_PRONOUNS or contracted_subject(t):
        return i + 1
    if not is_word(t) or not (t.text[:1].isupper() or t.low in NOUN_PHRASE_OPENERS):
        return None
    j = i + 1
    while j < hi and j - i < 6 and is_word(toks[j]):
        low = toks[j].low
        if low in lx.AUXILIARIES or low in _ADVERBS or low.endswith("ly") or low in NEGATIONS:
            break
        if toks[j].text.islower() and (cue_at(toks, j) or stance_at(toks, j)):
            break
        if low in PREPOSITIONS or low in NP_PREPOSITIONS or j - i >= 4:
            return None  # "the fate of our nation's values": no short subject, no relative clause here
        j += 1
    if t.low in NOUN_PHRASE_OPENERS and j == i + 1:
        return None  # "that the suspect …": a determiner alone is no subject, its noun is no verb
    return j if j > i else None


def _verb_at(toks: list[Token], i: int, hi: int) -> tuple[int, str, int] | None:
    """(verb index, lemma, last index) of the verb group at toks[i]: auxiliaries and adverbs,
    then a verb of saying, thinking or stance."""
    j = i
    while j < hi and (toks[j].low in lx.AUXILIARIES or toks[j].low in _ADVERBS or toks[j].low in NEGATIONS or (
        toks[j].low.endswith("ly") and toks[j].low.isalpha() and len(toks[j].low) > 4
    )):  # fmt: skip
        j += 1
    if j >= hi or any(t.low in BE_FORMS for t in toks[i:j]):
        return None  # "that all bills be considered": a passive has no object to move
    found = (cue_at(toks, j) or stance_at(toks, j)) if toks[j].text.islower() else None
    if found is None:
        return None
    return j, found[0], found[1]


@pattern(
    "object_relative",
    175,
    "sentence",
    "the object of a verb of saying, thinking or stance moved before its subject as the relative word",
    ("A second ferry is what the harbour board now wants.",),
)
def find(scan: SentenceScan) -> None:
    """Find a verb of saying, thinking or stance whose object is the relative word before its
    subject ("what the council now wants", "which the bank detailed in its filings")."""
    ctx, toks, end_idx = scan.ctx, scan.toks, scan.end_idx
    if scan.words.isdisjoint(_RELATIVE_WORDS):
        return
    free = scan.free
    for k in scan.where(_RELATIVE_WORDS):
        if not 0 <= k < end_idx - 2 or ctx.inside_quote(toks[k].start):
            continue
        rel = toks[k].low
        before = toks[k - 1].low if k > 0 else ""
        if rel == "what" and before in _ASKING:
            continue  # "nobody knows what the board wants": a question, no content given
        if rel != "what" and (before in PREPOSITIONS or k == 0):
            continue  # "in which she said": the gap is an adverbial, no object; "That is …" opens a sentence
        if rel == "that" and (
            k < 2
            or not is_word(toks[k - 1])
            or ((before in lx.CUE_FORMS or before in lx.STANCE_FORMS) and toks[k - 2].low not in lx.DETERMINERS)
            or before in lx.AUXILIARIES
            or before in THAT_NOUNS
            or before in _NOT_BEFORE_RELATIVE_THAT
            or before.endswith("ed")
        ):
            continue  # a "that" that opens a reported clause or a noun's content
        subject_end = _subject_end(toks, k + 1, end_idx)
        if subject_end is None:
            continue
        verb = _verb_at(toks, subject_end, end_idx)
        if verb is None:
            continue
        v, lemma, last = verb
        if lemma in _INTRANSITIVE or toks[v].low.endswith("ing") or lx.CUE_KIND.get(toks[v].low) == "speech":
            continue
        if last + 1 < end_idx and toks[last + 1].low not in _AFTER_GAP and not toks[last + 1].low.endswith("ly"):
            continue  # the verb has an object of its own: the relative word is no content of it
        if (
            last + 2 < end_idx
            and toks[last + 1].low == "to"
            and toks[last + 2].text.islower()
            and toks[last + 2].low not in _AFTER_GAP
        ):
            continue  # "the road which the county wants to widen": the object of the infinitive, not of the verb
        if rel == "what" and last + 2 < end_idx and toks[last + 1].low in _REMAINS and toks[last + 2].low in _ASKING:
            continue  # "what the union wants is unclear": a question as the subject, no content given
        if lemma in _PERCEIVING and (last + 1 >= end_idx or toks[last + 1].low != "as"):
            continue  # "the ball that the keeper saw": a sight, no view ("the plan which she sees as …" is one)
        cue = (toks[subject_end].start, toks[last].end)
        if not free(cue) or not free((toks[k].start, toks[k].end)):
            continue
        speaker = (toks[k + 1].start, toks[subject_end - 1].end)
        if contracted_subject(toks[k + 1]) and subject_end == k + 2:
            speaker = (toks[k + 1].start, toks[k + 1].start + contracted_subject(toks[k + 1]))
            cue = (speaker[1], cue[1])
        scan.add("object_relative", (toks[k].start, toks[k].end), speaker, cue, lemma, short_ok=True)

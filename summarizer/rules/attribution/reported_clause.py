"""Is a clause the complement of a verb of saying before it? `Moe said the province would
continue “to fight …”`: "the province" opens the clause "said" reports, so the quote that ends
it is Moe's words in his report, and "the province would continue" is no second speaker and cue.
"""

from __future__ import annotations

import itertools

from summarizer.rules.attribution.phrases import np_left
from summarizer.rules.attribution.reporting_verbs import cue_at
from summarizer.rules.attribution.verb_groups import verb_group_start
from summarizer.rules.attribution.words import FINITE, TIME_WORDS
from summarizer.text import lexicon as lx
from summarizer.text.segments import Token

__all__ = ["quoted_clause", "reported_clause_of"]


def reported_clause_of(toks: list[Token], start: int, first: int) -> bool:
    """Does the clause whose subject opens at toks[start] follow a finite verb of speech with a
    subject of its own, directly or after "that" or a time word ("said Tuesday the …")? A subject
    may end in an aside set off by commas ("Ana Ruiz, who has run the club since May, said …")."""
    k = start - 1
    if k > first and toks[k].low == "that":
        k -= 1
    if k > first and toks[k].low in TIME_WORDS:
        k -= 1
    if k <= first:
        return False
    verb = next((v for v in (k, k - 1) if v >= first and (c := cue_at(toks, v)) is not None and c[1] == k), None)
    if verb is None or lx.CUE_KIND.get(toks[verb].low) != "speech" or toks[verb].low.endswith("ing"):
        return False
    vg = verb_group_start(toks, verb, first)
    return vg > first and (toks[vg - 1].text == "," or np_left(toks, vg - 1, first) is not None)


def quoted_clause(text: str) -> bool:
    """Is the quote a clause of its own, a subject and a finite verb ("the dam could fail", "we
    are done"), not a phrase that finishes the reporter's clause ("to fight for every job",
    "record profits")? A verb of saying right before such a quote has it for its words: "The
    mayor said the inspector warned “the dam could fail”" quotes the inspector."""
    words = text.lower().split()[:6]
    if not words or words[0] == "to":
        return False  # "to fight for what is right": an infinitive, whatever follows it
    if words[0] in lx.SUBJECT_PRONOUNS:
        return True
    # a finite word before any relative ("a plan that will fail" is a phrase)
    return any(w in _FINITE for w in itertools.takewhile(lambda w: w not in _RELATIVES, words[1:]))


_RELATIVES = frozenset({"that", "which", "who", "whom", "what", "where", "when", "as", "if", "because"})
# the finite words of a clause (not "do", which opens a phrase as often: "do more for renters"), and
# the negated ones
_FINITE = frozenset(FINITE - {"do"}) | {"won't", "can't", "isn't", "wasn't"}

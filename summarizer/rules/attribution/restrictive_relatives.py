"""A subject that holds a relative clause not set off by commas is read whole, its noun before the
relative the head: "Two engineers who inspected the crane said …", "the nurses I asked said …",
"A spokesman for the firm that owns the mill said …" (the mill is the relative's object, not
the one who speaks)."""

from __future__ import annotations

from summarizer.rules.attribution.contact_clauses import contact_clause
from summarizer.rules.attribution.phrases import is_word, np_left, source_like
from summarizer.rules.attribution.words import FINITE, IRREGULAR_PAST
from summarizer.text import lexicon as lx
from summarizer.text.base import ALL_QUOTES, Span
from summarizer.text.language import ENGLISH_FUNCTION_WORDS
from summarizer.text.segments import Token

# how many words back from the cue the relative pronoun may stand
_REACH = 14


def relative_subject(toks: list[Token], vg: int) -> Span | None:
    """A subject with a relative clause not set off by commas, read whole: "Two engineers who
    inspected the crane said …" is the engineers', not the crane's; so is a "that" or "which"
    clause on a phrase that names a source ("the firm that owns the mill said …")."""
    for j in range(vg - 1, max(0, vg - _REACH), -1):
        t = toks[j]
        if t.text in (",", ".", ";", ":") or t.text in ALL_QUOTES:
            return None
        if t.low == "who" and j >= 1:
            s = np_left(toks, j - 1, 0, appositive=False)
            return (toks[s].start, toks[vg - 1].end) if s is not None else None
        if t.low in ("that", "which") and j >= 1 and j + 1 < vg and _finite_verb(toks[j + 1]):
            # "the firm that owns the mill said": the relative's verb right after the pronoun
            # (a "that" of content has its own subject first: "warned that the mill said")
            s = np_left(toks, j - 1, 0, appositive=False)
            if s is not None and _source_phrase(toks[s:j]):
                return toks[s].start, toks[vg - 1].end
            return None
        if (
            j >= 1
            and contact_clause(toks, j, vg)  # "I met", "we spoke to", "I know" ("she said …" has no verb of its own)
            and is_word(toks[j - 1])
            and toks[j - 1].low not in ENGLISH_FUNCTION_WORDS
        ):
            # "the nurses I asked said …", "officials we spoke to said …": a relative
            # clause with no pronoun; the noun before it is the subject
            s = np_left(toks, j - 1, 0, appositive=False)
            return (toks[s].start, toks[vg - 1].end) if s is not None else None
    return None


def _finite_verb(t: Token) -> bool:
    """A finite verb in lower case that may follow a relative pronoun: an auxiliary or a modal
    ("that has", "which will"), a past ("that ran", "that filed") or a present in -s ("that
    owns"), not a plural noun that names a source ("that officials")."""
    low = t.low
    if not (t.text.isalpha() and t.text.islower()) or low in ENGLISH_FUNCTION_WORDS - FINITE:
        return False
    if low in FINITE or low in IRREGULAR_PAST or (len(low) > 4 and low.endswith("ed")):
        return True
    return low.endswith("s") and not low.endswith(("ss", "us", "is")) and not source_like(t)


def _source_phrase(phrase: list[Token]) -> bool:
    """Does the noun phrase before the relative name a source, in a few words and with no verb of
    its own ("a spokesman for the trust", "surety companies"; not "the wife … recorded video of
    the encounter": a clause, whose object the relative is on)?"""
    return (
        len(phrase) <= _PHRASE_WORDS
        and any(_names_source(w) for w in phrase)
        and not any(w.text.islower() and (w.low in IRREGULAR_PAST or w.low.endswith(("ed", "ing"))) for w in phrase)
    )


# the most words of the phrase a relative clause may follow ("the chief of the agency's board")
_PHRASE_WORDS = 8


def _names_source(t: Token) -> bool:
    """A word of the phrase before the relative that names a source (a person, body, group or
    document, or a name), not a capital on a function word ("The", "A")."""
    return source_like(t) and t.low not in ENGLISH_FUNCTION_WORDS and t.low not in lx.PRONOUN_FORMS

"""An adjunct set off by commas between a subject and its verb of saying: "…, but the council,
in a statement, said …", "The mayor, at a briefing on Monday, warned …". The phrase says where
or how it was said; the subject is the noun phrase before its opening comma, as before a
participle aside ("The reports, citing two officials, said", phrases.participle_aside_opening).

Near misses: an aside that holds a verb ("the council, which met in May, said": a relative
clause, read by appositive_relative), an aside that is no phrase opened by a preposition ("the
council, its members say, …"), a comma after "that" or a relative word."""

from __future__ import annotations

from summarizer.rules.attribution.phrases import is_word
from summarizer.rules.attribution.words import WHO_WHICH_WHOM
from summarizer.text import lexicon as lx
from summarizer.text.segments import Token

# the prepositions that open a phrase of where, when or how something was said
_ADJUNCT_PREPOSITIONS = frozenset({"in", "on", "at", "during", "via", "through", "after", "before", "from"})
# the most words such a phrase holds ("in a statement released late on Monday")
_MAX_WORDS = 9


def adjunct_aside_opening(toks: list[Token], j: int) -> int | None:
    """The comma that opens an adjunct aside closed by the comma at toks[j] (", in a
    statement,"): a preposition after it, words only up to toks[j], no verb of saying or
    stance; None else."""
    for p in range(j - 2, max(0, j - _MAX_WORDS - 2), -1):
        if toks[p].text == ",":
            before = toks[p - 1]
            if toks[p + 1].low not in _ADJUNCT_PREPOSITIONS or not is_word(before):
                return None
            return p if before.low not in WHO_WHICH_WHOM and before.low != "that" else None
        if not _aside_word(toks, p) or toks[p].low in lx.CUE_FORMS or toks[p].low in lx.STANCE_FORMS:
            return None
    return None


def adjunct_aside_end(toks: list[Token], c: int, hi: int) -> int | None:
    """The comma that closes an adjunct aside opened by the comma at toks[c] (", in a
    statement,"), the words between a phrase opened by a preposition; None else."""
    if c + 1 >= hi or toks[c + 1].low not in _ADJUNCT_PREPOSITIONS:
        return None
    for m in range(c + 2, min(hi, c + _MAX_WORDS + 2)):
        if toks[m].text == ",":
            return m if m > c + 2 else None
        if not _aside_word(toks, m) or toks[m].low in lx.CUE_FORMS or toks[m].low in lx.STANCE_FORMS:
            return None
    return None


def _aside_word(toks: list[Token], m: int) -> bool:
    """Is toks[m] a word of the aside, or the stop of a title written right after it ("in a
    letter to Gov. Ann Roy")?"""
    if is_word(toks[m]):
        return True
    return toks[m].text == "." and m > 0 and toks[m - 1].end == toks[m].start and toks[m - 1].low in lx.TITLES

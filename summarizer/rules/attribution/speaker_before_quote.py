"""The speaker before a quote: `Smith said: "…"`, `He added, "…"`, `Smith told reporters: "…"`."""

from __future__ import annotations

from summarizer.rules.attribution.clauses import cue_at, skip_adverbials, skip_hearer, verb_group_start
from summarizer.rules.attribution.context import Context, Found, stops_sentence
from summarizer.rules.attribution.phrases import np_left
from summarizer.rules.attribution.registry import pattern
from summarizer.text.quotes import QuoteRegion
from summarizer.text.segments import Token, tokens


@pattern(
    "speaker_before_quote",
    30,
    "quote",
    "a speaker and a reporting verb before the quote, a hearer or an adverbial between",
    (
        "Tomas Reyes told reporters: «Nobody is going out on the water.»",
        "She says the fee is “a tax on the poor.” She adds, “Nobody asked us.”",
    ),
)
def speaker_before_quote(ctx: Context, q: QuoteRegion, p_start: int, p_end: int) -> Found | None:
    """(speaker, cue, lemma, end) of `Smith said: "…"`."""
    view = ctx.view
    lo = max(p_start, q.start - 200)
    toks = tokens(view, lo, q.start)
    if not toks:
        return None
    j = len(toks) - 1
    if toks[j].text in (",", ":"):
        j -= 1
    # skip a hearer or adverbial between the verb and the quote
    for k in range(j, max(-1, j - 7), -1):
        c = cue_at(toks, k)
        if c is None:
            continue
        if c[1] < j and not _skip_to(toks, c[1] + 1, j + 1):
            return None
        first = 0
        for b in range(k - 1, -1, -1):
            if stops_sentence(toks, b):
                first = b + 1
                break
        vg = verb_group_start(toks, k, first)
        np_start = np_left(toks, vg - 1, first)
        before = np_start - 1 if np_start is not None else -1
        if before > first and toks[before].low in _DETERMINERS:
            before -= 1  # "came her quick reply": np_left leaves a possessive out
        if np_start is None or (before >= first and toks[before].low in _PRESENTING):
            # "Then came the big reveal: “…”": a noun phrase after "came" or "was" is what is
            # presented, the cue word its noun ("reveal"), not a verb with a subject
            return None
        while np_start >= first + 2 and toks[np_start - 1].low in _PREPOSITIONS:
            # "The loudest critic in town said": the subject is the phrase the preposition's
            # object belongs to, not that object
            outer = np_left(toks, np_start - 2, first, appositive=False)
            if outer is None:
                break
            np_start = outer
        return (toks[np_start].start, toks[vg - 1].end), (toks[vg].start, toks[c[1]].end), c[0], q.end
    return None


# verbs that present a noun phrase after them ("here was the reply", "then came the answer")
_PRESENTING = frozenset({"was", "is", "came", "comes", "were", "are"})
_DETERMINERS = frozenset({"the", "a", "an", "her", "his", "its", "their", "our", "my", "your"})
_PREPOSITIONS = frozenset({"in", "of", "at", "from", "on", "for", "with"})


def _skip_to(toks: list[Token], i: int, hi: int) -> bool:
    """Are toks[i:hi] only a hearer and adverbials (so the quote is the verb's content)?"""
    k = skip_hearer(toks, i, hi)
    k = skip_adverbials(toks, k, hi)
    return k >= hi

"""Pattern `noun_clause`: a noun of saying or intending with its clause ("Obi's claim that …",
"its promise to cut …"); the noun's owner is the source."""

from __future__ import annotations

from summarizer.rules.attribution.complements import clause_follows
from summarizer.rules.attribution.content import content_end
from summarizer.rules.attribution.context import SentenceScan
from summarizer.rules.attribution.other_senses import people_word
from summarizer.rules.attribution.phrases import is_word
from summarizer.rules.attribution.registry import pattern
from summarizer.rules.attribution.words import FINITE, THAT_NOUNS, TO_NOUNS
from summarizer.text import lexicon as lx
from summarizer.text.base import Span

_NOUNS = frozenset(THAT_NOUNS | TO_NOUNS)


@pattern(
    "noun_clause",
    160,
    "sentence",
    "a noun of saying or intending with its clause; its owner is the source",
    (
        'Harlan Obi\'s claim that the dam "is perfectly safe" was challenged by engineers.',
        "The council kept its promise to cut the fee.",
    ),
)
def find(scan: SentenceScan) -> None:
    """Find a noun of saying or intending with its clause ("Trump's claim that there have been …",
    "his promise to cut taxes", "the company's decision to close the plant")."""
    ctx, toks, end_idx = scan.ctx, scan.toks, scan.end_idx
    if scan.words.isdisjoint(_NOUNS):
        return
    free = scan.free
    for k in scan.where(_NOUNS):
        if not 1 <= k < end_idx - 2:
            continue
        noun = toks[k].low
        nxt = toks[k + 1].low
        if not (
            (noun in THAT_NOUNS and nxt == "that" and clause_follows(toks, k + 2, min(end_idx, k + 9)))
            or (noun in TO_NOUNS and nxt == "to" and is_word(toks[k + 2]) and not _to_people(toks[k + 2].low))
        ):
            continue
        if ctx.inside_quote(toks[k].start) or not free((toks[k].start, toks[k + 1].end)):
            continue
        owner = toks[k - 1]
        owner_span: Span | None = None
        if owner.low.endswith(("'s", "’s", "s'", "s’")) and len(owner.low) > 3:
            # the owner's noun phrase: "the Trump campaign's claim"
            o_first = k - 1
            while o_first > 0 and is_word(toks[o_first - 1]) and toks[o_first - 1].text[:1].isupper():
                o_first -= 1
            owner_span = (toks[o_first].start, owner.end - 2)
        elif owner.low in lx.POSSESSIVE_DETERMINERS:
            owner_span = (owner.start, owner.end)
        elif owner.low not in ("the", "a", "an", "this", "whose"):
            continue  # "a state claim that …": not a noun of saying after all
        subject_position = not any(t.low in FINITE or t.low in lx.CUE_FORMS for t in toks[: k - 1])
        if owner_span is None and subject_position:
            continue  # "The claim that he made was false": a relative clause as often as not
        start = k + 2 if nxt == "that" else k + 1
        end = content_end(toks, start, end_idx)
        if subject_position:
            # "Trump's claim that there have been … is false": the sentence's own verb ends it
            finite = [j for j in range(start, end) if toks[j].low in FINITE]
            cut = finite[1] if nxt == "that" and len(finite) > 1 else finite[0] if nxt == "to" and finite else None
            if cut is not None:
                end = cut
        if end - start < 3:
            continue
        scan.add("noun_clause", (toks[start].start, toks[end - 1].end), owner_span, (toks[k].start, toks[k].end), noun)


def _to_people(low: str) -> bool:
    """Is the word after "to" a determiner or a noun for people ("her promise to voters", "the
    plan to the residents"): "to" is the preposition of whom it was made to, no infinitive?"""
    return low in lx.DETERMINERS or people_word(low)

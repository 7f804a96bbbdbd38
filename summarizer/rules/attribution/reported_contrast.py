"""A contrast inside what was said: ", but" setting a second reported clause against the first, both
the speaker's ("said the rain would ease on Monday, but the rivers would stay high"), so the content
runs on through it; not ", but the mayor denied it", the writer's clause."""

from __future__ import annotations

from summarizer.text import lexicon as lx
from summarizer.text.base import ALL_QUOTES
from summarizer.text.segments import Token

# the past modals of a reported clause: a clause that has one after "but" goes on with what was said
_REPORTED_MODALS = frozenset({"would", "could", "might"})


def backshifted_contrast(toks: list[Token], i: int, k: int, hi: int) -> bool:
    """Does ", but" at toks[k], after a content toks[i:k] that is a clause of its own (the caller
    checks), set a second reported clause against the first? The content is a clause after a verb
    of saying or "that", and the clause after "but" has a past modal of reported speech ("would",
    "could", "might") within five words and no verb of saying or quote mark of its own to the end.
    Not ", but the mayor denied it" (no modal: the writer's clause), nor ", but critics said it
    would fail" (a report of its own)."""
    if toks[k + 1].low != "but" or i == 0:
        return False
    if not (toks[i - 1].low == "that" or toks[i - 1].low in lx.SPEECH_FORMS):
        return False
    if not any(t.low in _REPORTED_MODALS for t in toks[k + 3 : min(hi, k + 8)]):
        return False
    return not any(
        t.text in ALL_QUOTES or t.low in lx.SPEECH_FORMS or t.low in lx.EVIDENCE_FORMS or t.text == ";"
        for t in toks[k + 2 : hi]
    )

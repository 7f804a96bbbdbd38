"""A reported claim as flagging reads it (its content, cue, speaker and the kind of its source), a
flag on it with the words that show it, the status its flags give, and the hedges of the article's
sentences, read once and looked up by span.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from summarizer.text.base import Span, lower_same_length
from summarizer.text.hedges import STATUS_KINDS, find_hedges, hedges_no_claim, may_be_unconfirmed
from summarizer.text.segments import Sentence

_UNCONFIRMED_KIND = "unconfirmed"


@dataclass(frozen=True, slots=True)
class Claim:
    """What flagging needs to know of one attribution."""

    content: Span
    cue: Span | None
    lemma: str | None
    speaker: Span | None
    kind: str | None  # the speaker entity's kind; None when no source is named
    anonymity: str | None
    sentence: int
    affiliation: str | None = None  # the speaker entity's affiliation ("Ukraine" of "Ukrainian officials")


@dataclass(slots=True)
class FlagInfo:
    reason: str
    cue: str
    span: Span | None


class Hedges:
    """find_hedges run once per sentence, with absolute spans, for every later lookup; a sentence
    is read when a lookup first needs it (most sentences hold no claim, and one that cannot hold
    an unconfirmed cue is never read for one)."""

    def __init__(self, view: str, sentences: list[Sentence]) -> None:
        self._view = view
        self._lowered = lower_same_length(view)  # once: each sentence's is a slice of it
        self._sentences = sentences
        self._cues: list[list[tuple[str, str, Span]] | None] = [None] * len(sentences)  # (kind, text, span)
        # sentences are in text order and apart: a span's cues lie in the sentences it touches
        self._starts = [sent.start for sent in sentences]
        self._ends = [sent.end for sent in sentences]
        self._ordered = all(a <= b for a, b in zip(self._ends, self._starts[1:], strict=False))

    def of_sentence(self, k: int) -> list[tuple[str, str, Span]]:
        """The cues of sentence ``k`` (its index in the list given), read once."""
        cues = self._cues[k]
        if cues is None:
            sent = self._sentences[k]
            piece = self._view[sent.start : sent.end]
            cues = self._cues[k] = [
                (str(c.kind), c.text, (sent.start + c.span[0], sent.start + c.span[1]))
                for c in find_hedges(piece, lowered=self.lowered(k))
                if not hedges_no_claim(piece, c)
            ]
        return cues

    def lowered(self, k: int) -> str:
        """Sentence ``k`` in lower case, as lower_same_length gives it (a slice of the view's)."""
        sent = self._sentences[k]
        return self._lowered[sent.start : sent.end]

    def unconfirmed(self, k: int, lowered: str) -> list[tuple[str, Span]]:
        """The unconfirmed cues of sentence ``k``, whose text in lower case is ``lowered``."""
        if not may_be_unconfirmed(lowered):
            return []
        return [(t, cs) for kind, t, cs in self.of_sentence(k) if kind == _UNCONFIRMED_KIND]

    def within(self, span: Span) -> list[FlagInfo]:
        s, e = span
        lo, hi = 0, len(self._sentences)
        if self._ordered:
            lo = bisect.bisect_left(self._ends, s)
            hi = bisect.bisect_right(self._starts, e)
        return [
            FlagInfo("not_independently_verified" if kind == _UNCONFIRMED_KIND else "hedge", text, cs)
            for k in range(lo, hi)
            for kind, text, cs in self.of_sentence(k)
            if s <= cs[0] and cs[1] <= e and kind in STATUS_KINDS
        ]


def status_of(flags: list[FlagInfo]) -> str:
    if any(f.reason in ("contested", "denied") for f in flags):
        return "disputed"
    return "unverified" if flags else "attributed"

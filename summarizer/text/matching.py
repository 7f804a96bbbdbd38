"""One matcher decides whether a text is in the article, for the checker and grounding alike:
exact, normalised (quotes, dashes, spaces; case where allowed), elided (pieces around '…' or
'[…]' found in order) or fuzzy (most of its words in one window of the article's words).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from summarizer.text.base import Span, SpanIndex, lower_same_length, normalize, normalize_with_map, strip_span
from summarizer.text.regex import compiled

# one set of thresholds for every caller
FUZZY_THRESHOLD = 0.85  # how alike (0..1) the content and the best-aligned part of the article are
FUZZY_MIN_WORDS = 5  # fewer words than this are never matched fuzzily
ELISION_GAP = 600  # at most this many characters between two pieces of an elided quote

_ELLIPSIS = compiled(r"\s*(?:\.\s?\.\s?\.|…)\s*|\s*\[[^\]]{1,60}\]\s*")
_WORD = compiled(r"[\w'’-]+")
_WORD_CHAR = compiled(r"\w")


@dataclass(frozen=True, slots=True)
class Match:
    span: Span
    mode: str  # exact | normalized | elided | fuzzy


class Matcher:
    """Finds copied strings in one text, outside the spans it skips (boilerplate): the
    normalised and case-folded forms and the word list are built on first need, since most
    copied strings are found exactly."""

    def __init__(self, text: str, skip: Iterable[Span] = ()) -> None:
        self.text = text
        self._skip = SpanIndex(skip)
        self._norm: tuple[str, list[int], str | None] | None = None
        self._lowered: str | None = None
        self._folded: tuple[str, list[int]] | None = None

    def keep(self, span: Span) -> bool:
        return not self._skip.overlaps(*span)

    def _normalized(self) -> tuple[str, list[int], str | None]:
        """The normalised text, its map back, and its case-folded form (when of one length)."""
        if self._norm is None:
            norm, where = normalize_with_map(self.text)
            folded = norm.casefold()
            self._norm = (norm, where, folded if len(folded) == len(norm) else None)
        return self._norm

    def find_all(self, needle: str, *, casefold: bool) -> list[Match]:
        """Every occurrence of ``needle`` in the first way it occurs at all: exact, then in
        another case (``casefold``), then normalised (and case-folded); boilerplate included."""
        found: list[Match] = []
        pos = self.text.find(needle)
        while pos >= 0 and needle:
            found.append(Match((pos, pos + len(needle)), "exact"))
            pos = self.text.find(needle, pos + 1)
        if found:
            return found
        if casefold:
            # the same words in another case ("Analysts" for "analysts"): no normalisation needed
            if self._lowered is None:
                self._lowered = lower_same_length(self.text)
            low = needle.lower()
            if len(low) == len(needle):
                pos = self._lowered.find(low)
                while pos >= 0:
                    found.append(Match((pos, pos + len(low)), "normalized"))
                    pos = self._lowered.find(low, pos + 1)
                if found:
                    return found
        norm = normalize(needle).strip()
        text_norm, where, folded = self._normalized()
        haystacks = [(text_norm, norm)]
        if casefold and folded is not None:
            haystacks.append((folded, norm.casefold()))
        for hay, n in haystacks:
            if not n:
                continue
            pos = hay.find(n)
            while pos >= 0:
                found.append(Match((where[pos], where[pos + len(n) - 1] + 1), "normalized"))
                pos = hay.find(n, pos + 1)
            if found:
                return found
        return found

    def first(self, needle: str, *, casefold: bool) -> Match | None:
        """The first occurrence outside the skipped spans (found the first way it occurs)."""
        needle = needle.strip()
        if not needle:
            return None
        return next((m for m in self.find_all(needle, casefold=casefold) if self.keep(m.span)), None)

    def locate(self, content: str, *, casefold: bool = True, fuzzy: bool = True) -> Match | None:
        """Where ``content`` is: exact or normalised; else elided (its pieces in order, each
        within ``ELISION_GAP`` of the last); else, with ``fuzzy``, the best window of words."""
        hit = self.first(content, casefold=casefold)
        if hit is not None:
            return hit
        pieces = [p.strip(" ,;:\"'“”") for p in _ELLIPSIS.split(content)]
        pieces = [p for p in pieces if len(p) >= 3]
        if len(pieces) > 1:
            elided = self._elided(pieces)
            if elided is not None:
                return elided
        return self._fuzzy(content) if fuzzy else None

    def mode(self, content: str, *, casefold: bool = True) -> str:
        """How ``content`` is found: exact, normalized, elided, fuzzy or not found."""
        hit = self.locate(content, casefold=casefold) if content.strip() else None
        return hit.mode if hit is not None else "not found"

    def _elided(self, pieces: list[str]) -> Match | None:
        first = self.first(pieces[0], casefold=False)
        if first is None:
            return None
        start, end = first.span
        for piece in pieces[1:]:
            after = [
                m
                for m in self.find_all(piece, casefold=False)
                if self.keep(m.span) and end <= m.span[0] <= end + ELISION_GAP
            ]
            if not after:
                return None
            end = after[0].span[1]
        return Match((start, end), "elided")

    def _fuzzy(self, content: str) -> Match | None:
        """The part of the text (outside the skipped spans) most like ``content``, character by
        character after normalising and case-folding, if at least ``FUZZY_THRESHOLD`` alike;
        widened to whole words. rapidfuzz's alignment replaced a hand-written count of the
        content's words in each window of the article's: on 6,659 dev contents with a word
        dropped, added or swapped it finds 5,941 at their span (the word count at 0.9: 4,971),
        41 elsewhere (48), none of 452 contents of other articles (none), in 0.13 ms a content
        (7.3 ms), measured on the dev set when it came in (see that commit)."""
        want = normalize(content, casefold=True).strip()
        if len(_WORD.findall(want)) < FUZZY_MIN_WORDS:
            return None
        from rapidfuzz import fuzz  # here: 27 ms of import that the offline path never needs

        if self._folded is None:
            chars = list(self.text)
            for s, e in self._skip.spans:
                chars[s:e] = " " * (e - s)
            self._folded = normalize_with_map("".join(chars), casefold=True)
        hay, where = self._folded
        found = fuzz.partial_ratio_alignment(want, hay, score_cutoff=FUZZY_THRESHOLD * 100)
        if found is None or found.dest_end <= found.dest_start:
            return None
        start, end = where[found.dest_start], where[found.dest_end - 1] + 1
        text = self.text
        while start > 0 and _WORD_CHAR.match(text, start - 1) and _WORD_CHAR.match(text, start):
            start -= 1
        while end < len(text) and _WORD_CHAR.match(text, end) and _WORD_CHAR.match(text, end - 1):
            end += 1
        start, end = strip_span(text, start, end)
        return Match((start, end), "fuzzy") if end > start else None

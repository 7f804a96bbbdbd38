"""Quoted passages: straight, curly, low-9 and guillemet double quotes, single quotes used as
quote marks (not apostrophes), and quotes that run over paragraphs re-opened at each one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summarizer.text.base import Span, SpanIndex
from summarizer.text.regex import compiled

_OPENERS = "“„«‹"
_CLOSERS = "”»›"
_DOUBLE = '"“”„«»＂'
_DOUBLE_RE = compiled("[" + re.escape(_DOUBLE) + "]")
_SINGLE_RE = compiled("['‘’‚]")
_OPEN_CONTEXT = " \t\n\r([{—–-:;/\u00a0"
_CLOSE_CONTEXT = ".,;:!?)]…"


@dataclass(slots=True)
class QuoteRegion:
    start: int  # the opening mark
    end: int  # just after the closing mark (or the paragraph end when never closed)
    closed: bool = True
    pieces: list[Span] = field(default_factory=list)  # one per paragraph it runs through
    single: bool = False

    @property
    def inner(self) -> Span:
        """The quoted words without the outer marks."""
        s = self.start + 1
        e = self.end - 1 if self.closed else self.end
        return s, max(s, e)

    def contains(self, pos: int) -> bool:
        return self.start <= pos < self.end


def _kind(view: str, i: int, p_start: int, p_end: int) -> str:
    """'open', 'close' or 'either' for the quote mark at i."""
    ch = view[i]
    before = view[i - 1] if i > p_start else " "
    after = view[i + 1] if i + 1 < p_end else " "
    if ch in _OPENERS:
        # a mark set the wrong way round closes where only a closer can stand: "“We won.“ she said"
        if not (before.isspace() or before in _OPEN_CONTEXT or before in _DOUBLE) and (
            after.isspace() or after in _CLOSE_CONTEXT
        ):
            return "close"
        return "open"
    if ch in _CLOSERS:
        # and opens where only an opener can: "she said ”We won,” and left"
        if (before.isspace() or before in _OPEN_CONTEXT) and after.isalnum():
            return "open"
        return "close"
    can_open = before in _OPEN_CONTEXT or before in _DOUBLE
    can_close = after.isspace() or not after.isalnum() or i + 1 >= p_end
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    return "either"


def _double_regions(view: str, paragraphs: list[Span]) -> list[QuoteRegion]:
    regions: list[QuoteRegion] = []
    carry: QuoteRegion | None = None  # a quote left open at the end of the previous paragraph
    for p_start, p_end in paragraphs:
        current: QuoteRegion | None = None
        opener = ""
        first = p_start
        while first < p_end and view[first].isspace():
            first += 1
        if carry is not None:
            if first < p_end and view[first] in _DOUBLE and view[first] not in _CLOSERS:
                current = carry  # the quote goes on: this paragraph re-opens it
                current.pieces.append((first, first))
                opener = view[first]
                skip = first
            else:
                regions.append(carry)
                skip = -1
            carry = None
        else:
            skip = -1
        for mark in _DOUBLE_RE.finditer(view, p_start, p_end):
            i = mark.start()
            ch = view[i]
            if i == skip:
                continue
            kind = _kind(view, i, p_start, p_end)
            if current is None:
                if kind == "close" and ch in _CLOSERS and i == first:
                    kind = "open"  # a paragraph opened with a wrong-way mark
                if kind != "close":
                    current = QuoteRegion(i, i + 1, closed=False, pieces=[(i, i)])
                    opener = ch
                continue
            closes = kind in ("close", "either") or (opener == "„" and ch == "“")
            if ch in _OPENERS and not (opener == "„" and ch == "“") and kind == "open":
                closes = False
            if closes:
                current.end = i + 1
                current.closed = True
                current.pieces[-1] = (current.pieces[-1][0], i + 1)
                regions.append(current)
                current = None
            else:
                # a second opener before any closer: the first quote was never closed
                current.end = i
                current.pieces[-1] = (current.pieces[-1][0], i)
                regions.append(current)
                current = QuoteRegion(i, i + 1, closed=False, pieces=[(i, i)])
                opener = ch
        if current is not None:
            current.end = p_end
            current.pieces[-1] = (current.pieces[-1][0], p_end)
            carry = current
    if carry is not None:
        regions.append(carry)
    return regions


def _single_regions(view: str, paragraphs: list[Span], taken: list[QuoteRegion]) -> list[QuoteRegion]:
    regions: list[QuoteRegion] = []
    inside = SpanIndex((r.start, r.end) for r in taken)

    def covered(i: int) -> bool:
        return inside.holds(i)

    def close(open_at: int, i: int) -> None:
        text = view[open_at + 1 : i]
        if len(text.split()) >= 2 and "\n" not in text:
            regions.append(QuoteRegion(open_at, i + 1, True, [(open_at, i + 1)], single=True))

    for p_start, p_end in paragraphs:
        open_at = -1
        # a closer that may be a plural's apostrophe ("'The teachers' union will strike,' she
        # said"): the quote closes there only if no plain closer follows before the next opener
        maybe = -1
        for mark in _SINGLE_RE.finditer(view, p_start, p_end):
            i = mark.start()
            ch = view[i]
            if covered(i) or view[i - 2 : i] in ("'n", "’n"):
                continue
            if _ELISION.match(view, i + 1, p_end) and not _opens_passage(view, p_start, i):
                continue  # "the '90s", "rock 'n' roll": an apostrophe for letters left out
            before = view[i - 1] if i > p_start else " "
            after = view[i + 1] if i + 1 < p_end else " "
            if open_at < 0:
                if (before in _OPEN_CONTEXT or before in _DOUBLE) and (after.isalnum() or after in "….") and ch != "’":
                    open_at = i
                continue
            if ch in "’'" and not before.isspace() and not after.isalnum():
                if before in "sS" and _WORD_AFTER.match(view, i + 1, p_end):
                    maybe = i if maybe < 0 else maybe
                    continue
                close(open_at, i)
                open_at = maybe = -1
            elif ch in "‘'" and (before in _OPEN_CONTEXT) and after.isalnum():
                if maybe >= 0:  # a new quote opens: the plural's mark was the closer ("'a gift to
                    close(open_at, maybe)  # developers' and 'a betrayal'")
                    maybe = -1
                open_at = i  # else an unmatched opener: start again from the later one
        if open_at >= 0 and maybe >= 0:
            close(open_at, maybe)
    return regions


# what follows an apostrophe that stands for letters left out, not a quote's opening mark:
# a decade ("'90s"), "'n'" of "rock 'n' roll", and the clipped words of speech ("'em", "'til")
_ELISION = compiled(r"(?:\d0s|n['’]\s|(?:em|til|cause|tis|twas)\b)")


def _opens_passage(view: str, p_start: int, i: int) -> bool:
    """Does a mark at ``i`` stand where only a quote's opener can, first in its paragraph or
    after a colon ("'80s music was better,' he said", "He said: '90s kids …")? There a decade
    is the quote's first word, not a clipped one."""
    before = view[p_start:i].rstrip()
    return not before or before[-1] == ":"


# a space and a word after a mark that ends a plural ("teachers' union"): the mark may be its apostrophe
_WORD_AFTER = compiled(r" [\w(]")


# two single marks written for one double: typewriter (``''``, PTB's ````` ``) or typographic, as
# some outlets set a closing double quote (``,’’ says``) or an opening one (``‘’It is``)
_PAIR_RE = compiled(r"''|``|[‘’]{2}")


def paired_apostrophes(view: str) -> str:
    """The text with pairs of single quote marks (``''``, PTB's ````` ``, ``’’``, ``‘‘``, ``‘’``)
    read as a double quote.

    Same length: an opening pair becomes `` "`` (the mark next to the word), a closing one
    ``" ``, so every offset stays the same and the quote finder sees ordinary marks.
    """
    if "''" not in view and "``" not in view and "’’" not in view and "‘‘" not in view and "‘’" not in view:
        return view
    chars = list(view)
    for m in _PAIR_RE.finditer(view):
        i = m.start()
        before = view[i - 1] if i > 0 else " "
        after = view[i + 2] if i + 2 < len(view) else " "
        opening = m.group() == "``" or (
            (before.isspace() or before in "([{—–-:/") and (after.isalnum() or after in "….$'\"")
        )
        chars[i], chars[i + 1] = (" ", '"') if opening else ('"', " ")
    return "".join(chars)


def find_quotes(view: str, paragraphs: list[Span]) -> list[QuoteRegion]:
    """All top-level quoted passages, in text order."""
    doubles = _double_regions(view, paragraphs)
    singles = _single_regions(view, paragraphs, doubles)
    return sorted(doubles + singles, key=lambda r: r.start)

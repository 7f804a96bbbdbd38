"""Pure text helpers shared by every layer: quote marks, normalisation with an offset map,
lower-casing that keeps offsets, and spans. No imports from the rest of the package.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from summarizer.text.regex import WordStartPattern, after_boundary, compiled, guarded

Span = tuple[int, int]


@dataclass(slots=True)
class PlaceMention:
    """A place or a street the text names: its name as written and its span."""

    name: str
    span: Span


# Quote marks
DOUBLE_QUOTES = '"“”„‟«»＂'
SINGLE_QUOTES = "'‘’‚‛‹›"
ALL_QUOTES = DOUBLE_QUOTES + SINGLE_QUOTES + "`´"
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"

_NORMALISE_TABLE = {ord(c): '"' for c in DOUBLE_QUOTES}
_NORMALISE_TABLE.update({ord(c): "'" for c in SINGLE_QUOTES + "`´"})
_NORMALISE_TABLE.update({ord(c): "-" for c in DASHES})
_NORMALISE_TABLE.update({ord("\u2026"): "..."})
_DROP_CHARS = ("\u00ad", "\u200b", "\u200c", "\u200d", "\ufeff")  # a tuple: one order, one pattern text
_FAST_TABLE = {**_NORMALISE_TABLE, **{ord(c): None for c in _DROP_CHARS}}
# what normalize_with_map must look at: a run of spaces, or one character to change or drop
_CHANGE_RE = compiled(r"\s+|[" + re.escape("".join(chr(c) for c in _FAST_TABLE)) + "]")


def normalize_with_map(text: str, *, casefold: bool = False) -> tuple[str, list[int]]:
    """Normalise quotes, dashes, ellipses, spaces and soft hyphens for matching.

    Returns the normalised string and, for each of its characters, the offset in ``text`` it
    came from (plus one trailing entry for the end), so a match maps back to original offsets.
    Runs of whitespace collapse to one space. Plain stretches are copied whole, so this costs
    little more than the normalisation itself.
    """
    out: list[str] = []
    where: list[int] = []
    previous_space = False
    pos = 0

    def plain(start: int, end: int) -> None:
        segment = text[start:end]
        folded = segment.casefold() if casefold else segment
        if len(folded) == len(segment):
            out.append(folded)
            where.extend(range(start, end))
            return
        for i in range(start, end):  # casefold changed a length ("ß" -> "ss"): map one by one
            piece = text[i].casefold()
            out.append(piece)
            where.extend([i] * len(piece))

    for m in _CHANGE_RE.finditer(text):
        if m.start() > pos:
            plain(pos, m.start())
            previous_space = False
        pos = m.end()
        if m.group()[0].isspace() and m.group()[0] not in _DROP_CHARS:
            if not previous_space:
                out.append(" ")
                where.append(m.start())
                previous_space = True
            continue
        mapped = m.group().translate(_FAST_TABLE)
        if not mapped:
            continue  # a dropped character: a space before it still counts
        if casefold:
            mapped = mapped.casefold()
        out.append(mapped)
        where.extend([m.start()] * len(mapped))
        previous_space = False
    if pos < len(text):
        plain(pos, len(text))
    where.append(len(text))
    return "".join(out), where


def normalize(text: str, *, casefold: bool = False) -> str:
    """What ``normalize_with_map`` returns, without the map, at C speed (a short text, such as
    a summary's field that every rule normalises again, from a cache)."""
    if len(text) <= _SHORT:
        return _normalize_short(text, casefold)
    return _normalized(text, casefold)


_SHORT = 300
# each character normalisation changes, and what it becomes (none of which is changed again)
_REPLACEMENTS = [(chr(c), to or "") for c, to in _FAST_TABLE.items()]
# those an ASCII text can hold that change it: most texts read are ASCII, and hold none of the
# others ("`" becomes "'"; the straight quotes stay what they are)
_ASCII_REPLACEMENTS = [(char, to) for char, to in _REPLACEMENTS if char.isascii() and char != to]


def _normalized(text: str, casefold: bool) -> str:
    for char, to in _ASCII_REPLACEMENTS if text.isascii() else _REPLACEMENTS:
        if char in text:
            text = text.replace(char, to)
    # each whitespace run made one space (str.split splits at the characters \s matches), the
    # text's own leading and trailing space kept as one
    words = text.split()
    out = " ".join(words)
    if text[:1].isspace():
        out = " " + out if words else " "
    if words and text[-1:].isspace():
        out += " "
    return out.casefold() if casefold else out


@lru_cache(maxsize=16384)
def _normalize_short(text: str, casefold: bool) -> str:
    return _normalized(text, casefold)


def strip_span(text: str, start: int, end: int, chars: str | None = None) -> Span:
    """Shrink [start, end) so it neither starts nor ends with whitespace (or ``chars``)."""
    strip = chars if chars is not None else " \t\r\n\u00a0"
    while start < end and (text[start] in strip or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in strip or text[end - 1].isspace()):
        end -= 1
    return start, end


_INTERVIEW_LETTER = compiled(r"[QA]:[ \t]")


def trim_content(text: str, start: int, end: int) -> Span:
    """Trim spaces and trailing clause punctuation from a content span, keeping balanced quotes."""
    start, end = strip_span(text, start, end, " \t\r\n\u00a0,;:—–")
    if _INTERVIEW_LETTER.match(text, start, end) and (start == 0 or text[start - 1] == "\n"):
        # an interview's answer letter opening its paragraph ("A: Not before May, she said"):
        # the layout's, no words of the speaker
        start, end = strip_span(text, start + 2, end)
    # drop one trailing sentence full stop unless it sits inside a closing quote
    if end > start and text[end - 1] in ".":
        end -= 1
        start, end = strip_span(text, start, end, " \t\r\n\u00a0,;:")
    return start, end


# ---------------------------------------------------------------- lower case, same length


def lower_pattern(pattern: str) -> re.Pattern[str]:
    """Compile a case-insensitive pattern for text already in lower case (far faster than
    re.IGNORECASE), guarded by its first characters (``text/regex.py``). Only for patterns whose
    escapes are all lower case (\\b, \\d, \\s, \\w)."""
    if re.search(r"\\[A-Z]", pattern):
        raise ValueError("pattern has an upper-case escape")
    return guarded(pattern.replace("(?P<", "\0").lower().replace("\0", "(?P<"))


def lower_word_starts(*patterns: str) -> WordStartPattern:
    """Any of ``patterns``, each opening with ``\\b`` before a letter, for text already in lower
    case (as ``lower_pattern``), found by skipping to the characters before words
    (``text/regex.py``: the same matches as the ``\\b`` alternation, far fewer positions tried)."""
    body = "|".join(f"(?:{after_boundary(p)})" for p in patterns)
    if re.search(r"\\[A-Z]", body):
        raise ValueError("pattern has an upper-case escape")
    return WordStartPattern(body.replace("(?P<", "\0").lower().replace("\0", "(?P<"))


def lower_same_length(text: str) -> str:
    """``text.lower()`` with the same length, so offsets carry over ("İ" stays one character).
    A whole article, lowered by several readers in turn, is lowered once."""
    return _lower_long(text) if len(text) > 2000 else _lower(text)


@lru_cache(maxsize=4)  # a few whole articles: the one being read, its view and its text
def _lower_long(text: str) -> str:
    return _lower(text)


def _lower(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


_CONTROL_RE = compiled(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def is_binary_text(text: str) -> bool:
    """True when a decoded text is mostly control characters (a binary file)."""
    if not text:
        return False
    sample = text[:8192]
    if "\x00" in sample:
        return True
    return len(_CONTROL_RE.findall(sample)) / len(sample) > 0.05


# the ASCII characters that are no letter or digit, and the marks beyond ASCII news writes most
# (curly quotes, dashes, the ellipsis), as UTF-8: none is counted by alnum_count
_ASCII_NOT_ALNUM = bytes(c for c in range(128) if not chr(c).isalnum())
_WIDE_MARKS = tuple(m.encode() for m in "’‘“”—–…«»")


def alnum_count(text: str, a: int, b: int) -> int:
    """How many letters and digits text[a:b] holds: what ``len(re.findall(r"[^\\W_]", …))``
    counts (the regex engine's word character is ``str.isalnum`` or "_"), without a match object
    per character. The ASCII marks are cut from the UTF-8 bytes (each byte below 0x80 is a whole
    character), then the usual wide marks; what is left is counted at once when all ASCII, else
    character by character ("é", "ß" and digits of other scripts count, "·" does not)."""
    a = max(a, 0)
    if b <= a:
        return 0
    kept = text[a:b].encode("utf-8", "surrogatepass").translate(None, _ASCII_NOT_ALNUM)
    if not kept.isascii():
        for mark in _WIDE_MARKS:
            kept = kept.replace(mark, b"")
        if not kept.isascii():
            return sum(map(str.isalnum, kept.decode("utf-8", "surrogatepass")))
    return len(kept)


def quoted_share(text: str, span: Span, quotes: list[Span], skip: list[Span] | None = None) -> float:
    """Share of the word characters in ``span`` that lie inside one of ``quotes``, not counting
    those in ``skip`` (a split quote's own "he said")."""
    s, e = span
    if not any(qa < e and s < qb for qa, qb in quotes):
        return 0.0  # no quote mark touches it: nothing to count

    def alnum(a: int, b: int) -> int:
        return alnum_count(text, a, b)

    skipped = [(max(s, a), min(e, b)) for a, b in (skip or []) if a < e and s < b]
    total = alnum(s, e) - sum(alnum(a, b) for a, b in skipped)
    inside = 0
    for qa, qb in quotes:
        a, b = max(s, qa), min(e, qb)
        if a < b:
            inside += alnum(a, b) - sum(alnum(max(a, x), min(b, y)) for x, y in skipped)
    return inside / total if total > 0 else 0.0


class SpanIndex:
    """Spans sorted by start, with the furthest end reached so far: which of them overlap a
    span, or hold a position, in log time (plus the answer's size) instead of a scan of all."""

    def __init__(self, spans: Iterable[Span]) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]
        self.reach = list(itertools.accumulate((b for _, b in self.spans), max))

    def overlapping(self, s: int, e: int) -> list[Span]:
        """The spans (a, b) with a < e and s < b, in order of start."""
        i = bisect.bisect_right(self.reach, s)  # spans[:i] all end at or before s
        k = bisect.bisect_left(self.starts, e)  # spans[k:] all start at or after e
        return [x for x in self.spans[i:k] if x[1] > s]

    def overlaps(self, s: int, e: int) -> bool:
        """Does any span (a, b) have a < e and s < b?"""
        k = bisect.bisect_left(self.starts, e)
        return k > 0 and self.reach[k - 1] > s

    def holds(self, pos: int) -> bool:
        """Does any span (a, b) have a <= pos < b?"""
        k = bisect.bisect_right(self.starts, pos)
        return k > 0 and self.reach[k - 1] > pos

    def first_start_inside(self, s: int, e: int) -> int | None:
        """The first start of a span strictly between s and e."""
        k = bisect.bisect_right(self.starts, s)
        return self.starts[k] if k < len(self.starts) and self.starts[k] < e else None


def quote_type(share: float) -> str:
    """direct, mixed or indirect, from the share of words inside quote marks."""
    if share >= 0.9:
        return "direct"
    return "mixed" if share > 0.05 else "indirect"

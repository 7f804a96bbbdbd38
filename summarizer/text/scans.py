"""Scans by ``str.find`` (a search in C) where a pattern would be tried at every position: the
whole words of a list, the digits of a text, and a pattern's matches from where they can start.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator


def is_word_char(c: str) -> bool:
    """A character ``\\w`` matches (a letter, a digit, "_")."""
    return c.isalnum() or c == "_"


def prefix_groups(words: Iterable[str], width: int = 3) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``words`` grouped by their first ``width`` characters, each group led by the longest
    prefix its words share ("four", "fourteen": "four"). One ``str.find`` scan of that prefix
    finds every word of the group (a word occurs where the prefix does and ``startswith`` holds):
    a scan costs about the same whatever it finds, so fewer scans cost less. A word listed
    twice stays twice in its group, as it would be found twice."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[:width], []).append(w)
    return tuple((_shared_prefix(ws), tuple(ws)) for ws in groups.values())


def _shared_prefix(words: list[str]) -> str:
    first, last = min(words), max(words)  # what the first and last in order share, all share
    n = 0
    while n < min(len(first), len(last)) and first[n] == last[n]:
        n += 1
    return first[:n]


class WordStarts:
    """Where any of a set of whole words occurs: what ``\\b(?:alpha|beta …)\\b`` finds, found
    by ``str.find`` for each group of words that open alike (a scan in C, ``prefix_groups``)
    rather than by trying the alternation at every position. For a short list of words that
    most positions cannot start, such as the number words, this is several times cheaper."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(sorted(set(words)))
        self._groups = prefix_groups(self.words)
        self._last: tuple[str, list[int], list[tuple[int, int, bool]]] | None = None
        if not all(w and is_word_char(w[0]) and is_word_char(w[-1]) for w in self.words):
            raise ValueError("each word must open and close with a word character")

    def positions(self, text: str, start: int = 0, end: int | None = None) -> list[int]:
        """The start of every occurrence in ``text[start:end]`` (the text ends at ``end``, as
        for a pattern's ``endpos``), in order, a position once however many words start there.
        The occurrences in the whole text are found once per text and kept for the next call:
        callers ask for one sentence or clause after another."""
        end = len(text) if end is None else end
        last = self._last
        if last is None or last[0] is not text:
            last = self._last = (text, *self._occurrences(text))
        _, starts, occurrences = last
        out: list[int] = []
        for k in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
            i, n, bounded = occurrences[k]
            if (bounded or i + n == end) and i + n <= end and (not out or out[-1] != i):
                out.append(i)
        return out

    def _occurrences(self, text: str) -> tuple[list[int], list[tuple[int, int, bool]]]:
        """Every occurrence at a word start, sorted: (start, length, whether a word boundary
        follows in the whole text)."""
        found: list[tuple[int, int, bool]] = []
        find, startswith = text.find, text.startswith
        size = len(text)
        for key, group in self._groups:
            i = find(key)
            while i >= 0:
                if i == 0 or not ((c := text[i - 1]).isalnum() or c == "_"):  # is_word_char, inlined
                    for w in group:
                        if len(group) == 1 or startswith(w, i):
                            e = i + len(w)
                            found.append((i, len(w), e >= size or not ((c := text[e]).isalnum() or c == "_")))
                i = find(key, i + 1)
        found.sort()
        return [o[0] for o in found], found


def matches_from(pattern: re.Pattern[str], text: str, starts: list[int], end: int) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text, starts[0], end)`` finds, given ``starts``, sorted: every
    position where a match can begin (a digit, a word of the pattern's first words). The
    pattern is tried only there; a start inside a match already found is passed over."""
    last = -1
    for pos in starts:
        if pos < last:
            continue
        m = pattern.match(text, pos, end)
        if m:
            yield m
            last = m.end()


# every decimal digit of another script lies at or above U+0660 (ARABIC-INDIC DIGIT ZERO): the
# class turns the characters below it away at once, the lookbehind tells a digit among the others.
# The class is written as the complement of the range below (the same characters): the range up
# to U+10FFFF took the compiler some 15 ms at every start-up, the complement under one
_OTHER_DIGIT = re.compile("[^\x00-\u065f](?<=\\d)")


def digit_positions(text: str, start: int, end: int) -> list[int]:
    """Every place in text[start:end] that holds a digit (what ``\\d`` matches), in order. The
    ASCII digits are found by ``str.find``, a scan in C many times faster than the regex
    engine's test of each character for ``\\d``; those of other scripts by a pattern only a
    character from U+0660 on makes look twice."""
    found: list[int] = []
    find = text.find
    for digit in "0123456789":
        i = find(digit, start, end)
        while i >= 0:
            found.append(i)
            i = find(digit, i + 1, end)
    if not text.isascii():
        found.extend(m.start() for m in _OTHER_DIGIT.finditer(text, start, end))
    found.sort()
    return found


class DigitPlaces:
    """``digit_positions``, found once in the whole of the last text asked about and kept:
    callers ask for one sentence after another of the same article."""

    def __init__(self) -> None:
        self._last: tuple[str, list[int]] | None = None

    def positions(self, text: str, start: int, end: int) -> list[int]:
        last = self._last
        if last is None or last[0] is not text:
            last = self._last = (text, digit_positions(text, 0, len(text)))
        found = last[1]
        return found[bisect.bisect_left(found, start) : bisect.bisect_left(found, end)]


# the digits of the lower-cased article, found once for both readers that ask: the numbers'
# (text/numbers.py) and the dates' (text/timeplace.py, through digit_run_starts)
DIGITS = DigitPlaces()


def digit_run_starts(text: str, start: int, end: int) -> list[int]:
    """Where a run of digits begins at a word start (what ``\\b\\d`` finds): a digit with no word
    character before it (a digit before it is one)."""
    return [i for i in DIGITS.positions(text, start, end) if i == 0 or not is_word_char(text[i - 1])]

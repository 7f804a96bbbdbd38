"""Prefilters on a pattern's literal prefixes: the strings every match starts with, read from the
parsed pattern (kept in the pattern store), and ``Prefiltered``, a pattern run only from where
one of them first occurs in the text, found by ``str.find``, with the same matches.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Any

from summarizer.text.base import lower_same_length
from summarizer.text.parsed_patterns import (
    FROM_PARSE,
    INLINE_FLAGS,
    RECENT_PARSES,
    parse_pattern,
    re_constants,
    re_parser,
    recalled,
)
from summarizer.text.scans import matches_from, prefix_groups

_MAX_PREFIXES = 24  # more strings than this to look for cost more than the scan they save


def literal_prefixes(pattern: str, flags: int = 0, limit: int = _MAX_PREFIXES) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` starts with (case as written), or None
    when there are none to tell (a pattern that may open with any letter or digit, or ignores
    case), or more than ``limit`` of them. ``\\b(?:drones?|uavs?)\\b…``: ("drone", "uav")."""
    if re_parser is None or flags & re.IGNORECASE or INLINE_FLAGS.match(pattern):
        return None
    flags = int(flags)
    if not FROM_PARSE:
        return _literal_prefixes(pattern, flags, limit)
    # a limit of its own is a kind of its own in the store: what is kept under a kind never changes
    kind = "prefixes" if limit == _MAX_PREFIXES else f"prefixes<={limit}"
    return recalled(kind, pattern, flags, lambda: _literal_prefixes(pattern, flags, limit), _strings)


def _strings(found: Any) -> tuple[str, ...]:
    if not isinstance(found, tuple) or not all(isinstance(p, str) for p in found):
        raise TypeError("literal prefixes are a tuple of strings")
    return found


def _literal_prefixes(pattern: str, flags: int, limit: int = _MAX_PREFIXES) -> tuple[str, ...] | None:
    parsed = RECENT_PARSES.get((pattern, flags & ~re.UNICODE)) or parse_pattern(pattern, flags)
    if parsed is None:
        return None
    found = _literal_sequence(list(parsed), limit)[0]
    if not found or "" in found or len(found) > limit:
        return None
    # a prefix that starts another makes the longer one redundant: "drone" covers "drones"
    ordered = sorted(found, key=len)
    kept: list[str] = []
    for p in ordered:
        if not any(p.startswith(k) for k in kept):
            kept.append(p)
    return tuple(kept)


def _literal_sequence(items: list[tuple[Any, Any]], limit: int = _MAX_PREFIXES) -> tuple[set[str], bool]:
    """The literal strings every path through ``items`` opens with, and whether they are whole
    (the items hold nothing but literals, so what follows may extend them)."""
    current = {""}
    for op, av in items:
        if op in (re_constants.AT, re_constants.ASSERT, re_constants.ASSERT_NOT):
            continue  # zero width: it constrains a match, and opens none
        if op is re_constants.LITERAL:
            current = {s + chr(av) for s in current}
            continue
        if op is re_constants.IN and all(o is re_constants.LITERAL for o, _ in av) and len(av) <= 4:
            current = {s + chr(v) for s in current for _, v in av}
        elif op is re_constants.BRANCH:
            parts = [_literal_sequence(list(alternative), limit) for alternative in av[1]]
            current = {s + p for s in current for found, _ in parts for p in found}
            if not all(whole for _, whole in parts):
                return current, False
        elif op is re_constants.SUBPATTERN and not av[1] & re.IGNORECASE:
            found, whole = _literal_sequence(list(av[-1]), limit)
            current = {s + p for s in current for p in found}
            if not whole:
                return current, False
        else:
            return current, False  # a repeat, a wide class …: the prefixes end here
        if len(current) > limit:
            return current, False
    return current, True


class Prefiltered:
    """A compiled pattern that is run only from the first place one of its literal prefixes
    occurs, and not at all when none does: the same matches, found without scanning text that
    cannot hold one. For patterns run often on text that rarely holds them."""

    __slots__ = ("groups", "pattern", "prefixes")

    def __init__(self, pattern: re.Pattern[str], limit: int = _MAX_PREFIXES) -> None:
        """``limit``: the most prefixes looked for (a pattern with more is run from ``pos``)."""
        self.pattern = pattern
        self.prefixes = literal_prefixes(pattern.pattern, pattern.flags & ~re.UNICODE, limit)
        self.groups = None if self.prefixes is None else prefix_groups(sorted(self.prefixes))

    def _first(self, text: str, pos: int, end: int) -> int:
        """Where the first prefix occurs: one scan per group of prefixes that open alike, each
        scan stopped where it could only find one after the first found so far."""
        if self.groups is None:
            return pos
        first = -1
        find, startswith = text.find, text.startswith
        for key, group in self.groups:
            stop = end if first < 0 else min(end, first - 1 + len(key))  # an occurrence before `first`
            i = find(key, pos, stop)
            while i >= 0:
                if len(group) == 1 or any(startswith(w, i, end) for w in group):
                    first = i
                    break
                i = find(key, i + 1, stop)
        return first

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        first = self._first(text, pos, end)
        return iter(()) if first < 0 else self.pattern.finditer(text, first, end)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        first = self._first(text, pos, end)
        return None if first < 0 else self.pattern.search(text, first, end)

    def prefix_starts(self, text: str, pos: int, end: int, before: int | None = None) -> list[int] | None:
        """Every place in text[pos:before] (``before`` defaults to ``end``) where one of the
        prefixes starts, whole before ``end``, in order; None when the pattern has no prefixes."""
        if self.groups is None:
            return None
        stop = end if before is None else min(end, before)
        if stop <= pos:
            return []
        starts: set[int] = set()
        find, startswith = text.find, text.startswith
        for key, group in self.groups:
            i = find(key, pos, min(end, stop + len(key) - 1))  # an occurrence starting before stop
            while i >= 0:
                if len(group) == 1 or any(startswith(w, i, end) for w in group):
                    starts.add(i)
                i = find(key, i + 1, min(end, stop + len(key) - 1))
        return sorted(starts)

    def finditer_at_prefixes(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """What ``finditer`` finds, the pattern tried only where one of its prefixes occurs
        (every match opens with one) rather than at every position from the first: cheaper
        where the prefixes are rare in a long text that holds no match."""
        end = len(text) if endpos is None else endpos
        starts = self.prefix_starts(text, pos, end)
        return (
            self.pattern.finditer(text, pos, end) if starts is None else matches_from(self.pattern, text, starts, end)
        )


# the characters beyond ASCII that a case-insensitive pattern's ASCII letter matches and whose
# lower case is none (the Kelvin sign's is "k"): "İ", "ı" (i) and the long "ſ" (s); a text
# holding one is searched whole (tests/test_pattern_rewrites.py checks the list against Unicode)
FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f")


def caseless_prefixes(pattern: str, flags: int, limit: int = _MAX_PREFIXES) -> tuple[str, ...] | None:
    """Strings (ASCII, lower case) one of which the lower case of every match of ``pattern``, a
    case-insensitive pattern, starts with; None as for ``literal_prefixes``."""
    if re_parser is None or INLINE_FLAGS.match(pattern):
        return None
    flags = int(flags)
    kind = "caseless-prefixes" if limit == _MAX_PREFIXES else f"caseless-prefixes<={limit}"

    def described() -> tuple[str, ...] | None:
        found = _literal_prefixes(pattern, flags, limit)
        if found is None or not all(p.isascii() for p in found):
            return None
        lowered = sorted({p.lower() for p in found}, key=len)  # "shot" covers "shotspotter"
        return tuple(sorted(p for i, p in enumerate(lowered) if not any(p.startswith(k) for k in lowered[:i])))

    return recalled(kind, pattern, flags, described, _strings) if FROM_PARSE else described()


class CaselessPrefiltered:
    """A case-insensitive compiled pattern tried only where one of its literal prefixes starts in
    the text lower-cased (offsets kept: ``lower_same_length``), found once per text by
    ``str.find`` and kept for the next call (callers ask sentence after sentence of one view):
    the same matches as ``finditer``, without the engine trying every position. A text holding
    one of FOLDS_TO_ASCII, or a pattern without prefixes, is searched as before."""

    __slots__ = ("_last", "groups", "pattern", "prefixes")

    def __init__(self, pattern: re.Pattern[str], limit: int = _MAX_PREFIXES) -> None:
        self.pattern = pattern
        self.prefixes = caseless_prefixes(pattern.pattern, pattern.flags & ~re.UNICODE, limit)
        self.groups = None if self.prefixes is None else prefix_groups(self.prefixes)
        self._last: tuple[str, list[int] | None] | None = None

    def _starts(self, text: str) -> list[int] | None:
        """Every place in ``text`` where a prefix starts in its lower case, in order; None when
        the pattern must be run on it whole."""
        last = self._last
        if last is not None and last[0] is text:
            return last[1]
        starts: list[int] | None = None
        if self.groups is not None and not any(c in text for c in FOLDS_TO_ASCII):
            found: set[int] = set()
            lowered = lower_same_length(text)
            find, startswith = lowered.find, lowered.startswith
            for key, group in self.groups:
                i = find(key)
                while i >= 0:
                    if len(group) == 1 or any(startswith(w, i) for w in group):
                        found.add(i)
                    i = find(key, i + 1)
            starts = sorted(found)
        self._last = (text, starts)
        return starts

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """What ``self.pattern.finditer(text, pos, endpos)`` finds."""
        end = len(text) if endpos is None else endpos
        starts = self._starts(text)
        if starts is None:
            return self.pattern.finditer(text, pos, end)
        tried = starts[bisect.bisect_left(starts, pos) : bisect.bisect_left(starts, end)]
        return matches_from(self.pattern, text, tried, end)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """What ``self.pattern.search(text, pos, endpos)`` finds."""
        return next(self.finditer(text, pos, endpos), None)

"""Prefilters on a pattern's literal prefixes: the strings every match starts with, read from the
parsed pattern (kept in the pattern store), and ``Prefiltered``, a pattern run only from where
one of them first occurs in the text, found by ``str.find``, with the same matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

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

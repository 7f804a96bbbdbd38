"""Faster scans for patterns that open with one of many words.

Python's regex engine tries every alternative of ``\\b(?:alpha|beta|gamma …)`` at every
position of the text. Most positions cannot start a match at all: their character is not the
first character of any alternative. ``guarded`` puts a lookahead for those first characters in
front of the pattern (``(?=[abg])(?:…)``), so the engine gives up on a position after one
character test. The first characters are read from the parsed pattern, never listed by hand,
so a word added to a lexicon can never be missed; a pattern whose first characters cannot be
bounded (one that may open with any letter, or may match the empty string) is left as it is, and
so is one the engine skips to by itself (one that opens with a literal or alternated literals).
Matches are the same with and without the guard: only where the engine looks changes.

A pattern is parsed once: the parse that gives its first characters is handed to the compiler
(with the guard spliced in front), and the compiled pattern is the one ``re.compile`` would give.
What is made of a pattern here (``guarded``, ``compiled``, ``WordStartPattern``, the literal
prefixes) is kept in the pattern store (``text/pattern_store.py``): the next process reads it.
The parse and the pattern built back from the store are in ``parsed_patterns.py``, the literal
prefixes and ``Prefiltered`` in ``prefilters.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from summarizer.text.parsed_patterns import (
    FROM_PARSE,
    INLINE_FLAGS,
    PatternDescription,
    built_pattern,
    description_of,
    parse_pattern,
    re_constants,
    re_parser,
    recalled,
    remember_parse,
    skips_on_its_own,
    spliced_parse,
    stored_description,
    unbuilt,
)

_MAX_CLASS = 40  # a set of more first characters than this saves little: no guard


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, kept in the pattern store: a process that finds it there
    neither parses it nor generates its code."""
    flags = int(flags)
    found = unbuilt("compile", pattern, flags, lambda: stored_description(pattern, flags)) if FROM_PARSE else None
    return re.compile(pattern, flags) if found is None else found


def first_characters(pattern: str, flags: int = 0) -> str | None:
    """A character class (without brackets) that holds every character a match of ``pattern``
    can start with, or None when no such small class exists."""
    if re_parser is None or INLINE_FLAGS.match(pattern):
        return None
    flags = int(flags)
    if FROM_PARSE:  # kept in the pattern store ("" for none), as the parse it is read from is not
        return recalled("first", pattern, flags, lambda: _first_characters(pattern, flags) or "", lambda c: c or None)
    return _first_characters(pattern, flags)


def _first_characters(pattern: str, flags: int) -> str | None:
    parsed = parse_pattern(pattern, flags)
    return None if parsed is None else _first_of(parsed)


def _first_of(parsed: Any) -> str | None:
    """``first_characters`` of a parsed pattern."""
    found = _sequence(list(parsed))
    if found is None or found[1]:
        return None  # unbounded, or the pattern may match the empty string
    atoms = found[0]
    if not atoms or len(atoms) > _MAX_CLASS:
        return None
    return "".join(sorted(atoms))


def guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, with a lookahead for its first characters in front when
    they can be bounded: the same matches, found faster. Kept in the pattern store."""
    flags = int(flags)
    if FROM_PARSE:
        found = unbuilt("guarded", pattern, flags, lambda: _guarded_description(pattern, flags))
        return re.compile(pattern, flags) if found is None else found
    parsed = None if re_parser is None else parse_pattern(pattern, flags)
    first = None if parsed is None or INLINE_FLAGS.match(pattern) else _first_of(parsed)
    if first is None or skips_on_its_own(parsed, flags):
        return re.compile(pattern, flags)
    return re.compile(f"(?=[{first}])(?:{pattern})", flags)


def _guarded_description(pattern: str, flags: int, parsed: Any = None) -> PatternDescription | None:
    """``guarded``'s pattern described, from one parse: the parse that gives the first
    characters is compiled, the guard spliced in front."""
    parsed = parse_pattern(pattern, flags) if parsed is None else parsed
    if parsed is None:
        return None
    # a verbose pattern may end in a comment, which would swallow the ")" closing the guard's group
    first = None if INLINE_FLAGS.match(pattern) or parsed.state.flags & re.VERBOSE else _first_of(parsed)
    if first is not None and not skips_on_its_own(parsed, flags):
        guard = f"(?=[{first}])"
        pattern, parsed = f"{guard}(?:{pattern})", spliced_parse(guard, parsed, flags)
    described = description_of(pattern, flags, parsed)
    remember_parse(pattern, described[1], parsed)
    return described


# each reader returns (atoms, may be empty) or None when the first character is unbounded;
# an atom is one escaped character or a class escape such as \d


def _sequence(items: list[tuple[Any, Any]]) -> tuple[set[str], bool] | None:
    atoms: set[str] = set()
    for item in items:
        found = _item(*item)
        if found is None:
            return None
        atoms |= found[0]
        if not found[1]:
            return atoms, False
    return atoms, True


def _item(op: Any, av: Any) -> tuple[set[str], bool] | None:
    if op is re_constants.LITERAL:
        return {re.escape(chr(av))}, False
    if op is re_constants.IN:
        return _in(av)
    if op is re_constants.BRANCH:
        atoms: set[str] = set()
        empty = False
        for alternative in av[1]:
            found = _sequence(list(alternative))
            if found is None:
                return None
            atoms |= found[0]
            empty = empty or found[1]
        return atoms, empty
    if op is re_constants.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            return None  # "(?i:…)" inside: the guard would not ignore case
        return _sequence(list(av[-1]))
    if op in (re_constants.MAX_REPEAT, re_constants.MIN_REPEAT, getattr(re_constants, "POSSESSIVE_REPEAT", None)):
        low, _, body = av
        found = _sequence(list(body))
        if found is None:
            return None
        return found[0], found[1] or low == 0
    if op in (re_constants.AT, re_constants.ASSERT, re_constants.ASSERT_NOT):
        return set(), True  # zero width: the next item decides
    return None  # any character, a back-reference, a conditional …


_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s"}


def _in(av: Any) -> tuple[set[str], bool] | None:
    atoms: set[str] = set()
    for op, value in av:
        if op is re_constants.LITERAL:
            atoms.add(re.escape(chr(value)))
        elif op is re_constants.RANGE and value[1] - value[0] < _MAX_CLASS:
            atoms.update(re.escape(chr(c)) for c in range(value[0], value[1] + 1))
        elif op is re_constants.CATEGORY and str(value) in _CATEGORIES:
            atoms.add(_CATEGORIES[str(value)])
        else:
            return None  # a negated class, a wide range, \w …
    return atoms, False


# ---------------------------------------------------------------- literal prefixes


class WordStartPattern:
    """``\\b(?:body)``, for a body whose every match opens with an ASCII letter or digit: the
    same matches (``pattern``'s own match objects), found by a second pattern, the body after
    one character that is no ASCII letter, digit or "_", which the regex engine skips to in C
    (about one character in five; a lookahead for the body's first characters then turns most
    away at once), where a pattern that opens with ``\\b`` or a lookahead is tried at every
    position. A letter of another script before the body ("é", no word start)
    is told apart in Python."""

    __slots__ = ("_after", "pattern")

    def __init__(self, body: str, flags: int = 0) -> None:
        flags = int(flags)
        if FROM_PARSE:  # the body parsed once for both patterns, kept in the pattern store
            pair = recalled("word-start", body, flags, lambda: _word_start_description(body, flags), _built_pair)
            if pair is None:
                raise ValueError("the body must open with an ASCII letter or digit")
            self.pattern, self._after = pair
            return
        first = first_characters(body, flags)
        if first is None or flags & re.IGNORECASE or not _ASCII_ALNUM.fullmatch(first):
            raise ValueError("the body must open with an ASCII letter or digit")
        self.pattern = guarded(rf"\b(?:{body})", flags)
        self._after = re.compile(rf"[^a-zA-Z0-9_](?=[{first}])(?:{body})", flags)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """What ``self.pattern.finditer(text, pos, endpos)`` finds."""
        end = len(text) if endpos is None else endpos
        match, search = self.pattern.match, self._after.search
        if pos == 0:  # no character before the text's first: the body is tried there alone
            m = match(text, 0, end)
            if m is not None:
                yield m
                pos = m.end()
        # a match starts where the search resumes when the character before it (the last of the
        # match before) is none of the class: the search looks from that character on
        at = search(text, max(pos - 1, 0), end)
        while at is not None:
            before = at.start()
            m = None if (c := text[before]).isalnum() or c == "_" else match(text, before + 1, end)
            if m is None:
                at = search(text, before + 1, end)
                continue
            yield m
            at = search(text, m.end() - 1, end)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """What ``self.pattern.search(text, pos, endpos)`` finds."""
        return next(self.finditer(text, pos, endpos), None)


_ASCII_ALNUM = re.compile(r"[a-zA-Z0-9]+")


def _word_start_description(body: str, flags: int) -> tuple[PatternDescription, PatternDescription] | None:
    """A word-start pattern's two patterns described, from one parse of the body; None when the
    body may open otherwise than with an ASCII letter or digit."""
    parsed = None if INLINE_FLAGS.match(body) else parse_pattern(body, flags)
    first = None if parsed is None else _first_of(parsed)
    if first is None or flags & re.IGNORECASE or not _ASCII_ALNUM.fullmatch(first):
        return None
    after = f"[^a-zA-Z0-9_](?=[{first}])"
    pattern = _guarded_description(rf"\b(?:{body})", flags, spliced_parse(r"\b", parsed, flags))
    assert pattern is not None  # the parse was given
    return pattern, description_of(f"{after}(?:{body})", flags, spliced_parse(after, parsed, flags))


def _built_pair(described: tuple[PatternDescription, PatternDescription]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return built_pattern(described[0]), built_pattern(described[1])


def word_alternation(words: Iterable[str]) -> str:
    """``"|".join(words)`` (letters and spaces) with shared beginnings written once ("man|manager|mother":
    "m(?:an(?:|ager)|other)"), the same word preferred (words opening alike keep their order, one ending
    where others go on its place): the same matches in less code. Kept in the pattern store."""
    plain = "|".join(words)
    found = recalled("word-alternation", plain, 0, lambda: _alternation(plain), str) if FROM_PARSE else None
    return _alternation(plain) if found is None else found


def _alternation(plain: str) -> str:
    if not all(re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)*", w) for w in plain.split("|")):
        raise ValueError("words must be plain, non-empty runs of letters and spaces")
    return "|".join(_shared_beginnings(plain.split("|")))


def _shared_beginnings(words: list[str]) -> list[str]:
    """The alternatives of ``word_alternation(words)``, "" among the words for one that ended."""
    parts: list[str] = []
    groups: dict[str, list[str]] = {}
    for w in [*words, None]:
        if w:
            groups.setdefault(w[0], []).append(w[1:])
            continue
        # a word that ended (or the list's end): those before it keep their place before it
        for first, rests in groups.items():
            inner = _shared_beginnings(rests)
            parts.append(first + (inner[0] if len(inner) == 1 else f"(?:{'|'.join(inner)})"))
        groups = {}
        if w is not None:
            parts.append("")
    return parts


def after_boundary(pattern: str) -> str:
    """``pattern`` without the ``\\b`` it opens with, which must hold for the whole of it (no "|"
    at its top level: "\\ba|b" does not open every match with a word start)."""
    if re_parser is None or not pattern.startswith(r"\b"):
        raise ValueError("the pattern must open with \\b")
    if FROM_PARSE:
        opens = recalled("after-boundary", pattern, 0, lambda: _opens_with_boundary(pattern), bool)
    else:
        opens = _opens_with_boundary(pattern)
    if not opens:
        raise ValueError("the pattern's \\b must open every match")
    return pattern[2:]


def _opens_with_boundary(pattern: str) -> bool:
    parsed = re_parser.parse(pattern)
    return bool(len(parsed)) and parsed[0] == (re_constants.AT, re_constants.AT_BOUNDARY)

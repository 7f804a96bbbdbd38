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
"""

from __future__ import annotations

import array
import contextlib
import importlib
import re
from collections.abc import Callable, Iterable, Iterator
from types import MappingProxyType
from typing import Any, TypeVar, cast

from summarizer.text.pattern_store import STORE
from summarizer.text.scans import matches_from, prefix_groups

try:  # the parser the re module itself uses (re._parser since Python 3.11)
    _parser: Any = importlib.import_module("re._parser")
    _c: Any = importlib.import_module("re._constants")
    _compiler: Any = importlib.import_module("re._compiler")
    _sre: Any = importlib.import_module("_sre")
except ImportError:  # pragma: no cover - a Python that moved it: patterns stay unguarded
    _parser = _c = _compiler = _sre = None

_MAX_CLASS = 40  # a set of more first characters than this saves little: no guard
_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def _parse(pattern: str, flags: int) -> Any:
    """The pattern as the re module parses it, or None when it does not parse (re.compile raises)."""
    try:
        return _parser.parse(pattern, flags)
    except (re.error, RecursionError):
        return None


# a compiled pattern described, as the pattern store keeps it: its text, flags (with those the
# parse adds), code (the engine's words, as bytes), number of groups and group names
_Described = tuple[str, int, bytes, int, dict[str, int]]
_CODE = next((t for t in "IL" if _sre is not None and array.array(t).itemsize == _sre.CODESIZE), None)


def _described(pattern: str, flags: int, parsed: Any) -> _Described:
    """What ``re.compile(pattern, flags)`` makes of ``parsed``, the pattern as the re module
    parses it: the compiler's last step (``re._compiler.compile``) without the parse, which
    costs more than the code generation and was done already to read the first characters."""
    state = parsed.state
    code = array.array(_CODE or "I", _compiler._code(parsed, flags)).tobytes()
    return pattern, flags | state.flags, code, state.groups, dict(state.groupdict)


def _built(described: _Described) -> re.Pattern[str]:
    """The compiled pattern ``described``: the same as ``re.compile`` of its text (patterns
    compare equal when their text, flags and code do), not kept in the re module's cache."""
    pattern, flags, code, groups, groupindex = described
    indexgroup: list[str | None] = [None] * groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    words = array.array(_CODE or "I", code).tolist()
    compiled: re.Pattern[str] = _sre.compile(pattern, flags, words, groups - 1, groupindex, tuple(indexgroup))
    return compiled


def _spliced(prefix: str, body: Any, flags: int) -> Any:
    """The parse of ``prefix + "(?:" + body + ")"`` for a prefix without groups (a lookahead, a
    ``\\b``), built from the body's parse: the body is parsed once, however many patterns open
    with it."""
    head = _parser.parse(prefix, flags)
    return _parser.SubPattern(body.state, [*head.data, (_c.SUBPATTERN, (None, 0, 0, body))])


def _trusted() -> bool:
    """Whether a pattern built from its parse is what ``re.compile`` gives on this Python: the
    internals it calls are private, and a Python that changed them compiles every pattern the
    ordinary way (no guard spliced into a parse, no pattern store)."""
    if _parser is None or _CODE is None:
        return False
    try:
        probe = r"\b(?P<w>a|bc)\s+(?<=\s)\d{2}(?P=w)"
        spliced = _spliced(r"(?=[ab])", _parser.parse(probe, re.I), re.I)
        return bool(
            _built(_described(probe, re.I, _parser.parse(probe, re.I))) == re.compile(probe, re.I)
            and _built(_described(f"(?=[ab])(?:{probe})", re.I, spliced)) == re.compile(f"(?=[ab])(?:{probe})", re.I)
        )
    except Exception:  # an internal that changed
        return False


_FROM_PARSE = _trusted()
_T = TypeVar("_T")


def _recalled(
    kind: str, pattern: str, flags: int, describe: Callable[[], Any], build: Callable[[Any], _T]
) -> _T | None:
    """What ``build`` makes of ``describe()``, the description read from the pattern store when
    a process made it before (``text/pattern_store.py``); None when ``describe`` finds none.
    What is kept under a kind never changes its shape or meaning: a new one takes a new kind
    name, so a store written before is not misread."""
    key = (kind, pattern, flags)
    described = STORE.recall(key, describe)
    try:
        return None if described is None else build(described)
    except Exception:  # an entry of a damaged store (its code is checked as it is built): made again
        STORE.forget(key)
        described = STORE.recall(key, describe)
        return None if described is None else build(described)


class _Unbuilt:
    """A compiled pattern read from the pattern store, handed to the regex engine when it is first
    run: its text, flags and groups are the description's, its methods the engine pattern's,
    bound to the instance when one is first asked for (then as cheap as the pattern's own). An
    article runs about half the patterns the package compiles at import; the others' code (the
    bulk of the store) is never turned into a pattern. Equal to what ``re.compile`` gives."""

    def __init__(self, key: tuple[str, str, int], described: _Described, describe: Callable[[], Any]) -> None:
        self._key, self._described, self._describe = key, described, describe
        self.pattern, self.flags, _, groups, names = described
        self.groups = groups - 1
        self.groupindex = MappingProxyType(dict(names))

    def _made(self) -> re.Pattern[str]:
        made: re.Pattern[str] | None = self.__dict__.get("_engine")
        if made is None:
            try:
                made = _built(self._described)
            except Exception:  # an entry of a damaged store (its code is checked as it is built): made again
                STORE.forget(self._key)
                described = STORE.recall(self._key, self._describe)
                made = re.compile(self.pattern, self.flags) if described is None else _built(described)
            for name in _METHODS:
                self.__dict__[name] = getattr(made, name)
            self.__dict__["_engine"] = made
        return made

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # a protocol's probe (copy, pickle): not a method of the pattern's
            raise AttributeError(name)
        return getattr(self._made(), name)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _Unbuilt | re.Pattern) and (other.pattern, other.flags) != (self.pattern, self.flags):
            return False  # patterns of other text or flags differ as the engine's do: neither handed to it
        return self._made() == (other._made() if isinstance(other, _Unbuilt) else other)

    def __hash__(self) -> int:
        return hash(self._made())

    def __repr__(self) -> str:
        return repr(self._made())

    def __reduce__(self) -> tuple[Any, ...]:
        return re.compile, (self.pattern, self.flags)


_METHODS = ("match", "search", "fullmatch", "finditer", "findall", "split", "sub", "subn", "scanner")


def _unbuilt(kind: str, pattern: str, flags: int, describe: Callable[[], Any]) -> re.Pattern[str] | None:
    key = (kind, pattern, flags)
    described = STORE.recall(key, describe)
    return None if described is None else cast("re.Pattern[str]", _Unbuilt(key, described, describe))


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, kept in the pattern store: a process that finds it there
    neither parses it nor generates its code."""
    flags = int(flags)
    found = _unbuilt("compile", pattern, flags, lambda: _description(pattern, flags)) if _FROM_PARSE else None
    return re.compile(pattern, flags) if found is None else found


def _description(pattern: str, flags: int) -> _Described | None:
    parsed = _parse(pattern, flags)
    return None if parsed is None else _described(pattern, flags, parsed)


def first_characters(pattern: str, flags: int = 0) -> str | None:
    """A character class (without brackets) that holds every character a match of ``pattern``
    can start with, or None when no such small class exists."""
    if _parser is None or _INLINE_FLAGS.match(pattern):
        return None
    flags = int(flags)
    if _FROM_PARSE:  # kept in the pattern store ("" for none), as the parse it is read from is not
        return _recalled("first", pattern, flags, lambda: _first_characters(pattern, flags) or "", lambda c: c or None)
    return _first_characters(pattern, flags)


def _first_characters(pattern: str, flags: int) -> str | None:
    parsed = _parse(pattern, flags)
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
    if _FROM_PARSE:
        found = _unbuilt("guarded", pattern, flags, lambda: _guarded_description(pattern, flags))
        return re.compile(pattern, flags) if found is None else found
    parsed = None if _parser is None else _parse(pattern, flags)
    first = None if parsed is None or _INLINE_FLAGS.match(pattern) else _first_of(parsed)
    if first is None or _skips_on_its_own(parsed, flags):
        return re.compile(pattern, flags)
    return re.compile(f"(?=[{first}])(?:{pattern})", flags)


def _guarded_description(pattern: str, flags: int, parsed: Any = None) -> _Described | None:
    """``guarded``'s pattern described, from one parse: the parse that gives the first
    characters is compiled, the guard spliced in front."""
    parsed = _parse(pattern, flags) if parsed is None else parsed
    if parsed is None:
        return None
    # a verbose pattern may end in a comment, which would swallow the ")" closing the guard's group
    first = None if _INLINE_FLAGS.match(pattern) or parsed.state.flags & re.VERBOSE else _first_of(parsed)
    if first is not None and not _skips_on_its_own(parsed, flags):
        guard = f"(?=[{first}])"
        pattern, parsed = f"{guard}(?:{pattern})", _spliced(guard, parsed, flags)
    described = _described(pattern, flags, parsed)
    if len(_RECENT) >= _MAX_RECENT:
        with contextlib.suppress(StopIteration, KeyError):  # another thread may have taken it
            del _RECENT[next(iter(_RECENT))]
    _RECENT[(pattern, described[1] & ~re.UNICODE)] = parsed
    return described


# the parse of the last patterns compiled here, for ``literal_prefixes`` to read when the pattern
# is handed on at once (``Prefiltered(lower_pattern(…))``): a few, as parses are large
_RECENT: dict[tuple[str, int], Any] = {}
_MAX_RECENT = 4


def _skips_on_its_own(parsed: Any, flags: int) -> bool:
    """Whether the regex engine finds where a match can start by itself: a pattern that opens
    with a literal, a class or literals alternated ("shot|kill|dead") gets a prefix or first
    characters it skips to in C, one anchored at the start (``^``, ``\\A``) is tried there alone:
    a lookahead in front hides both (every position tried again); ``\\b`` or a repeat: the guard."""
    try:
        # what re._compiler._compile_info finds, read from the parse without generating code
        flags |= parsed.state.flags
        at = parsed[0][1] if len(parsed) and parsed[0][0] is _c.AT else None
        if parsed.getwidth()[0] == 0 or (flags & _c.SRE_FLAG_IGNORECASE and flags & _c.SRE_FLAG_LOCALE):
            return False
        prefix, _, _ = _compiler._get_literal_prefix(parsed, flags)
        anchored = at is _c.AT_BEGINNING_STRING or (at is _c.AT_BEGINNING and not flags & _c.SRE_FLAG_MULTILINE)
        return anchored or bool(prefix) or bool(_compiler._get_charset_prefix(parsed, flags))
    except Exception:  # an internal that changed: guard as before
        return False


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
    if op is _c.LITERAL:
        return {re.escape(chr(av))}, False
    if op is _c.IN:
        return _in(av)
    if op is _c.BRANCH:
        atoms: set[str] = set()
        empty = False
        for alternative in av[1]:
            found = _sequence(list(alternative))
            if found is None:
                return None
            atoms |= found[0]
            empty = empty or found[1]
        return atoms, empty
    if op is _c.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            return None  # "(?i:…)" inside: the guard would not ignore case
        return _sequence(list(av[-1]))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, _, body = av
        found = _sequence(list(body))
        if found is None:
            return None
        return found[0], found[1] or low == 0
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return set(), True  # zero width: the next item decides
    return None  # any character, a back-reference, a conditional …


_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s"}


def _in(av: Any) -> tuple[set[str], bool] | None:
    atoms: set[str] = set()
    for op, value in av:
        if op is _c.LITERAL:
            atoms.add(re.escape(chr(value)))
        elif op is _c.RANGE and value[1] - value[0] < _MAX_CLASS:
            atoms.update(re.escape(chr(c)) for c in range(value[0], value[1] + 1))
        elif op is _c.CATEGORY and str(value) in _CATEGORIES:
            atoms.add(_CATEGORIES[str(value)])
        else:
            return None  # a negated class, a wide range, \w …
    return atoms, False


# ---------------------------------------------------------------- literal prefixes

_MAX_PREFIXES = 24  # more strings than this to look for cost more than the scan they save


def literal_prefixes(pattern: str, flags: int = 0, limit: int = _MAX_PREFIXES) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` starts with (case as written), or None
    when there are none to tell (a pattern that may open with any letter or digit, or ignores
    case), or more than ``limit`` of them. ``\\b(?:drones?|uavs?)\\b…``: ("drone", "uav")."""
    if _parser is None or flags & re.IGNORECASE or _INLINE_FLAGS.match(pattern):
        return None
    flags = int(flags)
    if not _FROM_PARSE:
        return _literal_prefixes(pattern, flags, limit)
    # a limit of its own is a kind of its own in the store: what is kept under a kind never changes
    kind = "prefixes" if limit == _MAX_PREFIXES else f"prefixes<={limit}"
    return _recalled(kind, pattern, flags, lambda: _literal_prefixes(pattern, flags, limit), _strings)


def _strings(found: Any) -> tuple[str, ...]:
    if not isinstance(found, tuple) or not all(isinstance(p, str) for p in found):
        raise TypeError("literal prefixes are a tuple of strings")
    return found


def _literal_prefixes(pattern: str, flags: int, limit: int = _MAX_PREFIXES) -> tuple[str, ...] | None:
    parsed = _RECENT.get((pattern, flags & ~re.UNICODE)) or _parse(pattern, flags)
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
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero width: it constrains a match, and opens none
        if op is _c.LITERAL:
            current = {s + chr(av) for s in current}
            continue
        if op is _c.IN and all(o is _c.LITERAL for o, _ in av) and len(av) <= 4:
            current = {s + chr(v) for s in current for _, v in av}
        elif op is _c.BRANCH:
            parts = [_literal_sequence(list(alternative), limit) for alternative in av[1]]
            current = {s + p for s in current for found, _ in parts for p in found}
            if not all(whole for _, whole in parts):
                return current, False
        elif op is _c.SUBPATTERN and not av[1] & re.IGNORECASE:
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
        if _FROM_PARSE:  # the body parsed once for both patterns, kept in the pattern store
            pair = _recalled("word-start", body, flags, lambda: _word_start_description(body, flags), _built_pair)
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


def _word_start_description(body: str, flags: int) -> tuple[_Described, _Described] | None:
    """A word-start pattern's two patterns described, from one parse of the body; None when the
    body may open otherwise than with an ASCII letter or digit."""
    parsed = None if _INLINE_FLAGS.match(body) else _parse(body, flags)
    first = None if parsed is None else _first_of(parsed)
    if first is None or flags & re.IGNORECASE or not _ASCII_ALNUM.fullmatch(first):
        return None
    after = f"[^a-zA-Z0-9_](?=[{first}])"
    pattern = _guarded_description(rf"\b(?:{body})", flags, _spliced(r"\b", parsed, flags))
    assert pattern is not None  # the parse was given
    return pattern, _described(f"{after}(?:{body})", flags, _spliced(after, parsed, flags))


def _built_pair(described: tuple[_Described, _Described]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return _built(described[0]), _built(described[1])


def word_alternation(words: Iterable[str]) -> str:
    """``"|".join(words)`` (letters and spaces) with shared beginnings written once ("man|manager|mother":
    "m(?:an(?:|ager)|other)"), the same word preferred (words opening alike keep their order, one ending
    where others go on its place): the same matches in less code. Kept in the pattern store."""
    plain = "|".join(words)
    found = _recalled("word-alternation", plain, 0, lambda: _alternation(plain), str) if _FROM_PARSE else None
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
    if _parser is None or not pattern.startswith(r"\b"):
        raise ValueError("the pattern must open with \\b")
    if _FROM_PARSE:
        opens = _recalled("after-boundary", pattern, 0, lambda: _opens_with_boundary(pattern), bool)
    else:
        opens = _opens_with_boundary(pattern)
    if not opens:
        raise ValueError("the pattern's \\b must open every match")
    return pattern[2:]


def _opens_with_boundary(pattern: str) -> bool:
    parsed = _parser.parse(pattern)
    return bool(len(parsed)) and parsed[0] == (_c.AT, _c.AT_BOUNDARY)

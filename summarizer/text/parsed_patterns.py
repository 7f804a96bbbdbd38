"""Patterns compiled from their parse, and kept in the pattern store: the re module's parser and
compiler (private internals, trusted only where a probe compiles as ``re.compile`` does), a
pattern's parse, the description the store keeps of what the compiler made of it, the pattern
built back from that description when the engine first runs it, and whether the engine skips to
where a match can start by itself, and the parses of the last patterns compiled. The reader of
those internals for regex.py (which guards and describes patterns) and prefilters.py (which reads
a parse's literal words); no other module imports them.
"""

from __future__ import annotations

import array
import contextlib
import importlib
import re
from collections.abc import Callable
from types import MappingProxyType
from typing import Any, TypeVar, cast

from summarizer.text.pattern_store import STORE

try:  # the parser the re module itself uses (re._parser since Python 3.11)
    re_parser: Any = importlib.import_module("re._parser")
    re_constants: Any = importlib.import_module("re._constants")
    _re_compiler: Any = importlib.import_module("re._compiler")
    _sre: Any = importlib.import_module("_sre")
except ImportError:  # pragma: no cover - a Python that moved it: patterns stay unguarded
    re_parser = re_constants = _re_compiler = _sre = None

INLINE_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")

# the parse of the last patterns compiled by regex.py, for prefilters.literal_prefixes to read when
# the pattern is handed on at once (``Prefiltered(lower_pattern(…))``): a few, as parses are large
RECENT_PARSES: dict[tuple[str, int], Any] = {}
_MAX_RECENT = 4


def remember_parse(pattern: str, flags: int, parsed: Any) -> None:
    """Keep ``parsed`` as the parse of ``pattern`` compiled with ``flags``, among RECENT_PARSES."""
    if len(RECENT_PARSES) >= _MAX_RECENT:
        with contextlib.suppress(StopIteration, KeyError):  # another thread may have taken it
            del RECENT_PARSES[next(iter(RECENT_PARSES))]
    RECENT_PARSES[(pattern, flags & ~re.UNICODE)] = parsed


def parse_pattern(pattern: str, flags: int) -> Any:
    """The pattern as the re module parses it, or None when it does not parse (re.compile raises)."""
    try:
        return re_parser.parse(pattern, flags)
    except (re.error, RecursionError):
        return None


# a compiled pattern described, as the pattern store keeps it: its text, flags (with those the
# parse adds), code (the engine's words, as bytes), number of groups and group names
PatternDescription = tuple[str, int, bytes, int, dict[str, int]]
_CODE = next((t for t in "IL" if _sre is not None and array.array(t).itemsize == _sre.CODESIZE), None)


def description_of(pattern: str, flags: int, parsed: Any) -> PatternDescription:
    """What ``re.compile(pattern, flags)`` makes of ``parsed``, the pattern as the re module
    parses it: the compiler's last step (``re._compiler.compile``) without the parse, which
    costs more than the code generation and was done already to read the first characters."""
    state = parsed.state
    code = array.array(_CODE or "I", _re_compiler._code(parsed, flags)).tobytes()
    return pattern, flags | state.flags, code, state.groups, dict(state.groupdict)


def built_pattern(described: PatternDescription) -> re.Pattern[str]:
    """The compiled pattern ``described``: the same as ``re.compile`` of its text (patterns
    compare equal when their text, flags and code do), not kept in the re module's cache."""
    pattern, flags, code, groups, groupindex = described
    indexgroup: list[str | None] = [None] * groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    words = array.array(_CODE or "I", code).tolist()
    compiled: re.Pattern[str] = _sre.compile(pattern, flags, words, groups - 1, groupindex, tuple(indexgroup))
    return compiled


def spliced_parse(prefix: str, body: Any, flags: int) -> Any:
    """The parse of ``prefix + "(?:" + body + ")"`` for a prefix without groups (a lookahead, a
    ``\\b``), built from the body's parse: the body is parsed once, however many patterns open
    with it."""
    head = re_parser.parse(prefix, flags)
    return re_parser.SubPattern(body.state, [*head.data, (re_constants.SUBPATTERN, (None, 0, 0, body))])


def _trusted() -> bool:
    """Whether a pattern built from its parse is what ``re.compile`` gives on this Python: the
    internals it calls are private, and a Python that changed them compiles every pattern the
    ordinary way (no guard spliced into a parse, no pattern store)."""
    if re_parser is None or _CODE is None:
        return False
    try:
        probe = r"\b(?P<w>a|bc)\s+(?<=\s)\d{2}(?P=w)"
        spliced = spliced_parse(r"(?=[ab])", re_parser.parse(probe, re.I), re.I)
        return bool(
            built_pattern(description_of(probe, re.I, re_parser.parse(probe, re.I))) == re.compile(probe, re.I)
            and built_pattern(description_of(f"(?=[ab])(?:{probe})", re.I, spliced))
            == re.compile(f"(?=[ab])(?:{probe})", re.I)
        )
    except Exception:  # an internal that changed
        return False


FROM_PARSE = _trusted()
_T = TypeVar("_T")


def recalled(kind: str, pattern: str, flags: int, describe: Callable[[], Any], build: Callable[[Any], _T]) -> _T | None:
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

    def __init__(self, key: tuple[str, str, int], described: PatternDescription, describe: Callable[[], Any]) -> None:
        self._key, self._described, self._describe = key, described, describe
        self.pattern, self.flags, _, groups, names = described
        self.groups = groups - 1
        self.groupindex = MappingProxyType(dict(names))

    def _made(self) -> re.Pattern[str]:
        made: re.Pattern[str] | None = self.__dict__.get("_engine")
        if made is None:
            try:
                made = built_pattern(self._described)
            except Exception:  # an entry of a damaged store (its code is checked as it is built): made again
                STORE.forget(self._key)
                described = STORE.recall(self._key, self._describe)
                made = re.compile(self.pattern, self.flags) if described is None else built_pattern(described)
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


def unbuilt(kind: str, pattern: str, flags: int, describe: Callable[[], Any]) -> re.Pattern[str] | None:
    key = (kind, pattern, flags)
    described = STORE.recall(key, describe)
    return None if described is None else cast("re.Pattern[str]", _Unbuilt(key, described, describe))


def stored_description(pattern: str, flags: int) -> PatternDescription | None:
    parsed = parse_pattern(pattern, flags)
    return None if parsed is None else description_of(pattern, flags, parsed)


def skips_on_its_own(parsed: Any, flags: int) -> bool:
    """Whether the regex engine finds where a match can start by itself: a pattern that opens
    with a literal, a class or literals alternated ("shot|kill|dead") gets a prefix or first
    characters it skips to in C, one anchored at the start (``^``, ``\\A``) is tried there alone:
    a lookahead in front hides both (every position tried again); ``\\b`` or a repeat: the guard."""
    try:
        # what re._compiler._compile_info finds, read from the parse without generating code
        flags |= parsed.state.flags
        at = parsed[0][1] if len(parsed) and parsed[0][0] is re_constants.AT else None
        if parsed.getwidth()[0] == 0 or (
            flags & re_constants.SRE_FLAG_IGNORECASE and flags & re_constants.SRE_FLAG_LOCALE
        ):
            return False
        prefix, _, _ = _re_compiler._get_literal_prefix(parsed, flags)
        anchored = at is re_constants.AT_BEGINNING_STRING or (
            at is re_constants.AT_BEGINNING and not flags & re_constants.SRE_FLAG_MULTILINE
        )
        return anchored or bool(prefix) or bool(_re_compiler._get_charset_prefix(parsed, flags))
    except Exception:  # an internal that changed: guard as before
        return False

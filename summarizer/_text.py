"""Pure text helpers shared by every layer: quote marks, normalisation with an offset map,
number expressions, words and spans. No imports from the rest of the package.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

Span = tuple[int, int]

# Quote marks. An opener maps to the closers that may end it.
DOUBLE_QUOTES = '"“”„‟«»＂'
SINGLE_QUOTES = "'‘’‚‛‹›"
ALL_QUOTES = DOUBLE_QUOTES + SINGLE_QUOTES + "`´"
QUOTE_PAIRS: dict[str, str] = {
    "“": "”“",  # “…” and the German-style “…“ seen in pasted text
    "„": "“”",
    "«": "»",
    "»": "«",  # Danish/German reversed guillemets
    "‹": "›",
    '"': '"”“',
    "‘": "’",
    "'": "'’",
}
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"

_NORMALISE_TABLE = {ord(c): '"' for c in DOUBLE_QUOTES}
_NORMALISE_TABLE.update({ord(c): "'" for c in SINGLE_QUOTES + "`´"})
_NORMALISE_TABLE.update({ord(c): "-" for c in DASHES})
_NORMALISE_TABLE.update({ord("\u2026"): "..."})
_DROP_CHARS = {"\u00ad", "\u200b", "\u200c", "\u200d", "\ufeff"}
_FAST_TABLE = {**_NORMALISE_TABLE, **{ord(c): None for c in _DROP_CHARS}}
_SPACES_RE = re.compile(r"\s+")
# the few characters normalisation changes, found by one regex (str.translate visits every one)
_SPECIAL_RE = re.compile("[" + re.escape("".join(chr(c) for c in _FAST_TABLE)) + "]")
# what normalize_with_map must look at: a run of spaces, or one character to change or drop
_CHANGE_RE = re.compile(r"\s+|[" + re.escape("".join(chr(c) for c in _FAST_TABLE)) + "]")


def _special(m: re.Match[str]) -> str:
    return m.group().translate(_FAST_TABLE)


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
    """What ``normalize_with_map`` returns, without the map, at C speed."""
    out = _SPACES_RE.sub(" ", _SPECIAL_RE.sub(_special, text))
    return out.casefold() if casefold else out


def strip_span(text: str, start: int, end: int, chars: str | None = None) -> Span:
    """Shrink [start, end) so it neither starts nor ends with whitespace (or ``chars``)."""
    strip = chars if chars is not None else " \t\r\n\u00a0"
    while start < end and (text[start] in strip or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in strip or text[end - 1].isspace()):
        end -= 1
    return start, end


EDGE_PUNCT = " \t\r\n\u00a0,;:.—–―-" + ALL_QUOTES


def trim_content(text: str, start: int, end: int) -> Span:
    """Trim spaces and trailing clause punctuation from a content span, keeping balanced quotes."""
    start, end = strip_span(text, start, end, " \t\r\n\u00a0,;:—–")
    # drop one trailing sentence full stop unless it sits inside a closing quote
    if end > start and text[end - 1] in ".":
        end -= 1
        start, end = strip_span(text, start, end, " \t\r\n\u00a0,;:")
    return start, end


# ---------------------------------------------------------------- numbers

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "trillion": 1_000_000_000_000}  # fmt: skip
NUMBER_WORDS = {**_UNITS, **_TENS}
_WORDS_ALT = "|".join(sorted(list(_UNITS) + list(_TENS), key=len, reverse=True))
_SCALES_ALT = "|".join(_SCALES)
_DIGITS = r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w,]\d)|(?<![\w.,])\d+(?:\.\d+)?(?![\w])"
_WORD_NUM = (
    rf"(?:(?:{_WORDS_ALT})(?:[- ](?:{_WORDS_ALT}))?"
    rf"(?:\s+(?:{_SCALES_ALT})(?:\s+(?:and\s+)?(?:{_WORDS_ALT})(?:-(?:{_WORDS_ALT}))?)?)*)"
)
NUMBER_RE = re.compile(
    rf"(?P<num>(?P<digits>{_DIGITS})(?:\s+(?P<dscale>{_SCALES_ALT})\b)?"
    rf"|(?P<dozen>\b(?:half\s+a|a|one|two|three)\s+dozen\b)"
    rf"|\b(?P<words>{_WORD_NUM})\b)",
    re.IGNORECASE,
)


def parse_number(expr: str) -> float | None:
    """Value of a number expression: "13", "1,200", "1.2 million", "nine", "a dozen",
    "twenty-five", "one hundred and five". None when it is not one."""
    s = expr.strip().lower().replace("\u00a0", " ")
    if not s:
        return None
    m = re.fullmatch(rf"([\d,]+(?:\.\d+)?)(?:\s+({_SCALES_ALT}))?", s)
    if m:
        try:
            value = float(m.group(1).replace(",", ""))
        except ValueError:
            return None
        return value * _SCALES[m.group(2)] if m.group(2) else value
    m = re.fullmatch(r"(half\s+a|a|one|two|three)\s+dozen", s)
    if m:
        mult = {"a": 1.0, "one": 1.0, "two": 2.0, "three": 3.0}.get(m.group(1), 0.5)
        return 12 * mult
    total = 0.0
    current = 0.0
    seen = False
    for word in re.split(r"[\s-]+", s):
        if word == "and":
            continue
        if word in _UNITS or word in _TENS:
            current += NUMBER_WORDS[word]
            seen = True
        elif word in _SCALES:
            if not seen:
                return None
            scale = _SCALES[word]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
        else:
            return None
    return total + current if seen else None


@dataclass(frozen=True, slots=True)
class NumberMatch:
    text: str
    span: Span
    value: float


_NUMBER_RE_LOWER = re.compile(NUMBER_RE.pattern)
# where a number can start: a digit or a number word; the full pattern is tried only there
_NUMBER_START = re.compile(r"\d|\b(?:half(?= a dozen)|a(?= dozen)|" + _WORDS_ALT + r")\b")


def _number_matches(lowered: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """What ``_NUMBER_RE_LOWER.finditer`` finds, about twice as fast."""
    last = start
    for c in _NUMBER_START.finditer(lowered, start, end):
        pos = c.start()
        if pos < last:
            continue
        m = _NUMBER_RE_LOWER.match(lowered, pos, end)
        if m:
            yield m
            last = m.end()


_CLOCK_AFTER = re.compile(
    r":\d\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)", re.I
)  # for text already in lower case: much faster


def lower_pattern(pattern: str) -> re.Pattern[str]:
    """Compile a case-insensitive pattern for text already in lower case (far faster than
    re.IGNORECASE). Only for patterns whose escapes are all lower case (\\b, \\d, \\s, \\w)."""
    if re.search(r"\\[A-Z]", pattern):
        raise ValueError("pattern has an upper-case escape")
    return re.compile(pattern.replace("(?P<", "\0").lower().replace("\0", "(?P<"))


def lower_same_length(text: str) -> str:
    """``text.lower()`` with the same length, so offsets carry over ("İ" stays one character)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def find_numbers(
    text: str, start: int = 0, end: int | None = None, *, lowered: str | None = None
) -> Iterator[NumberMatch]:
    """Every number expression in text[start:end], with absolute spans. ``lowered``, when
    given, is ``lower_same_length(text)``, computed once by a caller that searches often."""
    end = len(text) if end is None else end
    matches = _number_matches(lowered, start, end) if lowered is not None else NUMBER_RE.finditer(text, start, end)
    for m in matches:
        s, e = m.start("num"), m.end("num")
        if m.group("digits") and (
            _CLOCK_AFTER.match(text, e) or (s > 0 and text[s - 1] == ":" and s > 1 and text[s - 2].isdigit())
        ):
            continue  # a clock time ("5:10", "4 a.m."), not a count
        value = parse_number(m.group("num"))
        if value is None:
            continue
        yield NumberMatch(text[s:e], (s, e), value)


def int_or_float(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


_SMALL_WORDS = {v: k for k, v in _UNITS.items()} | {v: k for k, v in _TENS.items()}


def number_to_words(value: int) -> str:
    if value in _SMALL_WORDS:
        return _SMALL_WORDS[value]
    if 20 < value < 100:
        return f"{_SMALL_WORDS[value - value % 10]}-{_SMALL_WORDS[value % 10]}"
    return str(value)


# ---------------------------------------------------------------- words

WORD_RE = re.compile(r"[^\W_](?:[\w'’.\-]*[^\W_])?", re.UNICODE)


def words(text: str) -> list[str]:
    return WORD_RE.findall(text)


def is_capitalized(word: str) -> bool:
    return bool(word) and word[0].isupper()


_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def is_binary_text(text: str) -> bool:
    """True when a decoded text is mostly control characters (a binary file)."""
    if not text:
        return False
    sample = text[:8192]
    if "\x00" in sample:
        return True
    return len(_CONTROL_RE.findall(sample)) / len(sample) > 0.05


_ALNUM = re.compile(r"[^\W_]")


def quoted_share(text: str, span: Span, quotes: list[Span], skip: list[Span] | None = None) -> float:
    """Share of the word characters in ``span`` that lie inside one of ``quotes``, not counting
    those in ``skip`` (a split quote's own "he said")."""
    s, e = span
    if not any(qa < e and s < qb for qa, qb in quotes):
        return 0.0  # no quote mark touches it: nothing to count

    def alnum(a: int, b: int) -> int:
        return len(_ALNUM.findall(text, a, b)) if b > a else 0

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


# ---------------------------------------------------------------- implicit counts

# "a man", "an 18-year-old woman", "one teen": a single person named without a number
VICTIM_NOUNS = (
    "man|woman|boy|girl|teen|teenager|person|victim|child|toddler|infant|baby|student|officer|resident|driver"
    "|passenger|clerk|worker|employee|father|mother|son|daughter|brother|sister|husband|wife|friend|guard"
    "|deputy|trooper|juvenile|male|female|suspect|gunman|robber|motorist|pedestrian|bystander|customer"
    "|homeowner|neighbor|neighbour|security guard|cashier|youth|adult|soldier|civilian"
)
# words between the article and the noun: adjectives and modifiers, never another phrase's words
FILLER = r"(?!(?:of|a|an|the|in|on|at|to|and|or|for|with|by|from|that|who)\s)[\w'’-]+"
# capitalised words that open a count or name a group, never one person called so
_NOT_A_PERSON = (
    "One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen"
    "|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Hundreds?|Thousands?|Millions?"
    "|Dozens?|Scores|Several|Many|Both|All|No|None|Some|Few|Police|Officers|Authorities"
)
_ONE_PERSON = re.compile(
    rf"\b(?:an?|one|his|her|their)\s+(?:{FILLER}\s+){{0,4}}?(?:{VICTIM_NOUNS})\b|\banother\b"
    r"|\b(?:an?|one)\s+\d{1,3}-year-old\b"  # "an 18-year-old was hit"
    r"|\b\d{1,3}-year-old\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}"  # "60-year-old Jessie Jackson III"
    # a person's name, where the words around it make it a person ("shot Florence in the hip")
    rf"|(?-i:(?!(?:{_NOT_A_PERSON})\b)[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){{0,2}})",
    re.IGNORECASE,
)
# "a man and woman", "a man and his son": the second person without an article of their own
_NEXT_PERSON = rf"(?:(?:an?|his|her|their)\s+)?(?:{FILLER}\s+){{0,2}}?(?:{VICTIM_NOUNS})\b"
_IMPLICIT_RE = re.compile(rf"^(?:{_ONE_PERSON.pattern})(?:\s*(?:,|and|,\s*and)\s+(?:{_NEXT_PERSON}))*$", re.IGNORECASE)


def implicit_count(phrase: str) -> int | None:
    """How many people a phrase like "a man" or "a man and a woman" names, or None."""
    phrase = " ".join(phrase.split())
    if not _IMPLICIT_RE.match(phrase):
        return None
    return 1 + len(re.findall(r"\s*(?:,\s*and|,|and)\s+", phrase))

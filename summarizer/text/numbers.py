"""Numbers as news writes them: digits and number words ("12", "1,200", "two dozen", "10 million"),
and the qualifier before a count ("at least", "up to", "about"); counts a phrase implies ("a man
and a woman" = 2) are implicit_counts', people added to a count ("another") added_counts'.
Hand-written: no library parses English number phrases with offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from summarizer.text.base import Span, lower_pattern, lower_same_length
from summarizer.text.regex import compiled
from summarizer.text.scans import DIGITS, WordStarts, is_word_char, matches_from

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
# a compound is a tens word and a unit ("twenty-two", "forty one"); a unit said twice ("her two two
# children") is the same number repeated, not a sum
_TENS_ALT = "|".join(_TENS)
_ONES_ALT = "one|two|three|four|five|six|seven|eight|nine"
_UNITS_ALT = "|".join(sorted(_UNITS, key=len, reverse=True))
_WORD_NUM = (
    rf"(?:(?:(?:{_TENS_ALT})(?:[- ](?:{_ONES_ALT}))?|(?:{_UNITS_ALT}))"
    rf"(?:\s+(?:{_SCALES_ALT})(?:\s+(?:and\s+)?(?:{_WORDS_ALT})(?:-(?:{_WORDS_ALT}))?)?)*)"
)
NUMBER_RE = compiled(
    rf"(?P<num>(?P<digits>{_DIGITS})(?:\s+(?P<dscale>{_SCALES_ALT})\b)?"
    rf"|(?P<dozen>\b(?:half\s+a|a|one|two|three)\s+dozen\b|\ba\s+(?:hundred|thousand)\b"
    # (with its tail in words, "a hundred and twenty"; not "a hundred and more")
    rf"(?:(?:\s+and)?\s+(?:{_WORDS_ALT})(?:-(?:{_ONES_ALT}))?\b|(?!\s+and\b)))"
    rf"|\b(?P<words>{_WORD_NUM})\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)  # the same few expressions come back in every article
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
    if re.match(r"a\s+(?:hundred|thousand)\b", s):
        s = "one" + s[1:]  # "a hundred and twenty" is one hundred and twenty
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


_NUMBER_RE_LOWER = compiled(NUMBER_RE.pattern)
# where a number can start: a digit or a number word; the full pattern is tried only there
_NUMBER_WORDS = WordStarts([*_UNITS, *_TENS])


def _dozen_starts(lowered: str, start: int, end: int, word: str = "dozen") -> list[int]:
    """Where "a dozen" or "half a dozen" (or "a hundred", "a thousand": ``word``) begins, whatever
    the white space between the words: found from each ``word``, back over the words before it."""
    out: list[int] = []
    d = lowered.find(word, start, end)
    while d >= 0:
        a = d
        while a > start and lowered[a - 1].isspace():
            a -= 1
        if a < d and a - 1 >= start and lowered[a - 1] == "a" and (a - 1 == 0 or not is_word_char(lowered[a - 2])):
            out.append(a - 1)
            h = a - 1
            while h > start and lowered[h - 1].isspace():
                h -= 1
            if (
                h < a - 1
                and h - 4 >= start
                and word == "dozen"
                and lowered[h - 4 : h] == "half"
                and (h - 4 == 0 or not is_word_char(lowered[h - 5]))
            ):
                out.append(h - 4)
        d = lowered.find(word, d + len(word), end)
    return out


def _number_matches(lowered: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """What ``_NUMBER_RE_LOWER.finditer`` finds, tried only at a digit or a number word."""
    starts = DIGITS.positions(lowered, start, end)
    starts.extend(_NUMBER_WORDS.positions(lowered, start, end))
    starts.extend(_dozen_starts(lowered, start, end))
    # "more than a hundred injured" (each a find over the range, as "dozen" is)
    starts.extend(_dozen_starts(lowered, start, end, "hundred") + _dozen_starts(lowered, start, end, "thousand"))
    starts.sort()
    return matches_from(_NUMBER_RE_LOWER, lowered, starts, end)


_CLOCK_AFTER = compiled(r":\d\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)", re.I)  # much faster on lower case
# a capitalised word after one all in lower case, then a number: "left Ground Zero", not "Crash Leaves Zero"
_NAME_BEFORE_ZERO = compiled(r"(?<![A-Za-z])[a-z]+,? +[A-Z][a-z]+ +$")


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
        if m.group("digits") and text[s:e].endswith("0") and text[e : e + 2] in ("'s", "’s"):
            continue  # a decade, of years or of age ("the 1990's", "in their 20’s"), not a count
        value = parse_number(m.group("num"))
        if value is None or (value == 0 and text[s] == "Z" and _NAME_BEFORE_ZERO.search(text, max(0, s - 40), s)):
            continue  # (a capitalised "Zero" after a name's capitalised word is part of it: "Ground Zero")
        yield NumberMatch(text[s:e], (s, e), value)


def int_or_float(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


# ---------------------------------------------------------------- qualifiers

_QUALIFIERS: list[tuple[str, re.Pattern[str]]] = [
    (
        "at_least",
        compiled(
            r"(?:at\s+least|more\s+than|over|upwards\s+of|no\s+(?:fewer|less)\s+than|in\s+excess\s+of|a\s+minimum\s+of)\s+$",
            re.I,
        ),
    ),
    (
        "at_most",
        compiled(
            r"(?:up\s+to|as\s+many\s+as|fewer\s+than|less\s+than|at\s+most|no\s+more\s+than|nearly|almost|under|a\s+maximum\s+of)\s+$",
            re.I,
        ),
    ),
    (
        "about",
        compiled(
            r"(?:about|around|approximately|roughly|some|an\s+estimated|estimated|close\s+to|an\s+approximate|circa|~)\s+$",
            re.I,
        ),
    ),
]

# all qualifiers in one pattern for lower-cased text; the leftmost wins ("no more than" over "more than")
_QUALIFIER_ONE = lower_pattern(
    "|".join(rf"(?P<{name}>\b{p.pattern})" for name, p in _QUALIFIERS) + r"|(?P<between>\bbetween\s+$)"
)


# the word each qualifier ends with, before the white space that ends the text it is looked for in
_QUALIFIER_ENDS = (
    "least", "than", "over", "of", "most", "nearly", "almost", "under", "to", "as", "about", "around",
    "approximately", "roughly", "some", "estimated", "approximate", "circa", "~", "between",
)  # fmt: skip


def qualifier_before(view: str, start: int, sent_start: int) -> tuple[str, int]:
    """The qualifier written before a number, and where it starts ("at least 12" -> at_least)."""
    # 30 characters back that are not blank: markup blanked in a Markdown or HTML view ("**at**
    # [least](…) **12**") leaves a long run of spaces inside a qualifier. Taken a chunk at a time:
    # a chunk of as many characters as are still wanted holds no more of them than that
    lo, wanted = start, 30
    while wanted > 0 and lo > sent_start:
        chunk_start = max(sent_start, lo - wanted)
        wanted -= len("".join(view[chunk_start:lo].split()))  # its characters that are not blank
        lo = chunk_start
    before = lower_same_length(view[lo:start])
    # every qualifier is followed by white space to the end, after one of its last words: text
    # whose last word ends in none of them holds none (a test of its end costs less than a search)
    last = before.rstrip()
    if len(last) == len(before) or not last.endswith(_QUALIFIER_ENDS):
        return "exact", start
    m = _QUALIFIER_ONE.search(before)
    if m is None:
        return "exact", start
    name = m.lastgroup or "exact"
    return ("exact" if name == "between" else name), lo + m.start()

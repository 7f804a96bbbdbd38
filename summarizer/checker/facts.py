"""What the rules need to know of an article (normalised text, quote marks, numbers, a matcher),
computed once per article and shared by every rule."""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from summarizer.ingest import Article, blanked_view, reading_view
from summarizer.text.base import (
    Span,
    SpanIndex,
    lower_same_length,
    normalize,
    normalize_with_map,
    quoted_share,
)
from summarizer.text.category_triggers import SUMMARY_GLUE
from summarizer.text.hedges import STATUS_KINDS, find_hedges, hedges_no_claim
from summarizer.text.incident_types import LOWER_INCIDENT_TYPES
from summarizer.text.incident_words import WEAPON_MODIFIER
from summarizer.text.language import ENGLISH_FUNCTION_WORDS
from summarizer.text.matching import Matcher
from summarizer.text.numbers import NUMBER_WORDS, find_numbers, qualifier_before
from summarizer.text.quotes import find_quotes
from summarizer.text.regex import compiled
from summarizer.text.segments import paragraphs, split_sentences
from summarizer.text.timeplace import CALENDAR_WORDS


@dataclass(frozen=True, slots=True)
class NumberFact:
    value: float
    span: Span
    qualifier: str  # exact | at_least | at_most | about | range


# up to this many characters, a needle is looked for in the whole text at once (see occurs)
_SCAN_WHOLE = 20_000


@dataclass
class ArticleFacts:
    """What the rules need to know of an article, computed once."""

    text: str
    norm: str
    folded: str
    quotes: list[Span]
    numbers: list[NumberFact]
    runs_cache: dict[tuple[Span, ...], frozenset[str]] = field(default_factory=dict)
    window_cache: dict[tuple[int, int, int], frozenset[str]] = field(default_factory=dict)
    memo: dict[tuple[object, ...], object] = field(default_factory=dict)  # a rule's own per-article cache
    sentences: tuple[Span, ...] = ()  # the sentences of the article's view

    @cached_property
    def sentence_bounds(self) -> tuple[list[int], list[int]]:
        """Where the article's sentences start and end, split once on its view (boilerplate
        blanked) for every rule that asks: given its Article or its text, a summary is judged alike."""
        return [s for s, _ in self.sentences], [e for _, e in self.sentences]

    @cached_property
    def matcher(self) -> Matcher:
        """Decides whether a text is in the article, as grounding does."""
        return Matcher(self.text)

    @cached_property
    def norm_map(self) -> list[int]:
        return normalize_with_map(self.text)[1]

    def removed_runs(self, removed: list[Span]) -> frozenset[str]:
        """Every run of three words within one span of the given boilerplate, normalised (as
        ``shingles`` cuts them, of any length): a shingle is one of theirs when it is in the set
        (computed once per article)."""
        key = tuple(removed)
        if key not in self.runs_cache:
            runs: set[str] = set()
            for s, e in removed:
                runs.update(_runs(_SHINGLE_WORD.findall(normalize(self.text[s:e], casefold=True)), 3))
            self.runs_cache[key] = frozenset(runs)
        return self.runs_cache[key]

    @cached_property
    def _distinct_words(self) -> tuple[set[str], set[str]]:
        """The article's distinct words as written, those of letters alone and the others (one
        scan for ``words`` and ``lower_words``; see ``word_sets``)."""
        return word_sets(self.norm)

    @cached_property
    def words(self) -> frozenset[str]:
        """The article's words, case-folded, without a possessive 's."""
        letters, others = self._distinct_words
        words = set(map(str.casefold, letters))
        # a possessive holds an apostrophe, so only the other words may be one (case folding
        # adds none)
        others = set(map(str.casefold, others))
        owners = [w for w in others if w.endswith(("'s", "’s"))]
        words.update(others.difference(owners))
        words.update(w[:-2] for w in owners)
        return frozenset(words)

    @cached_property
    def stems(self) -> frozenset[str]:
        """The stems of the article's words ("intercepted", "interception": "interc")."""
        return frozenset(map(stem, self.words))

    @cached_property
    def lower_words(self) -> frozenset[str]:
        """The words the article writes in lower case: ordinary words, not names."""
        words = list(itertools.chain(*self._distinct_words))
        return frozenset(itertools.compress(words, map(str.islower, map(_FIRST, words))))

    @cached_property
    def lowered(self) -> str:
        """The text lower-cased, offsets unchanged: windows around spans are cut from it."""
        return lower_same_length(self.text)

    @cached_property
    def word_run(self) -> str:
        """The article's words in order, one space apart (for n-grams of other texts)."""
        return " " + " ".join(_WORD.findall(self.folded)) + " "

    def window(self, span: Span, pad: int = 160) -> Span:
        """The text within ``pad`` characters of ``span``, not across a blank line (a bounded
        window: the clause and sentence around it, rarely the paragraph's next)."""
        s, e = max(0, span[0]), min(len(self.text), span[1])
        lo, hi = max(0, s - pad), min(len(self.text), e + pad)
        cut = self.text.rfind("\n\n", lo, s)
        lo = cut + 2 if cut >= 0 else lo
        cut = self.text.find("\n\n", e, hi)
        hi = cut if cut >= 0 else hi
        return lo, hi

    def window_stems(self, span: Span, pad: int = 160) -> frozenset[str]:
        """Stems of the words of ``window(span, pad)``."""
        key = (span[0], span[1], pad)
        if key in self.window_cache:
            return self.window_cache[key]
        lo, hi = self.window(span, pad)
        self.window_cache[key] = stems = stems_of(self.lowered[lo:hi])
        return stems

    @cached_property
    def incident_types(self) -> frozenset[str]:
        """The lexicon's incident types whose pattern the article matches ("missile interception")."""
        return frozenset(t for t, _, _ in _LOWER_TYPES if self.matches_type(t))

    def matches_type(self, kind: str) -> bool:
        """``kind in self.incident_types``, with only that type's patterns run (once per type and
        article): a rule asks of one type or one category's, and the whole table costs more than
        the rest of the checker's incident rules together."""
        key = ("incident_type", kind)
        if key not in self.memo:
            self.memo[key] = any(
                any(map(self._not_a_month, p.finditer(self.lowered))) for t, _, p in _LOWER_TYPES if t == kind
            )
        return bool(self.memo[key])

    def _not_a_month(self, m: re.Match[str]) -> bool:
        """A match that is not a month's name as written ("on March 3" is no march)."""
        return not (self.text[m.start()].isupper() and m.group() in CALENDAR_WORDS)

    @cached_property
    def quote_index(self) -> SpanIndex:
        return SpanIndex(self.quotes)

    @cached_property
    def numbers_by_value(self) -> dict[float, list[NumberFact]]:
        """Each value's occurrences, in text order (they never overlap; a range's number is
        listed twice at one span)."""
        out: dict[float, list[NumberFact]] = {}
        for n in self.numbers:
            out.setdefault(n.value, []).append(n)
        return out

    @cached_property
    def number_starts(self) -> dict[float, list[int]]:
        return {v: [n.span[0] for n in ns] for v, ns in self.numbers_by_value.items()}

    @cached_property
    def qualifiers_by_value(self) -> dict[float, set[str]]:
        return {v: {n.qualifier for n in ns} for v, ns in self.numbers_by_value.items()}

    def quoted_share(self, span: Span, skip: Iterable[Span | None] = ()) -> float:
        # only the quotes that touch the span count: the others are not passed at all
        near = self.quote_index.overlapping(*span)
        return quoted_share(self.text, span, near, [x for x in skip if x is not None])

    def occurs(self, needle: str, near: Iterable[Span] = (), *, whole: bool = True) -> bool:
        """``needle in self.folded``, looked for first around a few places of the text where it
        should be (a speaker's mentions, a location's span): a hit there is a hit in the whole,
        and a miss is looked for in the whole. A short text is scanned whole at once: that costs
        less than the offset map the places need (4 ms for 5 KB), and finds the same."""
        if len(self.folded) <= _SCAN_WHOLE:
            return needle in self.folded
        if len(self.folded) == len(self.norm):  # folded offsets are the normalised text's
            pad = 2 * len(needle) + 50
            for s, e in itertools.islice(near, 3):
                lo = bisect.bisect_left(self.norm_map, s)
                hi = bisect.bisect_left(self.norm_map, e)
                if needle in self.folded[max(0, lo - pad) : hi + pad]:
                    return True
        return whole and needle in self.folded


_LOWER_TYPES = LOWER_INCIDENT_TYPES
# a word's first letter (tested word by word in C, not in a loop)
_FIRST = operator.itemgetter(0)
_WORD = compiled(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_SUFFIXES = ("ations", "ation", "ings", "ing", "ions", "ion", "edly", "ied", "ies", "ed", "es", "s", "ly")


# ASCII digits, "_" and punctuation but apostrophes and hyphens become spaces: what is left between
# spaces is a word, or (rarely) holds a mark or a digit of another script that the pattern splits.
# A byte table, applied to the text's UTF-8: every byte of a character beyond ASCII is 0x80 or
# more, which the table leaves alone, so the text comes back as ``str.translate`` with the same
# table made a dict would give it, at the speed of bytes (a dict is looked up character by character)
_NOT_WORD_ASCII = bytes(32 if c < 128 and not chr(c).isalpha() and chr(c) not in "'-" else c for c in range(256))


def distinct_words(text: str) -> frozenset[str]:
    """``frozenset(_WORD.findall(text))``, about twice as fast (``word_sets``)."""
    letters, others = word_sets(text)
    return frozenset(letters | others)


def word_sets(text: str) -> tuple[set[str], set[str]]:
    """The distinct words of ``_WORD.findall(text)``, in two sets: the runs between spaces
    that are letters alone, and the words the pattern finds in the other runs (a word with an
    apostrophe or a hyphen, one after a mark). Most runs are words already; only the others go
    through the pattern, all at once: the runs, joined by spaces, hold no space a word could span."""
    spaced = text.encode("utf-8", "surrogatepass").translate(_NOT_WORD_ASCII).decode("utf-8", "surrogatepass")
    runs = set(spaced.split())
    letters = set(filter(str.isalpha, runs))
    others = set(_WORD.findall(" ".join(runs.difference(letters))))
    return letters, others


def is_word(text: str, at: int) -> bool:
    """Whether ``text[at]`` is a word character, as the pattern ``\\w`` tests it (none outside the text)."""
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_")


def bounded_at(text: str, needle: str, where: Callable[[int], bool]) -> bool:
    """Whether ``needle`` occurs in ``text`` at an offset where ``where`` holds: a search with the
    needle as a literal between look-arounds, without compiling a pattern for each needle."""
    at = text.find(needle)
    while at >= 0:
        if where(at):
            return True
        at = text.find(needle, at + 1)
    return False


def possessive(word: str) -> str:
    """The word without a possessive 's."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


_NUMBER_WORDS = frozenset([*NUMBER_WORDS, "hundred", "thousand", "million", "billion", "dozen", "half"])
# prepositions and quantifiers the language test leaves out (other languages share them)
_MORE_FUNCTION = frozenset({
    "around", "near", "just", "shortly", "later", "earlier", "still", "yet", "even", "both", "per", "via",
    "among", "amid", "despite", "least", "many", "much", "several", "few", "another",
    "i'm", "i've", "we've", "we're", "they're", "you're", "it's", "that's"
})  # fmt: skip
NOT_CONTENT = ENGLISH_FUNCTION_WORDS | SUMMARY_GLUE | _NUMBER_WORDS | _MORE_FUNCTION | {"also", "was", "in", "on", "no"}


@lru_cache(maxsize=4096)
def plain_words(text: str) -> tuple[str, ...]:
    """The content words of a short text, case-folded, once each: three letters or more, not a
    function word, a number word, or a word of saying or of a claim's standing."""
    # each distinct word once before it is tested, the possessive cut only when a word has an
    # apostrophe (then the words made distinct once more: "Reyes's" and "Reyes" are one word), in
    # the order of their first occurrence, as when the words were taken one by one
    words = dict.fromkeys(map(str.casefold, words_of(text)))
    joined = " ".join(words)
    if "'" in joined or "’" in joined:
        words = dict.fromkeys(map(possessive, words))
    return tuple([w for w in words if len(w) >= 3 and w not in NOT_CONTENT and w.isalpha()])


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem: the word case-folded, one common suffix off (at least three letters kept),
    cut to six letters. "killed"/"killing" -> "kill", "interception"/"intercepted" -> "interc"."""
    w = possessive(word.casefold())
    if w.endswith(_SUFFIXES):  # (one test in C for the words that end in none)
        for suffix in _SUFFIXES:
            if w.endswith(suffix) and len(w) - len(suffix) >= 3:
                w = w[: -len(suffix)]
                break
    return w[:6]


@lru_cache(maxsize=4096)
def words_of(text: str) -> tuple[str, ...]:
    """The words of a short text (a field of a summary), in order, as written."""
    return tuple(_WORD.findall(normalize(text)))


@lru_cache(maxsize=4096)
def stems_of(text: str) -> frozenset[str]:
    """The stems of ``_WORD.findall(text)``, its distinct words found as ``word_sets`` finds them
    (a window of the article around a span: most of its runs between spaces are words already)."""
    letters, others = word_sets(text)
    return frozenset(map(stem, letters.union(others)))


@lru_cache(maxsize=4096)
def _status_cues(text: str) -> tuple[tuple[str, Span], ...]:
    """Uncertainty and unconfirmed cues (not conditionals) in a piece of text, cached: the same
    contents come back with every re-ask and every re-check."""
    return tuple((c.text, c.span) for c in find_hedges(text) if c.kind in STATUS_KINDS and not hedges_no_claim(text, c))


def status_cues(text: str, span: Span) -> list[tuple[str, Span]]:
    s, e = span
    return [(t, (s + a, s + b)) for t, (a, b) in _status_cues(text[s:e])]


@dataclass(frozen=True, slots=True)
class Triggers:
    """A category's trigger words (``text/category_triggers.py``) made ready to look for: the stems of its
    single words, and its phrases ("passed away"), whose words must stand in a row."""

    stems: frozenset[str]
    phrases: re.Pattern[str] | None
    phrase_stems: tuple[frozenset[str], ...]

    def in_text(self, stems: frozenset[str], lowered: str) -> bool:
        """A single word's stem among ``stems`` (those of ``lowered``), or a phrase in ``lowered``."""
        return not self.stems.isdisjoint(stems) or (
            self.phrases is not None and self.phrases.search(lowered) is not None
        )

    def in_stems(self, stems: frozenset[str] | set[str]) -> bool:
        """Where only a text's stems are known: a single word's stem, or every stem of a phrase."""
        return not self.stems.isdisjoint(stems) or any(p <= stems for p in self.phrase_stems)


# "#" in a trigger phrase stands for a number, a qualifier or two before it or not: "claimed #
# lives" is "claimed 17 lives", "claimed at least seven lives"
_NUMBER_SLOT = (
    r"(?:[a-z]+\s+){0,2}?(?:\d[\d,]*|(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")(?:-[a-z]+)?)"
)
# "~" stands for a weapon's determiner and modifier or neither, as the offline model reads a blow:
# "with ~ pipe" is "with a pipe", "with a steel pipe", "with pipe"
_SLOTS = {"#": _NUMBER_SLOT + r"\s+", "~": WEAPON_MODIFIER}


def _phrase_pattern(phrase: str) -> str:
    """A trigger phrase's words in a row, each slot ("#", "~") read by its pattern."""
    return "".join(_SLOTS.get(w) or re.escape(w) + r"\s+" for w in phrase.split()).removesuffix(r"\s+")


@lru_cache(maxsize=64)
def triggers_of(words: frozenset[str]) -> Triggers:
    phrases = sorted(w for w in words if " " in w)
    pattern = r"\b(?:" + "|".join(_phrase_pattern(p) for p in phrases) + r")\b"
    return Triggers(
        frozenset(stem(w) for w in words if " " not in w),
        compiled(pattern) if phrases else None,
        tuple(frozenset(stem(w) for w in p.split() if w not in _SLOTS) for p in phrases),
    )


_RANGE_AFTER = compiled(r"^\s*(?:to|-|–|—|and|or)\s*$", re.I)


def facts_of(text: str | Article, markdown: bool = False, removed: tuple[Span, ...] = ()) -> ArticleFacts:
    """The facts of an article given as its text (``markdown``: its format; ``removed``: the
    boilerplate its summary's source lists), or as an Article, whose quotes and sentences are
    read from its segments, found once on ingestion: both are read from the same view."""
    if isinstance(text, str):
        return article_facts(text, markdown, removed=tuple(r for r in removed if 0 <= r[0] <= r[1] <= len(text)))
    quotes = tuple((q.start, q.end) for q in text.segments.quotes)
    # the article's sentences, split on its view: the text's own, but for none in blanked boilerplate
    sentences = tuple(s.span for s in text.segments.sentences)
    return article_facts(text.text, text.format == "markdown", quotes, sentences)


@lru_cache(maxsize=64)
def article_facts(
    text: str,
    markdown: bool = False,
    quotes: tuple[Span, ...] | None = None,
    sentences: tuple[Span, ...] | None = None,
    removed: tuple[Span, ...] = (),
) -> ArticleFacts:
    """The facts of a text; ``quotes`` and ``sentences``: its quoted passages and sentences when
    already found, else found here, in the view an Article has (``removed`` blanked)."""
    norm = normalize(text)
    # quotes and numbers are read as the offline model reads them, past Markdown markup and
    # U+FEFF: '_30_' holds no number for a word boundary, nor does 'at least **three**'
    # qualify it, and a '``code``' span opens no typewriter quote
    reading = reading_view(text, markdown)
    if quotes is None or sentences is None:
        view = blanked_view(reading, removed)
        paras = paragraphs(view)
        if quotes is None:
            quotes = tuple((r.start, r.end) for r in find_quotes(view, paras))
        if sentences is None:
            sentences = tuple(x.span for x in split_sentences(view, paras=paras))
    lowered = lower_same_length(reading)
    occurrences = list(find_numbers(reading, lowered=lowered))
    # whether each number and the next are the ends of a range ("12 to 15"): each gap read once,
    # for the number before it and the one after
    joined = [
        _RANGE_AFTER.match(reading[a.span[1] : b.span[0]]) is not None for a, b in itertools.pairwise(occurrences)
    ]
    numbers: list[NumberFact] = []
    for i, n in enumerate(occurrences):
        qualifier = _qualifier(reading, lowered, n.span[0])
        if (i and joined[i - 1]) or (i < len(joined) and joined[i]):
            numbers.append(NumberFact(n.value, n.span, "range"))
        numbers.append(NumberFact(n.value, n.span, qualifier))
    folded = norm.casefold()
    return ArticleFacts(text, norm, folded, list(quotes), numbers, sentences=sentences)


# the last word of every qualifier (text/numbers.py), lower-cased: a qualifier ends with one of
# these, then white space, right before its number
_QUALIFIER_ENDS = ("least", "than", "over", "of", "to", "as", "most", "nearly", "almost", "under", "about", "around",
                   "approximately", "roughly", "some", "estimated", "approximate", "circa", "~", "between")  # fmt: skip


def _qualifier(reading: str, lowered: str, start: int) -> str:
    """``qualifier_before``'s qualifier, asked only when the text before the number could end
    one (white space after a qualifier's last word): most numbers are dismissed without the
    pattern. The window is wide because markup blanked in a Markdown view leaves long runs of
    spaces ("**at** [least](…) **12**")."""
    if start == 0 or not lowered[start - 1].isspace():
        return "exact"  # the window's last character, read before the window is cut
    before = lowered[max(0, start - 200) : start]
    if not before.rstrip().endswith(_QUALIFIER_ENDS):
        return "exact"
    return qualifier_before(reading, start, max(0, start - 200))[0]


_SHINGLE_WORD = compiled(r"[\w'-]+")


def shingles(folded: str, n: int = 3) -> set[str]:
    """Runs of ``n`` words (at least 12 characters), to find copied text fast."""
    return {r for r in _runs(_SHINGLE_WORD.findall(folded), n) if len(r) >= 12}


def _runs(words: list[str], n: int) -> Iterator[str]:
    """Each run of ``n`` words, one space apart: the k-th joins words k .. k+n-1, the lists
    shifted by 0 .. n-1 and zipped (none when fewer than ``n`` words)."""
    return map(" ".join, zip(*(words[k:] for k in range(n)), strict=False))

"""Rules on what a summary leaves out: a count the article reports that no figure holds, and a
headline or summary that states a part where the article states a total.

A *reported count* is a number that a casualty word governs, in one of three constructions:
the verb before its object ("killing 27 people", "displaced about 40,000"), the number before
its predicate ("12 people were killed", "three others wounded", "27 deaths"), and a toll
("the death toll rose to 27"). People forced from their homes are displaced. Ages, years,
money, percentages, phone numbers and street addresses are never counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from summarizer.checker.facts import ArticleFacts
from summarizer.checker.registry import finding, rule
from summarizer.schema import Finding, IncidentSummary
from summarizer.text import incident_words as iw
from summarizer.text.base import Span, SpanIndex, lower_same_length
from summarizer.text.numbers import find_numbers
from summarizer.text.regex import WordStartPattern, compiled
from summarizer.text.segments import split_sentences
from summarizer.text.timeplace import MONTH_RE

# the categories whose words name what happened to people; words that also name other things
# ("shot" down, "fired", "charged", "critical", "custody") do not govern a count here
_PEOPLE_CATEGORIES = {"killed", "injured", "missing", "arrested", "displaced"}
_AMBIGUOUS = {"shot", "fired", "sent", "attacked", "charged", "booked", "critical", "custody", "bodies", "casualties",
              # counts of wounds and of people who already live displaced, not of what happened to people
              "wound", "wounds", "injuries", "refugees", "evacuees", "homeless"}  # fmt: skip


def category_of(word: str) -> str | None:
    """The figure category a casualty word names, through its inflections: kill, kills,
    killing, killed -> killed; displace -> displaced; injuries -> injured."""
    w = word.lower()
    if w in _AMBIGUOUS:
        return None
    stems = [w]
    for suffix in ("ing", "es", "s"):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            stems.append(w[: -len(suffix)])
    for stem in stems:
        for form in (stem, stem + "ed", stem + "d", stem + "e" + "d"):
            category = iw.FIGURE_VERBS.get(form)
            if category in _PEOPLE_CATEGORIES:
                return category
    return None


@dataclass(frozen=True, slots=True)
class Count:
    value: float
    category: str
    span: Span  # the number
    in_lead: bool  # in the title or the lead (the first three sentences)


_WORD = r"[A-Za-z][\w'’-]*"
# the verb before: "killing 27", "killed at least 27", "displace about 40,000", "wounded another 3"
_VERB_BEFORE = compiled(
    rf"\b({_WORD})\s+(?:(?:at\s+least|at\s+most|up\s+to|about|around|nearly|almost|some|over|more\s+than|an(?:other)?|a\s+further|another)\s+)?$",
    re.I,
)
# the predicate after: "27 people were killed", "three others wounded", "12 dead", "27 deaths",
# "two 15-year-old students were killed": up to five words on, not past a clause's end
_AFTER_WORD = compiled(r"[\w'’-]+|[,;:.!?()“”\"—–]")
_CLAUSE_WORDS = {"and", "or", "but", "in", "on", "at", "from", "to", "by", "with", "who", "which", "that",
                 "when", "after", "before", "as", "while", "because", "if", "said", "says", "counts", "count",
                 # a new subject starts a new clause: "one reason he's hurting"
                 "he", "she", "they", "it", "we", "i", "he's", "she's", "it's", "they're", "he’s", "she’s", "it’s"}  # fmt: skip
_TOLL_BEFORE = compiled(
    r"\b(?:death|casualty)\s+toll\s+(?:\w+\s+){0,3}?(?:to|at|of|reached|is|was|stands\s+at)\s+(?:at\s+least\s+|about\s+|nearly\s+)?$",
    re.I,
)
_HOMES_AFTER = compiled(rf"^(?:\s+{_WORD}){{0,2}}?\s+(?:from|out\s+of)\s+(?:their\s+|his\s+|her\s+)?homes?\b", re.I)
# not counts of people: an age, money, a share, a year, a phone number, a street address
# (matched at the number's end: no "^", which would hold only at the text's start)
_NOT_COUNT_AFTER = compiled(
    r"(?:[\s-]*(?:years?|yrs?)[\s-]*old|-year|\s*(?:%|percent|per\s+cent)|/\d"
    r"|\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|times)\b|\s+[A-Z][a-z]+\s+(?:Street|St\b|Avenue|Ave\b|Road|Rd\b|Boulevard|Blvd|Lane|Drive|Dr\b|Way|Court|Place))",
    re.I,
)
# an age, a phone number, money, a date ("Feb. 13 death")
_NOT_COUNT_BEFORE = compiled(
    r"(?:\b(?:aged?|ages|called|dialed|dialled|calling|in|since|by|of)\s+|[$£€#]\s*"
    rf"|\b{MONTH_RE}\s+)$",
    re.I,
)


_YEAR = compiled(r"(?:1[89]|20)\d\d")
_NOBODY_BEFORE = compiled(r"\b(?:no|the|this|that)\s+$", re.I)


def _is_count(view: str, span: Span, written: str) -> bool:
    s, e = span
    if _YEAR.fullmatch(written):
        return False  # a year
    if _NOT_COUNT_AFTER.match(view, e) or _NOT_COUNT_BEFORE.search(view, max(0, s - 12), s):
        return False
    if written.lower() == "one" and _NOBODY_BEFORE.search(view, max(0, s - 6), s):
        return False  # "no one was hurt", "the one inmate": nobody counted
    return written not in ("911", "999", "112")


def _governing(view: str, span: Span, sentence: Span) -> str | None:
    """The category of the casualty word that governs the number at ``span``, or None."""
    s, e = span
    before = _VERB_BEFORE.search(view, max(sentence[0], s - 40), s)
    if before:
        category = category_of(before.group(1))
        if category is not None:
            return category
    if _TOLL_BEFORE.search(view, max(sentence[0], s - 60), s):
        return "killed"
    perpetrators = False
    for k, m in enumerate(_AFTER_WORD.finditer(view, e, min(sentence[1], e + 60))):
        word = m.group()
        if k >= 5 or not word[0].isalnum() or word.lower() in _CLAUSE_WORDS:
            break
        perpetrators = perpetrators or word.lower() in iw.PERPETRATOR_NOUNS
        category = category_of(word)
        if category is not None:
            # "one suspect fled on foot": flight from the police, not from a home
            return None if category == "displaced" and perpetrators else category
    if _HOMES_AFTER.match(view[e : min(sentence[1], e + 40)]):
        return "displaced"
    return None


def _prefix(word: str) -> str:
    for suffix in ("ies", "ed", "ing", "es", "s", "d", "y"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


# where a casualty word can start: the stems of the lexicon's words for what happens to people,
# a toll, homes left (a superset of what ``_governing`` reads, found in one pass); for lower-cased
# text. ``\b(?:stems)``, found by skipping to the characters before words (text/regex.py): the
# same matches, without trying the alternation at every position of the window
_CASUALTY_PREFIX = WordStartPattern(
    "|".join(sorted({_prefix(w) for w, c in iw.FIGURE_VERBS.items() if c in _PEOPLE_CATEGORIES} | {"toll", "home"}))
)
_REACH = 70  # the furthest a governing word stands from its number (a toll's 60 characters, and its word)

_LEAD_SENTENCES = 3  # the title and the lead: where a report states its total
_LEAD_CHARS = 3000  # far enough for three sentences


def reported_counts(view: str, skip: SpanIndex | None = None) -> list[Count]:
    """Every count a casualty word governs in ``view``, in text order (not inside ``skip``)."""
    found = [(n.value, n.span) for n in find_numbers(view, lowered=lower_same_length(view))]
    return _counts(view, found, skip)


def _counts(
    view: str,
    numbers: list[tuple[float, Span]],
    skip: SpanIndex | None,
    lead_end: int | None = None,
    lowered: str | None = None,
) -> list[Count]:
    """The counts among ``numbers`` (value and span, in text order): one pass, a sentence's
    bounds looked for only around a number (``lowered``: the view lower-cased, when made already)."""
    out: list[Count] = []
    if lead_end is None:
        lead = split_sentences(view, 0, min(len(view), _LEAD_CHARS))[:_LEAD_SENTENCES]
        lead_end = lead[-1].end if lead else 0
    lowered = lower_same_length(view) if lowered is None else lowered
    for value, span in numbers:
        if value < 1 or (skip is not None and skip.holds(span[0])):
            continue
        if not _CASUALTY_PREFIX.search(lowered, max(0, span[0] - _REACH), span[1] + _REACH):
            continue  # no casualty word within reach: most numbers, dismissed at once
        if not _is_count(view, span, view[span[0] : span[1]]):
            continue
        category = _governing(view, span, _sentence_around(view, *span))
        if category is not None:
            out.append(Count(value, category, span, span[0] < lead_end))
    return out


_SENTENCE_END = compiled(r"[.!?][\"'”’)]*\s|\n")


def _sentence_around(view: str, s: int, e: int) -> Span:
    """The bounds of the sentence holding [s, e), as far as a count's words reach (80 characters)."""
    lo = max(0, s - 80)
    start = lo
    for m in _SENTENCE_END.finditer(view, lo, s):
        start = m.end()
    after = _SENTENCE_END.search(view, e, min(len(view), e + 80))
    return start, after.start() + 1 if after else min(len(view), e + 80)


def _counts_of(summary: IncidentSummary, facts: ArticleFacts) -> tuple[Count, ...]:
    """The article's reported counts, from the numbers its facts already hold (cached there)."""
    key = ("reported-counts", tuple(r.span for r in summary.source.removed))
    if key not in facts.memo:
        # a range's number is listed twice at one span: once is enough
        numbers = list(dict.fromkeys((n.value, n.span) for n in facts.numbers))
        skip = SpanIndex(list(key[1])) if key[1] else None
        _, ends = facts.sentence_bounds
        lead_end = ends[min(len(ends), _LEAD_SENTENCES) - 1] if ends else 0
        facts.memo[key] = tuple(_counts(facts.text, numbers, skip, lead_end, facts.lowered))
    counts: tuple[Count, ...] = facts.memo[key]  # type: ignore[assignment]
    return counts


@rule(
    "figures-complete",
    "warning",
    "a count the article reports ('killed 27 people', 'forced about 40,000 from their homes') is held by a figure",
)
def _figures_complete(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    figures = summary.incident.figures if summary.incident is not None else []
    held = {(f.value, f.category) for f in figures} | {(f.value_max, f.category) for f in figures if f.value_max}
    told: set[tuple[float, str]] = set()
    for c in _counts_of(summary, facts):
        if (c.value, c.category) in held or (c.value, c.category) in told:
            continue
        told.add((c.value, c.category))
        written = facts.text[c.span[0] : c.span[1]]
        yield finding(
            "figures-complete",
            "incident.figures",
            f"the article reports {written} {c.category}, which no figure holds",
            c.span,
        )


@rule(
    "headline-total",
    "warning",
    "when the article or the figures state a total, a headline or summary that states a part of it states the total too",
)
def _headline_total(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    totals: dict[str, float] = {}
    if summary.incident is not None:
        for f in summary.incident.figures:
            if f.is_total:
                totals[f.category] = max(totals.get(f.category, 0), f.value)
    for c in _counts_of(summary, facts):
        if c.in_lead:
            totals[c.category] = max(totals.get(c.category, 0), c.value)
    if not totals:
        return
    for field_name in ("headline", "summary"):
        stated = _field_counts(getattr(summary, field_name))
        values = {c.value for c in stated}
        for c in stated:
            total = totals.get(c.category)
            if total is not None and c.value < total and total not in values:
                yield finding(
                    "headline-total",
                    field_name,
                    f"states {c.value:g} {c.category}, a part, without the total of {total:g} the article states",
                )
                break


@lru_cache(maxsize=1024)
def _field_counts(text: str) -> tuple[Count, ...]:
    return tuple(reported_counts(text))

"""The rule-based checker: small pure rules ``(summary, facts) -> Iterable[Finding]`` kept in a
registry with ids; ``check()`` runs them all. Findings are data, never exceptions. Facts about
the article (normalised text, quote marks, numbers) are computed once per article.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from summarizer.ingest import reading_view
from summarizer.schema import (
    Attribution,
    CheckReport,
    Finding,
    IncidentSummary,
    Severity,
    Speaker,
    span_problems,
    span_text_layer,
)
from summarizer.text.base import (
    Span,
    SpanIndex,
    lower_same_length,
    normalize,
    normalize_with_map,
    quote_type,
    quoted_share,
)
from summarizer.text.hedges import STATUS_KINDS, find_hedges
from summarizer.text.numbers import find_numbers, implicit_count, qualifier_before
from summarizer.text.quotes import find_quotes, paired_apostrophes
from summarizer.text.segments import is_abbreviation, paragraphs
from summarizer.text.timeplace import find_dates

# ---------------------------------------------------------------- facts about the article


@dataclass(frozen=True, slots=True)
class NumberFact:
    value: float
    span: Span
    qualifier: str  # exact | at_least | at_most | about | range


@dataclass
class ArticleFacts:
    """What the rules need to know of an article, computed once."""

    text: str
    norm: str
    folded: str
    quotes: list[Span]
    numbers: list[NumberFact]
    words: set[str] = field(default_factory=set)
    shingle_cache: dict[tuple[Span, ...], frozenset[str]] = field(default_factory=dict)

    @cached_property
    def norm_map(self) -> list[int]:
        return normalize_with_map(self.text)[1]

    def removed_shingles(self, removed: list[Span]) -> frozenset[str]:
        """Word runs of the given boilerplate, normalised, computed once per article."""
        key = tuple(removed)
        if key not in self.shingle_cache:
            junk: set[str] = set()
            for s, e in removed:
                junk |= _shingles(normalize(self.text[s:e], casefold=True))
            self.shingle_cache[key] = frozenset(junk)
        return self.shingle_cache[key]

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
        and a miss is looked for in the whole."""
        if len(self.folded) == len(self.norm):  # folded offsets are the normalised text's
            pad = 2 * len(needle) + 50
            for s, e in itertools.islice(near, 3):
                lo = bisect.bisect_left(self.norm_map, s)
                hi = bisect.bisect_left(self.norm_map, e)
                if needle in self.folded[max(0, lo - pad) : hi + pad]:
                    return True
        return whole and needle in self.folded


@lru_cache(maxsize=4096)
def _status_cues(text: str) -> tuple[tuple[str, Span], ...]:
    """Uncertainty and unconfirmed cues (not conditionals) in a piece of text, cached: the same
    contents come back with every re-ask and every re-check."""
    return tuple((c.text, c.span) for c in find_hedges(text) if c.kind in STATUS_KINDS)


def status_cues(text: str, span: Span) -> list[tuple[str, Span]]:
    s, e = span
    return [(t, (s + a, s + b)) for t, (a, b) in _status_cues(text[s:e])]


_RANGE_AFTER = re.compile(r"^\s*(?:to|-|–|—|and|or)\s*$", re.I)


@lru_cache(maxsize=64)
def article_facts(text: str, markdown: bool = False) -> ArticleFacts:
    norm = normalize(text)
    # quotes and numbers are read as the offline model reads them, past Markdown markup and
    # U+FEFF: '_30_' holds no number for a word boundary, nor does 'at least **three**'
    # qualify it, and a '``code``' span opens no typewriter quote
    reading = reading_view(text, markdown)
    regions = find_quotes(paired_apostrophes(reading), paragraphs(reading))
    quotes = [(r.start, r.end) for r in regions]
    lowered = lower_same_length(reading)
    occurrences = list(find_numbers(reading, lowered=lowered))
    numbers: list[NumberFact] = []
    for i, n in enumerate(occurrences):
        qualifier, _ = qualifier_before(reading, n.span[0], max(0, n.span[0] - 40))
        prev_gap = reading[occurrences[i - 1].span[1] : n.span[0]] if i else ""
        next_gap = reading[n.span[1] : occurrences[i + 1].span[0]] if i + 1 < len(occurrences) else ""
        if (i and _RANGE_AFTER.match(prev_gap)) or (i + 1 < len(occurrences) and _RANGE_AFTER.match(next_gap)):
            numbers.append(NumberFact(n.value, n.span, "range"))
        numbers.append(NumberFact(n.value, n.span, qualifier))
    folded = norm.casefold()
    words = set(re.findall(r"[\w'’-]+", folded))
    return ArticleFacts(text, norm, folded, quotes, numbers, words)


# ---------------------------------------------------------------- registry

RuleFn = Callable[[IncidentSummary, ArticleFacts], Iterable[Finding]]


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    severity: Severity
    description: str
    fn: RuleFn


RULES: dict[str, Rule] = {}


def rule(id: str, severity: Severity, description: str) -> Callable[[RuleFn], RuleFn]:
    def register(fn: RuleFn) -> RuleFn:
        RULES[id] = Rule(id, severity, description, fn)
        return fn

    return register


def _finding(
    rule_id: str, path: str, message: str, span: Span | None = None, severity: Severity | None = None
) -> Finding:
    return Finding(rule=rule_id, severity=severity or RULES[rule_id].severity, path=path, message=message, span=span)


def _in_range(span: Span | None, text: str) -> Span | None:
    return span if span is not None and 0 <= span[0] <= span[1] <= len(text) else None


# ---------------------------------------------------------------- spans and quotes


@rule("span-valid", "error", "every span is in range and slices to its field's text")
def _span_valid(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    for path, span, message in span_problems(summary, facts.text):
        yield _finding("span-valid", path, message, _in_range(span, facts.text))


_ELLIPSIS = re.compile(r"\s*(?:\.\s?\.\s?\.|…)\s*|\s*\[[^\]]{1,60}\]\s*")


def match_mode(content: str, facts: ArticleFacts) -> str:
    """How ``content`` is found in the article: exact, normalized, elided, fuzzy or not found."""
    if not content.strip():
        return "not found"
    if content in facts.text:
        return "exact"
    norm = normalize(content)
    if norm in facts.norm:
        return "normalized"
    folded = norm.casefold()
    pieces = [p.strip(" ,;:\"'") for p in _ELLIPSIS.split(folded)]
    pieces = [p for p in pieces if p]
    if len(pieces) > 1:
        pos = facts.folded.find(pieces[0])
        start = pos
        for piece in pieces[1:]:
            if pos < 0:
                break
            pos = facts.folded.find(piece, pos + 1)
        if pos >= 0 and start >= 0 and pos - start <= max(600, 3 * len(folded)):
            return "elided"
    if _fuzzy_found(folded, facts):
        return "fuzzy"
    return "not found"


def _fuzzy_found(folded: str, facts: ArticleFacts, threshold: float = 0.85) -> bool:
    """Is there a window of the article holding at least ``threshold`` of the content's words?"""
    want = re.findall(r"[\w'-]+", folded)
    if len(want) < 4 or not set(want) <= facts.words | set(want):
        return False
    if sum(w in facts.words for w in want) / len(want) < threshold:
        return False
    words = re.findall(r"[\w'-]+", facts.folded)
    n = len(want)
    need: dict[str, int] = {}
    for w in want:
        need[w] = need.get(w, 0) + 1
    window: dict[str, int] = {}
    for i, w in enumerate(words):
        window[w] = window.get(w, 0) + 1
        if i >= n + 2:
            old = words[i - n - 2]
            window[old] -= 1
        hits = sum(min(c, window.get(w2, 0)) for w2, c in need.items())
        if hits / n >= threshold:
            return True
    return False


@rule(
    "quote-verbatim",
    "error",
    "attribution content is found in the article; a direct quote at least after normalisation",
)
def _quote_verbatim(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    for i, a in enumerate(summary.attributions):
        s, e = a.content_span
        # content at its own span is in the article: no need to search the whole text for it
        at_span = bool(a.content.strip()) and 0 <= s <= e <= len(facts.text) and facts.text[s:e] == a.content
        mode = "exact" if at_span else match_mode(a.content, facts)
        path = f"attributions[{i}].content"
        if mode == "not found":
            yield _finding("quote-verbatim", path, f"{a.id}: content is not in the article: {_short(a.content)!r}")
        elif mode in ("elided", "fuzzy") and a.type == "direct":
            yield _finding("quote-verbatim", path, f"{a.id}: direct quote differs from the article ({mode} match)")
        elif mode == "fuzzy":
            yield _finding(
                "quote-verbatim", path, f"{a.id}: content only roughly matches the article", severity="warning"
            )


@rule("quote-type", "error", "direct content lies inside quote marks, indirect does not, mixed has both")
def _quote_type(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    for i, a in enumerate(summary.attributions):
        s, e = a.content_span
        if not (0 <= s <= e <= len(facts.text)) or facts.text[s:e] != a.content:
            continue  # span-valid reports it
        share = facts.quoted_share(a.content_span, (a.speaker_span, a.cue_span))
        path = f"attributions[{i}].type"
        found = quote_type(share)
        if found == a.type:
            continue
        if a.type == "direct":
            yield _finding(
                "quote-type", path, f"{a.id} is marked direct but {1 - share:.0%} of its words are outside quote marks"
            )
        elif a.type == "indirect" and found == "direct":
            yield _finding("quote-type", path, f"{a.id} is marked indirect but its words are all inside quote marks")
        elif a.type == "indirect":
            yield _finding("quote-type", path, f"{a.id} quotes some words: it is mixed", severity="warning")
        elif a.type == "mixed":
            yield _finding("quote-type", path, f"{a.id} is marked mixed but is {found}", severity="warning")


# ---------------------------------------------------------------- speakers


def _aliases(name: str, role: str | None) -> set[str]:
    parts = name.split()
    out = {name}
    if len(parts) >= 2:
        out.add(parts[-1])
        out.add(" ".join(parts[1:]))
    if role and parts:
        out.add(f"{role.split(',')[0].split()[-1]} {parts[-1]}")
    return {normalize(x).casefold() for x in out}


@rule(
    "speaker-grounded",
    "error",
    "speakers occur in the article, their anonymity agrees with their name, and each attribution's speaker is a mention of its speaker",
)
def _speaker_grounded(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    by_id = {s.id: s for s in summary.speakers}
    for i, s in enumerate(summary.speakers):
        aliases = _aliases(s.name, s.role)
        # near the mentions first for every alias, the whole article only if none is there
        if not any(facts.occurs(alias, s.mentions, whole=False) for alias in aliases) and not any(
            alias in facts.folded for alias in aliases
        ):
            yield _finding(
                "speaker-grounded", f"speakers[{i}].name", f"{s.id} {s.name!r} does not occur in the article"
            )
        if s.anonymity == "named" and s.kind in ("person", "organization") and not re.search(r"[A-Z0-9]", s.name):
            yield _finding(
                "speaker-grounded",
                f"speakers[{i}].anonymity",
                f"{s.id} is marked named but {s.name!r} is no proper name",
            )
        if s.kind == "unnamed" and s.anonymity == "named":
            yield _finding(
                "speaker-grounded", f"speakers[{i}].anonymity", f"{s.id} is of kind unnamed but marked named"
            )
    mention_index: dict[str, SpanIndex] = {}
    for i, a in enumerate(summary.attributions):
        if a.speaker_id is None:
            continue
        speaker = by_id.get(a.speaker_id)
        if speaker is None:
            yield _finding(
                "speaker-grounded",
                f"attributions[{i}].speaker_id",
                f"{a.id} names speaker {a.speaker_id}, which is not in speakers",
            )
            continue
        if a.speaker_span is None or a.speaker is None:
            continue
        if speaker.id not in mention_index:
            mention_index[speaker.id] = SpanIndex(speaker.mentions)
        in_mentions = mention_index[speaker.id].overlaps(*a.speaker_span)
        written = normalize(a.speaker).casefold()
        if not in_mentions and not any(alias in written for alias in _aliases(speaker.name, speaker.role)):
            yield _finding(
                "speaker-grounded", f"attributions[{i}].speaker_id",
                f"{a.id} is said by {a.speaker!r} in the article, which is not a mention of {speaker.id} {speaker.name!r}",
                _in_range(a.speaker_span, facts.text),
            )  # fmt: skip


# ---------------------------------------------------------------- numbers

_QUALIFIER_CLASS = {"exact": "exact", "at_least": "at_least", "at_most": "at_most", "about": "about", "range": "range"}
_TEXT_NUMBER = re.compile(r"\d")


def _number_occurs(
    value: float, qualifier: str | None, facts: ArticleFacts, at: Span | None = None
) -> tuple[bool, bool]:
    """(the value occurs in the article, it occurs with this qualifier class)."""
    found = facts.numbers_by_value.get(value, [])
    if not found:
        return False, False
    if at is not None:
        # the occurrences at ``at`` (by bisect: they are in text order and apart), else all
        starts = facts.number_starts[value]
        here = found[bisect.bisect_left(starts, at[0]) : bisect.bisect_left(starts, at[1])]
        j = bisect.bisect_right(starts, at[0]) - 1
        while j >= 0 and found[j].span[1] > at[0]:  # one that starts at or before ``at`` and holds it
            here.append(found[j])
            j -= 1
        if here:
            return True, qualifier is None or any(n.qualifier == qualifier for n in here)
    return True, qualifier is None or qualifier in facts.qualifiers_by_value[value]


def _implicit_at(span: Span | None, value: float, facts: ArticleFacts) -> bool:
    """Does the article name ``value`` people without a number at ``span`` ("a man")?"""
    if span is None or not (0 <= span[0] < span[1] <= len(facts.text)):
        return False
    return implicit_count(facts.text[span[0] : span[1]]) == value


@lru_cache(maxsize=1024)
def _numbers_in(text: str) -> tuple[tuple[str, float, str, Span], ...]:
    """Numbers written in a headline or summary, with the qualifier class before them (cached:
    three rules ask)."""
    out = []
    for n in find_numbers(text, lowered=lower_same_length(text)):
        qualifier, _ = qualifier_before(text, n.span[0], 0)
        if _RANGE_NEXT.match(text, n.span[1]) or _BETWEEN_BEFORE.search(text, max(0, n.span[0] - 9), n.span[0]):
            qualifier = "range"
        out.append((n.text, n.value, qualifier, n.span))
    return tuple(out)


_RANGE_NEXT = re.compile(r"\s*(?:to|-|–|and)\s*\d")
_BETWEEN_BEFORE = re.compile(r"between\s+$", re.I)


@rule(
    "number-grounded",
    "error",
    "every number in headline, summary and figures occurs in the article, with the same qualifier class",
)
def _number_grounded(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    if summary.incident is not None:
        for i, f in enumerate(summary.incident.figures):
            occurs, same = _number_occurs(f.value, _QUALIFIER_CLASS[f.qualifier], facts, f.span)
            if not occurs and f.qualifier == "exact" and _implicit_at(f.span, f.value, facts):
                occurs = same = True  # "a man" counts one, "a man and a woman" two
            path = f"incident.figures[{i}]"
            if not occurs:
                yield _finding(
                    "number-grounded",
                    f"{path}.value",
                    f"figure value {f.value:g} does not occur in the article",
                    _in_range(f.span, facts.text),
                )
            elif not same and not (
                f.qualifier == "range"
                or (_number_occurs(f.value, "range", facts, f.span)[1] and f.qualifier == "exact")
            ):
                yield _finding(
                    "number-grounded",
                    f"{path}.qualifier",
                    f"figure {f.value:g} is {f.qualifier} but the article qualifies it otherwise",
                    _in_range(f.span, facts.text),
                )
            if f.value_max is not None and not _number_occurs(f.value_max, None, facts)[0]:
                yield _finding(
                    "number-grounded", f"{path}.value_max", f"value_max {f.value_max:g} does not occur in the article"
                )
    for field_name in ("headline", "summary"):
        text = getattr(summary, field_name)
        for written, value, qualifier, _ in _numbers_in(text):
            occurs, same = _number_occurs(value, qualifier, facts)
            if not occurs and _literal(written, facts):
                continue  # "750" cut from "$750 billion": written as in the article
            if not occurs:
                yield _finding("number-grounded", field_name, f"{written!r} does not occur in the article")
            elif not same and qualifier != "range":
                got = sorted({n.qualifier for n in facts.numbers_by_value.get(value, [])})
                yield _finding(
                    "number-grounded",
                    field_name,
                    f"{written!r} is {qualifier.replace('_', ' ')} here but {'/'.join(got).replace('_', ' ')} in the article",
                )


@rule(
    "figure-sum",
    "error",
    "per-location figures of one category and label sum to the stated total when all are exact; other qualifiers bound it",
)
def _figure_sum(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    if summary.incident is None:
        return
    figures = summary.incident.figures
    for b in summary.incident.breakdowns():
        if b.consistent is False:
            i = next(k for k, f in enumerate(figures) if f is b.total)
            yield _finding(
                "figure-sum", f"incident.figures[{i}].value",
                f"{len(b.parts)} per-location {b.total.label} figures sum to {b.parts_sum:g}, not the stated total {b.total.value:g}",
                _in_range(b.total.span, facts.text),
            )  # fmt: skip


# ---------------------------------------------------------------- places and time


@rule("location-grounded", "error", "every location occurs in the article, and every figure's location is one of them")
def _location_grounded(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    inc = summary.incident
    if inc is None:
        return
    names = {loc.name for loc in inc.locations}
    for i, loc in enumerate(inc.locations):
        if not facts.occurs(normalize(loc.name).casefold(), [loc.span]):
            yield _finding(
                "location-grounded", f"incident.locations[{i}].name", f"{loc.name!r} does not occur in the article"
            )
    for i, f in enumerate(inc.figures):
        if f.location is not None and f.location not in names:
            yield _finding(
                "location-grounded",
                f"incident.figures[{i}].location",
                f"figure location {f.location!r} is not among the incident's locations",
            )


_CLOCK_IN_TEXT = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?", re.I)


def _clocks(text: str) -> set[str]:
    out = set()
    for m in _CLOCK_IN_TEXT.finditer(text):
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        meridiem = (m.group(3) or "").lower().replace(".", "")
        if hour > 23 or minute > 59:
            continue
        if meridiem == "pm" and hour < 12:
            hour += 12
        elif meridiem == "am" and hour == 12:
            hour = 0
        out.add(f"{hour:02d}:{minute:02d}")
        if not meridiem and hour < 12:
            out.add(f"{hour + 12:02d}:{minute:02d}")
    if re.search(r"\bnoon\b", text, re.I):
        out.add("12:00")
    if re.search(r"\bmidnight\b", text, re.I):
        out.add("00:00")
    return out


@rule(
    "time-consistent",
    "error",
    "times and zone are stated in the article; start is before end unless the text says the window runs overnight",
)
def _time_consistent(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    inc = summary.incident
    if inc is None or inc.time is None:
        return
    t = inc.time
    source = t.text if normalize(t.text).casefold() in facts.folded else ""
    if not source:
        yield _finding("time-consistent", "incident.time.text", f"{t.text!r} does not occur in the article")
        return
    clocks = _clocks(source)
    for name in ("start", "end"):
        value = getattr(t, name)
        if value is not None and value not in clocks:
            yield _finding("time-consistent", f"incident.time.{name}", f"{name} {value} is not what {t.text!r} says")
    if (
        t.timezone
        and normalize(t.timezone).casefold() not in normalize(source).casefold()
        and t.timezone.casefold() not in facts.folded
    ):
        yield _finding(
            "time-consistent", "incident.time.timezone", f"time zone {t.timezone!r} is not stated in the article"
        )
    if t.start and t.end and t.end < t.start:
        overnight = re.search(
            r"\bovernight\b|\bnight\b|p\.?m\.?.*a\.?m\.?|midnight",
            source + " " + facts.text[max(0, (t.span or (0, 0))[0] - 200) : (t.span or (0, 0))[1] + 50],
            re.I,
        )
        if not overnight:
            yield _finding(
                "time-consistent",
                "incident.time",
                f"the window ends ({t.end}) before it starts ({t.start}) and the article does not say it runs overnight",
            )


@rule("date-grounded", "error", "the incident date is written in the article and its value is what the text says")
def _date_grounded(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    inc = summary.incident
    if inc is None or inc.date is None:
        return
    d = inc.date
    if normalize(d.text).casefold() not in facts.folded:
        yield _finding("date-grounded", "incident.date.text", f"{d.text!r} does not occur in the article")
        return
    if d.value is None:
        return
    from summarizer.text.segments import Sentence

    text = d.text
    parsed = find_dates(text, [Sentence(0, len(text), 0, 0)], summary.source.published)
    values = {m.value for m in parsed if m.value}
    if parsed and not values and not summary.source.published:
        yield _finding(
            "date-grounded",
            "incident.date.value",
            f"{d.text!r} is relative and no publication date is known to resolve it",
            severity="warning",
        )
    elif values and d.value not in values:
        yield _finding(
            "date-grounded",
            "incident.date.value",
            f"date value {d.value} is not what {d.text!r} says ({', '.join(sorted(values))})",
        )


# ---------------------------------------------------------------- status


@rule(
    "hedge-flagged",
    "error",
    "an attribution whose content or cue carries an uncertainty cue is not `attributed`, and a flag cites the cue",
)
def _hedge_flagged(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    for i, a in enumerate(summary.attributions):
        spans = [a.content_span] + ([a.cue_span] if a.cue_span else [])
        cues = [c for span in spans if _in_range(span, facts.text) for c in status_cues(facts.text, span)]
        if not cues:
            continue
        if a.status == "attributed":
            text, span = cues[0]
            yield _finding(
                "hedge-flagged", f"attributions[{i}].status", f"{a.id} carries {text!r} but is marked attributed", span
            )
            continue
        cited = SpanIndex(f.span for f in a.flags if f.span is not None)
        for text, span in cues:
            if not cited.overlaps(*span):
                yield _finding("hedge-flagged", f"attributions[{i}].flags", f"{a.id}: no flag cites {text!r}", span)


@rule("unverified-list", "error", "`unverified` lists exactly the attributions whose status is not attributed")
def _unverified_list(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    status = {a.id: a.status for a in summary.attributions}
    expected = [a.id for a in summary.attributions if a.status != "attributed"]
    listed, wanted = set(summary.unverified), set(expected)
    for missing in (x for x in expected if x not in listed):
        yield _finding("unverified-list", "unverified", f"{missing} is {status[missing]} but not listed")
    for extra in (x for x in summary.unverified if x not in wanted):
        why = "no such attribution" if extra not in status else "its status is attributed"
        yield _finding("unverified-list", "unverified", f"{extra} is listed but {why}")


# ---------------------------------------------------------------- headline and summary

_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"‘'])")
_REPORTING = re.compile(
    r"\b(?:says?|said|according to|claims?|claimed|reports?|reported|states?|stated|told|tells|adds?|added|"
    r"wrote|writes|tweeted|posted|found|finds|shows?|showed|shown|estimated|predicted|expects?|expected|"
    r"alleges?|alleged|denies|denied|insists?|insisted|warns?|warned|believes?|estimates?|argues?|argued|"
    r"notes?|noted|question(?:s|ed)?|emphasi[sz]ed?|raised|suggests?|suggested|announced?|confirms?|confirmed)\b",
    re.I,
)
_CONTENT_WORD = re.compile(r"[A-Za-z][\w'’-]{3,}")
_STOP = {"that", "this", "with", "from", "have", "been", "were", "their", "there", "which", "would", "could",
         "about", "after", "over", "into", "than", "they", "them", "said", "says", "also", "more", "what",
         "when", "where", "will", "some"}  # fmt: skip


@lru_cache(maxsize=4096)
def _content_words(text: str) -> frozenset[str]:
    return frozenset({w.lower() for w in _CONTENT_WORD.findall(normalize(text))} - _STOP)


def _sentences(text: str) -> list[str]:
    """Sentences of a headline or summary; a quote's own full stops do not end one."""
    out: list[str] = []
    for piece in _SENTENCE_SPLIT.split(text):
        if out and (_open_quotes(out[-1]) or _ends_in_abbreviation(out[-1], piece)):
            out[-1] += " " + piece
        else:
            out.append(piece)
    return out


_CLEAR_START = re.compile(r"(?:The|A|An|He|She|It|They|We|I|But|In|On)\b")


def _ends_in_abbreviation(previous: str, nxt: str) -> bool:
    """ "… estimates that Mrs." + "Clinton's plan …", "… at 10 p.m." + "March 16 …": one sentence."""
    previous = previous.rstrip()
    return previous.endswith(".") and is_abbreviation(previous, len(previous) - 1) and not _CLEAR_START.match(nxt)


def _open_quotes(text: str) -> bool:
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _names_source(sentence: str, a: Attribution, speakers: dict[str, Speaker]) -> bool:
    folded = normalize(sentence).casefold()
    if a.speaker and a.cue and normalize(a.speaker).casefold() in folded and normalize(a.cue).casefold() in folded:
        return True  # the article's own "They found …", copied with its source
    if not (_REPORTING.search(folded) or (a.cue and normalize(a.cue).casefold() in folded)):
        return False
    speaker = speakers.get(a.speaker_id) if a.speaker_id is not None else None
    candidates = set()
    if speaker is not None:
        candidates |= _aliases(speaker.name, speaker.role)
        candidates |= {w for w in _content_words(speaker.name)}
        if speaker.role:
            candidates |= _content_words(speaker.role)
    if a.speaker:
        candidates |= _content_words(a.speaker)
    return any(c and c in folded for c in candidates) or "according to" in folded


@rule(
    "summary-attributed",
    "error",
    "a headline or summary sentence that states an attributed figure or claim names its source",
)
def _summary_attributed(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    by_id = {a.id: a for a in summary.attributions}
    attributed_numbers: dict[float, Attribution] = {}
    if summary.incident is not None:
        for f in summary.incident.figures:
            if f.attribution_id in by_id:
                attributed_numbers.setdefault(f.value, by_id[f.attribution_id])
    claims = [(a, _content_words(a.content)) for a in summary.attributions]
    speakers: dict[str, Speaker] = {}
    for sp in summary.speakers:
        speakers.setdefault(sp.id, sp)  # the first with an id, as a scan finds it
    for field_name in ("headline", "summary"):
        for sentence in _sentences(getattr(summary, field_name)):
            words = _content_words(sentence)
            owners: list[Attribution] = [
                attributed_numbers[value] for _, value, _, _ in _numbers_in(sentence) if value in attributed_numbers
            ][:1]
            if not owners and len(words) >= 3:
                owners = [
                    a for a, cw in claims
                    if len(words & cw) >= 4 and len(words & cw) / max(1, len(cw)) >= 0.5
                ]  # fmt: skip
            if (
                owners
                and not any(_names_source(sentence, a, speakers) for a in owners)
                and not _writer_says(sentence, summary, facts)
            ):
                yield _finding(
                    "summary-attributed",
                    field_name,
                    f"states {owners[0].id}'s claim without naming its source: {_short(sentence)!r}",
                )


_MARKERS = re.compile(r"\s*(?:\(unverified\)|;\s*the claim is (?:disputed|not confirmed))?\.?\s*$")


def _writer_says(sentence: str, summary: IncidentSummary, facts: ArticleFacts) -> bool:
    """Is the sentence the article's own words outside every attribution (the writer says it)?"""
    core = normalize(_MARKERS.sub("", sentence)).casefold().rstrip(" .…")
    if len(core) < 12:
        return False
    pos = facts.folded.find(core)
    claims = SpanIndex(a.content_span for a in summary.attributions) if pos >= 0 else None
    while pos >= 0 and claims is not None:
        start = facts.norm_map[pos]
        if not claims.holds(start):
            return True
        pos = facts.folded.find(core, pos + 1)
    return False


_NAME_RUN = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z][\w'’-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’-]+)+)")


@rule("summary-grounded", "error", "names, places and numbers in headline and summary occur in the article")
def _summary_grounded(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    for field_name in ("headline", "summary"):
        text = getattr(summary, field_name)
        for m in _NAME_RUN.finditer(text):
            name = m.group(1)
            words = [w for w in name.split() if w[:1].isupper()]
            if not all(normalize(w).casefold().rstrip("'’s") in facts.folded for w in words):
                yield _finding("summary-grounded", field_name, f"name {name!r} does not occur in the article")
        for written, value, _, _ in _numbers_in(text):
            if not any(n.value == value for n in facts.numbers) and not _literal(written, facts):
                yield _finding("summary-grounded", field_name, f"number {written!r} does not occur in the article")


# ---------------------------------------------------------------- boilerplate


@rule("no-boilerplate", "error", "no output text comes from the boilerplate listed in source.removed")
def _no_boilerplate(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    removed = [r.span for r in summary.source.removed if _in_range(r.span, facts.text)]
    if not removed:
        return
    removed_index = SpanIndex(removed)
    for path, span in _output_spans(summary):
        if removed_index.overlaps(*span):
            yield _finding("no-boilerplate", path, "points into removed boilerplate", span)
    junk = facts.removed_shingles(removed)
    for field_name in ("headline", "summary"):
        shared = _shingles(normalize(getattr(summary, field_name), casefold=True)) & junk
        if shared:
            # words the article also says outside its boilerplate (a repeated title) are fine
            inside = [normalize(facts.text[s:e], casefold=True) for s, e in removed]
            shared = {run for run in shared if facts.folded.count(run) <= sum(x.count(run) for x in inside)}
        if shared:
            yield _finding("no-boilerplate", field_name, f"holds boilerplate text {min(shared)!r}")


def _shingles(folded: str, n: int = 3) -> set[str]:
    """Runs of ``n`` words (at least 12 characters), to find copied text fast."""
    words = re.findall(r"[\w'-]+", folded)
    runs = {" ".join(words[k : k + n]) for k in range(max(0, len(words) - n + 1))}
    return {r for r in runs if len(r) >= 12}


def _output_spans(summary: IncidentSummary) -> Iterator[tuple[str, Span]]:
    inc = summary.incident
    if inc is not None:
        for i, loc in enumerate(inc.locations):
            yield f"incident.locations[{i}].span", loc.span
        for i, f in enumerate(inc.figures):
            yield f"incident.figures[{i}].span", f.span
        if inc.time and inc.time.span:
            yield "incident.time.span", inc.time.span
        if inc.date and inc.date.span:
            yield "incident.date.span", inc.date.span
    for i, a in enumerate(summary.attributions):
        yield f"attributions[{i}].content_span", a.content_span
        if a.speaker_span:
            yield f"attributions[{i}].speaker_span", a.speaker_span
    for i, s in enumerate(summary.speakers):
        for j, m in enumerate(s.mentions):
            yield f"speakers[{i}].mentions[{j}]", m


# ---------------------------------------------------------------- prompt injection

_INJECTION = re.compile(
    r"\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+|the\s+|your\s+)*(?:previous|prior|above|earlier|preceding|system)\s+"
    r"(?:instructions?|prompts?|messages?|context|rules)\b|\b(?:you are|act as|pretend to be)\s+(?:now\s+)?(?:an?\s+)?"
    r"(?:AI|language model|LLM|assistant|chatbot)\b|\bsystem prompt\b|\bnote to (?:the )?(?:AI|LLM|model|assistant)\b",
    re.I,
)


_INJECTION_HINTS = ("ignore", "disregard", "forget", "override", "you are", "act as", "pretend", "prompt", "note to")


@rule("injection-warning", "warning", 'the article holds text addressed to an AI ("ignore previous instructions")')
def _injection(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    if not any(hint in facts.folded for hint in _INJECTION_HINTS):
        return  # the cheap test first: most articles hold none of these words
    for m in _INJECTION.finditer(facts.text):
        yield _finding(
            "injection-warning", "source", f"the article addresses an AI: {_short(m.group())!r}", (m.start(), m.end())
        )


def _literal(written: str, facts: ArticleFacts) -> bool:
    return re.search(rf"(?<![\w.]){re.escape(normalize(written).casefold())}(?![\w])", facts.folded) is not None


def _short(text: str, n: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


# ---------------------------------------------------------------- entry point


def check(summary: IncidentSummary, text: str, *, rules: Iterable[str] | None = None) -> CheckReport:
    """Run the checker rules on ``summary`` against the article ``text`` it was made from
    (for HTML, the page: the summary's own ``source.text`` is what its spans index)."""
    facts = article_facts(span_text_layer(summary, text), summary.source.format == "markdown")
    selected = [RULES[r] for r in rules] if rules is not None else list(RULES.values())
    findings: list[Finding] = []
    for r in selected:
        findings.extend(r.fn(summary, facts))
    return CheckReport(ok=not any(f.severity == "error" for f in findings), findings=findings)


def catalogue() -> list[tuple[str, str, str]]:
    """(id, severity, description) of every rule, for the README and `summarize check --rules`."""
    return [(r.id, r.severity, r.description) for r in RULES.values()]

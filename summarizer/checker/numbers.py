"""Rules on numbers: every number written occurs in the article with its qualifier, and parts sum
to their total."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache

from summarizer.checker.facts import ArticleFacts, bounded_at, is_word
from summarizer.checker.registry import finding, in_range, rule
from summarizer.schema import (
    Figure,
    Finding,
    IncidentSummary,
)
from summarizer.text.added_counts import ordinal_toll
from summarizer.text.base import (
    Span,
    lower_same_length,
    normalize,
)
from summarizer.text.implicit_counts import implicit_count_at
from summarizer.text.numbers import find_numbers, qualifier_before
from summarizer.text.regex import compiled


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
    return implicit_count_at(facts.text, span[0], span[1]) == value


def _ordinal_at(span: Span | None, value: float, facts: ArticleFacts) -> bool:
    """Does the article tell ``value`` dead by an ordinal at ``span``: "a second person (has
    died)" is two, the ordinal word ("second" … "tenth") the number written as a word?"""
    if span is None or not (0 <= span[0] < span[1] <= len(facts.text)):
        return False
    return ordinal_toll(facts.text[span[0] : span[1]]) == value


@lru_cache(maxsize=1024)
def numbers_in(text: str) -> tuple[tuple[str, float, str, Span], ...]:
    """Numbers written in a headline or summary, with the qualifier class before them (cached:
    three rules ask)."""
    out = []
    for n in find_numbers(text, lowered=lower_same_length(text)):
        qualifier, _ = qualifier_before(text, n.span[0], 0)
        if _RANGE_NEXT.match(text, n.span[1]) or _BETWEEN_BEFORE.search(text, max(0, n.span[0] - 9), n.span[0]):
            qualifier = "range"
        out.append((n.text, n.value, qualifier, n.span))
    return tuple(out)


_RANGE_NEXT = compiled(r"\s*(?:to|-|–|and)\s*\d")
_BETWEEN_BEFORE = compiled(r"between\s+$", re.I)


@rule(
    "number-grounded",
    "error",
    "every number in headline, summary and figures occurs in the article, with the same qualifier class",
)
def _number_grounded(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    if summary.incident is not None:
        for i, f in enumerate(summary.incident.figures):
            occurs, same = _number_occurs(f.value, f.qualifier, facts, f.span)
            # (asked only when the number's own occurrence leaves the figure short: it can add nothing else)
            if f.qualifier == "exact" and not (occurs and same) and _implicit_at(f.span, f.value, facts):
                occurs = same = True  # "a man" counts one, "a man and a woman" two
            if f.category == "killed" and f.qualifier == "exact" and not occurs and _ordinal_at(f.span, f.value, facts):
                occurs = same = True  # "a third victim died": three dead
            path = f"incident.figures[{i}]"
            if not occurs:
                yield finding(
                    "number-grounded",
                    f"{path}.value",
                    f"figure value {f.value:g} does not occur in the article",
                    in_range(f.span, facts.text),
                )
            elif not same and not (
                f.qualifier == "range"
                or (_number_occurs(f.value, "range", facts, f.span)[1] and f.qualifier == "exact")
            ):
                yield finding(
                    "number-grounded",
                    f"{path}.qualifier",
                    f"figure {f.value:g} is {f.qualifier} but the article qualifies it otherwise",
                    in_range(f.span, facts.text),
                )
            if f.value_max is not None and not _number_occurs(f.value_max, None, facts)[0]:
                yield finding(
                    "number-grounded", f"{path}.value_max", f"value_max {f.value_max:g} does not occur in the article"
                )
    for field_name in ("headline", "summary"):
        text = getattr(summary, field_name)
        for written, value, qualifier, _ in numbers_in(text):
            occurs, same = _number_occurs(value, qualifier, facts)
            if not occurs and literal(written, facts):
                continue  # "750" cut from "$750 billion": written as in the article
            if not occurs:
                yield finding("number-grounded", field_name, f"{written!r} does not occur in the article")
            elif not same and qualifier != "range":
                got = sorted({n.qualifier for n in facts.numbers_by_value.get(value, [])})
                yield finding(
                    "number-grounded",
                    field_name,
                    f"{written!r} is {qualifier.replace('_', ' ')} here but {'/'.join(got).replace('_', ' ')} in the article",
                )


@rule(
    "figure-sum",
    "error",
    'per-location figures of one category and label do not sum to more than the stated total (an "up to" '
    "total bounds the sum); short of an exact total they are a partial breakdown (a warning)",
)
def _figure_sum(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    if summary.incident is None:
        return
    figures = summary.incident.figures
    for b in summary.incident.breakdowns():
        if b.consistent is not False:
            continue
        i = next(k for k, f in enumerate(figures) if f is b.total)
        span = in_range(b.total.span, facts.text)
        parts = f"{len(b.parts)} per-location {b.total.label} figures sum to {b.parts_sum:g}"
        if b.exact and b.parts_sum < b.total.value:
            # "27 killed, 12 of them in Dadu": the article need not place every one
            yield finding(
                "figure-sum", f"incident.figures[{i}].value",
                f"{parts} of the stated total {b.total.value:g}: a partial breakdown", span, severity="warning",
            )  # fmt: skip
        else:
            # more than the total: one of them is wrong, and the checker cannot tell which, so the
            # error names the list and no figure is pruned for it
            yield finding(
                "figure-sum", "incident.figures",
                f"{parts}, more than the stated total {figure_text(b.total)}", span,
            )  # fmt: skip


def figure_text(f: Figure) -> str:
    return f"{f.value:g}" if f.value_max is None else f"{f.value:g} to {f.value_max:g}"


def literal(written: str, facts: ArticleFacts) -> bool:
    # the folded text holds it, not within a word or a number: (?<![\w.])written(?!\w)
    needle, folded = normalize(written).casefold(), facts.folded
    return bounded_at(
        folded,
        needle,
        lambda at: (
            not (is_word(folded, at - 1) or (at > 0 and folded[at - 1] == ".") or is_word(folded, at + len(needle)))
        ),
    )

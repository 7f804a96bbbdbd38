"""Rules on where and when: locations, the time window and the date are what the article says."""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer.checker.facts import ArticleFacts
from summarizer.checker.registry import finding, rule
from summarizer.schema import (
    Finding,
    IncidentSummary,
)
from summarizer.text.base import (
    normalize,
)
from summarizer.text.regex import compiled, guarded
from summarizer.text.segments import Sentence
from summarizer.text.timeplace import find_dates


@rule("location-grounded", "error", "every location occurs in the article, and every figure's location is one of them")
def _location_grounded(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    inc = summary.incident
    if inc is None:
        return
    names = {loc.name for loc in inc.locations}
    for i, loc in enumerate(inc.locations):
        if not facts.occurs(normalize(loc.name).casefold(), [loc.span]):
            yield finding(
                "location-grounded", f"incident.locations[{i}].name", f"{loc.name!r} does not occur in the article"
            )
    for i, f in enumerate(inc.figures):
        if f.location is not None and f.location not in names:
            yield finding(
                "location-grounded",
                f"incident.figures[{i}].location",
                f"figure location {f.location!r} is not among the incident's locations",
            )


_CLOCK_IN_TEXT = guarded(r"(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?", re.I)


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
    if _NOON.search(text):
        out.add("12:00")
    if _MIDNIGHT.search(text):
        out.add("00:00")
    return out


_NOON = compiled(r"\bnoon\b", re.I)
_MIDNIGHT = compiled(r"\bmidnight\b", re.I)
_OVERNIGHT = compiled(r"\bovernight\b|\bnight\b|p\.?m\.?.*a\.?m\.?|midnight", re.I)


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
        yield finding("time-consistent", "incident.time.text", f"{t.text!r} does not occur in the article")
        return
    clocks = _clocks(source)
    for name in ("start", "end"):
        value = getattr(t, name)
        if value is not None and value not in clocks:
            yield finding("time-consistent", f"incident.time.{name}", f"{name} {value} is not what {t.text!r} says")
    if (
        t.timezone
        and normalize(t.timezone).casefold() not in normalize(source).casefold()
        and t.timezone.casefold() not in facts.folded
    ):
        yield finding(
            "time-consistent", "incident.time.timezone", f"time zone {t.timezone!r} is not stated in the article"
        )
    if t.start and t.end and t.end < t.start:
        overnight = _OVERNIGHT.search(
            source + " " + facts.text[max(0, (t.span or (0, 0))[0] - 200) : (t.span or (0, 0))[1] + 50]
        )
        if not overnight:
            yield finding(
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
        yield finding("date-grounded", "incident.date.text", f"{d.text!r} does not occur in the article")
        return
    if d.value is None:
        return
    text = d.text
    parsed = find_dates(text, [Sentence(0, len(text), 0, 0)], summary.source.published)
    values = {m.value for m in parsed if m.value}
    if parsed and not values and not summary.source.published:
        yield finding(
            "date-grounded",
            "incident.date.value",
            f"{d.text!r} is relative and no publication date is known to resolve it",
            severity="warning",
        )
    elif values and d.value not in values:
        yield finding(
            "date-grounded",
            "incident.date.value",
            f"date value {d.value} is not what {d.text!r} says ({', '.join(sorted(values))})",
        )

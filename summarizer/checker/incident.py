"""Rules on what happened: the incident's type and category, and each figure's category and
label, are what the article's words say (the trigger words of ``text/category_triggers.py``)."""

from __future__ import annotations

from collections.abc import Iterator

from summarizer.checker.facts import ArticleFacts, plain_words, stem, stems_of, triggers_of
from summarizer.checker.registry import finding, in_range, rule, short
from summarizer.schema import (
    Figure,
    Finding,
    IncidentSummary,
)
from summarizer.text.base import Span
from summarizer.text.category_triggers import FIGURE_TRIGGERS, INCIDENT_TRIGGERS
from summarizer.text.incident_types import ALL_INCIDENT_TYPES
from summarizer.text.lexicon import VERB_FORMS

# how far back a count without its noun may find what it counts (a paragraph or two)
_ANAPHORA_REACH = 600
# a type that says nothing the article could contradict
_GENERIC_TYPES = frozenset({"", "incident", "other", "event"})
# label words any count of people may carry ("people killed" for "two men were killed")
_GENERIC_LABEL = frozenset({"people", "persons", "total", "confirmed", "reported", "others", "number", "besides"})


def _category_found(category: str, facts: ArticleFacts) -> bool:
    """A trigger word of the category in the article, or a lexicon pattern of it ("collided")."""
    triggers = INCIDENT_TRIGGERS.get(category)
    if triggers is None or triggers_of(triggers).in_text(facts.stems, facts.lowered):
        return True
    return any(c == category and facts.matches_type(kind) for kind, c, _ in ALL_INCIDENT_TYPES)


def _type_word_found(word: str, facts: ArticleFacts) -> bool:
    if word in facts.words or stem(word) in facts.stems:
        return True
    # a category's name ("killed", "shooting") stands for its trigger words
    triggers = FIGURE_TRIGGERS.get(word) or INCIDENT_TRIGGERS.get(word)
    return triggers is not None and triggers_of(triggers).in_text(facts.stems, facts.lowered)


@rule(
    "incident-grounded",
    "error",
    "the incident type's words occur in the article (or its lexicon pattern matches), a trigger word of the "
    "incident category occurs in it, and each figure's category and label are stated around its number",
)
def _incident_grounded(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    inc = summary.incident
    if inc is None:
        return
    kind = inc.type.strip().casefold()
    if kind not in _GENERIC_TYPES:
        absent = [w for w in plain_words(inc.type) if not _type_word_found(w, facts)]
        if absent and not facts.matches_type(kind):  # the patterns only when the words fail
            yield finding(
                "incident-grounded", "incident.type", f"type {inc.type!r}: {', '.join(absent)} not in the article"
            )
    if not _category_found(inc.category, facts):
        yield finding(
            "incident-grounded", "incident.category", f"category {inc.category!r}: no word of it in the article"
        )
    for i, f in enumerate(inc.figures):
        yield from _figure_problems(i, f, facts)


def _window(span: Span, facts: ArticleFacts) -> str:
    """The lower-cased text of ``facts.window(span)``."""
    lo, hi = facts.window(span)
    return facts.lowered[lo:hi]


def _figure_problems(i: int, f: Figure, facts: ArticleFacts) -> Iterator[Finding]:
    span = in_range(f.span, facts.text)
    if span is None:
        return  # span-valid reports it
    near = facts.window_stems(span)
    words = FIGURE_TRIGGERS.get(f.category)
    triggers = triggers_of(words) if words is not None else None
    # ``triggers.in_text(near, window)``, the window cut only when no single word's stem is near
    if triggers is not None and triggers.stems.isdisjoint(near) and not triggers.in_text(near, _window(span, facts)):
        yield finding(
            "incident-grounded",
            f"incident.figures[{i}].category",
            f"figure {f.text or f.value!r} is {f.category!r}, but no word near it says so",
            span,
        )
    own = triggers.stems if triggers else frozenset()
    absent = [
        w
        for w in plain_words(f.label)
        if w not in _GENERIC_LABEL
        and not any(stem(form) in near for form in VERB_FORMS.get(w, (w,)))  # "people shot", "the shooting of"
        and stem(w) not in own
    ]
    if absent:
        # a count without its noun ("nine were intercepted") counts what the text named before
        before = stems_of(facts.lowered[max(0, span[0] - _ANAPHORA_REACH) : span[0]])
        absent = [w for w in absent if stem(w) not in before]
    if absent:
        yield finding(
            "incident-grounded",
            f"incident.figures[{i}].label",
            f"figure {f.text or f.value!r} labelled {short(f.label, 40)!r}: {', '.join(absent)} not near it",
            span,
        )

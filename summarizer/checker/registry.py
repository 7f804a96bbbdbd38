"""The rule registry: each rule a pure function ``(summary, facts) -> Iterable[Finding]``
registered with an id, a severity and a description."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from types import ModuleType

from summarizer.checker.facts import ArticleFacts
from summarizer.schema import (
    Finding,
    IncidentSummary,
    Severity,
)
from summarizer.text.base import (
    Span,
)

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


def finding(
    rule_id: str, path: str, message: str, span: Span | None = None, severity: Severity | None = None
) -> Finding:
    return Finding(rule=rule_id, severity=severity or RULES[rule_id].severity, path=path, message=message, span=span)


def in_range(span: Span | None, text: str) -> Span | None:
    return span if span is not None and 0 <= span[0] <= span[1] <= len(text) else None


def short(text: str, n: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def in_order(*modules: ModuleType) -> None:
    """Reorder ``RULES`` by the modules that define them, in the order given (each module's
    rules in the order they are written)."""
    rank = {m.__name__: i for i, m in enumerate(modules)}
    ordered = sorted(RULES.values(), key=lambda r: rank.get(r.fn.__module__, len(rank)))
    RULES.clear()
    RULES.update((r.id, r) for r in ordered)

"""The rule-based checker: small pure rules ``(summary, article) -> Iterable[Finding]`` kept in a
registry with ids; ``check()`` runs them all. Findings are data, never exceptions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from summarizer.schema import CheckReport, Finding, IncidentSummary, span_problems, span_text_layer

RuleFn = Callable[[IncidentSummary, str], Iterable[Finding]]


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    severity: str
    description: str
    fn: RuleFn


RULES: dict[str, Rule] = {}


def rule(id: str, severity: str, description: str) -> Callable[[RuleFn], RuleFn]:
    def register(fn: RuleFn) -> RuleFn:
        RULES[id] = Rule(id, severity, description, fn)
        return fn

    return register


@rule("span-valid", "error", "every span is in range and slices to its field's text")
def _span_valid(summary: IncidentSummary, text: str) -> Iterator[Finding]:
    for path, span, message in span_problems(summary, text):
        in_range = span is not None and 0 <= span[0] <= span[1] <= len(text)
        yield Finding(rule="span-valid", severity="error", path=path, message=message, span=span if in_range else None)


@rule("unverified-list", "error", "`unverified` lists exactly the attributions whose status is not attributed")
def _unverified_list(summary: IncidentSummary, text: str) -> Iterator[Finding]:
    expected = [a.id for a in summary.attributions if a.status != "attributed"]
    listed = list(summary.unverified)
    for missing in (x for x in expected if x not in listed):
        yield Finding(
            rule="unverified-list",
            severity="error",
            path="unverified",
            message=f"{missing} is {next(a.status for a in summary.attributions if a.id == missing)} but not listed",
        )
    known = {a.id: a.status for a in summary.attributions}
    for extra in (x for x in listed if x not in expected):
        why = "no such attribution" if extra not in known else "its status is attributed"
        yield Finding(
            rule="unverified-list", severity="error", path="unverified", message=f"{extra} is listed but {why}"
        )


def check(summary: IncidentSummary, text: str, *, rules: Iterable[str] | None = None) -> CheckReport:
    """Run the checker rules on ``summary`` against the article ``text`` it was made from."""
    layer = span_text_layer(summary, text)
    selected = [RULES[r] for r in rules] if rules is not None else list(RULES.values())
    findings: list[Finding] = []
    for r in selected:
        findings.extend(r.fn(summary, layer))
    return CheckReport(ok=not any(f.severity == "error" for f in findings), findings=findings)

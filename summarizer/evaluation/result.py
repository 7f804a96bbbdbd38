"""The figures of one task over one gold file (``EvalResult``), as JSON or a text table, with
the mismatches kept for error analysis."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from summarizer.schema import ReportKind

KINDS: tuple[ReportKind, ...] = ("speech", "belief", "evidence", "stance")


@dataclass
class EvalResult:
    """Metrics of one task over one gold file, with the mismatches for error analysis."""

    task: str
    model: str
    gold: str
    items: int
    metrics: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    chars: int = 0
    failures: int = 0
    mismatches: list[dict[str, Any]] = field(default_factory=list)
    # attribution --by-pattern: pattern id -> predicted, matched, precision, gold_share
    by_pattern: dict[str, dict[str, float]] = field(default_factory=dict)
    kinds: list[str] = field(default_factory=list)  # attribution: the kinds of attribution scored

    @property
    def ms_per_item(self) -> float:
        return 1000 * self.seconds / self.items if self.items else 0.0

    @property
    def mean_chars(self) -> int:
        return round(self.chars / self.items) if self.items else 0

    def as_dict(self) -> dict[str, Any]:
        out = {
            "task": self.task, "model": self.model, "gold": self.gold, "items": self.items,
            "metrics": {k: round(v, 4) for k, v in self.metrics.items()}, "counts": self.counts,
            "failures": self.failures, "ms_per_item": round(self.ms_per_item, 2),
            "mean_chars": self.mean_chars,
        }  # fmt: skip
        if self.kinds:
            out["kinds"] = self.kinds
        if self.by_pattern:
            out["by_pattern"] = {
                pid: {k: round(v, 4) if isinstance(v, float) else v for k, v in row.items()}
                for pid, row in self.by_pattern.items()
            }
        return out

    def json_line(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, sort_keys=False)

    def table(self) -> str:
        rows = [(name, f"{value:.3f}") for name, value in self.metrics.items()]
        rows += [(name, str(value)) for name, value in self.counts.items()]
        rows.append(("failures", str(self.failures)))
        rows.append(("ms per item", f"{self.ms_per_item:.2f}"))
        if self.chars:
            rows.append(("mean characters", str(self.mean_chars)))
        width = max(len(r[0]) for r in rows)
        head = f"{self.task} · {self.model} · {self.items} items from {self.gold}"
        lines = [head, "-" * len(head)]
        if self.kinds:
            every = list(self.kinds) == list(KINDS)
            lines.append(
                "scored: attributions of every kind"
                if every
                else f"scored: {', '.join(self.kinds)} attributions (all_kinds_*: every kind)"
            )
        lines += [f"{name:<{width}}  {value:>8}" for name, value in rows]
        if self.by_pattern:
            lines += ["", *pattern_table(self.by_pattern)]
        return "\n".join(lines)


def pattern_table(by_pattern: dict[str, dict[str, float]]) -> list[str]:
    """The per-pattern figures as text rows, in the registry's priority order."""
    width = max(len("pattern"), *(len(pid) for pid in by_pattern))
    lines = [f"{'pattern':<{width}}  {'predicted':>9}  {'matched':>7}  {'precision':>9}  {'gold found':>10}"]
    for pid, row in by_pattern.items():
        lines.append(
            f"{pid:<{width}}  {row['predicted']:>9.0f}  {row['matched']:>7.0f}  {row['precision']:>9.3f}"
            f"  {row['gold_share']:>10.3f}"
        )
    return lines

"""The batch's Markdown report (report.md): the output folder as it now stands and the last run,
from the running counts a batch keeps (``Totals``)."""

from __future__ import annotations

import collections
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Totals:
    """What the report needs, kept as running counts: memory does not grow with the batch."""

    discovered: int = 0
    done: int = 0
    skipped: int = 0
    failed: int = 0
    duplicates: int = 0
    not_retried: int = 0  # failed in an earlier run on the same content; --retry-failed redoes them
    warnings: int = 0
    attributions: int = 0
    unverified: int = 0
    disputed: int = 0
    check_errors: int = 0
    check_warnings: int = 0
    requests: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0
    cost_known: bool = True
    findings: collections.Counter[str] = field(default_factory=collections.Counter)
    errors_by_kind: collections.Counter[str] = field(default_factory=collections.Counter)
    seconds: float = 0.0


def render_report(folder: Totals, run: Totals, *, in_dir: Path, out_dir: Path, model: str, interrupted: bool) -> str:
    """report.md: ``folder`` counts every article summarised so far, ``run`` this run alone."""
    t = folder
    rate = run.done / run.seconds if run.seconds else 0.0
    lines = [
        "# Batch report",
        "",
        f"- Input: `{in_dir}` ({t.discovered} article files); output: `{out_dir}`; model `{model}`",
        f"- Summarized: {t.done}; failed: {t.failed}; duplicates: {t.duplicates}"
        + ("; **the last run was interrupted**: run it again to finish" if interrupted else ""),
        f"- This run: {run.done} summarized, {run.skipped} already done, {run.failed} failed in {run.seconds:.1f} s "
        f"({rate:.1f} articles/s); {run.requests} requests, {run.input_tokens + run.output_tokens} tokens",
        f"- Attributions: {t.attributions}; unverified or disputed: {t.unverified} (disputed: {t.disputed})",
        f"- Checker: {t.check_errors} errors, {t.check_warnings} warnings",
        f"- Requests: {t.requests}; tokens in/out: {t.input_tokens}/{t.output_tokens}; cost: "
        + (f"${t.cost_usd:.4f}" if t.cost_known else "unknown (a model without a price)"),
        "",
    ]
    if t.findings:
        lines += ["## Checker findings by rule", "", "| rule | count |", "|---|---:|"]
        lines += [f"| {rule} | {n} |" for rule, n in t.findings.most_common()]
        lines.append("")
    if t.errors_by_kind:
        lines += ["## Failures by kind (details in errors.jsonl)", "", "| kind | count |", "|---|---:|"]
        lines += [f"| {kind} | {n} |" for kind, n in t.errors_by_kind.most_common()]
        lines.append("")
    return "\n".join(lines)

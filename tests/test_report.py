"""The batch's report.md, byte for byte, from the totals alone."""

from __future__ import annotations

import collections
from pathlib import Path

import pytest

from summarizer.render.report import Totals, render_report

FOLDER = Totals(
    discovered=9, done=7, failed=1, duplicates=1, attributions=20, unverified=4, disputed=1, check_errors=2,
    check_warnings=3, requests=12, input_tokens=9000, output_tokens=3000, cost_usd=0.0123,
    findings=collections.Counter({"speaker-consistent (warning)": 3, "number-grounded (error)": 2}),
    errors_by_kind=collections.Counter({"timeout": 1}),
)  # fmt: skip
RUN = Totals(done=2, skipped=5, failed=1, seconds=4.0, requests=3, input_tokens=900, output_tokens=300)

FULL = """# Batch report

- Input: `articles` (9 article files); output: `out`; model `openai:gpt-4.1-mini`
- Summarized: 7; failed: 1; duplicates: 1; **the last run was interrupted**: run it again to finish
- This run: 2 summarized, 5 already done, 1 failed in 4.0 s (0.5 articles/s); 3 requests, 1200 tokens
- Attributions: 20; unverified or disputed: 4 (disputed: 1)
- Checker: 2 errors, 3 warnings
- Requests: 12; tokens in/out: 9000/3000; cost: $0.0123

## Checker findings by rule

| rule | count |
|---|---:|
| speaker-consistent (warning) | 3 |
| number-grounded (error) | 2 |

## Failures by kind (details in errors.jsonl)

| kind | count |
|---|---:|
| timeout | 1 |
"""

BARE = """# Batch report

- Input: `articles` (0 article files); output: `out`; model `rules`
- Summarized: 0; failed: 0; duplicates: 0
- This run: 0 summarized, 0 already done, 0 failed in 0.0 s (0.0 articles/s); 0 requests, 0 tokens
- Attributions: 0; unverified or disputed: 0 (disputed: 0)
- Checker: 0 errors, 0 warnings
- Requests: 0; tokens in/out: 0/0; cost: unknown (a model without a price)
"""


@pytest.mark.parametrize(
    ("folder", "run", "model", "interrupted", "expected"),
    [
        (FOLDER, RUN, "openai:gpt-4.1-mini", True, FULL),
        (Totals(cost_known=False), Totals(), "rules", False, BARE),
    ],
    ids=["full", "bare"],
)
def test_report(folder: Totals, run: Totals, model: str, interrupted: bool, expected: str) -> None:
    report = render_report(
        folder, run, in_dir=Path("articles"), out_dir=Path("out"), model=model, interrupted=interrupted
    )
    assert report == expected

"""The offline model on every development set in ../shared/data, whole and in two halves by id
(records sorted by id as text; the first half is A, the rest B), as the README reports them.
Prints figures only, no article text.

    python benchmarks/eval_halves.py [DATA_DIR] [--json]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from summarizer.evaluation import evaluate, halves, load_gold

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SETS = [  # (task, file, the metrics reported)
    ("attribution", "attribution_dev.jsonl", ["content_f1", "overlap_f1", "speaker_accuracy"]),
    # GGT annotates quotations only: scored on speech attributions (the evaluation's default for a
    # gold set that resolves its speakers), with the figures over every kind besides
    ("attribution", "attribution_ggt_dev.jsonl",
     ["content_f1", "overlap_f1", "overlap_precision", "overlap_recall", "speaker_accuracy",
      "resolved_speaker_accuracy", "all_kinds_content_f1", "all_kinds_overlap_f1",
      "all_kinds_overlap_precision"]),
    ("incidents", "incidents_dev.jsonl", ["killed_accuracy", "injured_accuracy", "date_accuracy", "address_found", "street_precision"]),
    ("incidents", "incidents_gvdb_dev.jsonl",
     ["killed_accuracy", "injured_accuracy", "date_accuracy", "address_found", "street_precision", "city_found"]),
    ("hedges", "hedges_dev.jsonl", ["sentence_f1", "cue_f1"]),
    # the casualty and date rules are written on its halves: a development set, the nearest to
    # GVA's held-out articles (the same corpus), not a test
    ("incidents", "incidents_train.jsonl", ["killed_accuracy", "injured_accuracy", "date_accuracy", "address_found", "street_precision"]),
]  # fmt: skip


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    data = Path(args[0]) if args else DATA
    rows: list[dict[str, Any]] = []
    for task, name, keys in SETS:
        path = data / name
        if not path.exists():
            print(f"{path} is absent", file=sys.stderr)
            continue
        records = load_gold(task, path)
        a, b = halves(records)
        parts = {"all": records, "A": a, "B": b}
        figures = {k: evaluate(task, recs, model="rules").metrics for k, recs in parts.items()}
        for key in keys:
            rows.append({"set": name, "metric": key, **{k: round(m[key], 3) for k, m in figures.items()},
                         "n": len(records)})  # fmt: skip
    if "--json" in sys.argv:
        print(json.dumps(rows))
        return
    print("| set | metric | all | half A | half B | A - B |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['set']} ({r['n']}) | {r['metric']} | {r['all']:.3f} | {r['A']:.3f} | {r['B']:.3f} | {r['A'] - r['B']:+.3f} |"
        )


if __name__ == "__main__":
    main()

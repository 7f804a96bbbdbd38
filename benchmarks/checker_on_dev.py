"""Run the offline model over the dev articles in ../shared/data and count the checker's
findings by rule and severity. Prints figures only (no article text).

    python benchmarks/checker_on_dev.py [DATA_DIR]
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

from summarizer import summarize

DATA = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data"


def main() -> None:
    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    articles = clean = 0
    for name in ("attribution_dev.jsonl", "incidents_dev.jsonl"):
        path = DATA / name
        if not path.exists():
            print(f"{path} is absent")
            continue
        for line in path.open(encoding="utf-8"):
            record = json.loads(line)
            published = record.get("publish_date") or record.get("publication_date")
            published = published[:10] if published else None
            result = summarize(record["text"], model="rules", published=published)
            articles += 1
            clean += result.check.ok
            for f in result.check.findings:
                counts[(f.rule, f.severity)] += 1
    errors = sum(v for (_, sev), v in counts.items() if sev == "error")
    warnings = sum(v for (_, sev), v in counts.items() if sev == "warning")
    print(f"{articles} dev articles: {clean} with no checker error; {errors} errors, {warnings} warnings in all")
    for (rule, severity), n in counts.most_common():
        print(f"  {rule:20} {severity:8} {n}")


if __name__ == "__main__":
    main()

"""Checker benchmark: median time of `check(summary, text)` on a ~5 KB article with about 20
attributions, article facts computed afresh each time (cold) and reused (warm). One core.

    python benchmarks/bench_checker.py [ARTICLE]
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_offline import DEFAULT, five_kb

from summarizer import check, summarize
from summarizer.checker import RULES, _content_words, _status_cues, article_facts


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    text = five_kb(source.read_text(encoding="utf-8"))
    summary = summarize(text, model="rules")
    print(f"article: {len(text.encode()):,} bytes, {len(summary.attributions)} attributions, "
          f"{len(summary.incident.figures) if summary.incident else 0} figures, {len(RULES)} rules")  # fmt: skip
    for label, clear in (("cold (article facts computed)", True), ("warm (article facts cached)", False)):
        times = []
        for _ in range(300):
            if clear:
                article_facts.cache_clear()
                _status_cues.cache_clear()
                _content_words.cache_clear()
            t0 = time.perf_counter()
            check(summary, text)
            times.append(time.perf_counter() - t0)
        print(f"check() {label}: median {statistics.median(times) * 1000:.2f} ms, "
              f"p90 {sorted(times)[int(len(times) * 0.9)] * 1000:.2f} ms")  # fmt: skip
    per_rule = {}
    facts = article_facts(text)
    for rule in RULES.values():
        t0 = time.perf_counter()
        for _ in range(200):
            list(rule.fn(summary, facts))
        per_rule[rule.id] = (time.perf_counter() - t0) / 200 * 1000
    print("per rule (warm):", ", ".join(f"{k} {v:.3f} ms" for k, v in sorted(per_rule.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()

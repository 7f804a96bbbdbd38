"""Checker benchmark: median time of `check(summary, text)` on a ~5 KB article with about 20
attributions, article facts computed afresh each time (cold) and reused (warm). One core.

    python benchmarks/bench_checker.py [ARTICLE]
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from summarizer import check, summarize
from summarizer.checker import RULES, article_facts, echo
from summarizer.checker import summary as prose_rules
from summarizer.checker.facts import _status_cues, plain_words, stem, stems_of, words_of
from summarizer.checker.numbers import numbers_in
from summarizer.checker.summary import _content_words
from summarizer.text.base import _lower_long


def main() -> None:
    # the repo's example article, its reporting paragraphs repeated until about 20 attributions,
    # then padded to ~5 KB with plain prose from the op-ed fixture
    root = Path(__file__).resolve().parents[1]
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else root / "examples" / "article.txt"
    paras = source.read_text(encoding="utf-8").split("\n\n")
    body, tail = paras[:-4], paras[-4:]
    prose = (root / "tests" / "fixtures" / "articles" / "op_ed.txt").read_text(encoding="utf-8").split("\n\n")[1:]
    i = 0
    while len(summarize("\n\n".join(body + tail), model="rules").attributions) < 20:
        body.append(paras[2 + i % (len(paras) - 6)])
        i += 1
    while len("\n\n".join(body + tail).encode()) < 5000:
        body.append(prose[i % len(prose)])
        i += 1
    text = "\n\n".join(body + tail)
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
                numbers_in.cache_clear()
                for cached in (
                    plain_words,
                    stem,
                    stems_of,
                    words_of,
                    echo._echo_in,
                    _lower_long,
                    prose_rules._reported,
                    prose_rules._capitalised,
                ):
                    cached.cache_clear()
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

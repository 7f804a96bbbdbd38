"""Run the offline model over the dev articles in ../shared/data and count the checker's
findings by rule and severity, on its output as made (false alarms of the rules) and after the
prune that removes what fails; and the share of each headline and summary sentence's content
words found in the article, at a few thresholds. Prints figures only (no article text).

    python benchmarks/checker_on_dev.py [DATA_DIR]
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

from summarizer.assembly import Assembled, assemble, prune_failed
from summarizer.checker.facts import article_facts, plain_words, stem
from summarizer.checker.summary import _sentences
from summarizer.ingest import load_article
from summarizer.rules.model import extract

DATA = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data"
THRESHOLDS = (0.34, 0.5, 0.67)


def main() -> None:
    made: collections.Counter[tuple[str, str]] = collections.Counter()
    kept: collections.Counter[tuple[str, str]] = collections.Counter()
    below: collections.Counter[float] = collections.Counter()
    articles = clean_made = clean_kept = sentences = 0
    for name in ("attribution_dev.jsonl", "incidents_dev.jsonl"):
        path = DATA / name
        if not path.exists():
            print(f"{path} is absent")
            continue
        for line in path.open(encoding="utf-8"):
            record = json.loads(line)
            published = record.get("publish_date") or record.get("publication_date")
            article = load_article(record["text"], published=published[:10] if published else None)

            def assembled(content: dict[str, object], article: object = article) -> object:
                return assemble(article, content, model="rules", backend="rules")  # type: ignore[arg-type]

            content = extract(article)
            raw = assemble(article, content, model="rules", backend="rules")
            final = prune_failed(article, Assembled(content, [], [], raw), assembled).summary  # type: ignore[arg-type]
            articles += 1
            clean_made += raw.check.ok
            clean_kept += final.check.ok
            made.update((f.rule, f.severity) for f in raw.check.findings)
            kept.update((f.rule, f.severity) for f in final.check.findings)
            facts = article_facts(article.text)
            for text in (raw.headline, raw.summary):
                for sentence in _sentences(text):
                    words = plain_words(sentence)
                    if len(words) < 2:
                        continue
                    sentences += 1
                    found = sum(w in facts.words or stem(w) in facts.stems for w in words)
                    below.update(t for t in THRESHOLDS if found / len(words) < t and len(words) - found >= 2)
    for label, counts, ok in (("as made", made, clean_made), ("after prune", kept, clean_kept)):
        errors = sum(v for (_, sev), v in counts.items() if sev == "error")
        warnings = sum(v for (_, sev), v in counts.items() if sev == "warning")
        print(f"{articles} dev articles, {label}: {ok} with no checker error; {errors} errors, {warnings} warnings")
        for (rule, severity), n in counts.most_common():
            print(f"  {rule:20} {severity:8} {n}")
    print(f"{sentences} headline/summary sentences of two content words or more; found in the article below:")
    for t in THRESHOLDS:
        print(f"  share {t:.2f} (and two or more missing): {below[t]}")


if __name__ == "__main__":
    main()

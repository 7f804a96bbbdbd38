"""Train the incident-date ranker: logistic regression over hand-made features of each date a
text mentions (summarizer.text.timeplace.date_features), on incidents_train.jsonl only.

    python scripts/train_dates.py [TRAIN.jsonl] [--out summarizer/data/date_weights.json]

Pure Python and deterministic (fixed order, fixed epochs, no randomness). The output is a JSON
object of feature weights: no article text, only the feature names (forms, a few common words
that precede a date, buckets). Validate with `summarize eval incidents` on the dev sets.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
from collections import Counter
from pathlib import Path

from summarizer.ingest import load_article
from summarizer.text.timeplace import date_features, find_dates

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TRAIN = ROOT.parent / "shared" / "data" / "incidents_train.jsonl"
DEFAULT_OUT = ROOT / "summarizer" / "data" / "date_weights.json"
MIN_COUNT = 20  # a feature seen fewer times than this is dropped (rare words would only memorise)
EPOCHS = 40
RATE = 0.05
L2 = 1e-3


def examples(path: Path) -> list[list[tuple[list[str], int]]]:
    """(features, label) for every date mentioned in the lead (the first 12 sentences) of each
    article; label 1 when its value is the gold incident date."""
    out: list[list[tuple[list[str], int]]] = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        gold = record["gold"].get("incident_date")
        published = record.get("publish_date")
        if not gold or not published:
            continue
        article = load_article(record["text"])
        title = article.title_span
        body = [s for s in article.segments.sentences if not (title and title[0] <= s.start and s.end <= title[1])]
        lead = body[:12]
        pub = dt.date.fromisoformat(published)
        starts = [s.start for s in lead]
        group = []
        for d in find_dates(article.view, lead, published):
            k = max(i for i, s in enumerate(starts) if s <= d.span[0])
            group.append((date_features(article.view, d, k, lead[k], pub), int(d.value == gold)))
        if any(label for _, label in group):  # an article whose dates hold the answer teaches the choice
            out.append(group)
    return out


def train(groups: list[list[tuple[list[str], int]]]) -> dict[str, float]:
    """Listwise: within each article, a softmax over its dates, fitted to put the incident's first."""
    counts = Counter(f for group in groups for feats, _ in group for f in set(feats))
    kept = {f for f, n in counts.items() if n >= MIN_COUNT}
    weights: dict[str, float] = dict.fromkeys(sorted(kept), 0.0)
    for _ in range(EPOCHS):
        for group in groups:
            fss = [[f for f in feats if f in kept] for feats, _ in group]
            zs = [sum(weights[f] for f in fs) for fs in fss]
            top = max(zs)
            es = [math.exp(z - top) for z in zs]
            total = sum(es)
            ps = [e / total for e in es]
            right = sum(p for p, (_, label) in zip(ps, group, strict=True) if label)
            for fs, p, (_, label) in zip(fss, ps, group, strict=True):
                g = p - (p / right if label else 0.0)
                for f in fs:
                    weights[f] -= RATE * g
            for f in weights:
                weights[f] *= 1 - RATE * L2
    return {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= 1e-4}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", nargs="?", type=Path, default=DEFAULT_TRAIN)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    data = examples(args.train)
    weights = train(data)
    args.out.write_text(json.dumps(weights, indent=0, sort_keys=True) + "\n", "utf-8")
    mentions = sum(len(group) for group in data)
    print(f"{len(data)} articles, {mentions} date mentions, {len(weights)} weights -> {args.out}")


if __name__ == "__main__":
    main()

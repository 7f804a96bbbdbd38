"""Offline model benchmark: whole-process CLI time, per-article library time and peak memory
on a ~5 KB article. Prints figures; asserts nothing.

    python benchmarks/bench_offline.py [ARTICLE] [--runs N]

ARTICLE defaults to ../shared/articles/drone-interceptions.txt padded to ~5 KB with its own
paragraphs (the user's example is 4.3 KB); any article file can be given instead. When
../shared/data is present, the library is also timed on up to 60 distinct news articles of
4-6 KB from the development sets (median per 5 KB).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "articles" / "drone-interceptions.txt"


def five_kb(text: str) -> str:
    """Grow an article to about 5 KB by repeating its body paragraphs before the tail."""
    paras = text.split("\n\n")
    body = paras[2:-4] if len(paras) > 8 else paras
    out = list(paras)
    i = 0
    while len("\n\n".join(out).encode()) < 5000 and body:
        out.insert(len(out) - 4, body[i % len(body)])
        i += 1
    return "\n\n".join(out)


def dev_articles(limit: int = 60) -> list[str]:
    """Distinct news articles of 4-6 KB from the development sets beside the repo (none when
    ../shared/data is absent): real news is denser in quotes, counts and places than the
    user's example, so it costs more per kilobyte."""
    data = ROOT.parent / "shared" / "data"
    found: list[str] = []
    for name in ("incidents_train.jsonl", "attribution_ggt_dev.jsonl", "attribution_dev.jsonl"):
        path = data / name
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text") or ""
            if 4000 <= len(text.encode()) <= 6000:
                found.append(text)
    return found[:limit]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    text = five_kb(args.article.read_text(encoding="utf-8"))
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fh:
        fh.write(text)
        path = fh.name
    print(f"article: {args.article.name} padded to {len(text.encode()):,} bytes")

    # whole process: `summarize FILE --model rules --format json`, as an installed package runs,
    # its modules' bytecode compiled once (pip compiles it on install; PYTHONDONTWRITEBYTECODE,
    # set in some shells, would make every run compile every module again) and its patterns kept
    # in the pattern store beside it (text/pattern_store.py: written by the first run, unless
    # Python writes no bytecode)
    cmd = [sys.executable, "-m", "summarizer", path, "--model", "rules", "--format", "json"]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(cmd, capture_output=True, check=True, env=env)  # warm the file, bytecode and pattern caches
    walls = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True, env=env)
        walls.append(time.perf_counter() - t0)
    print(f"CLI whole process: median {statistics.median(walls) * 1000:.0f} ms, "
          f"min {min(walls) * 1000:.0f} ms, max {max(walls) * 1000:.0f} ms over {args.runs} runs")  # fmt: skip

    # modules the offline path loads
    probe = subprocess.run(
        [sys.executable, "-c",
         "import sys, summarizer.cli as c, io, contextlib\n"
         f"with contextlib.redirect_stdout(io.StringIO()): c.main([{path!r}, '--format', 'json'])\n"
         "print(','.join(m for m in ('openai', 'instructor', 'trafilatura', 'rich') if m in sys.modules) or 'none')"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    print(f"heavy modules imported on the offline JSON path: {probe.stdout.strip()}")

    # library call, in process
    from summarizer import summarize

    summarize(text, model="rules")
    per = []
    for i in range(max(50, args.runs * 10)):
        variant = text + " " * (i + 1)  # a distinct text each time: no cache helps
        t0 = time.perf_counter()
        summarize(variant, model="rules")
        per.append(time.perf_counter() - t0)
    print(f"library summarize(): median {statistics.median(per) * 1000:.2f} ms, "
          f"p90 {sorted(per)[int(len(per) * 0.9)] * 1000:.2f} ms per article")  # fmt: skip
    news = dev_articles()
    if news:
        per_5kb = []
        for article in news:
            t0 = time.perf_counter()
            summarize(article, model="rules")
            per_5kb.append((time.perf_counter() - t0) * 5000 / len(article.encode()))
        print(f"library summarize() on {len(news)} distinct news articles of 4-6 KB from "
              f"../shared/data: median {statistics.median(per_5kb) * 1000:.2f} ms, "
              f"p90 {sorted(per_5kb)[int(len(per_5kb) * 0.9)] * 1000:.2f} ms per 5 KB")  # fmt: skip
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak memory (this process, after {len(per) + 1 + len(news)} articles): {peak_kb / 1024:.0f} MB")
    Path(path).unlink()


if __name__ == "__main__":
    main()

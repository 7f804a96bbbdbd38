"""The offline model's instructions per 5 KB of real news, stage by stage, counted by callgrind:
a count that does not move with the host's load, as wall time does. Prints figures only.

    python benchmarks/bench_stages.py [--articles N] [--data DIR] [STAGE ...]

A STAGE is ``module:attribute``, a function the pipeline looks up at call time (``summarizer.
rules.model:find_attributions``, ``summarizer.assembly:check``); the default is the pipeline's
main stages. Each stage's calls are made through a C function of the standard library that the
code never calls itself (``functools.reduce``, ``operator.call``, ``Context.run``,
``itertools.starmap``), so callgrind's inclusive count for that C function is the stage's own
(a stage may call another: each has its own C function); four stages a run, as many runs as
the stages need. The
articles: the N (30) of attribution_dev nearest 5 KB (two thirds) and the largest of
incidents_dev, after 10 others to warm the caches, from ../shared/data (or --data); valgrind
must be installed.
"""

from __future__ import annotations

import argparse
import contextvars
import functools
import importlib
import itertools
import json
import operator
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
STAGES = [
    "summarizer.pipeline:load_article",
    "summarizer.rules.model:find_attributions",
    "summarizer.rules.model:_attributions",  # speakers resolved, claims flagged
    "summarizer.rules.model:find_figures",
    "summarizer.rules.model:find_places",
    "summarizer.rules.model:find_dates",
    "summarizer.rules.model:_headline_and_summary",
    "summarizer.assembly:check",
    "summarizer.pipeline:_rules",  # everything but load_article
]
# the C functions that run a stage, and how a Python call is made through each
WRAPPERS: list[tuple[str, Callable[[Callable[[], Any]], Any]]] = [
    ("functools_reduce", lambda f: functools.reduce(lambda _, __: f(), [0], None)),
    ("_operator_call", lambda f: operator.call(f)),
    ("context_run", lambda f: contextvars.copy_context().run(f)),
    ("starmap_next", lambda f: next(itertools.starmap(f, [()]))),
]


def articles(n: int, data: Path) -> tuple[list[str], list[str]]:
    """(10 articles to warm, the n measured): distinct dev texts near 5 KB."""

    def texts(name: str) -> list[str]:
        lines = (data / name).read_text(encoding="utf-8").splitlines()
        return list(dict.fromkeys(json.loads(line)["text"] for line in lines))

    news = sorted(texts("attribution_dev.jsonl"), key=lambda t: abs(len(t.encode()) - 5000))
    crimes = sorted(texts("incidents_dev.jsonl"), key=lambda t: -len(t.encode()))
    k = n * 2 // 3
    return news[k : k + 5] + crimes[n - k : n - k + 5], news[:k] + crimes[: n - k]


def child(stages: list[str], n: int, data: Path) -> None:
    """Under callgrind: warm, wrap each stage in its C function, summarize the measured articles."""
    from summarizer import summarize

    warm, measured = articles(n, data)
    for text in warm:
        summarize(text, model="rules")
    for (_, through), stage in zip(WRAPPERS, stages, strict=False):
        name, attr = stage.split(":")
        module = importlib.import_module(name)
        real = getattr(module, attr)

        def wrapped(*a: Any, _real: Any = real, _through: Any = through, **k: Any) -> Any:
            box: list[Any] = []
            _through(lambda: box.append(_real(*a, **k)))
            return box[0]

        setattr(module, attr, wrapped)
    for text in measured:
        summarize(text, model="rules")


def measure(stages: list[str], n: int, data: Path) -> dict[str, int]:
    """Instructions inside each stage (at most four), from one run under callgrind."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"PYTHONHASHSEED": "0"}
    me = [sys.executable, __file__, "--child", "--articles", str(n), "--data", str(data), *stages]
    subprocess.run([*me, "--warm-only"], check=True, env=env)  # bytecode and pattern store written
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *me],
            check=True, env=env, capture_output=True,
        )  # fmt: skip
        annotated = subprocess.run(
            ["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(out)],
            check=True, capture_output=True, text=True,
        ).stdout  # fmt: skip
    found: dict[str, int] = {}
    for line in annotated.splitlines():
        m = re.match(r"\s*([\d,]+) \(.*?\)\s+\S*:(\w+) ", line)  # not a recursive entry ("'2")
        if m and m.group(2) not in found:
            found[m.group(2)] = int(m.group(1).replace(",", ""))
    return {stage: found.get(c, 0) for (c, _), stage in zip(WRAPPERS, stages, strict=False)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stages", nargs="*", default=STAGES)
    parser.add_argument("--articles", type=int, default=30)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--warm-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.warm_only:
        from summarizer import summarize

        summarize(articles(1, args.data)[0][0], model="rules")
        return
    if args.child:
        child(args.stages, args.articles, args.data)
        return
    size = sum(len(t.encode()) for t in articles(args.articles, args.data)[1])
    print(f"{args.articles} articles, {size:,} bytes; instructions per 5 KB (callgrind, PYTHONHASHSEED=0)")
    for k in range(0, len(args.stages), len(WRAPPERS)):
        for stage, count in measure(args.stages[k : k + len(WRAPPERS)], args.articles, args.data).items():
            print(f"  {stage:50s} {count * 5000 / size / 1e6:8.2f} M")


if __name__ == "__main__":
    main()

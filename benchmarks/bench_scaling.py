"""Scaling benchmark: seconds for the offline model on 100 KB, 500 KB, 1 MB and 2 MB articles,
and the 1 MB / 100 KB ratio (linear is 10). Prints figures; asserts nothing.

    python benchmarks/bench_scaling.py [--sizes 100,500,1000,2000] [--kinds realistic,unpunctuated,...] [--runs 3]

Times are the process's CPU seconds (time.process_time: other processes on a shared machine
do not count); each size up to 1 MB is timed --runs times and the best kept, 2 MB once.

Text kinds, all made from the project's own material (nothing third-party):
- realistic: the paragraphs of the fixture articles and of the project-written gold articles
  (tests/fixtures/), cycled until the size is reached;
- unpunctuated: the same words with every punctuation mark and line break removed (one
  paragraph, one sentence);
- generated: seeded sentences about ever new people, places and figures, so that the number
  of speakers grows with the article as it does in a long real one;
- generated-unpunctuated: those sentences without punctuation or line breaks (one sentence
  full of numbers, names and reporting verbs: the hardest case for clause-wide lookups).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from pathlib import Path

from summarizer import summarize

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"


def _project_paragraphs() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "articles").glob("*.txt"))]
    for name in ("attribution.jsonl", "incidents.jsonl"):
        for line in (FIXTURES / "gold" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return [p.strip() for t in texts for p in t.split("\n\n") if p.strip()]


def _fill(pieces: list[str], n_bytes: int, sep: str) -> str:
    out: list[str] = []
    size = 0
    i = 0
    while size < n_bytes:
        piece = pieces[i % len(pieces)]
        out.append(piece)
        size += len(piece.encode()) + len(sep)
        i += 1
    return sep.join(out)


def realistic(n_bytes: int) -> str:
    return _fill(_project_paragraphs(), n_bytes, "\n\n")


def unpunctuated(n_bytes: int) -> str:
    words = re.sub(r"[^\w\s]+", "", " ".join(_project_paragraphs())).split()
    return _fill(words, n_bytes, " ")


_FIRST = ["Ana", "Boris", "Chen", "Dalia", "Emil", "Farah", "Goran", "Hana", "Ivo", "Jana", "Karim", "Lena"]
_LAST = ["Adler", "Brandt", "Costa", "Dvorak", "Eklund", "Ferro", "Galli", "Horvat", "Ilic", "Jensen", "Kowal"]
_ROLES = ["mayor", "police chief", "spokeswoman", "minister", "fire marshal", "union leader", "professor"]
_TOWNS = ["Varn", "Lisk", "Merrow", "Tolsk", "Ardel", "Brisk", "Quay", "Doria", "Marren", "Osk"]
_NUMS = ["two", "three", "five", "seven", "12", "14", "20", "31", "nine", "eleven"]


def generated(n_bytes: int, seed: int = 13) -> str:
    rnd = random.Random(seed)
    paras: list[str] = []
    size = 0
    k = 0
    while size < n_bytes:
        k += 1
        name = f"{rnd.choice(_FIRST)} {rnd.choice(_LAST)}{k}"
        surname = name.split()[1]
        role, town, num = rnd.choice(_ROLES), f"{rnd.choice(_TOWNS)}{k % 97}", rnd.choice(_NUMS)
        para = rnd.choice([
            f"{role.capitalize()} {name} said on Monday that {num} people had been injured in {town}. "
            f"\"We are still counting,\" {surname} told reporters. He said the roads would reopen soon.",
            f"According to {name}, the {role} of {town}, {num} buildings were damaged overnight. "
            f"Officials said the figure could rise, but {surname} denied that anyone was missing.",
            f"\"Nobody expected this,\" said {name}, a {role} in {town}. She added that {num} families "
            f"had left, and {surname} reportedly asked for help from the Regional Council of {town}.",
            f"Two sources familiar with the matter said {num} rockets were shot down near {town} on "
            f"Tuesday. {name} allegedly ignored the warnings, the {role} said.",
        ])  # fmt: skip
        paras.append(para)
        size += len(para.encode()) + 2
    return "\n\n".join(paras)


def generated_unpunctuated(n_bytes: int) -> str:
    return _fill(re.sub(r"[^\w\s]+", "", generated(n_bytes + 1000)).split(), n_bytes, " ")


KINDS = {
    "realistic": realistic,
    "unpunctuated": unpunctuated,
    "generated": generated,
    "generated-unpunctuated": generated_unpunctuated,
}


def seconds(text: str, runs: int = 1) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.process_time()
        summarize(text, model="rules")
        best = min(best, time.process_time() - t0)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,500,1000,2000", help="article sizes in KB (1000 = 1 MB)")
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--runs", type=int, default=3, help="best of N for sizes up to 1 MB")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    summarize(realistic(2000), model="rules")  # warm imports and caches
    print(f"{'kind':<24}" + "".join(f"{f'{s} KB':>10}" for s in sizes) + f"{'1MB/100KB':>11}")
    for kind in args.kinds.split(","):
        times = {s: seconds(KINDS[kind](s * 1000), args.runs if s <= 1000 else 1) for s in sizes}
        ratio = f"{times[1000] / times[100]:.1f}" if 100 in times and 1000 in times else "-"
        print(f"{kind:<24}" + "".join(f"{times[s]:>9.2f}s" for s in sizes) + f"{ratio:>11}", flush=True)


if __name__ == "__main__":
    main()

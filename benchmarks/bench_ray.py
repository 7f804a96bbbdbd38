"""Ray engine benchmark: `summarize batch` with the offline model over generated ~5 KB articles,
the local engine against the Ray engine on a local Ray cluster of the same CPUs, both run from
this process (BatchRun) on the same folder. Prints articles/s, the Ray/local ratio, Ray's
start-up time apart, and the memory of Ray's worker processes (each, and all of them).

    python benchmarks/bench_ray.py [--articles 2000] [--cpus 2] [--no-html]

Needs the ray extra: pip install -e '.[ray]'.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import random
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_batch import article, tree_rss_mb

from summarizer.batch import BatchOptions, BatchRun
from summarizer.config import Settings


def worker_rss_mb() -> dict[int, float]:
    """Resident memory of each of Ray's worker processes (``ray::…``), by pid."""
    found = {}
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        with contextlib.suppress(OSError):
            if (proc / "cmdline").read_bytes().startswith(b"ray::") and b"Agent" not in (proc / "cmdline").read_bytes():
                found[int(proc.name)] = tree_rss_mb(int(proc.name))
    return found


@contextlib.contextmanager
def sampled(peaks: dict[str, float]) -> Iterator[None]:
    """Sample Ray workers' memory every 50 ms while the block runs: the largest worker and the sum."""
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            rss = worker_rss_mb()
            if rss:
                peaks["worker"] = max(peaks.get("worker", 0.0), max(rss.values()))
                peaks["workers"] = max(peaks.get("workers", 0.0), sum(rss.values()))
                peaks["count"] = max(peaks.get("count", 0), len(rss))
            time.sleep(0.05)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def run(src: Path, out: Path, engine: str, jobs: int, html: bool) -> float:
    options = BatchOptions(
        in_dir=src, out_dir=out, settings=Settings(model="rules"), jobs=jobs, engine=engine, html=html
    )
    started = time.perf_counter()
    totals = BatchRun(options).run()
    wall = time.perf_counter() - started
    assert totals.done == len(list(src.rglob("*.txt"))) and totals.failed == 0, totals
    return wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--cpus", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=2, help="local and Ray runs, alternated")
    parser.add_argument("--no-html", action="store_true", help="no HTML pages (the JSON only)")
    args = parser.parse_args()
    import ray

    html = not args.no_html
    print(f"load average before: {os.getloadavg()[0]:.1f} (other work on the machine slows both engines alike)")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        rng = random.Random(args.articles)
        for i in range(args.articles):
            sub = src / f"day{i % 10:02d}"
            sub.mkdir(parents=True, exist_ok=True)
            (sub / f"article-{i:05d}.txt").write_text(article(i, rng), encoding="utf-8")
        size = sum(p.stat().st_size for p in src.rglob("*.txt")) / args.articles
        print(f"{args.articles} articles of {size / 1000:.1f} KB on average, {args.cpus} CPUs, HTML pages {html}")
        warm = Path(tmp) / "warm"
        for i in range(40):
            warm.mkdir(exist_ok=True)
            (warm / f"w{i}.txt").write_text(article(10**6 + i, rng), encoding="utf-8")

        started = time.perf_counter()
        ray.init(
            address="local",
            num_cpus=args.cpus,
            include_dashboard=False,
            log_to_driver=False,
            logging_level=logging.ERROR,
        )
        start_up = time.perf_counter() - started
        try:
            first = run(warm, Path(tmp) / "out-warm", "ray", 0, html)
            print(f"Ray start-up: ray.init (a local cluster of {args.cpus} CPUs) {start_up:.2f} s; "
                  f"then 40 articles while the workers start, {first:.2f} s; neither counted below")  # fmt: skip
            peaks: dict[str, float] = {}
            ratios = []
            for r in range(args.repeats):
                local = run(src, Path(tmp) / f"out-local-{r}", "local", args.cpus, html)
                with sampled(peaks):
                    distributed = run(src, Path(tmp) / f"out-ray-{r}", "ray", 0, html)
                ratios.append(local / distributed)
                print(f"run {r + 1}: local engine --jobs {args.cpus} {local:.2f} s, {args.articles / local:.0f} articles/s; "
                      f"ray engine {distributed:.2f} s, {args.articles / distributed:.0f} articles/s "
                      f"({args.articles / distributed / args.cpus:.0f} per CPU), {local / distributed:.0%} of the local engine")  # fmt: skip
            cluster = tree_rss_mb(os.getpid())
        finally:
            ray.shutdown()
        print(f"ray/local throughput over runs: {min(ratios):.0%} to {max(ratios):.0%}")
        print(f"Ray workers: {peaks.get('count', 0):.0f}, the largest {peaks.get('worker', 0):.0f} MB resident, "
              f"all together {peaks.get('workers', 0):.0f} MB; this process with the local cluster it started "
              f"(Ray's servers and workers) {cluster:.0f} MB")  # fmt: skip
    print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()

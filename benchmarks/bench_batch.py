"""Batch benchmark: `summarize batch` over generated ~5 KB articles with the offline model.
Prints articles/s, peak memory of the whole process tree (parent and workers, sampled every
20 ms from /proc) for two folder sizes, and what a second run over the same folder does.

    python benchmarks/bench_batch.py [--articles 2000] [--small 500] [--jobs 2]
    python benchmarks/bench_batch.py --efficiency [--articles 2000] [--jobs 2]

``--efficiency``: parallel efficiency on the same articles, in one run: `summarize batch --jobs N`
(JSON only, and with the HTML pages) against N x the single-process library rate (``summarize()``
in a loop, measured before and after the batches, averaged), with the process tree's peak memory.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

PLACES = ["Tarn District", "Selby Valley", "Harwell", "Merrow", "Lisk", "Oster Region", "Kale Province", "Dunmore"]
NAMES = ["Ines Varga", "Pavel Osk", "Lena Ortiz", "Tomas Reyes", "Ada Pine", "Mara Quill", "Oskar Lind"]
ROLES = ["a spokeswoman for the command", "the regional governor", "a police spokesman", "the interior minister"]


def article(i: int, rng: random.Random) -> str:
    """A made-up incident report of about 5 KB, different for every i."""
    total = rng.randint(20, 90)
    a, b = rng.sample(PLACES, 2)
    first = rng.randint(1, total // 2)
    name, role = rng.choice(NAMES), rng.choice(ROLES)
    paras = [
        f"Report {i}: Command Says {total} Drones Downed Overnight",
        f"The Northern Command said on Sunday that its air defenses had intercepted {total} drones over several "
        f"districts between 11:{rng.randint(10, 59)} pm and 4:{rng.randint(10, 59)} am local time.",
        f"According to the command's statement, {first} drones were shot down over {a}, while {total - first} "
        f"were destroyed over {b}.",
        f'"Our crews worked through the night and not a single drone reached its target," said {name}, {role}.',
        "The figures could not be independently verified.",
        f"Officials in the neighboring province, speaking on condition of anonymity, said at least "
        f"{rng.randint(2, 9)} drones crashed in fields near the border.",
        "Analysts say the attacks may be intended to test the air defenses before the winter, and that the "
        "pattern of the raids suggests careful planning over several weeks.",
    ]
    filler = [
        "Residents described hearing explosions for several hours, and some said windows had rattled in "
        "apartment blocks on the edge of town.",
        f"{name} added that repair crews had been sent to check power lines and that schools would open as usual.",
        "The regional council met in the morning to discuss shelters, warning sirens and the cost of repairs, "
        "which officials estimated at several million.",
        "Local newspapers reported long queues at petrol stations, although the authorities said supplies were normal.",
    ]
    while len("\n\n".join(paras).encode()) < 4900:
        paras.append(rng.choice(filler))
    return "\n\n".join(paras) + "\n"


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, in MB."""
    total = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    stack.extend(int(c) for c in fh.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total / 1024


def run(cmd: list[str]) -> tuple[float, float, subprocess.CompletedProcess[bytes]]:
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = 0.0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, tree_rss_mb(proc.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    t0 = time.perf_counter()
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    stop.set()
    sampler.join()
    return wall, peak, subprocess.CompletedProcess(cmd, proc.returncode, out, err)


def bench(n: int, jobs: int, root: Path, extra: list[str]) -> None:
    rng = random.Random(n)
    src = root / f"in-{n}"
    for i in range(n):
        sub = src / f"day{i % 10:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"article-{i:05d}.txt").write_text(article(i, rng), encoding="utf-8")
    out = root / f"out-{n}"
    cmd = [
        sys.executable,
        "-m",
        "summarizer",
        "batch",
        str(src),
        "-o",
        str(out),
        "--jobs",
        str(jobs),
        "--no-progress",
        *extra,
    ]
    wall, peak, proc = run(cmd)
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    lines = sum(1 for _ in (out / "summaries.jsonl").open())
    print(f"{n} articles, --jobs {jobs} {' '.join(extra)}: {wall:.2f} s wall, {n / wall:.0f} articles/s, "
          f"peak memory (all processes) {peak:.0f} MB, {lines} summaries written")  # fmt: skip
    wall2, _, proc2 = run(cmd)
    state = [json.loads(line) for line in (out / ".summarizer-state.jsonl").open()]
    print(f"  second run: {wall2:.2f} s, exit {proc2.returncode}, state records {len(state)} "
          f"(no new ones: {len(state) == n}), {proc2.stderr.decode().strip().splitlines()[-1]}")  # fmt: skip


def write_folder(n: int, root: Path) -> Path:
    rng = random.Random(n)
    src = root / f"in-{n}"
    for i in range(n):
        sub = src / f"day{i % 10:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"article-{i:05d}.txt").write_text(article(i, rng), encoding="utf-8")
    return src


def library_rate(src: Path) -> float:
    """Articles/s of ``summarize()`` in this one process over the folder (after one warm-up call)."""
    from summarizer import summarize

    texts = [p.read_text(encoding="utf-8") for p in sorted(src.rglob("*.txt"))]
    summarize(texts[0], model="rules")
    started = time.perf_counter()
    for text in texts:
        summarize(text, model="rules")
    return len(texts) / (time.perf_counter() - started)


def efficiency(n: int, jobs: int, root: Path) -> None:
    src = write_folder(n, root)
    print(f"load average before: {os.getloadavg()[0]:.1f} (other work on the machine skews this figure)")
    before = library_rate(src)
    batches = []
    for label, extra in (("JSON only", ["--no-html"]), ("with HTML pages", [])):
        out = root / f"eff-{label[:4]}"
        cmd = [sys.executable, "-m", "summarizer", "batch", str(src), "-o", str(out), "--jobs", str(jobs),
               "--no-progress", *extra]  # fmt: skip
        wall, peak, proc = run(cmd)
        assert proc.returncode == 0, proc.stderr.decode()[-2000:]
        batches.append((label, n / wall, peak))
    after = library_rate(src)
    single = (before + after) / 2
    print(f"library summarize(), one process: {before:.0f} then {after:.0f} articles/s (mean {single:.0f})")
    for label, rate, peak in batches:
        print(f"summarize batch --jobs {jobs}, {label}: {rate:.0f} articles/s (whole process, start-up included), "
              f"parallel efficiency {rate / (jobs * single):.0%} of {jobs} x the library rate; "
              f"peak memory of the process tree {peak:.0f} MB")  # fmt: skip
    print(f"load average after: {os.getloadavg()[0]:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--small", type=int, default=500)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--no-html", action="store_true", help="pass --no-html (no report pages)")
    parser.add_argument("--efficiency", action="store_true", help="the batch against the library rate, in one run")
    args = parser.parse_args()
    extra = ["--no-html"] if args.no_html else []
    if args.efficiency:
        with tempfile.TemporaryDirectory() as tmp:
            efficiency(args.articles, args.jobs, Path(tmp))
        return
    with tempfile.TemporaryDirectory() as tmp:
        for n in (args.small, args.articles):
            bench(n, args.jobs, Path(tmp), extra)


if __name__ == "__main__":
    main()

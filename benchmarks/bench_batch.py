"""Batch benchmark: `summarize batch` over generated ~5 KB articles with the offline model.
Prints articles/s, peak memory of the whole process tree (parent and workers, sampled every
20 ms from /proc) for two folder sizes, and what a second run over the same folder does.

    python benchmarks/bench_batch.py [--articles 2000] [--small 500] [--jobs 2]
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--small", type=int, default=500)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--no-html", action="store_true", help="pass --no-html (no report pages)")
    args = parser.parse_args()
    extra = ["--no-html"] if args.no_html else []
    with tempfile.TemporaryDirectory() as tmp:
        for n in (args.small, args.articles):
            bench(n, args.jobs, Path(tmp), extra)


if __name__ == "__main__":
    main()

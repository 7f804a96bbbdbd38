"""Ctrl-C in an LLM batch: time from SIGINT to the exit of `summarize batch`, with --jobs
requests held by a local OpenAI-protocol server that never answers them (four articles are
answered first, so there is finished work to write). Prints one line per run.

    python benchmarks/bench_interrupt.py [--jobs 16] [--articles 24] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fake_openai import FakeOpenAI, Recorded, Reply, payload_from  # noqa: E402

from summarizer import summarize  # noqa: E402


def one_run(folder: Path, answers: dict[str, dict[str, object]], jobs: int, answered: int) -> str:
    lock = threading.Lock()
    seen = {"n": 0}

    def respond(request: Recorded) -> Reply:
        with lock:
            seen["n"] += 1
            first = seen["n"] <= answered
        return Reply(answers[request.article() or ""]) if first else Reply(hang=True)

    out = folder / f"out-{time.monotonic_ns()}"
    with FakeOpenAI(respond) as server:
        cmd = [sys.executable, "-m", "summarizer", "batch", str(folder / "in"), "-o", str(out), "--model",
               "openai:gpt-4.1-mini", "--base-url", server.url, "--jobs", str(jobs), "--no-progress", "--no-cache"]  # fmt: skip
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            state = out / ".summarizer-state.jsonl"
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and not (
                len(server.requests) >= answered + jobs
                and state.exists()
                and len(state.read_text().splitlines()) >= answered
            ):
                time.sleep(0.02)
            in_flight = len(server.requests) - answered
            sent = time.perf_counter()
            proc.send_signal(signal.SIGINT)
            proc.communicate(timeout=300)
            took = time.perf_counter() - sent
        finally:
            proc.kill()
            proc.wait()
    lines = (out / "summaries.jsonl").read_text().splitlines() if (out / "summaries.jsonl").exists() else []
    whole = all(json.loads(line) for line in lines)
    return (
        f"{in_flight} requests in flight: SIGINT to exit {took:.3f} s, exit {proc.returncode}, "
        f"{len(lines)} summaries written (whole: {whole}), report.md: {(out / 'report.md').exists()}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=16)
    parser.add_argument("--articles", type=int, default=24)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    base = (ROOT / "tests" / "fixtures" / "articles" / "breakdown.txt").read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "in").mkdir()
        os.environ["SUMMARIZER_CACHE_DIR"] = str(folder / "cache")
        answers = {}
        for i in range(args.articles):
            text = (
                base + f"\nFiled from desk {chr(97 + i % 26)}{chr(97 + i // 26)}.\n"
            )  # no numbers: answers ground at once
            (folder / "in" / f"a{i:03d}.txt").write_text(text, encoding="utf-8")
            answers[text] = payload_from(summarize(text, model="rules"))
        for _ in range(args.runs):
            print(one_run(folder, answers, args.jobs, answered=4), flush=True)


if __name__ == "__main__":
    main()

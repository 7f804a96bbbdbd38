"""`summarize batch` and `summarize_many`: bad inputs recorded while the batch goes on, resume,
atomic outputs, and paths that never leave the output folder."""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ARTICLES

from summarizer import IncidentSummary, SummarizerError, summarize_many
from summarizer.batch import discover, output_path
from summarizer.cli import main
from summarizer.errors import InputError


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """`summarize batch ARGS` in-process (its workers are still processes, forked from this one):
    the exit code and what it wrote to stderr. The tests of a batch killed or interrupted run it
    as a process of its own."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(["batch", *args], stdout=io.StringIO())
    return subprocess.CompletedProcess(["summarize", "batch", *args], code, "", err.getvalue())


def _folder(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    (src / "sub" / "deeper").mkdir(parents=True)
    for name in ("breakdown.txt", "pronoun.txt", "qualifiers.txt", "quotes_styles.txt"):
        (src / name).write_bytes((ARTICLES / name).read_bytes())
    (src / "sub" / "page.html").write_bytes((ARTICLES / "article.html").read_bytes())
    (src / "sub" / "deeper" / "notes.md").write_bytes((ARTICLES / "markdown_article.md").read_bytes())
    (src / "sub" / "copy-of-pronoun.txt").write_bytes((ARTICLES / "pronoun.txt").read_bytes())
    (src / "empty.txt").write_text("   \n\t\n")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 50)
    (src / "latin1.txt").write_bytes("The mayor’s office said “no” to the café.".encode("cp1252"))
    (src / "huge.txt").write_text("Police said a man was hurt. " * 200)
    (src / "loop.txt").symlink_to("loop.txt")
    (src / "sub" / "back").symlink_to("..")
    (src / "ignored.pdf").write_bytes(b"%PDF-1.4")
    return src


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return _folder(tmp_path)


def _jsonl(path: Path) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_is_recorded(folder: Path, tmp_path: Path) -> None:
    (folder / "locked.txt").write_text("Police said two men were hurt.")
    (folder / "locked.txt").chmod(0)
    out = tmp_path / "out"
    try:
        run(str(folder), "-o", str(out), "--no-progress")
    finally:
        (folder / "locked.txt").chmod(0o644)
    errors = {e["path"]: e["error"] for e in _jsonl(out / "errors.jsonl")}
    assert errors["locked.txt"] == "unreadable"


def test_batch_records_every_bad_input_and_goes_on(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    proc = run(str(folder), "-o", str(out), "--max-bytes", "3000", "--jobs", "2", "--no-progress")
    assert proc.returncode == 1, proc.stderr  # some failed
    errors = {e["path"]: e for e in _jsonl(out / "errors.jsonl") if e["error"] != "warning"}
    assert errors["empty.txt"]["error"] == "empty"
    assert errors["binary.txt"]["error"] == "binary"
    assert errors["huge.txt"]["error"] == "too_large"
    assert errors["loop.txt"]["error"] == "symlink loop"
    assert errors["sub/back"]["error"] == "symlink loop"
    assert errors["sub/copy-of-pronoun.txt"] == {
        "path": "sub/copy-of-pronoun.txt", "error": "duplicate", "message": "same content as pronoun.txt",
        "duplicate_of": "pronoun.txt",
    }  # fmt: skip
    warnings = [e for e in _jsonl(out / "errors.jsonl") if e["error"] == "warning"]
    assert [w["path"] for w in warnings] == ["latin1.txt"] and "Windows-1252" in warnings[0]["message"]
    # the good ones are all there, mirroring the input tree
    for rel in ("breakdown.txt", "pronoun.txt", "qualifiers.txt", "quotes_styles.txt", "latin1.txt",
                "sub/page.html", "sub/deeper/notes.md"):  # fmt: skip
        data = json.loads((out / f"{rel}.json").read_text())
        IncidentSummary.model_validate(data)
    summaries = _jsonl(out / "summaries.jsonl")
    assert len(summaries) == 7
    assert not (out / "ignored.pdf.json").exists()
    report = (out / "report.md").read_text()
    assert "Summarized: 7" in report and "duplicates: 1" in report
    assert not list(out.rglob("*.tmp"))


def test_second_run_does_no_work(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run(str(folder), "-o", str(out), "--no-progress", "--max-bytes", "3000")
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*.json")}
    proc = run(str(folder), "-o", str(out), "--no-progress", "--max-bytes", "3000")
    assert "0 summarized, 7 already done" in proc.stderr and "failed before and not retried" in proc.stderr
    assert proc.returncode == 1  # the folder still holds failed articles
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.json")} == before
    # a changed article is redone, the rest are not
    (folder / "pronoun.txt").write_text((ARTICLES / "pronoun.txt").read_text() + "\nShe left at noon.\n")
    proc = run(str(folder), "-o", str(out), "--no-progress", "--max-bytes", "3000")
    assert "2 summarized, 6 already done" in proc.stderr  # and its copy is no longer a duplicate
    # --force redoes all
    proc = run(str(folder), "-o", str(out), "--no-progress", "--force", "--max-bytes", "3000")
    assert "8 summarized, 0 already done" in proc.stderr


def test_retry_failed_redoes_only_failures(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run(str(folder), "-o", str(out), "--no-progress", "--max-bytes", "3000")
    (folder / "empty.txt").write_text("Police said two men were hurt on Monday.")
    proc = run(str(folder), "-o", str(out), "--no-progress", "--retry-failed", "--max-bytes", "3000")
    assert "1 summarized, 7 already done" in proc.stderr
    assert (out / "empty.txt.json").exists()


def test_output_paths_never_leave_the_output_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    assert output_path(out, "../../etc/passwd") == out / "etc" / "passwd.json"
    assert output_path(out, "/abs/a.txt") == out / "abs" / "a.txt.json"
    assert output_path(out, "a/./b/../c.txt") == out / "a" / "b" / "c.txt.json"
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (out / "link").symlink_to(outside)
    with pytest.raises(InputError):
        output_path(out, "link/x.txt")


def test_discovery_is_sorted_and_filtered(tmp_path: Path) -> None:
    src = _folder(tmp_path)
    rels = [f.rel for f in discover(src) if not f.error]
    assert rels == [
        "binary.txt", "breakdown.txt", "empty.txt", "huge.txt", "latin1.txt", "pronoun.txt", "qualifiers.txt",
        "quotes_styles.txt", "sub/copy-of-pronoun.txt", "sub/deeper/notes.md", "sub/page.html",
    ]  # fmt: skip
    assert [f.rel for f in discover(src) if f.error] == ["loop.txt", "sub/back"]
    only = [f.rel for f in discover(src, globs=["*.md"]) if not f.error]
    assert only == ["sub/deeper/notes.md"]


def test_kill_mid_run_then_resume(tmp_path: Path) -> None:
    count = 300  # the kill lands once 20 are done: more than a second of work left, even on a loaded machine
    src = tmp_path / "many"
    src.mkdir()
    base = (ARTICLES / "breakdown.txt").read_text()
    for i in range(count):
        (src / f"a{i:04d}.txt").write_text(base + f"\nNote {i}: the guard said {i + 3} more were seen.\n")
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "summarizer", "batch", str(src), "-o", str(out), "--jobs", "2", "--no-progress"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    state = out / ".summarizer-state.jsonl"
    deadline = time.time() + 60
    while time.time() < deadline and (not state.exists() or len(state.read_text().splitlines()) < 20):
        time.sleep(0.05)
    proc.kill()  # SIGKILL: no clean-up at all
    proc.wait()
    done_before = len([line for line in state.read_text().splitlines() if line.strip()])
    assert 0 < done_before < count
    for path in out.rglob("*.json"):
        json.loads(path.read_text())  # no truncated JSON anywhere
    second = run(str(src), "-o", str(out), "--jobs", "2", "--no-progress")
    assert second.returncode == 0, second.stderr
    records = [json.loads(line) for line in state.read_text().splitlines() if line.strip()]
    paths = [r["path"] for r in records if r["status"] == "ok"]
    assert len(set(paths)) == count
    # nothing finished before the kill was summarized again (a killed worker's article may be)
    assert len(paths) - count <= 4
    assert len(_jsonl(out / "summaries.jsonl")) == count


def test_interrupt_stops_cleanly_and_says_how_to_resume(tmp_path: Path) -> None:
    src = tmp_path / "many"
    src.mkdir()
    base = (ARTICLES / "breakdown.txt").read_text()
    for i in range(300):
        (src / f"a{i:04d}.txt").write_text(base + f"\nNote {i}.\n")
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "summarizer", "batch", str(src), "-o", str(out), "--jobs", "2", "--no-progress"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    state = out / ".summarizer-state.jsonl"
    deadline = time.time() + 60
    while time.time() < deadline and (not state.exists() or len(state.read_text().splitlines()) < 20):
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "run the same command again to resume" in err and "Traceback" not in err
    assert (out / "report.md").exists() and "interrupted" in (out / "report.md").read_text()
    summaries = _jsonl(out / "summaries.jsonl")
    assert 0 < len(summaries) < 300


def test_summarize_many_is_lazy_and_ordered() -> None:
    items = [ARTICLES / "breakdown.txt", b"", ARTICLES / "pronoun.txt", "Police said two men were hurt."]
    got = list(summarize_many(items, model="rules", jobs=2))
    assert [i for i, _ in got] == items
    assert isinstance(got[0][1], IncidentSummary) and isinstance(got[1][1], SummarizerError)
    assert isinstance(got[3][1], IncidentSummary)

    def endless():  # type: ignore[no-untyped-def]
        i = 0
        while True:
            i += 1
            yield f"Police said {i} people were hurt in a crash on Elm Street."

    stream = summarize_many(endless(), model="rules", jobs=2)
    first = [next(stream) for _ in range(5)]
    stream.close()
    assert [r.incident.figures[0].value for _, r in first if isinstance(r, IncidentSummary) and r.incident] == [
        1,
        2,
        3,
        4,
        5,
    ]


def test_summarize_many_in_completion_order_and_one_job() -> None:
    items = ["Police said two men were hurt.", "Police said three men were hurt."]
    assert {type(r).__name__ for _, r in summarize_many(items, model="rules", jobs=2, ordered=False)} == {
        "IncidentSummary"
    }
    assert [i for i, _ in summarize_many(items, model="rules", jobs=1)] == items


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run(str(tmp_path / "missing")).returncode == 2
    assert run(str(tmp_path), "--force", "--retry-failed").returncode == 2


def test_llm_batch_with_latency_and_rate_limits(tmp_path: Path) -> None:
    import threading

    from fake_openai import FakeOpenAI, Recorded, Reply, payload_from

    from summarizer import summarize

    src = tmp_path / "in"
    src.mkdir()
    names = ["breakdown.txt", "pronoun.txt", "qualifiers.txt", "quotes_styles.txt", "according_to.txt",
             "hedged_claim.txt", "denied.txt", "unnamed_sources.txt"]  # fmt: skip
    answers = {}
    for name in names:
        text = (ARTICLES / name).read_text(encoding="utf-8")
        (src / name).write_text(text, encoding="utf-8")
        answers[text] = payload_from(summarize(text, model="rules"))
    lock = threading.Lock()
    limited = {"n": 0}

    def respond(request: Recorded) -> Reply:
        with lock:
            limited["n"] += 1
            first = limited["n"] <= 3
        if first:
            return Reply(status=429, headers={"retry-after": "0"})
        return Reply(answers[request.article() or ""], delay_s=0.1, usage=(1000, 300))

    with FakeOpenAI(respond) as server:
        env = {**os.environ, "SUMMARIZER_CACHE_DIR": str(tmp_path / "cache")}
        out = tmp_path / "out"
        cmd = [sys.executable, "-m", "summarizer", "batch", str(src), "-o", str(out), "--model", "openai:gpt-4.1-mini",
               "--base-url", server.url, "--jobs", "4", "--no-progress", "--no-cache"]  # fmt: skip
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120, check=False)
        assert proc.returncode == 0, proc.stderr
        assert len(server.requests) == len(names) + 3  # every article once, plus the three 429s retried
        summaries = _jsonl(out / "summaries.jsonl")
        assert len(summaries) == len(names)
        assert all(s["provenance"]["backend"] == "openai" and s["check"]["ok"] for s in summaries)
        assert sum(s["usage"]["retries"] for s in summaries) == 3
        report = (out / "report.md").read_text()
        assert f"Requests: {len(names) + 3}" in report and "cost: $" in report
        # a second run asks the model nothing and costs nothing
        again = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120, check=False)
        assert again.returncode == 0 and len(server.requests) == len(names) + 3
        assert "0 summarized, 8 already done" in again.stderr

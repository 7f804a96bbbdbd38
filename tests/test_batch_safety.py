"""`summarize batch` on hostile folders and under signals: per-article time limit, FIFOs,
symlinks out of the input, an output folder inside the input, workers that outlive their parent,
stale temporaries, the umask, a lock against a second run, and Ctrl-C with requests in flight.

Every process a test starts is ended by the test: each run carries a tag in its environment, so
its workers can be found in /proc (they are no children of the test) and killed if they remain."""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ARTICLES

from summarizer._files import folder_lock, remove_temporaries, write_atomic
from summarizer.batch import discover
from summarizer.cli import main
from summarizer.errors import InputError

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc to find workers")

SMALL = ("breakdown.txt", "pronoun.txt", "qualifiers.txt")


def _tagged(tag: str) -> list[int]:
    """Live processes whose environment carries ``tag`` (a batch and its workers)."""
    mark = f"BATCH_TEST_TAG={tag}".encode()
    pids = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if mark in (proc / "environ").read_bytes().split(b"\0"):
                pids.append(int(proc.name))
        except OSError:  # gone, or a zombie
            continue
    return pids


def _kill_tagged(tag: str) -> None:
    for pid in _tagged(tag):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


@pytest.fixture
def tag() -> Iterator[str]:
    value = uuid.uuid4().hex
    try:
        yield value
    finally:
        _kill_tagged(value)


def _env(tag: str, tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "BATCH_TEST_TAG": tag, "SUMMARIZER_CACHE_DIR": str(tmp_path / "cache")}


def _cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "summarizer", "batch", *args, "--no-progress"]


def _run(
    *args: str, tag: str, tmp_path: Path, umask: int = -1, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        _cmd(*args), capture_output=True, text=True, timeout=timeout, check=False, env=_env(tag, tmp_path), umask=umask
    )


def _main(*args: str, umask: int | None = None) -> subprocess.CompletedProcess[str]:
    """`summarize batch ARGS` in-process, for what needs no process of its own to show (its
    workers are still forked processes): the exit code and what it wrote to stderr."""
    err = io.StringIO()
    old = os.umask(umask) if umask is not None else None
    try:
        with contextlib.redirect_stderr(err):
            code = main(["batch", *args, "--no-progress"], stdout=io.StringIO())
    finally:
        if old is not None:
            os.umask(old)
    return subprocess.CompletedProcess(["summarize", "batch", *args], code, "", err.getvalue())


def _jsonl(path: Path) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _errors(out: Path) -> dict[str, str]:
    return {e["path"]: e["error"] for e in _jsonl(out / "errors.jsonl") if e["error"] != "warning"}


def _small_folder(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name in SMALL:
        (root / name).write_bytes((ARTICLES / name).read_bytes())
    return root


def _big_article(size: int) -> str:
    """Realistic news text (the fixture articles, numbered) of about ``size`` bytes: far more
    than any article summarized within a second or two, on any machine."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))]
    parts: list[str] = []
    total = 0
    while total < size:
        text = f"Part {len(parts)}.\n\n{texts[len(parts) % len(texts)]}\n"
        parts.append(text)
        total += len(text.encode())
    return "".join(parts)


def _wait_for(condition, timeout: float = 60) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


# ---------------------------------------------------------------- time limit


def test_slow_article_times_out_its_worker_is_replaced_and_the_batch_goes_on(tmp_path: Path, tag: str) -> None:
    src = tmp_path / "in"
    src.mkdir()
    big = _big_article(2_900_000)  # several seconds of work, even in linear time
    (src / "a-big.txt").write_text(big)
    (src / "a-big2.txt").write_text(big + "\nOne more line.\n")
    for name in SMALL:  # after the slow ones: with one job, only a new worker can do them
        (src / f"b-{name}").write_bytes((ARTICLES / name).read_bytes())
    out = tmp_path / "out"
    # a hang guard, not a timing: the two slow articles alone would take minutes
    proc = _run(str(src), "-o", str(out), "--jobs", "1", "--article-timeout", "1", "--max-bytes", "3000000",
                tag=tag, tmp_path=tmp_path, timeout=100)  # fmt: skip
    assert proc.returncode == 1, proc.stderr
    errors = {e["path"]: e for e in _jsonl(out / "errors.jsonl")}
    assert errors["a-big.txt"]["error"] == errors["a-big2.txt"]["error"] == "timeout"
    assert "time limit of 1 s" in errors["a-big.txt"]["message"]
    assert sorted(s["source"]["path"].rsplit("/", 1)[-1] for s in _jsonl(out / "summaries.jsonl")) == [
        f"b-{name}" for name in SMALL
    ]
    assert not (out / "a-big.txt.json").exists()
    assert "| timeout | 2 |" in (out / "report.md").read_text()
    assert _tagged(tag) == []  # the killed workers and their replacements are all gone


def test_llm_article_past_the_limit_is_recorded_and_the_batch_ends(tmp_path: Path, tag: str) -> None:
    from fake_openai import FakeOpenAI, Recorded, Reply

    src, answers = _llm_folder(tmp_path, 6)
    slow = (src / "a002.txt").read_text(encoding="utf-8")

    def respond(request: Recorded) -> Reply:  # one article's request is never answered
        article = request.article() or ""
        return Reply(hang=True) if article == slow else Reply(answers[article])

    out = tmp_path / "out"
    with FakeOpenAI(respond) as server:
        # the request timeout is 60 s: a run that waited for the abandoned request would pass 40 s
        proc = _run(str(src), "-o", str(out), "--model", "openai:gpt-4.1-mini", "--base-url", server.url, "--no-cache",
                    "--jobs", "4", "--article-timeout", "1.5", tag=tag, tmp_path=tmp_path, timeout=40)  # fmt: skip
    assert proc.returncode == 1, proc.stderr
    assert _errors(out) == {"a002.txt": "timeout"}
    assert len(_jsonl(out / "summaries.jsonl")) == 5 and not (out / "a002.txt.json").exists()
    assert _tagged(tag) == []


def test_article_timeout_must_not_be_negative(tmp_path: Path) -> None:
    proc = _main(str(_small_folder(tmp_path / "in")), "--article-timeout", "-1")
    assert proc.returncode == 2 and "--article-timeout" in proc.stderr


# ---------------------------------------------------------------- what is read


def test_fifo_and_other_non_files_are_recorded_not_read(tmp_path: Path, tag: str) -> None:
    src = _small_folder(tmp_path / "in")
    os.mkfifo(src / "pipe.txt")  # opening it for reading would wait for a writer forever
    out = tmp_path / "out"
    proc = _run(str(src), "-o", str(out), tag=tag, tmp_path=tmp_path, timeout=60)
    assert proc.returncode == 1, proc.stderr
    errors = {e["path"]: e for e in _jsonl(out / "errors.jsonl")}
    assert errors["pipe.txt"]["error"] == "not_a_file" and "FIFO" in errors["pipe.txt"]["message"]
    assert len(_jsonl(out / "summaries.jsonl")) == len(SMALL)


def test_a_fifo_in_a_files_place_after_discovery_is_refused_without_blocking(tmp_path: Path) -> None:
    from summarizer.batch.discovery import read_regular

    os.mkfifo(tmp_path / "late.txt")
    with pytest.raises(InputError) as info:
        read_regular(tmp_path / "late.txt", "late.txt", 1000)
    assert info.value.kind == "not_a_file"
    (tmp_path / "big.txt").write_text("x" * 2000)
    with pytest.raises(InputError) as info:
        read_regular(tmp_path / "big.txt", "big.txt", 1000)
    assert info.value.kind == "too_large"


def _linked_folder(tmp_path: Path) -> Path:
    outside = tmp_path / "outside"
    (outside / "folder").mkdir(parents=True)
    (outside / "secret.txt").write_bytes((ARTICLES / "denied.txt").read_bytes())
    (outside / "folder" / "other.txt").write_bytes((ARTICLES / "according_to.txt").read_bytes())
    src = _small_folder(tmp_path / "in")
    (src / "link.txt").symlink_to(outside / "secret.txt")
    (src / "linked").symlink_to(outside / "folder")
    (src / "inner").mkdir()
    (src / "inner" / "same.txt").symlink_to(src / "pronoun.txt")  # stays inside: read as usual
    return src


def test_symlinks_out_of_the_input_are_recorded_unless_followed(tmp_path: Path) -> None:
    src = _linked_folder(tmp_path)
    out = tmp_path / "out"
    proc = _main(str(src), "-o", str(out))
    assert proc.returncode == 1, proc.stderr
    errors = _errors(out)
    assert errors == {"link.txt": "outside_input", "linked": "outside_input", "pronoun.txt": "duplicate"}
    assert not (out / "link.txt.json").exists() and not (out / "linked").exists()
    assert not any(s["source"]["path"].endswith(("link.txt", "other.txt")) for s in _jsonl(out / "summaries.jsonl"))

    proc = _main(str(src), "-o", str(out), "--follow-symlinks")
    assert proc.returncode == 0, proc.stderr
    assert (out / "link.txt.json").exists() and (out / "linked" / "other.txt.json").exists()
    assert "outside_input" not in _errors(out).values()


def test_discovery_reports_links_out_and_non_files(tmp_path: Path) -> None:
    src = _linked_folder(tmp_path)
    os.mkfifo(src / "pipe.txt")
    errors = {f.rel: (f.error or "").split(":")[0] for f in discover(src) if f.error}
    assert errors == {"link.txt": "outside_input", "linked": "outside_input", "pipe.txt": "not_a_file"}
    followed = [f.rel for f in discover(src, follow_symlinks=True) if not f.error]
    assert "link.txt" in followed and "linked/other.txt" in followed


def test_output_folder_inside_the_input_is_never_read(tmp_path: Path) -> None:
    src = _small_folder(tmp_path / "in")
    out = src / "out"
    for _ in range(2):  # the second run would find the first's pages (.html) and report (.md)
        proc = _main(str(src), "-o", str(out), "--force")
        assert proc.returncode == 0, proc.stderr
    assert not (out / "out").exists()
    paths = [s["source"]["path"] for s in _jsonl(out / "summaries.jsonl")]
    assert len(paths) == len(SMALL) and not any("/out/" in p for p in paths)
    assert _jsonl(out / "errors.jsonl") == []
    same = _main(str(src), "-o", str(src))
    assert same.returncode == 2 and "cannot be the input folder" in same.stderr


# ---------------------------------------------------------------- what is written


def test_outputs_follow_the_umask_and_stale_temporaries_go(tmp_path: Path) -> None:
    src = _small_folder(tmp_path / "in")
    out = tmp_path / "out"
    (out / "sub").mkdir(parents=True)
    stale = [out / ".summaries.jsonl.k3j4h5.tmp", out / "sub" / ".breakdown.txt.json.a1b2c3.tmp"]
    for path in stale:
        path.write_text('{"half": ')
    (out / "notes.tmp").write_text("the user's own file")  # not one of ours: kept
    proc = _main(str(src), "-o", str(out), umask=0o027)
    assert proc.returncode == 0, proc.stderr
    assert not any(p.exists() for p in stale) and (out / "notes.tmp").exists()
    written = [p for p in out.rglob("*") if p.is_file() and p.name not in ("notes.tmp",)]
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in written if not p.name.startswith(".")}
    assert {"summaries.jsonl", "errors.jsonl", "report.md", "index.html", "breakdown.txt.json"} <= set(modes)
    assert set(modes.values()) == {0o640}, modes


@pytest.mark.parametrize("mask", [0o022, 0o077, 0o002])
def test_write_atomic_gives_the_mode_a_new_file_would_get(tmp_path: Path, mask: int) -> None:
    old = os.umask(mask)
    try:
        write_atomic(tmp_path / "f.json", "{}")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "f.json").stat().st_mode) == 0o666 & ~mask
    assert [p.name for p in tmp_path.iterdir()] == ["f.json"]


def test_remove_temporaries_keeps_other_files_and_does_not_follow_links(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / ".x.json.abc.tmp").write_text("")
    out = tmp_path / "out"
    (out / "a").mkdir(parents=True)
    (out / "a" / ".r.json.1.tmp").write_text("")
    (out / "a" / "r.json").write_text("{}")
    (out / "link").symlink_to(elsewhere)
    assert remove_temporaries(out) == 1
    assert (out / "a" / "r.json").exists() and (elsewhere / ".x.json.abc.tmp").exists()


def test_a_second_run_on_a_locked_output_folder_exits_at_once(tmp_path: Path, tag: str) -> None:
    src = _small_folder(tmp_path / "in")
    out = tmp_path / "out"
    with folder_lock(out):  # as a running batch holds it
        proc = _run(str(src), "-o", str(out), tag=tag, tmp_path=tmp_path, timeout=60)
        assert proc.returncode == 2
        assert proc.stderr.count("\n") == 1 and "another summarize batch is writing to this folder" in proc.stderr
        assert f"pid {os.getpid()}" in proc.stderr
        assert not (out / "summaries.jsonl").exists()
    proc = _run(str(src), "-o", str(out), tag=tag, tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr  # the lock went with its holder


def test_an_output_folder_that_cannot_be_made_is_one_line_and_exit_2(tmp_path: Path) -> None:
    src = _small_folder(tmp_path / "in")
    (tmp_path / "file.txt").write_text("not a folder")
    proc = _main(str(src), "-o", str(tmp_path / "file.txt" / "out"))
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "cannot write there" in proc.stderr, proc.stderr


# ---------------------------------------------------------------- signals


def _llm_folder(tmp_path: Path, count: int) -> tuple[Path, dict[str, dict]]:  # type: ignore[type-arg]
    """``count`` articles and, for each, what a model would answer (answers that ground at the
    first try: no re-ask, which would wait behind the requests that hang)."""
    from fake_openai import payload_from

    from summarizer import summarize

    src = tmp_path / "in"
    src.mkdir()
    base = (ARTICLES / "breakdown.txt").read_text(encoding="utf-8")
    answers = {}
    for i in range(count):
        text = base + f"\nFiled from desk {chr(ord('a') + i)}.\n"
        (src / f"a{i:03d}.txt").write_text(text, encoding="utf-8")
        answers[text] = payload_from(summarize(text, model="rules"))
    return src, answers


def _first_answered(answers: dict[str, dict], count: int):  # type: ignore[no-untyped-def,type-arg]
    """A responder that answers the first ``count`` requests and holds every later one."""
    from fake_openai import Recorded, Reply

    lock = threading.Lock()
    seen = {"n": 0}

    def respond(request: Recorded) -> Reply:
        with lock:
            seen["n"] += 1
            first = seen["n"] <= count
        return Reply(answers[request.article() or ""]) if first else Reply(hang=True)

    return respond


def test_ctrl_c_with_requests_in_flight_writes_what_is_done_and_exits_130(tmp_path: Path, tag: str) -> None:
    from fake_openai import FakeOpenAI

    jobs = 16
    src, answers = _llm_folder(tmp_path, 24)
    out = tmp_path / "out"
    with FakeOpenAI(_first_answered(answers, 4)) as server:
        cmd = _cmd(str(src), "-o", str(out), "--model", "openai:gpt-4.1-mini", "--base-url", server.url,
                   "--jobs", str(jobs), "--no-cache")  # fmt: skip
        proc = subprocess.Popen(cmd, env=_env(tag, tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            state = out / ".summarizer-state.jsonl"

            def ready() -> bool:  # four articles done, sixteen requests waiting on the server
                done = state.exists() and len(state.read_text().splitlines()) >= 4
                return done and len(server.requests) >= 4 + jobs

            assert _wait_for(ready), (len(server.requests), proc.poll())
            proc.send_signal(signal.SIGINT)
            # a hang guard (requests in flight would hold it for the 60 s request timeout); the
            # time to exit is measured by benchmarks/bench_interrupt.py: about 0.1 s
            _, err = proc.communicate(timeout=10)
        finally:
            proc.kill()
            proc.wait()
        assert proc.returncode == 130, err
        assert len(server.requests) == 4 + jobs  # never more than --jobs in flight
        assert "run the same command again to resume" in err and "Traceback" not in err
        summaries = _jsonl(out / "summaries.jsonl")  # whole: every line parses
        assert len(summaries) == 4 and all(s["provenance"]["backend"] == "openai" for s in summaries)
        assert "interrupted" in (out / "report.md").read_text()
        assert (out / "errors.jsonl").exists()
        assert _wait_for(lambda: _tagged(tag) == [], 5)  # the workers holding the requests are gone


@pytest.mark.parametrize("model", ["rules", "llm"])
def test_workers_die_with_their_parent(tmp_path: Path, tag: str, model: str) -> None:
    from fake_openai import FakeOpenAI, Reply

    src = tmp_path / "in"
    src.mkdir()
    big = _big_article(1_500_000)
    for i in range(4):
        (src / f"big{i}.txt").write_text(big + f"\nLine {i}.\n")
    with FakeOpenAI(lambda request: Reply(hang=True)) as server:
        llm = ["--model", "openai:gpt-4.1-mini", "--base-url", server.url, "--no-cache"] if model == "llm" else []
        cmd = _cmd(str(src), "-o", str(tmp_path / "out"), "--jobs", "2", "--max-bytes", "3000000", *llm)
        proc = subprocess.Popen(cmd, env=_env(tag, tmp_path), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            if model == "llm":
                assert _wait_for(lambda: len(server.requests) >= 2)
            else:  # the parent and two workers, busy with the big articles
                assert _wait_for(lambda: len(_tagged(tag)) >= 3)
                time.sleep(0.5)
            workers = [pid for pid in _tagged(tag) if pid != proc.pid]
            assert workers
            proc.kill()  # SIGKILL: the parent gets no chance to clean up
            proc.wait()
            assert _wait_for(lambda: _tagged(tag) == [], 5), _tagged(tag)
        finally:
            proc.kill()
            proc.wait()


def test_two_ctrl_c_in_a_row_still_write_the_outputs(tmp_path: Path, tag: str) -> None:
    from fake_openai import FakeOpenAI

    src, answers = _llm_folder(tmp_path, 12)
    out = tmp_path / "out"
    with FakeOpenAI(_first_answered(answers, 4)) as server:
        cmd = _cmd(str(src), "-o", str(out), "--model", "openai:gpt-4.1-mini", "--base-url", server.url,
                   "--jobs", "8", "--no-cache")  # fmt: skip
        proc = subprocess.Popen(cmd, env=_env(tag, tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            state = out / ".summarizer-state.jsonl"
            assert _wait_for(lambda: state.exists() and len(state.read_text().splitlines()) >= 4)
            assert _wait_for(lambda: len(server.requests) >= 12)
            proc.send_signal(signal.SIGINT)
            time.sleep(0.01)
            if proc.poll() is None:
                proc.send_signal(signal.SIGINT)
            _, err = proc.communicate(timeout=30)
        finally:
            proc.kill()
            proc.wait()
        assert proc.returncode == 130, err
        assert len(_jsonl(out / "summaries.jsonl")) == 4
        assert "interrupted" in (out / "report.md").read_text()

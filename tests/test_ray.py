"""`summarize batch --engine ray` and summarizer.ray on a local Ray cluster of 2 CPUs: the same
outputs as the local engine, a worker killed mid-run loses no article and doubles none, at most
--jobs requests in flight for an LLM model, and Ray datasets summarised row by row."""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ray = pytest.importorskip("ray", reason="Ray is not installed: pip install -e '.[dev]' (or '.[ray]')")

from summarizer.batch import BatchOptions, BatchRun  # noqa: E402
from summarizer.cli import main  # noqa: E402
from summarizer.config import Settings  # noqa: E402

pytestmark = [
    # Ray Data's context reads its own deprecated settings (use_push_based_shuffle, use_polars, …)
    # when a dataset runs (Ray 2.60); nothing this project calls or sets is deprecated
    pytest.mark.filterwarnings("ignore::DeprecationWarning:ray.data.context"),
]


@pytest.fixture(scope="module", autouse=True)
def cluster() -> Iterator[None]:
    """A local Ray cluster of 2 CPUs for the module, shut down at its end (no process left)."""
    import logging

    ray.init(address="local", num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR)
    try:
        yield
    finally:
        ray.shutdown()


# Original synthetic articles: a few sentence shapes, with names, places and figures drawn at random.
_PLACES = ["Harlow Bay", "Mirefield", "Stonebridge", "Ashcombe", "Kelby", "Norwood Flats"]
_PEOPLE = [("Mara Ellison", "the fire chief"), ("Tomas Reyes", "a police spokesman"),
           ("June Okafor", "the county sheriff"), ("Ravi Menon", "a city councillor")]  # fmt: skip
_EVENTS = [
    ("a warehouse fire", "burned"),
    ("a bus crash", "injured"),
    ("a flood", "displaced"),
    ("a gas leak", "evacuated"),
]


def _article(i: int) -> str:
    rng = random.Random(i)
    place, (name, role) = rng.choice(_PLACES), rng.choice(_PEOPLE)
    event, verb = rng.choice(_EVENTS)
    n = rng.randint(2, 90)
    lines = [
        f"{event.capitalize()} in {place}",
        "",
        f"{event.capitalize()} {verb} {n} people in {place} on Tuesday, officials said.",
        f'"We are still checking every building," said {name}, {role}.',
        f"According to {name}, {n + 3} crews were sent to the scene from station {i + 1}.",
    ]
    if i % 3 == 0:
        lines.append("Witnesses said a second blast followed, but that could not be independently verified.")
    if i % 5 == 0:
        lines.append(f"The owner denied that the site had failed an inspection, {name} said.")
    return "\n".join(lines) + "\n"


def _folder(root: Path, count: int) -> Path:
    src = root / "in"
    for i in range(count):
        sub = src / f"day{i % 4}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"a{i:03d}.txt").write_text(_article(i), encoding="utf-8")
    (src / "empty.txt").write_text("  \n")
    return src


def _batch(*args: str) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(["batch", *args, "--no-progress"], stdout=io.StringIO())
    return code, err.getvalue()


def _summaries(out: Path) -> dict[str, dict[str, Any]]:
    """summaries.jsonl by article path, without the time each was made."""
    found: dict[str, dict[str, Any]] = {}
    for line in (out / "summaries.jsonl").read_text(encoding="utf-8").splitlines():
        data = json.loads(line)
        data["provenance"].pop("created_at", None)
        found[data["source"]["path"]] = data
    return found


def test_the_ray_engine_writes_what_the_local_engine_writes(tmp_path: Path) -> None:
    src = _folder(tmp_path, 200)
    local, distributed = tmp_path / "local", tmp_path / "ray"
    assert _batch(str(src), "-o", str(local), "--jobs", "2")[0] == 1  # the empty file fails
    code, err = _batch(str(src), "-o", str(distributed), "--engine", "ray")
    assert code == 1, err
    assert "200 summarized, 0 already done, 1 failed" in err
    by_local, by_ray = _summaries(local), _summaries(distributed)
    assert len(by_ray) == 200 and by_ray.keys() == by_local.keys()
    for path in by_local:
        assert by_ray[path] == by_local[path], path
    assert (distributed / "errors.jsonl").read_text() == (local / "errors.jsonl").read_text()
    listing = sorted(str(p.relative_to(local)) for p in local.rglob("*") if p.name != ".summarizer.lock")
    assert listing == sorted(
        str(p.relative_to(distributed)) for p in distributed.rglob("*") if p.name != ".summarizer.lock"
    )
    one = json.loads((distributed / "day1" / "a001.txt.json").read_text())
    one["provenance"].pop("created_at")
    assert one == by_local[str(src / "day1" / "a001.txt")]
    # resume: nothing left to do, nothing redone
    code, err = _batch(str(src), "-o", str(distributed), "--engine", "ray")
    assert "0 summarized, 200 already done, 1 failed" in err


def _dies_first_time(fn: Callable[[dict[str, Any]], Any], marker: str, victim: str) -> Callable[[dict[str, Any]], Any]:
    """``fn``, except that the worker process running ``victim`` dies the first time (SIGKILL's
    effect: no clean-up, no reply), leaving ``marker`` behind as proof."""

    def work(task: dict[str, Any]) -> Any:
        if task["rel"] == victim and not os.path.exists(marker):
            Path(marker).write_text(str(os.getpid()))
            os._exit(1)
        return fn(task)

    return work


class _KillOnce(BatchRun):
    marker = ""
    victim = ""

    def _pool(self, jobs: int, settings_dict: dict[str, Any], lock_fd: int) -> Any:
        pool = super()._pool(jobs, settings_dict, lock_fd)
        submit = pool.submit
        pool.submit = lambda fn, *args: submit(_dies_first_time(fn, self.marker, self.victim), *args)  # type: ignore[method-assign]
        return pool


def test_a_worker_killed_mid_run_loses_no_article_and_doubles_none(tmp_path: Path) -> None:
    src = _folder(tmp_path, 40)
    (src / "empty.txt").unlink()
    out = tmp_path / "out"
    options = BatchOptions(in_dir=src, out_dir=out, settings=Settings(model="rules"), engine="ray")
    run = _KillOnce(options)
    run.marker, run.victim = str(tmp_path / "died"), "day2/a022.txt"
    totals = run.run()
    assert Path(run.marker).exists()  # the worker did die, and Ray ran the article again
    assert (totals.done, totals.failed) == (40, 0)
    paths = Counter(json.loads(line)["source"]["path"] for line in (out / "summaries.jsonl").read_text().splitlines())
    assert len(paths) == 40 and set(paths.values()) == {1}
    states = Counter(json.loads(line)["path"] for line in (out / ".summarizer-state.jsonl").read_text().splitlines())
    assert set(states.values()) == {1}
    assert (out / "day2" / "a022.txt.json").exists() and (out / "errors.jsonl").read_text() == ""


def _hangs(fn: Callable[[dict[str, Any]], Any], victim: str) -> Callable[[dict[str, Any]], Any]:
    def work(task: dict[str, Any]) -> Any:
        if task["rel"] == victim:
            time.sleep(600)
        return fn(task)

    return work


class _OneHangs(BatchRun):
    victim = ""

    def _pool(self, jobs: int, settings_dict: dict[str, Any], lock_fd: int) -> Any:
        pool = super()._pool(jobs, settings_dict, lock_fd)
        submit = pool.submit
        pool.submit = lambda fn, *args: submit(_hangs(fn, self.victim), *args)  # type: ignore[method-assign]
        return pool


def test_an_article_past_the_time_limit_fails_alone(tmp_path: Path) -> None:
    src = _folder(tmp_path, 20)
    (src / "empty.txt").unlink()
    out = tmp_path / "out"
    options = BatchOptions(
        in_dir=src, out_dir=out, settings=Settings(model="rules"), engine="ray", article_timeout_s=1.0
    )
    run = _OneHangs(options)
    run.victim = "day1/a005.txt"
    started = time.monotonic()
    totals = run.run()
    assert time.monotonic() - started < 60  # not the 600 s the article would take
    assert (totals.done, totals.failed) == (19, 1)
    (error,) = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert error["path"] == "day1/a005.txt" and error["error"] == "timeout"
    assert len(_summaries(out)) == 19


def _counting_responder(texts: list[str], *, delay: float) -> tuple[Callable[..., Any], dict[str, int]]:
    """A fake server's responder answering each article with the offline model's reading after
    ``delay`` seconds, and the count of requests in flight it keeps ("now", and the "most")."""
    from fake_openai import Recorded, Reply, payload_from

    from summarizer import summarize

    answers = {t: payload_from(summarize(t, model="rules"), t) for t in texts}
    lock = threading.Lock()
    flight = {"now": 0, "most": 0}

    def respond(request: Recorded) -> Reply:
        with lock:
            flight["now"] += 1
            flight["most"] = max(flight["most"], flight["now"])
        time.sleep(delay)
        with lock:
            flight["now"] -= 1
        return Reply(answers[request.article() or ""])

    return respond, flight


def test_an_llm_model_has_at_most_jobs_requests_in_flight_across_the_cluster(tmp_path: Path) -> None:
    from fake_openai import FakeOpenAI

    src = _folder(tmp_path, 12)
    (src / "empty.txt").unlink()
    respond, flight = _counting_responder([_article(i) for i in range(12)], delay=0.15)
    with FakeOpenAI(respond) as server:
        code, err = _batch(str(src), "-o", str(tmp_path / "out"), "--engine", "ray", "--jobs", "3",
                           "--model", "openai:gpt-4.1-mini", "--base-url", server.url, "--no-cache")  # fmt: skip
    assert code == 0, err
    assert len(server.requests) == 12
    # never passed; reached when the machine lets three tasks overlap, and always more than one
    assert 2 <= flight["most"] <= 3
    summaries = _summaries(tmp_path / "out")
    assert len(summaries) == 12 and all(s["provenance"]["backend"] == "openai" for s in summaries.values())


def test_summarize_dataset_on_a_folder_and_on_jsonl(tmp_path: Path) -> None:
    from summarizer import summarize_records
    from summarizer.ray import read_articles, summarize_dataset

    src = _folder(tmp_path, 6)
    rows = summarize_dataset(read_articles(src), model="rules").take_all()
    by_id = {r["id"]: r for r in rows}
    assert sorted(by_id) == sorted([f"day{i % 4}/a{i:03d}.txt" for i in range(6)] + ["empty.txt"])
    assert by_id["empty.txt"]["summary"] is None and by_id["empty.txt"]["error"]
    expected = {o.id: o for o in summarize_records(
        [{"id": f"day{i % 4}/a{i:03d}.txt", "text": _article(i)} for i in range(6)], model="rules")}  # fmt: skip
    for key, outcome in expected.items():
        got, want = json.loads(by_id[key]["summary"]), json.loads(outcome.summary or "")
        got["provenance"].pop("created_at"), want["provenance"].pop("created_at")
        assert got == want and by_id[key]["error"] is None

    jsonl = tmp_path / "articles.jsonl"
    jsonl.write_text(
        "".join(json.dumps({"id": i, "text": _article(i), "published": "2026-05-05"}) + "\n" for i in range(4))
    )
    rows = summarize_dataset(read_articles(jsonl), model="rules").take_all()
    assert sorted(r["id"] for r in rows) == [0, 1, 2, 3]
    assert all(r["error"] is None and json.loads(r["summary"])["source"]["published"] == "2026-05-05" for r in rows)


def test_summarize_dataset_with_an_llm_model_has_at_most_jobs_requests_in_flight() -> None:
    from fake_openai import FakeOpenAI

    from summarizer.ray import summarize_dataset

    texts = [_article(i) for i in range(12)]
    # slow answers, so requests overlap even while a loaded machine starts the workers one by one
    respond, flight = _counting_responder(texts, delay=0.6)
    with FakeOpenAI(respond) as server:
        settings = Settings(model="openai:gpt-4.1-mini", base_url=server.url, cache=False)
        ds = ray.data.from_items([{"id": i, "text": t} for i, t in enumerate(texts)], override_num_blocks=12)
        rows = summarize_dataset(ds, settings=settings, jobs=3, batch_size=1).take_all()
    assert sorted(r["id"] for r in rows) == list(range(12))
    assert all(r["error"] is None and json.loads(r["summary"])["provenance"]["backend"] == "openai" for r in rows)
    assert len(server.requests) == 12
    assert 1 < flight["most"] <= 3


def test_no_ray_process_is_left_after_a_run_that_started_its_own_cluster(tmp_path: Path) -> None:
    """Without a cluster in the process, --engine ray starts one for the run and ends it."""
    src = _folder(tmp_path, 3)
    before = _ray_processes()
    code = (
        "import sys\nfrom summarizer.cli import main\n"
        f"sys.exit(main(['batch', {str(src)!r}, '-o', {str(tmp_path / 'out')!r}, '--engine', 'ray', '--no-progress']))\n"
    )
    proc = subprocess.run(["python", "-c", code], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr  # the empty file
    assert "3 summarized" in proc.stderr
    assert all(line.startswith("summarize batch: ") for line in proc.stderr.splitlines()), proc.stderr  # no Ray logs
    assert len(_summaries(tmp_path / "out")) == 3
    deadline = time.monotonic() + 10  # its cluster's processes end as the driver goes
    while _ray_processes() - before and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _ray_processes() - before


def _ray_processes() -> set[int]:
    """The pids of Ray's own processes (the cluster's servers and workers) on this machine."""
    found = set()
    for proc in Path("/proc").iterdir():
        with contextlib.suppress(OSError):
            args = (proc / "cmdline").read_bytes().split(b"\0") if proc.name.isdigit() else [b""]
            if args[0].startswith(b"ray::") or any(b"/site-packages/ray/" in a for a in args[:3]):
                found.add(int(proc.name))
    return found


def test_an_address_where_nothing_listens_is_one_line_at_once(tmp_path: Path) -> None:
    src = _folder(tmp_path, 1)
    code = (
        "import sys\nfrom summarizer.cli import main\n"
        f"sys.exit(main(['batch', {str(src)!r}, '--engine', 'ray', '--address', '127.0.0.1:9', '--no-progress']))\n"
    )
    proc = subprocess.run(["python", "-c", code], capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.startswith("summarize: error: cannot reach the Ray cluster at 127.0.0.1:9: ")
    assert len(proc.stderr.strip().splitlines()) == 1

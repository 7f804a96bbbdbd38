"""``summarize batch --batch-api`` end to end: the real openai client against the fake server's
Batch API (files, batches, a status a poll), the same request bodies, grounding and checker as
the synchronous path, re-asks as follow-up batches, resume after a kill, errors and fallback,
cost at batch prices. No key, no network."""

from __future__ import annotations

import copy
import hashlib
import json
import os
import re
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from fake_openai import FakeOpenAI, Recorded, Reply, payload_from

import summarizer.prompting as prompting
from summarizer import Settings, summarize
from summarizer.batch import batch_api
from summarizer.batch.batch_api import BATCH_STATE_FILE
from summarizer.cli import main

MODEL = "openai:gpt-4.1-mini"
KEY = "sk-test-batch-0123456789abcdef"

# original articles, one incident each
ARTICLES = {
    "fire.txt": (
        "Warehouse fire in Eastbrook\n\nA fire destroyed a furniture warehouse in Eastbrook on Sunday night, the "
        'county fire service said.\n\n"The roof had collapsed by the time our first crews arrived," said Tomas '
        "Greve, a fire service spokesman.\n\nNo one was hurt. Forty firefighters worked through the night to stop "
        "the flames from spreading.\n"
    ),
    "flood.txt": (
        "River floods low-lying farms\n\nHeavy rain pushed the Arn river over its banks on Friday, flooding farms "
        'south of Millbrook.\n\n"Some families had to leave their homes in the middle of the night," said Ines '
        "Vardo, the district's emergency coordinator.\n\nAbout 120 people were moved to a school gym, officials said.\n"
    ),
    "news/outage.txt": (
        "Power cut hits northern suburbs\n\nA fault at a substation left 8,000 homes without power in the northern "
        'suburbs on Thursday, the grid operator said.\n\n"Crews are working to restore supply by the evening," said '
        "Paul Okafor, a spokesman for the operator.\n"
    ),
    "news/school.txt": (
        "Gas leak closes school\n\nA gas leak closed Westfield Primary School on Wednesday, the regional education "
        'office said.\n\n"Pupils were sent home as a precaution and nobody was harmed," said Lena Sorensen, the '
        "school's head teacher.\n\nEngineers from the gas company repaired a damaged pipe by the afternoon.\n"
    ),
}
GOOD = {text: payload_from(summarize(text, model="rules"), text) for text in ARTICLES.values()}


def _bad(text: str) -> dict[str, Any]:
    """An answer with a quote the article does not hold: grounding fails it."""
    bad = copy.deepcopy(GOOD[text])
    bad["attributions"][0]["content"] = "the whole district was evacuated by boat"
    return bad


def good_responder(record: Recorded) -> Reply:
    return Reply(GOOD[record.article() or ""], usage=(1000, 300))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "articles"
    for rel, text in ARTICLES.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def fast_poll(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_BATCH_POLL_S", "0.01")


def run(srv: FakeOpenAI, folder: Path, out: Path, *extra: str) -> int:
    return main(["batch", str(folder), "-o", str(out), "-m", MODEL, "--base-url", srv.url, "--batch-api",
                 "--no-cache", *extra])  # fmt: skip


def by_path(out: Path, folder: Path) -> dict[str, dict[str, Any]]:
    """summaries.jsonl by each article's path under ``folder``."""
    return {Path(s["source"]["path"]).relative_to(folder).as_posix(): s for s in lines(out / "summaries.jsonl")}


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def calls(srv: FakeOpenAI) -> Counter[str]:
    """HTTP calls by kind: uploads, creations, polls, downloads."""
    kinds = Counter()
    for method, path in srv.calls:
        if method == "POST" and path == "/v1/files":
            kinds["upload"] += 1
        elif method == "POST" and path == "/v1/batches":
            kinds["create"] += 1
        elif method == "GET" and path.startswith("/v1/batches/"):
            kinds["poll"] += 1
        elif method == "GET" and path.endswith("/content"):
            kinds["download"] += 1
        else:
            kinds[f"{method} {path}"] += 1
    return kinds


def sync_summary(srv: FakeOpenAI, text: str, *replies: Reply, **kw: Any) -> dict[str, Any]:
    """What the synchronous path gives for ``text`` with the same answers."""
    srv.script(*replies)
    settings = Settings.from_env({}, base_url=srv.url, cache=False, **kw)
    return json.loads(summarize(text, model=MODEL, settings=settings).model_dump_json())


def comparable(summary: dict[str, Any]) -> dict[str, Any]:
    """A summary without what differs between two runs of the same answers: time, path, usage."""
    out = {k: v for k, v in summary.items() if k not in ("provenance", "usage", "source")}
    out["provenance"] = {k: v for k, v in summary["provenance"].items() if k not in ("created_at",)}
    return out


def test_a_batch_line_is_the_synchronous_request_body(folder: Path, tmp_path: Path, fast_poll: None) -> None:
    text = ARTICLES["fire.txt"]
    for mode in ("json_schema", "tools"):
        with FakeOpenAI(good_responder) as srv:
            sync_summary(srv, text, Reply(GOOD[text]), mode=mode)
            (sync,) = srv.requests
            assert run(srv, folder, tmp_path / f"out-{mode}", "--mode", mode) == 0
            line = next(r for r in srv.batch_requests if r.custom_id == "fire.txt")
        assert line.path == "/v1/chat/completions"

        def fresh(body: dict[str, Any]) -> str:  # each request has its own random article boundary
            return re.sub(r"\b[0-9a-f]{16}\b", "BOUNDARY", json.dumps(body, sort_keys=True))

        assert fresh(line.body) == fresh(sync.body)
        assert ("tools" in line.body) == (mode == "tools")


def test_a_folder_end_to_end(folder: Path, tmp_path: Path, fast_poll: None, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    with FakeOpenAI(good_responder) as srv:
        expected = {rel: sync_summary(srv, text, Reply(GOOD[text], usage=(1000, 300)))
                    for rel, text in ARTICLES.items()}  # fmt: skip
        srv.calls.clear()
        assert run(srv, folder, out) == 0
        (batch,) = srv.batches.values()
        assert (batch["endpoint"], batch["completion_window"]) == ("/v1/chat/completions", "24h")
        assert srv.files[batch["input_file_id"]]["purpose"] == "batch"
        # one request per article, all in one batch, each named by its article
        assert sorted(r.custom_id or "" for r in srv.batch_requests) == sorted(ARTICLES)
        kinds = calls(srv)
    assert (kinds["upload"], kinds["create"], kinds["download"]) == (1, 1, 1)
    assert kinds["poll"] == 3  # validating -> in_progress -> finalizing -> completed
    assert set(kinds) == {"upload", "create", "poll", "download"}
    # exactly the normal batch's outputs, and each summary the synchronous path's
    assert set(by_path(out, folder)) == set(ARTICLES)
    for rel in ARTICLES:
        written = json.loads((out / f"{rel}.json").read_text(encoding="utf-8"))
        assert comparable(written) == comparable(expected[rel])
        assert (out / f"{rel}.html").exists()
        assert written["usage"]["requests"] == expected[rel]["usage"]["requests"] == 1
        assert written["usage"]["input_tokens"] == 1000 and written["usage"]["output_tokens"] == 300
    assert lines(out / "errors.jsonl") == []
    assert (out / "index.html").exists() and (out / "report.md").exists()
    err = capsys.readouterr().err
    assert re.search(r"batch batch_1: in_progress, 0/4 requests done \(0 failed\), \d+ s", err)
    assert "batch batch_1: completed, 4/4 requests done (0 failed)" in err


def test_cost_is_at_batch_prices(folder: Path, tmp_path: Path, fast_poll: None) -> None:
    out = tmp_path / "out"
    with FakeOpenAI(good_responder) as srv:
        assert run(srv, folder, out) == 0
    for rel in ARTICLES:
        usage = json.loads((out / f"{rel}.json").read_text(encoding="utf-8"))["usage"]
        # gpt-4.1-mini: 0.40 / 1.60 dollars a million tokens synchronously, half through batches
        assert usage["cost_usd"] == pytest.approx((1000 * 0.20 + 300 * 0.80) / 1e6)
    assert "$0.0018" in (out / "report.md").read_text(encoding="utf-8")  # 4 x 0.00044


def test_an_answer_that_fails_grounding_is_asked_again_in_a_follow_up_batch(
    folder: Path, tmp_path: Path, fast_poll: None
) -> None:
    flood = ARTICLES["flood.txt"]

    def responder(record: Recorded) -> Reply:
        text = record.article() or ""
        reask = len(record.messages) > 2
        return Reply(_bad(text) if text == flood and not reask else GOOD[text], usage=(1000, 300))

    out = tmp_path / "out"
    with FakeOpenAI(responder) as srv:
        expected = sync_summary(srv, flood, Reply(_bad(flood)), Reply(GOOD[flood]))
        sync_reask = srv.requests[1].messages[-1]["content"]
        assert run(srv, folder, out) == 0
        first, second = srv.batches.values()
        asked = [(r.custom_id, len(r.messages)) for r in srv.batch_requests]
    assert first["request_counts"]["total"] == 4
    assert second["request_counts"]["total"] == 1  # only the article that failed
    assert asked[-1] == ("flood.txt", 3)
    reask = srv.batch_requests[-1].messages[-1]["content"]
    assert reask == sync_reask and "the whole district was evacuated by boat" in reask
    written = json.loads((out / "flood.txt.json").read_text(encoding="utf-8"))
    assert comparable(written) == comparable(expected)
    assert written["usage"]["requests"] == 2 and written["usage"]["retries"] == 1
    assert written["usage"]["input_tokens"] == 2000
    assert not any(f["rule"] == "reask" for f in written["check"]["findings"])


def test_still_failing_after_the_last_round_keeps_only_what_is_grounded(
    folder: Path, tmp_path: Path, fast_poll: None
) -> None:
    flood = ARTICLES["flood.txt"]

    def responder(record: Recorded) -> Reply:
        text = record.article() or ""
        return Reply(_bad(text) if text == flood else GOOD[text])

    out = tmp_path / "out"
    with FakeOpenAI(responder) as srv:
        expected = sync_summary(srv, flood, Reply(_bad(flood)), Reply(_bad(flood)), max_reasks=1)
        assert run(srv, folder, out, "--max-reasks", "1") == 0
        assert len(srv.batches) == 2
    written = json.loads((out / "flood.txt.json").read_text(encoding="utf-8"))
    assert comparable(written) == comparable(expected)
    assert any(f["rule"] == "reask" for f in written["check"]["findings"])
    assert all(a["content"] != "the whole district was evacuated by boat" for a in written["attributions"])


def test_a_rerun_with_nothing_new_sends_nothing(folder: Path, tmp_path: Path, fast_poll: None) -> None:
    out = tmp_path / "out"
    late = ARTICLES["fire.txt"].replace("Warehouse fire in Eastbrook", "Update: warehouse fire")

    def responder(record: Recorded) -> Reply:
        text = record.article() or ""
        return Reply(GOOD[ARTICLES["fire.txt"]] if text == late else GOOD[text])

    with FakeOpenAI(responder) as srv:
        assert run(srv, folder, out) == 0
        srv.calls.clear()
        assert run(srv, folder, out) == 0
        assert srv.calls == []  # not one request to /v1/files or /v1/batches
        (folder / "late.txt").write_text(late, encoding="utf-8")
        assert run(srv, folder, out) == 0
        assert [r.custom_id for r in srv.batch_requests[len(ARTICLES) :]] == ["late.txt"]  # only the new one
        assert len(srv.batches) == 2


def test_a_killed_run_resumes_its_batch_and_sends_no_article_twice(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    with FakeOpenAI(good_responder) as srv:
        srv.hold.set()  # the batch stays in progress until the kill
        env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
        env.update(SUMMARIZER_BATCH_POLL_S="0.05", SUMMARIZER_CACHE_DIR=str(tmp_path / "cache"))
        proc = subprocess.Popen(
            [sys.executable, "-m", "summarizer", "batch", str(folder), "-o", str(out), "-m", MODEL,
             "--base-url", srv.url, "--batch-api"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + 60
            while not any(b["status"] == "in_progress" for b in list(srv.batches.values())):
                assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
                assert time.monotonic() < deadline, "the batch was never polled"
                time.sleep(0.05)
            proc.kill()
        finally:
            proc.kill()
            proc.wait(timeout=30)
            if proc.stderr:
                proc.stderr.close()
        assert json.loads((out / BATCH_STATE_FILE).read_text(encoding="utf-8"))["batches"]
        srv.hold.clear()
        os.environ["SUMMARIZER_BATCH_POLL_S"] = "0.01"
        try:
            assert run(srv, folder, out) == 0
        finally:
            del os.environ["SUMMARIZER_BATCH_POLL_S"]
        kinds = calls(srv)
    assert len(srv.batches) == 1 and kinds["create"] == 1 and kinds["upload"] == 1  # polled again, never resent
    ids = [r.custom_id for r in srv.batch_requests]
    assert sorted(ids) == sorted(ARTICLES)  # every article asked exactly once
    assert len(lines(out / "summaries.jsonl")) == len(ARTICLES)


@pytest.mark.parametrize("edited", [False, True])
def test_a_run_killed_after_creating_a_batch_finds_it_instead_of_creating_another(
    folder: Path, tmp_path: Path, fast_poll: None, edited: bool
) -> None:
    """The state names the uploaded file before the batch is created: a run killed between
    the creation and the state's next write finds the batch by its file (and asks again for an
    article edited since)."""
    out = tmp_path / "out"
    # replayed by hand: a state with an uploaded file marked as maybe created, and that batch on the server
    with FakeOpenAI(good_responder) as srv:
        sha = "0" * 64 if edited else hashlib.sha256((folder / "fire.txt").read_bytes()).hexdigest()
        messages = prompting.load("summarize").messages(ARTICLES["fire.txt"], published=None)
        body = {"custom_id": "fire.txt", "method": "POST", "url": "/v1/chat/completions",
                "body": {"model": "gpt-4.1-mini", "messages": messages}}  # fmt: skip
        file = srv._add_file((json.dumps(body) + "\n").encode(), "requests.jsonl", "batch")
        srv._create({"input_file_id": file["id"], "endpoint": "/v1/chat/completions", "completion_window": "24h"})
        out.mkdir(parents=True, exist_ok=True)
        state = {
            "key": {"model": MODEL, "base_url": srv.url, "mode": "json_schema", "prompt": "summarize@1"},
            "articles": {}, "batches": {}, "uploaded": {"file": file["id"], "articles": ["fire.txt"],
                                                       "sha256": [sha], "maybe_created": True},
        }  # fmt: skip
        (out / ".summarizer-state.jsonl").unlink(missing_ok=True)
        (out / BATCH_STATE_FILE).write_text(json.dumps(state), encoding="utf-8")
        srv.calls.clear()
        assert run(srv, folder, out) == 0
        kinds = calls(srv)
        assert kinds["GET /v1/batches?limit=100"] == 1  # looked for it
        assert len(srv.batches) == 2  # the found one, and one for the articles it did not hold
        assert srv.batches["batch_2"]["request_counts"]["total"] == len(ARTICLES) - (0 if edited else 1)
        counts = Counter(r.custom_id for r in srv.batch_requests)
    # each article answered once: fire.txt from the batch found, or, edited, in the new batch
    # (the one found then holds no article of this run's and is not read)
    assert counts == Counter(list(ARTICLES))
    assert set(by_path(out, folder)) == set(ARTICLES)


@pytest.mark.parametrize("fallback", [False, True])
def test_a_failed_request_is_an_error_or_the_offline_result(
    folder: Path, tmp_path: Path, fast_poll: None, fallback: bool
) -> None:
    school = ARTICLES["news/school.txt"]

    def responder(record: Recorded) -> Reply:
        text = record.article() or ""
        return Reply(status=500) if text == school else Reply(GOOD[text])

    out = tmp_path / "out"
    with FakeOpenAI(responder) as srv:
        assert run(srv, folder, out, *(["--fallback", "rules"] if fallback else [])) == (0 if fallback else 1)
        assert len(srv.batches) == 1  # a failed request is not asked again
    errors = {e["path"]: e for e in lines(out / "errors.jsonl")}
    summaries = by_path(out, folder)
    if not fallback:
        assert set(errors) == {"news/school.txt"}
        assert errors["news/school.txt"]["error"] == "BackendError"
        assert "the request failed: scripted error 500" in errors["news/school.txt"]["message"]
        assert set(summaries) == {"fire.txt", "flood.txt", "news/outage.txt"}
    else:
        assert errors == {}
        offline = summaries["news/school.txt"]
        assert offline["provenance"]["model"] == "rules"
        notice = next(f for f in offline["check"]["findings"] if f["rule"] == "llm-fallback")
        assert "scripted error 500" in notice["message"]


@pytest.mark.parametrize("fallback", [False, True])
def test_an_expired_batch_is_errors_or_the_offline_results(
    folder: Path, tmp_path: Path, fast_poll: None, fallback: bool
) -> None:
    out = tmp_path / "out"
    with FakeOpenAI(good_responder) as srv:
        srv.script_batches("expired")
        assert run(srv, folder, out, *(["--fallback", "rules"] if fallback else [])) == (0 if fallback else 1)
        assert srv.batch_requests == []  # none was answered
    errors = lines(out / "errors.jsonl")
    if not fallback:
        assert sorted(e["path"] for e in errors) == sorted(ARTICLES)
        assert all(e["error"] == "BackendError" and "batch batch_1 expired" in e["message"] for e in errors)
        assert all(set(e) == {"path", "error", "message"} for e in errors)  # the normal batch's records
    else:
        assert errors == []
        for summary in lines(out / "summaries.jsonl"):
            assert summary["provenance"]["model"] == "rules"
            assert any("batch_1 expired" in f["message"] for f in summary["check"]["findings"])


def test_a_failed_batch_with_fallback_gives_the_offline_summaries(
    folder: Path, tmp_path: Path, fast_poll: None
) -> None:
    out = tmp_path / "out"
    with FakeOpenAI(good_responder) as srv:
        srv.script_batches("failed")
        assert run(srv, folder, out, "--fallback", "rules") == 0
    for summary in lines(out / "summaries.jsonl"):
        assert summary["provenance"]["model"] == "rules"
        assert any("batch_1 failed: scripted failure" in f["message"] for f in summary["check"]["findings"])


def test_the_key_never_appears(
    folder: Path, tmp_path: Path, fast_poll: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    out = tmp_path / "out"
    with FakeOpenAI(good_responder) as srv:
        srv.script_batches("cancelled")
        run(srv, folder, out)
        assert run(srv, folder, out, "--retry-failed") == 0
    assert KEY not in capsys.readouterr().err
    for path in out.rglob("*"):
        if path.is_file():
            assert KEY not in path.read_text(encoding="utf-8", errors="replace"), path


def test_the_offline_model_is_a_usage_error(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["batch", str(folder), "-o", str(tmp_path / "out"), "-m", "rules", "--batch-api"])
    assert code == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "--batch-api needs an OpenAI-compatible model" in err
    assert not (tmp_path / "out").exists()


def test_the_batch_api_with_another_engine_is_a_usage_error(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["batch", str(folder), "-o", str(tmp_path / "out"), "-m", MODEL, "--batch-api", "--engine", "ray"])
    assert code == 2
    assert "--batch-api sends the requests to the provider: no --engine with it" in capsys.readouterr().err


def test_a_bad_poll_interval_is_a_usage_error(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SUMMARIZER_BATCH_POLL_S", "soon")
    with FakeOpenAI(good_responder) as srv:
        assert run(srv, folder, tmp_path / "out") == 2
    assert "SUMMARIZER_BATCH_POLL_S='soon'" in capsys.readouterr().err


def test_an_unreachable_server_is_one_line_naming_the_url(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("SUMMARIZER_MAX_HTTP_RETRIES", "0")
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/v1"
    code = main(["batch", str(folder), "-o", str(tmp_path / "out"), "-m", MODEL, "--base-url", url, "--batch-api"])
    assert code == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith(f"summarize: error: cannot reach {url}/files")
    assert KEY not in "\n".join(err)


def test_a_folder_larger_than_a_batch_goes_in_several(
    folder: Path, tmp_path: Path, fast_poll: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch_api, "MAX_REQUESTS", 3)
    out = tmp_path / "out"
    with FakeOpenAI(good_responder) as srv:
        assert run(srv, folder, out) == 0
        assert [b["request_counts"]["total"] for b in srv.batches.values()] == [3, 1]
        assert sorted(r.custom_id or "" for r in srv.batch_requests) == sorted(ARTICLES)
    assert set(by_path(out, folder)) == set(ARTICLES)


def test_a_line_that_is_not_a_chat_completion_is_an_error_not_a_reask(
    folder: Path, tmp_path: Path, fast_poll: None
) -> None:
    school = ARTICLES["news/school.txt"]

    def responder(record: Recorded) -> Reply:
        text = record.article() or ""
        return Reply(raw=b"<html>maintenance</html>") if text == school else Reply(GOOD[text])

    out = tmp_path / "out"
    with FakeOpenAI(responder) as srv:
        assert run(srv, folder, out) == 1
        assert len(srv.batches) == 1
    (error,) = lines(out / "errors.jsonl")
    assert error["path"] == "news/school.txt" and error["error"] == "BackendError"
    assert "not a chat completion" in error["message"] and "/chat/completions" in error["message"]

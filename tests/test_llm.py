"""The LLM path end to end: the real openai client and instructor against a real local HTTP
server speaking the OpenAI protocol (scripted replies, every request recorded). No key, no
network."""

from __future__ import annotations

import contextlib
import copy
import io
import json
import logging
import re
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import ARTICLES
from fake_openai import FakeOpenAI, Reply, payload_from
from spans import assert_spans_slice

from summarizer import BackendError, ConfigError, ExtractionError, Settings, summarize

TEXT = (ARTICLES / "breakdown.txt").read_text(encoding="utf-8")
MODEL = "openai:gpt-4.1-mini"


@pytest.fixture(scope="module")
def good() -> dict[str, Any]:
    return payload_from(summarize(TEXT, model="rules"))


@pytest.fixture
def server() -> FakeOpenAI:
    with FakeOpenAI() as srv:
        yield srv


def settings(srv: FakeOpenAI, tmp_path: Path, **kw: Any) -> Settings:
    base = {"base_url": srv.url, "cache_dir": tmp_path / "cache", "max_http_retries": 2, "timeout_s": 5.0}
    base.update(kw)
    return Settings.from_env({}, **base)


def test_valid_reply_gives_a_grounded_checked_summary(server: FakeOpenAI, good: dict[str, Any], tmp_path: Path) -> None:
    server.script(Reply(good, usage=(1500, 600)))
    result = summarize(TEXT, model=MODEL, settings=settings(server, tmp_path))
    assert result.check.ok, result.check.findings
    assert_spans_slice(result, TEXT)
    assert result.provenance.model == MODEL and result.provenance.backend == "openai"
    assert result.provenance.prompt == "summarize@1"
    assert (result.usage.requests, result.usage.retries) == (1, 0)
    assert (result.usage.input_tokens, result.usage.output_tokens) == (1500, 600)
    assert result.usage.cost_usd == pytest.approx((1500 * 0.40 + 600 * 1.60) / 1e6)
    assert [f.value for f in result.incident.figures] == [30, 11, 9, 5, 5]  # type: ignore[union-attr]
    (request,) = server.requests
    assert request.body["model"] == "gpt-4.1-mini"
    assert request.body["response_format"]["type"] == "json_schema"  # a compatible server: JSON schema mode
    assert request.article() == TEXT


def test_tools_mode(server: FakeOpenAI, good: dict[str, Any], tmp_path: Path) -> None:
    server.script(Reply(good))
    result = summarize(TEXT, model=MODEL, settings=settings(server, tmp_path, mode="tools"))
    assert result.check.ok
    assert server.requests[0].body["tools"][0]["function"]["name"] == "LLMSummary"


def test_invalid_then_valid_reasks_with_only_the_findings(
    server: FakeOpenAI, good: dict[str, Any], tmp_path: Path
) -> None:
    bad = copy.deepcopy(good)
    bad["attributions"][2]["content"] = "five drones were shot down over the capital"
    server.script(Reply(bad), Reply(good))
    result = summarize(TEXT, model=MODEL, settings=settings(server, tmp_path))
    assert result.check.ok and len(result.attributions) == len(good["attributions"])
    assert (result.usage.requests, result.usage.retries) == (2, 1)
    first, second = server.requests
    assert len(first.messages) == 2 and len(second.messages) == 3
    reask = second.messages[2]["content"]
    assert "not in the article" in reask and "five drones were shot down over the capital" in reask
    # the re-ask does not carry the previous answer: the context does not grow
    assert "Coastal Guard of Veloria says" not in reask
    assert [m["content"].count(f">>>\n{TEXT}\n<<<END ") for m in second.messages] == [0, 1, 0]  # article: once, whole


def test_hallucinated_quote_is_dropped_after_the_last_attempt(
    server: FakeOpenAI, good: dict[str, Any], tmp_path: Path
) -> None:
    bad = copy.deepcopy(good)
    bad["attributions"].append({
        "speaker": "A spokesman for the guard", "speaker_name": None, "cue": "said",
        "content": "We will bomb their airfields next week", "type": "direct", "status": "attributed", "flags": [],
    })  # fmt: skip
    server.script(Reply(bad), Reply(bad), Reply(bad))
    result = summarize(TEXT, model=MODEL, settings=settings(server, tmp_path, max_reasks=2))
    assert len(server.requests) == 3
    assert all("bomb" not in a.content for a in result.attributions)
    assert len(result.attributions) == len(good["attributions"])
    rules = [f.rule for f in result.check.findings]
    assert "grounding" in rules and "reask" in rules
    assert result.check.ok  # what is kept is grounded


def test_429_then_200_honours_retry_after(server: FakeOpenAI, good: dict[str, Any], tmp_path: Path) -> None:
    server.script(Reply(status=429, headers={"retry-after": "0"}), Reply(good))
    result = summarize(TEXT, model=MODEL, settings=settings(server, tmp_path))
    assert result.check.ok
    assert (result.usage.requests, result.usage.retries) == (2, 1)


def test_5xx_until_retries_run_out(server: FakeOpenAI, tmp_path: Path) -> None:
    server.script(*[Reply(status=503) for _ in range(3)])
    with pytest.raises(BackendError) as info:
        summarize(TEXT, model=MODEL, settings=settings(server, tmp_path, max_http_retries=2))
    assert info.value.status_code == 503
    assert info.value.endpoint == f"{server.url}/chat/completions"
    assert "HTTP 503" in str(info.value) and "not match" not in str(info.value)
    assert len(server.requests) == 3  # the first try and two transport retries


def test_timeout(server: FakeOpenAI, good: dict[str, Any], tmp_path: Path) -> None:
    server.script(Reply(good, delay_s=1.5), Reply(good, delay_s=1.5))
    with pytest.raises(BackendError, match="timed out") as info:
        summarize(TEXT, model=MODEL, settings=settings(server, tmp_path, timeout_s=0.3, max_http_retries=1))
    assert info.value.endpoint == f"{server.url}/chat/completions" and info.value.endpoint in str(info.value)


def test_connection_refused_is_a_transport_error(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = Settings.from_env({}, base_url=f"http://127.0.0.1:{port}/v1", cache=False, max_http_retries=0)
    with pytest.raises(BackendError, match="cannot connect") as info:
        summarize(TEXT, model=MODEL, settings=config)
    assert f"http://127.0.0.1:{port}/v1/chat/completions" in str(info.value)
    assert info.value.status_code is None


def test_malformed_json_answer_is_reasked(server: FakeOpenAI, good: dict[str, Any], tmp_path: Path) -> None:
    broken = {"choices": [{"index": 0, "message": {"role": "assistant", "content": "{not json"}, "finish_reason": "stop"}],
              "id": "x", "object": "chat.completion", "created": 0, "model": "m",
              "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}}  # fmt: skip
    server.script(Reply(raw=json.dumps(broken).encode()), Reply(good))
    result = summarize(TEXT, model=MODEL, settings=settings(server, tmp_path))
    assert result.check.ok and result.usage.requests == 2
    assert "Invalid JSON" in server.requests[1].messages[2]["content"]


def test_malformed_json_every_time_is_an_extraction_error(server: FakeOpenAI, tmp_path: Path) -> None:
    server.script(*[Reply(raw=b'{"choices": [{"message": {"content": "nope"}}]}') for _ in range(3)])
    with pytest.raises(ExtractionError) as info:
        summarize(TEXT, model=MODEL, settings=settings(server, tmp_path, max_reasks=2, max_http_retries=0))
    assert info.value.attempts == 3 and len(server.requests) == 3
    assert info.value.endpoint == f"{server.url}/chat/completions"
    assert f"the model at {server.url}/chat/completions gave no usable answer in 3 attempt(s)" in str(info.value)


KEY = "sk-fake-GARBAGE-0123456789abcdef"


def _completion_body(message: dict[str, Any] | None, finish: str = "stop") -> bytes:
    choice = {"index": 0, "message": message, "finish_reason": finish}
    return json.dumps({"id": "x", "object": "chat.completion", "created": 0, "model": "m", "choices": [choice],
                       "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}}).encode()  # fmt: skip


def _content(text: str, finish: str = "stop") -> bytes:
    return _completion_body({"role": "assistant", "content": text}, finish)


# (id, body, content type, the error, words its message holds, requests with one re-ask allowed)
GARBAGE = [
    ("html-page", f"<html><body>Bad gateway {KEY}</body></html>".encode(), "text/html", BackendError,
     "with a body that is not JSON ('<html><body>Bad gateway ***</body></html>')", 1),
    ("html-as-json", b"<!DOCTYPE html><title>Login</title>", "application/json", BackendError,
     "with a body that is not JSON ('<!DOCTYPE html>", 1),
    ("empty-body", b"", "application/json", BackendError, "with an empty body, not a chat completion", 1),
    ("other-json", b'{"detail": "Not Found"}', "application/json", BackendError, "JSON that holds no choices", 1),
    ("no-choices", b'{"choices": []}', "application/json", BackendError, "JSON that holds no choices", 1),
    ("no-message", _completion_body(None), "application/json", BackendError, "a choice that holds no message", 1),
    ("html-content", _content(f"<p>Sorry, I cannot help with that. {KEY}</p>"), "application/json", ExtractionError,
     "gave no usable answer in 2 attempt(s): answer: Invalid JSON", 2),
    ("empty-content", _content(""), "application/json", ExtractionError, "gave no usable answer in 2 attempt(s)", 2),
    ("wrong-shape", _content('{"title": "Bridge closed"}'), "application/json", ExtractionError,
     "headline: Field required", 2),
    ("cut-off", _content('{"headline": "Guard', "length"), "application/json", ExtractionError,
     "cut off at the model's output limit", 2),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "content_type", "error", "words", "requests"),
    [case[1:] for case in GARBAGE],
    ids=[case[0] for case in GARBAGE],
)
def test_a_garbage_answer_is_an_error_naming_the_endpoint_and_the_fallback_covers_it(
    server: FakeOpenAI,
    tmp_path: Path,
    body: bytes,
    content_type: str,
    error: type[Exception],
    words: str,
    requests: int,
) -> None:
    """A server that answers 200 with what is not a chat completion is the server's failure (no
    re-ask); a completion whose content is unusable is the model's (re-asked). Both name the
    endpoint, never the key, and --fallback rules covers both."""
    config = settings(server, tmp_path, max_reasks=1, max_http_retries=0, api_key=KEY)
    endpoint = f"{server.url}/chat/completions"
    server.script(*[Reply(raw=body, content_type=content_type) for _ in range(2)])
    with pytest.raises(error) as info:
        summarize(TEXT, model=MODEL, settings=config)
    message = str(info.value)
    assert words in message and endpoint in message and KEY not in message
    assert info.value.endpoint == endpoint  # type: ignore[attr-defined]
    assert len(server.requests) == requests
    if isinstance(info.value, BackendError):
        assert info.value.status_code == 200
    else:
        assert info.value.attempts == 2  # type: ignore[attr-defined]

    server.script(*[Reply(raw=body, content_type=content_type) for _ in range(2)])
    result = summarize(TEXT, model=MODEL, settings=config.with_(fallback="rules"))
    assert result.provenance.model == "rules"
    (notice,) = [f for f in result.check.findings if f.rule == "llm-fallback"]
    assert notice.severity == "warning" and endpoint in notice.message and words in notice.message
    assert KEY not in result.model_dump_json()


def test_credentials_in_the_base_url_are_not_named(server: FakeOpenAI, tmp_path: Path) -> None:
    server.script(Reply(status=503))
    port = server.url.split(":")[2].split("/")[0]
    config = settings(
        server, tmp_path, base_url=f"http://proxyuser:s3cret-pass@127.0.0.1:{port}/v1", max_http_retries=0
    )
    with pytest.raises(BackendError) as info:
        summarize(TEXT, model=MODEL, settings=config)
    assert info.value.endpoint == f"http://***@127.0.0.1:{port}/v1/chat/completions"
    assert info.value.endpoint in str(info.value) and "s3cret-pass" not in str(info.value)
    assert len(server.requests) == 1  # the URL itself is asked as given


def test_a_404_from_a_base_url_without_v1_says_so(server: FakeOpenAI, tmp_path: Path) -> None:
    server.script(Reply(status=404))
    base = server.url.removesuffix("/v1")
    with pytest.raises(BackendError) as info:
        summarize(TEXT, model=MODEL, settings=settings(server, tmp_path, base_url=base, max_http_retries=0))
    assert info.value.status_code == 404 and info.value.endpoint == f"{base}/chat/completions"
    assert f"{base}/chat/completions answered HTTP 404" in str(info.value)
    assert "usually ends in /v1" in str(info.value)
    server.script(Reply(status=404))  # with /v1, a 404 is the server's word (an unknown model), no hint
    with pytest.raises(BackendError) as info:
        summarize(TEXT, model=MODEL, settings=settings(server, tmp_path, max_http_retries=0))
    assert "HTTP 404" in str(info.value) and "/v1" not in str(info.value).split("answered")[1]


def test_cache_hit_costs_nothing(server: FakeOpenAI, good: dict[str, Any], tmp_path: Path) -> None:
    server.script(Reply(good))
    config = settings(server, tmp_path)
    first = summarize(TEXT, model=MODEL, settings=config)
    second = summarize(TEXT, model=MODEL, settings=config)
    assert len(server.requests) == 1
    assert second.provenance.cached and not first.provenance.cached
    assert (second.usage.requests, second.usage.input_tokens, second.usage.cost_usd) == (0, 0, 0.0)
    assert second.attributions == first.attributions
    # a different prompt version, model or article misses
    server.script(Reply(good))
    summarize(TEXT, model="openai:gpt-4.1", settings=config)
    assert len(server.requests) == 2
    server.script(Reply(good))
    summarize(TEXT, model=MODEL, settings=config.with_(cache=False))
    assert len(server.requests) == 3


def _under_a_file(tmp: Path) -> Path:
    (tmp / "a-file").write_text("x")
    return tmp / "a-file" / "cache"


def _a_file(tmp: Path) -> Path:
    (tmp / "cache-file").write_text("x")
    return tmp / "cache-file"


def _database_is_a_folder(tmp: Path) -> Path:
    (tmp / "cache" / "cache.sqlite3").mkdir(parents=True)
    return tmp / "cache"


def _corrupt(tmp: Path) -> Path:
    (tmp / "cache").mkdir()
    (tmp / "cache" / "cache.sqlite3").write_bytes(b"not a database, a file someone else wrote " * 200)
    return tmp / "cache"


UNUSABLE_CACHES = [
    ("folder-under-a-file", _under_a_file, "Not a directory"),
    ("folder-is-a-file", _a_file, "File exists"),
    ("database-is-a-folder", _database_is_a_folder, "unable to open database file"),
    ("corrupt-database", _corrupt, "file is not a database"),
]


@pytest.mark.parametrize(("make", "reason"), [c[1:] for c in UNUSABLE_CACHES], ids=[c[0] for c in UNUSABLE_CACHES])
def test_an_unusable_cache_is_one_warning_and_the_run_goes_on(
    server: FakeOpenAI,
    good: dict[str, Any],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    make: Callable[[Path], Path],
    reason: str,
) -> None:
    folder = make(tmp_path)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    server.script(Reply(good), Reply(good))
    config = settings(server, tmp_path, cache_dir=folder)
    with caplog.at_level(logging.WARNING, logger="summarizer.cache"):
        first = summarize(TEXT, model=MODEL, settings=config)
        second = summarize(TEXT, model=MODEL, settings=config)
    assert first.check.ok and second.check.ok and not second.provenance.cached
    assert len(server.requests) == 2  # no cache: each article is asked
    (record,) = caplog.records  # once per process, not once per article
    message = record.getMessage()
    assert record.levelno == logging.WARNING and "\n" not in message
    assert f"the result cache at {folder / 'cache.sqlite3'} cannot be used ({reason}" in message
    assert message.endswith("going on without it")
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before  # nothing overwritten


def test_cache_check_warns_once_and_is_remembered(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from summarizer.cache import Cache

    folder = _under_a_file(tmp_path)
    with caplog.at_level(logging.WARNING, logger="summarizer.cache"):
        assert Cache(folder).check() is False
        assert Cache(folder).get("k") is None
        Cache(folder).put("k", "v")
    assert len(caplog.records) == 1
    good = Cache(tmp_path / "fine")
    assert good.check() is True and (tmp_path / "fine" / "cache.sqlite3").is_file()
    good.put("k", "v")
    assert good.get("k") == "v"


def test_a_cache_entry_that_no_longer_reads_is_a_miss(server: FakeOpenAI, good: dict[str, Any], tmp_path: Path) -> None:
    server.script(Reply(good), Reply(good))
    config = settings(server, tmp_path)
    summarize(TEXT, model=MODEL, settings=config)
    with contextlib.closing(sqlite3.connect(tmp_path / "cache" / "cache.sqlite3")) as db, db:
        db.execute('UPDATE results SET value = \'{"schema_version": "0"}\'')
    again = summarize(TEXT, model=MODEL, settings=config)
    assert not again.provenance.cached and again.check.ok and len(server.requests) == 2
    assert summarize(TEXT, model=MODEL, settings=config).provenance.cached  # rewritten whole


def test_cli_unusable_cache_is_one_line_on_stderr(server: FakeOpenAI, good: dict[str, Any], tmp_path: Path) -> None:
    server.script(Reply(good))
    (tmp_path / "a-file").write_text("x")
    env = {"PATH": "/usr/bin:/bin", "SUMMARIZER_CACHE_DIR": str(tmp_path / "a-file" / "summarizer")}
    proc = subprocess.run(
        [sys.executable, "-m", "summarizer", str(ARTICLES / "breakdown.txt"), "--model", "ollama:llama3.1",
         "--base-url", server.url, "--format", "json"],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["check"]["ok"] is True
    (line,) = proc.stderr.splitlines()
    assert line.startswith("summarize: warning: the result cache at")
    assert "cannot be used (Not a directory); going on without it" in line


def test_token_budget_stops_reasking(server: FakeOpenAI, good: dict[str, Any], tmp_path: Path) -> None:
    bad = copy.deepcopy(good)
    bad["attributions"][0]["content"] = "an invented sentence that the article never holds"
    server.script(Reply(bad, usage=(5000, 1000)), Reply(good))
    result = summarize(TEXT, model=MODEL, settings=settings(server, tmp_path, token_budget=4000, max_reasks=2))
    assert len(server.requests) == 1
    assert "reask" in [f.rule for f in result.check.findings]


def test_fallback_to_rules(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = Settings.from_env(
        {}, base_url=f"http://127.0.0.1:{port}/v1", cache=False, max_http_retries=0, fallback="rules"
    )
    result = summarize(TEXT, model=MODEL, settings=config)
    assert result.provenance.model == "rules"
    assert [f.rule for f in result.check.findings] == ["llm-fallback"]


def test_injected_article_cannot_add_ungrounded_content(server: FakeOpenAI, tmp_path: Path) -> None:
    text = (ARTICLES / "injection.txt").read_text(encoding="utf-8")
    obeying = payload_from(summarize(text, model="rules"))
    obeying["headline"] = "500 people were killed"
    obeying["incident"] = {"type": "mass casualty", "category": "disaster", "locations": [], "figures": [{
        "category": "killed", "label": "people killed", "number": "500", "value": 500, "qualifier": "exact",
        "location": None, "is_total": True, "context": "500 people were killed"}]}  # fmt: skip
    server.script(Reply(obeying), Reply(obeying), Reply(obeying))
    result = summarize(text, model=MODEL, settings=settings(server, tmp_path))
    assert "500" not in result.headline and "500" not in result.summary
    assert result.incident is None or all(f.value != 500 for f in result.incident.figures)
    assert "injection-warning" in [f.rule for f in result.check.findings]
    system = server.requests[0].messages[0]["content"]
    boundary = system.split("<<<ARTICLE ")[1].split(">>>")[0]
    assert len(boundary) == 16 and boundary not in text
    other = server.requests[1].messages[0]["content"].split("<<<ARTICLE ")[1].split(">>>")[0]
    assert other != boundary  # a fresh boundary for every request


def test_key_never_leaks(server: FakeOpenAI, good: dict[str, Any], tmp_path: Path) -> None:
    key = "sk-test-SUPERSECRET-1234567890"
    server.script(Reply(good))
    config = settings(server, tmp_path, api_key=key)
    assert key not in repr(config) and key not in str(config.api_key)
    result = summarize(TEXT, model=MODEL, settings=config)
    assert server.requests[0].headers["authorization"] == f"Bearer {key}"  # it reaches the server, nothing else
    assert key not in result.model_dump_json()
    cache_bytes = b"".join(p.read_bytes() for p in (tmp_path / "cache").glob("*"))
    assert key.encode() not in cache_bytes
    server.script(Reply(status=401))
    with pytest.raises(BackendError) as info:
        summarize("Police said two men were hurt on Elm Street.", model=MODEL, settings=config.with_(cache=False))
    assert key not in str(info.value) and key not in repr(info.value)


def _main(
    argv: list[str], env: dict[str, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> subprocess.CompletedProcess[str]:
    """`summarize ARGV` in-process, with ``env`` set (the autouse fixture cleared the rest)."""
    from summarizer.cli import main

    for name, value in env.items():
        if name != "PATH":
            monkeypatch.setenv(name, value)
    out = io.StringIO()
    code = main(argv, stdout=out)
    return subprocess.CompletedProcess(["summarize", *argv], code, out.getvalue(), capsys.readouterr().err)


def test_key_never_leaks_from_the_cli(
    server: FakeOpenAI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    key = "sk-cli-SECRET-abcdef123456"
    server.script(Reply(status=401))
    env = {"PATH": "/usr/bin:/bin", "OPENAI_API_KEY": key, "SUMMARIZER_CACHE_DIR": str(tmp_path / "c")}
    proc = _main(
        [str(ARTICLES / "breakdown.txt"), "--model", MODEL, "--base-url", server.url], env, monkeypatch, capsys
    )
    assert proc.returncode == 1
    assert "refused the credentials" in proc.stderr
    assert key not in proc.stderr + proc.stdout


@pytest.fixture
def cli(
    server: FakeOpenAI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Callable[..., subprocess.CompletedProcess[str]]:
    env = {"OPENAI_API_KEY": KEY, "SUMMARIZER_CACHE_DIR": str(tmp_path / "c")}

    def run(*extra: str) -> subprocess.CompletedProcess[str]:
        argv = [str(ARTICLES / "breakdown.txt"), "--model", MODEL, "--base-url", server.url, "--format", "json",
                "--max-reasks", "0", *extra]  # fmt: skip
        return _main(argv, env, monkeypatch, capsys)

    return run


def test_cli_garbage_answer_is_one_line_naming_the_endpoint_or_a_fallback(
    server: FakeOpenAI, cli: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    page = f"<html><body><h1>Welcome</h1><p>token {KEY}</p></body></html>".encode()
    server.script(Reply(raw=page, content_type="text/html"))
    proc = cli()
    assert proc.returncode == 1 and proc.stdout == ""
    (line,) = proc.stderr.splitlines()
    assert line.startswith(f"summarize: error: {server.url}/chat/completions answered HTTP 200 with a body that")
    assert KEY not in proc.stderr

    server.script(Reply(raw=page, content_type="text/html"))
    proc = cli("--fallback", "rules")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["provenance"]["model"] == "rules"
    (line,) = proc.stderr.splitlines()
    assert line.startswith("summarize: warning: the LLM failed (") and f"{server.url}/chat/completions" in line
    assert KEY not in proc.stderr + proc.stdout


OPENAI = "https://api.openai.com/v1"
OLLAMA = "http://localhost:11434/v1"
PROXY = "http://proxy.test:8080/v1"
BOX = "http://gpu-box.test:9000/v1"

# (model, environment, --base-url, the base URL asked, the mode); a key is always set
BASE_URLS = [
    ("openai:gpt-4.1-mini", {}, None, OPENAI, "tools"),
    ("openai:gpt-4.1-mini", {"OPENAI_BASE_URL": PROXY}, None, PROXY, "json_schema"),
    ("openai:gpt-4.1-mini", {"OLLAMA_HOST": "gpu-box.test"}, None, OPENAI, "tools"),
    ("openai:gpt-4.1-mini", {"OPENAI_BASE_URL": PROXY, "SUMMARIZER_BASE_URL": BOX}, None, BOX, "json_schema"),
    ("openai:gpt-4.1-mini", {"OPENAI_BASE_URL": PROXY}, OPENAI, OPENAI, "tools"),
    ("ollama:llama3.1", {}, None, OLLAMA, "json_schema"),
    ("ollama:llama3.1", {"OPENAI_BASE_URL": PROXY}, None, OLLAMA, "json_schema"),  # the bug of issue 13
    ("ollama:llama3.1", {"OLLAMA_HOST": "gpu-box.test"}, None, "http://gpu-box.test:11434/v1", "json_schema"),
    ("ollama:llama3.1", {"OLLAMA_HOST": "gpu-box.test:9999"}, None, "http://gpu-box.test:9999/v1", "json_schema"),
    ("ollama:llama3.1", {"OLLAMA_HOST": ":8000"}, None, "http://localhost:8000/v1", "json_schema"),
    ("ollama:llama3.1", {"OLLAMA_HOST": "0.0.0.0"}, None, "http://127.0.0.1:11434/v1", "json_schema"),
    ("ollama:llama3.1", {"OLLAMA_HOST": "[::1]:11500"}, None, "http://[::1]:11500/v1", "json_schema"),
    ("ollama:llama3.1", {"OLLAMA_HOST": "http://10.0.0.5:11434/"}, None, "http://10.0.0.5:11434/v1", "json_schema"),
    ("ollama:llama3.1", {"OLLAMA_HOST": "https://llm.test"}, None, "https://llm.test:443/v1", "json_schema"),
    ("ollama:llama3.1", {"OLLAMA_HOST": "llm.test/ollama"}, None, "http://llm.test:11434/ollama/v1", "json_schema"),
    ("ollama:llama3.1", {"OLLAMA_HOST": "http://llm.test:80/v1"}, None, "http://llm.test:80/v1", "json_schema"),
    ("ollama:llama3.1", {"OLLAMA_HOST": "gpu-box.test", "SUMMARIZER_BASE_URL": BOX}, None, BOX, "json_schema"),
    ("ollama:llama3.1", {"OLLAMA_HOST": "gpu-box.test", "SUMMARIZER_BASE_URL": PROXY}, BOX, BOX, "json_schema"),
    ("vllm:qwen", {"OPENAI_BASE_URL": PROXY, "OLLAMA_HOST": "gpu-box.test"}, None, "http://localhost:8000/v1",
     "json_schema"),
    ("myserver:m", {"SUMMARIZER_BASE_URL": BOX}, None, BOX, "json_schema"),
    ("myserver:m", {}, BOX, BOX, "json_schema"),
]  # fmt: skip


@pytest.mark.parametrize(("model", "env", "flag", "expected", "mode"), BASE_URLS)
def test_base_url_precedence(model: str, env: dict[str, str], flag: str | None, expected: str, mode: str) -> None:
    """--base-url > SUMMARIZER_BASE_URL > the provider's own variable (OPENAI_BASE_URL for
    openai:, OLLAMA_HOST for ollama:) > the provider's default."""
    from summarizer.backends import resolve

    target = resolve(model, Settings.from_env({"OPENAI_API_KEY": "sk-x", **env}, base_url=flag))
    assert (target.base_url, target.mode) == (expected, mode)
    assert target.endpoint == f"{expected}/chat/completions"


@pytest.mark.parametrize(
    ("model", "env", "words"),
    [
        ("myserver:m", {"OPENAI_BASE_URL": PROXY, "OLLAMA_HOST": "gpu-box.test"}, "needs a base URL"),
        ("openai:gpt-4.1-mini", {}, "need an API key"),
        ("ollama:llama3.1", {"OLLAMA_HOST": "gpu-box.test:port"}, "OLLAMA_HOST='gpu-box.test:port' is not"),
        ("ollama:llama3.1", {"OLLAMA_HOST": "ftp://gpu-box.test"}, "the scheme must be http or https"),
        (
            "ollama:llama3.1",
            {"SUMMARIZER_BASE_URL": "localhost:11434/v1"},
            "base URL 'localhost:11434/v1' (--base-url or SUMMARIZER_BASE_URL) is not an http:// or https:// URL",
        ),
        ("openai:gpt-4.1-mini", {"OPENAI_BASE_URL": "http://"}, "base URL 'http://' (OPENAI_BASE_URL) is not"),
    ],
)
def test_base_url_errors(model: str, env: dict[str, str], words: str) -> None:
    from summarizer.backends import resolve

    settings = Settings.from_env(env)  # read lazily: a bad OLLAMA_HOST stops no other model
    with pytest.raises(ConfigError, match=re.escape(words)):
        resolve(model, settings)


def test_cli_ollama_reads_ollama_host_not_openai_base_url(
    server: FakeOpenAI,
    good: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server.script(Reply(good))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = s.getsockname()[1]
    host_port = server.url.removeprefix("http://").removesuffix("/v1")  # Ollama's own form: host:port
    env = {"PATH": "/usr/bin:/bin", "SUMMARIZER_CACHE_DIR": str(tmp_path / "c"), "OLLAMA_HOST": host_port,
           "OPENAI_BASE_URL": f"http://127.0.0.1:{dead}/v1"}  # fmt: skip
    proc = _main([str(ARTICLES / "breakdown.txt"), "--model", "ollama:llama3.1", "--format", "json", "--max-reasks", "0"],
                 env, monkeypatch, capsys)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["provenance"]["model"] == "ollama:llama3.1"
    (request,) = server.requests
    assert request.path == "/v1/chat/completions" and request.body["model"] == "llama3.1"


def test_the_cache_keeps_servers_apart(good: dict[str, Any], tmp_path: Path) -> None:
    """The same model name on two servers is two models: one's answer is no hit for the other."""
    with FakeOpenAI() as one, FakeOpenAI() as two:
        one.script(Reply(good))
        two.script(Reply(good))
        base = {"cache_dir": tmp_path / "cache", "max_http_retries": 0}
        first = Settings.from_env({"OLLAMA_HOST": one.url.removesuffix("/v1")}, **base)
        second = Settings.from_env({"OLLAMA_HOST": two.url.removesuffix("/v1")}, **base)
        summarize(TEXT, model="ollama:llama3.1", settings=first)
        assert not summarize(TEXT, model="ollama:llama3.1", settings=second).provenance.cached
        assert summarize(TEXT, model="ollama:llama3.1", settings=first).provenance.cached
        assert (len(one.requests), len(two.requests)) == (1, 1)


def test_cli_against_a_compatible_server(
    server: FakeOpenAI,
    good: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server.script(Reply(good))
    env = {"SUMMARIZER_CACHE_DIR": str(tmp_path / "c")}
    proc = _main([str(ARTICLES / "breakdown.txt"), "--model", "ollama:llama3.1", "--base-url", server.url, "--format",
                  "json"], env, monkeypatch, capsys)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["provenance"]["model"] == "ollama:llama3.1" and data["usage"]["requests"] == 1
    assert data["usage"]["cost_usd"] is None  # no price for a local model: unknown, not 0
    assert data["check"]["ok"] is True


def test_prompts_can_be_replaced(server: FakeOpenAI, good: dict[str, Any], tmp_path: Path) -> None:
    folder = tmp_path / "prompts"
    folder.mkdir()
    for part in ("system", "user", "reask"):
        src = (Path(__file__).parents[1] / "prompts" / f"summarize.{part}.md").read_text()
        (folder / f"summarize.{part}.md").write_text(src.replace("version: 1", "version: 7-local"))
    server.script(Reply(good))
    result = summarize(TEXT, model=MODEL, settings=settings(server, tmp_path, prompts_dir=folder))
    assert result.provenance.prompt == "summarize@7-local"


def test_request_gate_bounds_requests_in_flight_not_articles(good: dict[str, Any], tmp_path: Path) -> None:
    """A batch's --jobs bounds the HTTP requests in flight (a semaphore shared by its
    processes); articles already answered are validated while other requests go out."""
    import concurrent.futures as cf
    import threading

    import summarizer.backends as backends
    import summarizer.llm as llm

    in_flight = 0
    most = 0
    lock = threading.Lock()

    def answer(request: Any) -> Reply:
        nonlocal in_flight, most
        with lock:
            in_flight += 1
            most = max(most, in_flight)
        try:
            time.sleep(0.15)
        finally:
            with lock:
                in_flight -= 1
        return Reply(good)

    gate = threading.BoundedSemaphore(2)
    backends.set_request_gate(gate)
    try:
        with FakeOpenAI(answer) as srv:
            s = settings(srv, tmp_path, cache=False)
            with cf.ThreadPoolExecutor(6) as pool:
                results = list(pool.map(lambda _: summarize(TEXT, model=MODEL, settings=s), range(6)))
    finally:
        backends.set_request_gate(None)
        llm._close_backends()
    assert all(r.usage.requests == 1 for r in results)
    assert most == 2  # six articles at once, never more than two requests


def test_instructor_async_validator_check_is_asked_once_per_class(
    server: FakeOpenAI, good: dict[str, Any], tmp_path: Path
) -> None:
    import instructor.v2.validation.async_validators as module
    from pydantic import BaseModel

    server.script(Reply(good))
    summarize(TEXT, model=MODEL, settings=settings(server, tmp_path, cache=False))
    check = module.reject_async_validators
    assert getattr(check, "_summarizer_once", False)

    class WithAsync(BaseModel):
        x: int

        def checker(self) -> None: ...

    WithAsync.checker.__async_validator__ = True  # type: ignore[attr-defined]
    for _ in range(2):  # refused every time: a refusal is never remembered as a pass
        with pytest.raises(ValueError, match="async validators"):
            check(WithAsync)


def test_ones_own_prompts_cannot_be_echoed_either(server: FakeOpenAI, good: dict[str, Any], tmp_path: Path) -> None:
    """prompt-echo reads the prompt sets the run loaded, a user's folder included: a headline
    repeating a line that only one's own system prompt has is named in the re-ask and replaced."""
    folder = tmp_path / "prompts"
    folder.mkdir()
    own = "Always write the headline in the plain style of a wire service bulletin"
    for part in ("system", "user", "reask"):
        src = (Path(__file__).parents[1] / "prompts" / f"summarize.{part}.md").read_text()
        src = src.replace("version: 1", "version: 8-local")
        (folder / f"summarize.{part}.md").write_text(src + (f"\n{own}.\n" if part == "system" else ""))
    echoing = {**good, "headline": own}
    server.script(Reply(echoing), Reply(echoing), Reply(echoing))
    result = summarize(TEXT, model=MODEL, settings=settings(server, tmp_path, prompts_dir=folder, max_reasks=1))
    assert result.provenance.prompt == "summarize@8-local"
    assert own not in result.headline  # the offline model's headline took its place
    reask = " ".join(m["content"] for m in server.requests[1].messages)
    assert "prompt-echo" in reask and "wire service bulletin" in reask  # the rule that found it

"""``summarize batch --batch-api``: every article's request sent in one OpenAI Batch API job,
polled until it ends, each answer grounded and checked as the synchronous path does; the
articles that need a re-ask go as a follow-up batch, at most ``max_reasks`` rounds.

The batches' ids are kept in the output folder (``.summarizer-batch-api.json``, written
atomically before and after each is created), so a killed run, run again, polls the same
batches and never sends an article twice. Outputs are the normal batch's (``BatchRun``).
"""

from __future__ import annotations

import dataclasses
import json
import os
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import summarizer.prompting as prompting
from summarizer._files import write_atomic
from summarizer.assembly import Assembled
from summarizer.backends import InvalidOutput, Usage, resolve
from summarizer.batch.batch_wire import TERMINAL, Wire
from summarizer.batch.run import BatchOptions, BatchRun, ok_record
from summarizer.batch.workers import sigint_ignored
from summarizer.config import OFFLINE_MODEL
from summarizer.errors import BackendError, ConfigError, ExtractionError, SummarizerError
from summarizer.ingest import Article, load_article
from summarizer.llm_schema import LLMSummary
from summarizer.render.report import Totals
from summarizer.schema import IncidentSummary
from summarizer.text.decoding import read_input

BATCH_STATE_FILE = ".summarizer-batch-api.json"
POLL_ENV = "SUMMARIZER_BATCH_POLL_S"
DEFAULT_POLL_S = 30.0
# what one OpenAI batch may hold: 50,000 requests, an input file of 200 MB
MAX_REQUESTS = 50_000
MAX_FILE_BYTES = 190_000_000


def poll_interval(env: dict[str, str] | None = None) -> float:
    """Seconds between polls: SUMMARIZER_BATCH_POLL_S, else 30."""
    raw = (os.environ if env is None else env).get(POLL_ENV, "")
    if not raw:
        return DEFAULT_POLL_S
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not value >= 0:
        raise ConfigError(f"{POLL_ENV}={raw!r} is not a number of seconds (0 or more)", setting="batch_poll_s")
    return value


@dataclass
class _Job:
    """One article waiting for an answer."""

    task: dict[str, Any]
    meta: dict[str, Any]
    article: Article
    text: str
    warnings: list[str]
    started: float


@dataclass
class _Pending:
    """An article's progress through the batches, as the batch state keeps it."""

    sha256: str
    batch: str | None = None  # the batch its latest request is in, until that batch is read
    requests: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    findings: list[str] | None = None  # the last answer's failing findings, for the re-ask
    raw: str | None = None  # the last answer as text, kept leniently when no answer passes


@dataclass
class _State:
    key: dict[str, Any]  # model, endpoint, mode and prompt: another's batches are not this run's
    articles: dict[str, _Pending] = field(default_factory=dict)
    batches: dict[str, dict[str, Any]] = field(default_factory=dict)  # id -> round, articles
    uploaded: dict[str, Any] | None = None  # a request file whose batch may not exist yet


class _Deferred:
    """Stands in for BatchRun's pool: what it would run is kept, to go to the Batch API."""

    def __init__(self) -> None:
        self.tasks: dict[Future[Any], dict[str, Any]] = {}

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> Future[Any]:
        future: Future[Any] = Future()
        self.tasks[future] = args[0]
        return future

    def poll(self, timeout: float) -> None:
        """Nothing runs here: the Batch API answers."""

    def kill(self) -> None:
        """Nothing runs here: the Batch API answers."""

    def shutdown(self) -> None:
        """Nothing runs here: the Batch API answers."""


class BatchApiRun(BatchRun):
    """``summarize batch --batch-api``: as ``BatchRun``, the answers through the Batch API."""

    def __init__(
        self,
        options: BatchOptions,
        progress: Callable[[Totals, int | None], None] | None = None,
        *,
        status: Callable[[str], None] | None = None,
        poll_s: float | None = None,
    ) -> None:
        if options.settings.model_choice().is_offline:
            raise ConfigError(
                "--batch-api needs an OpenAI-compatible model ('openai:<model>' or '<provider>:<model>'), "
                f"not {OFFLINE_MODEL!r}",
                setting="model",
            )
        super().__init__(options, progress)
        self.target = resolve(self.model, options.settings)  # a missing key or bad URL fails here
        self.status = status or (lambda line: None)
        self.poll_s = poll_interval() if poll_s is None else poll_s
        self.batch_state_path = options.out_dir / BATCH_STATE_FILE
        self._wire: Wire | None = None

    @property
    def wire(self) -> Wire:
        """Made on first use: a run with nothing to send imports no client."""
        if self._wire is None:
            from summarizer.llm import backend_for

            self._wire = Wire(backend_for(self.model, self.o.settings))
        return self._wire

    # -- the run

    def _run(self, lock_fd: int) -> Totals:
        started, found, settings_dict = self._start()
        deferred = _Deferred()
        pending: dict[Future[dict[str, Any]], dict[str, Any]] = {}
        first_of: dict[str, str] = {}
        with self.state_path.open("a", encoding="utf-8") as state:
            try:
                for item in found:
                    self._submit(item, state, first_of, pending, deferred, settings_dict)
                jobs = {}
                for future, meta in pending.items():
                    job = self._job(state, deferred.tasks[future], meta)
                    if job is not None:
                        jobs[meta["path"]] = job
                if jobs:
                    self._through_batches(state, jobs)
            except KeyboardInterrupt:
                self.interrupted = True  # the batches go on at the provider; a re-run picks them up
            self.totals.seconds = time.perf_counter() - started
        with sigint_ignored():
            self.write_outputs(found)
        return self.totals

    def _job(self, state: Any, task: dict[str, Any], meta: dict[str, Any]) -> _Job | None:
        started = time.perf_counter()
        try:
            text, _, warnings = read_input(task["data"], max_bytes=self.o.settings.max_bytes)
            article = load_article(
                text, published=task["published"], format=task["format"], path=task["path"],
                max_bytes=self.o.settings.max_bytes,
            )  # fmt: skip
        except SummarizerError as exc:
            self._finish(state, meta, _error_record(task["rel"], exc))
            return None
        return _Job(task, meta, article, text, warnings, started)

    def _through_batches(self, state_fh: Any, jobs: dict[str, _Job]) -> None:
        """Send, poll and read batches until every job has its final answer or error."""
        st = self._load_batch_state()
        for rel in list(st.articles):  # finished since, or changed: its old batch is not read for it
            if rel not in jobs or st.articles[rel].sha256 != jobs[rel].meta["sha256"]:
                del st.articles[rel]
        for rel, job in jobs.items():
            st.articles.setdefault(rel, _Pending(job.meta["sha256"]))
        started = time.perf_counter()
        while True:
            waiting = [rel for rel, p in st.articles.items() if p.batch is None]
            while waiting or st.uploaded:  # a batch at a time, each within the provider's limits
                sent = self._send(st, jobs, waiting)
                waiting = [rel for rel in waiting if rel not in sent]
            open_batches = sorted({p.batch for p in st.articles.values() if p.batch})
            if not open_batches:
                return
            ended = self._poll(open_batches, started)
            for batch in ended:
                self._read(st, state_fh, jobs, batch)

    # -- sending

    def _send(self, st: _State, jobs: dict[str, _Job], waiting: list[str]) -> list[str]:
        """One batch of waiting articles' requests (a first ask, or a re-ask with only the
        failing findings), as many as one batch may hold; the articles it holds. The state names
        the uploaded file before the batch is created and the batch right after, so a run killed
        in between finds it again instead of sending twice."""
        if st.uploaded is None:
            prompts = prompting.load("summarize", self.o.settings.prompts_dir)
            lines: list[bytes] = []
            size = 0
            for rel in waiting:
                p, article = st.articles[rel], jobs[rel].article
                messages = prompts.messages(article.text, published=article.published, findings=p.findings)
                line = json.dumps({"custom_id": rel, "method": "POST", "url": "/v1/chat/completions",
                                   "body": self.wire.body(messages)}, ensure_ascii=False).encode() + b"\n"  # fmt: skip
                if lines and (len(lines) >= MAX_REQUESTS or size + len(line) > MAX_FILE_BYTES):
                    break
                lines.append(line)
                size += len(line)
            chosen = waiting[: len(lines)]
            st.uploaded = {"file": self.wire.upload(b"".join(lines)), "articles": chosen,
                           "sha256": [st.articles[rel].sha256 for rel in chosen]}  # fmt: skip
            self._save_batch_state(st)
        uploaded = st.uploaded
        batch = self.wire.find(uploaded["file"]) if uploaded.get("maybe_created") else None
        if batch is None:
            uploaded["maybe_created"] = True
            self._save_batch_state(st)
            batch = self.wire.create(uploaded["file"])
        # the articles whose request it holds: one changed since it was uploaded is asked again
        held = [rel for rel, sha in zip(uploaded["articles"], uploaded.get("sha256", []), strict=False)
                if rel in st.articles and st.articles[rel].sha256 == sha and st.articles[rel].batch is None]  # fmt: skip
        round_of = 1 + max((st.articles[rel].requests for rel in held), default=0)
        st.batches[batch["id"]] = {"round": round_of, "articles": held, "file": uploaded["file"]}
        for rel in held:
            st.articles[rel].batch = batch["id"]
            st.articles[rel].requests += 1
        st.uploaded = None
        self._save_batch_state(st)
        self.status(f"batch {batch['id']} (round {round_of}) created: {len(held)} request(s)")
        return held

    # -- polling

    def _poll(self, batch_ids: list[str], started: float) -> list[dict[str, Any]]:
        """Poll until one or more of the batches has ended; a progress line for each poll."""
        while True:
            ended = []
            for batch_id in batch_ids:
                batch = self.wire.retrieve(batch_id)
                done = batch["completed"] + batch["failed"]
                self.status(
                    f"batch {batch_id}: {batch['status']}, {done}/{batch['total']} requests done "
                    f"({batch['failed']} failed), {time.perf_counter() - started:.0f} s"
                )
                if batch["status"] in TERMINAL:
                    ended.append(batch)
            if ended:
                return ended
            time.sleep(self.poll_s)

    # -- reading the answers

    def _read(self, st: _State, state_fh: Any, jobs: dict[str, _Job], batch: dict[str, Any]) -> None:
        """Every answer and error of an ended batch; its articles with no line at all (a batch
        that failed, expired or was cancelled) are errors."""
        lines = [*(self.wire.content(batch["output_file_id"]) if batch["output_file_id"] else [])]
        lines += self.wire.content(batch["error_file_id"]) if batch["error_file_id"] else []
        mine = {rel for rel, p in st.articles.items() if p.batch == batch["id"]}
        for line in lines:
            rel = line.get("custom_id")
            if rel in mine:
                mine.discard(rel)
                self._answered(st, state_fh, jobs[rel], line, batch)
        for rel in sorted(mine):
            detail = "; ".join(batch["errors"]) or "no answer for this article"
            self._failed(st, state_fh, jobs[rel], self._batch_error(batch, detail))
        st.batches.pop(batch["id"], None)
        self._save_batch_state(st)

    def _batch_error(self, batch: dict[str, Any], detail: str, status_code: int | None = None) -> BackendError:
        url = f"{self.wire.base}/batches"
        return BackendError(
            self.wire.backend.scrub(f"{url}: batch {batch['id']} {batch['status']}: {detail}"),
            status_code=status_code,
            endpoint=url,
        )

    def _answered(self, st: _State, state_fh: Any, job: _Job, line: dict[str, Any], batch: dict[str, Any]) -> None:
        rel = job.meta["path"]
        p = st.articles[rel]
        response = line.get("response") or {}
        status_code = response.get("status_code")
        if line.get("error") or status_code != 200:
            error = line.get("error") or (response.get("body") or {}).get("error") or {}
            detail = str(error.get("message") or error.get("code") or f"HTTP {status_code}")
            self._failed(st, state_fh, job, self._batch_error(batch, f"the request failed: {detail}", status_code))
            return
        body = response.get("body")
        usage = (body or {}).get("usage") or {} if isinstance(body, dict) else {}
        p.input_tokens += int(usage.get("prompt_tokens") or 0)
        p.output_tokens += int(usage.get("completion_tokens") or 0)
        from summarizer.llm import Checked, validator

        checked: Checked = {}
        validate = validator(job.article, self.model, self.prompt or "", checked)
        try:
            answer = self.wire.answer(body, job.article.text, validate)
        except BackendError as exc:
            self._failed(st, state_fh, job, exc)
            return
        except InvalidOutput as exc:
            p.findings, p.raw = exc.problems, exc.raw or p.raw
            budget_left = p.input_tokens + p.output_tokens < self.o.settings.token_budget
            if p.requests < 1 + self.o.settings.max_reasks and budget_left:
                p.batch = None  # asked again in the next batch
                return
            self._last_attempt(st, state_fh, job)
            return
        self._conclude(st, state_fh, job, answer, passed=True, checked=checked.get(id(answer)))

    def _last_attempt(self, st: _State, state_fh: Any, job: _Job) -> None:
        """No answer passed: the last one read leniently, kept as far as it is grounded."""
        from summarizer.llm import lenient_summary

        p = st.articles[job.meta["path"]]
        lenient = lenient_summary(p.raw)
        if lenient is None:
            problems = "; ".join((p.findings or ["no answer"])[:2])
            message = f"the model at {self.wire.base} gave no usable answer in {p.requests} attempt(s): {problems}"
            error = ExtractionError(self.wire.backend.scrub(message), attempts=p.requests, endpoint=self.wire.base)
            self._failed(st, state_fh, job, error)
            return
        self._conclude(st, state_fh, job, lenient, passed=False)

    def _conclude(
        self,
        st: _State,
        state_fh: Any,
        job: _Job,
        answer: LLMSummary,
        *,
        passed: bool,
        checked: Assembled | None = None,
    ) -> None:
        from summarizer.llm import conclude, usage_dict

        p = st.articles[job.meta["path"]]
        usage = Usage(requests=p.requests, calls=p.requests, input_tokens=p.input_tokens, output_tokens=p.output_tokens)
        summary = conclude(
            job.article, answer, passed=passed, attempts=p.requests, model=self.model, prompt=self.prompt or "",
            usage=usage_dict(self.model, usage, self.o.settings, batch=True), checked=checked,
        )  # fmt: skip
        self._done(st, state_fh, job, summary)

    def _failed(self, st: _State, state_fh: Any, job: _Job, exc: BackendError | ExtractionError) -> None:
        """An article the model did not answer: an error, or with ``--fallback rules`` the
        offline result with a warning, as the synchronous path gives."""
        if self.o.settings.fallback != OFFLINE_MODEL:
            self._record_final(st, state_fh, job, _error_record(job.meta["path"], exc))
            return
        from summarizer.llm import fallback_notice
        from summarizer.pipeline import summarize

        try:
            summary = summarize(
                job.text, model=OFFLINE_MODEL, published=job.task["published"], settings=self.o.settings,
                path=job.task["path"], format=job.task["format"],
            )  # fmt: skip
        except SummarizerError as err:
            self._record_final(st, state_fh, job, _error_record(job.meta["path"], err))
            return
        summary.check = summary.check.model_copy(update={"findings": [*summary.check.findings, fallback_notice(exc)]})
        self._done(st, state_fh, job, summary)

    def _done(self, st: _State, state_fh: Any, job: _Job, summary: IncidentSummary) -> None:
        try:
            record = _write_result(job.task, summary, job.text, job.warnings, job.started)
        except OSError as exc:
            record = {"status": "error", "kind": "unwritable", "message": f"{job.meta['path']}: {exc}"}
        self._record_final(st, state_fh, job, record)

    def _record_final(self, st: _State, state_fh: Any, job: _Job, record: dict[str, Any]) -> None:
        """Recorded in the run's state first: a kill between the two writes redoes nothing."""
        self._finish(state_fh, job.meta, record)
        st.articles.pop(job.meta["path"], None)

    # -- the batch state

    def _key(self) -> dict[str, Any]:
        return {"model": self.model, "base_url": self.target.base_url, "mode": self.target.mode, "prompt": self.prompt}

    def _load_batch_state(self) -> _State:
        try:
            data = json.loads(self.batch_state_path.read_text(encoding="utf-8"))
            if data.get("key") != self._key():
                raise ValueError("another model's batches")
            articles = {rel: _Pending(**p) for rel, p in data.get("articles", {}).items()}
            return _State(self._key(), articles, dict(data.get("batches", {})), data.get("uploaded"))
        except (OSError, ValueError, TypeError, AttributeError):
            return _State(self._key())

    def _save_batch_state(self, st: _State) -> None:
        data = {
            "key": st.key,
            "articles": {rel: dataclasses.asdict(p) for rel, p in st.articles.items()},
            "batches": st.batches,
            "uploaded": st.uploaded,
        }
        write_atomic(self.batch_state_path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def _error_record(rel: str, exc: SummarizerError) -> dict[str, Any]:
    """An article's failure as the run's state records it (as ``run._work`` does)."""
    message = str(exc) if str(exc).startswith(rel) else f"{rel}: {exc}"
    return {"status": "error", "kind": getattr(exc, "kind", type(exc).__name__), "message": message}


def _write_result(
    task: dict[str, Any], result: IncidentSummary, text: str, warnings: list[str], started: float
) -> dict[str, Any]:
    """An article's summary JSON (one line) and page written atomically, and its record for the
    run's state: what ``run._work`` writes and returns for an article it summarised."""
    result.source.root = task.get("root")  # where `summarize check` finds the article again
    write_atomic(Path(task["out"]), result.model_dump_json() + "\n", durable=False)
    if task.get("html"):
        from summarizer.render.html import render_html

        write_atomic(Path(task["out"]).with_suffix(".html"), render_html(result, text), durable=False)
    return ok_record(task, result, warnings, started)

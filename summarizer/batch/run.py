"""The batch itself: ``BatchRun`` (``summarize batch``): parallel summarising, resume, outputs
that are always whole, and a report (render.report). The library's call is ``batch.stream``.

Work is split so that the parent process reads and hashes each file (cheap; it needs the hash
to skip what is done and to spot duplicates) and workers summarise and write each article's
JSON. The offline model runs in worker processes, one per core; LLM models run in threads.
An article past its time limit has its worker killed (offline model) or its answer dropped (LLM
models); Ctrl-C kills the workers and writes what is done. One run at a time per output folder.
"""

from __future__ import annotations

import collections
import concurrent.futures as cf
import contextlib
import dataclasses
import hashlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarizer._files import atomic_writer, folder_lock, remove_temporaries, write_atomic
from summarizer.batch.discovery import DEFAULT_SUFFIXES, Found, discover, read_regular
from summarizer.batch.workers import (
    ArticleTimeout,
    Pool,
    ProcessPool,
    ThreadedProcessPool,
    cpu_jobs,
    first_interrupt_only,
    fork_context,
    sigint_ignored,
)
from summarizer.config import Settings
from summarizer.errors import ConfigError, InputError, SummarizerError
from summarizer.render.report import Totals, render_report
from summarizer.schema import SCHEMA_VERSION, IncidentSummary

STATE_FILE = ".summarizer-state.jsonl"
DEFAULT_ARTICLE_TIMEOUT_S = 60.0


@dataclass
class BatchOptions:
    in_dir: Path
    out_dir: Path
    settings: Settings
    globs: list[str] = field(default_factory=list)
    suffixes: tuple[str, ...] = DEFAULT_SUFFIXES
    jobs: int = 0
    force: bool = False
    retry_failed: bool = False
    published: str | None = None
    html: bool = True  # a page per article and an index.html
    # seconds an article may take; None: 60 for the offline model, no limit for an LLM model
    # (its requests are bounded by Settings.timeout_s, and a slow local model may need minutes); 0: no limit
    article_timeout_s: float | None = None
    follow_symlinks: bool = False  # read symlinks that lead out of the input folder
    engine: str = "local"  # "ray": the articles are summarised on a Ray cluster (batch.ray_engine)
    address: str | None = None  # the Ray cluster's address; None: a local one, started for the run

    def time_limit(self) -> float | None:
        if self.article_timeout_s is None:
            return DEFAULT_ARTICLE_TIMEOUT_S if self.settings.model_choice().is_offline else None
        return self.article_timeout_s or None


def output_path(out_dir: Path, rel: str) -> Path:
    """OUT_DIR/<rel>.json, never outside OUT_DIR whatever the input name holds."""
    parts = [p for p in rel.replace("\\", "/").split("/") if p not in ("", ".", "..")]
    safe = [p.replace("\x00", "_") for p in parts] or ["article"]
    target = out_dir.joinpath(*safe[:-1], safe[-1] + ".json")
    root = os.path.realpath(out_dir)
    if os.path.commonpath([root, os.path.realpath(target.parent)]) != root:
        raise InputError("output path would leave the output folder", path=rel, kind="unreadable")
    return target


def _work(task: dict[str, Any]) -> dict[str, Any]:
    """Worker side: summarise one article from its bytes and write its JSON atomically."""
    from summarizer.pipeline import summarize
    from summarizer.text.decoding import read_input

    started = time.perf_counter()
    try:
        settings = Settings(**task["settings"])
        text, _, warnings = read_input(task["data"], max_bytes=settings.max_bytes)
        result = summarize(
            text, published=task["published"], settings=settings, path=task["path"], format=task["format"]
        )
        result.source.root = task.get("root")  # where `summarize check` finds the article again
        limit = task.get("time_limit_s")
        if limit and time.perf_counter() - started > limit:  # the parent has recorded it as timed out
            return {"status": "error", "kind": "timeout", "message": _timeout_message(task["rel"], limit)}
        # renamed into place whole; a killed run never leaves half a file (no fsync: a power cut
        # is rare enough, and thousands of fsyncs would halve the speed)
        # one line: summaries.jsonl is then these files joined, with nothing to parse again
        files = {task["out"]: result.model_dump_json() + "\n"}
        if task.get("html"):
            from summarizer.render.html import render_html

            files[str(Path(task["out"]).with_suffix(".html"))] = render_html(result, text)
        if not task.get("return_files"):  # a distributed engine's worker hands them to the run to write
            for out, content in files.items():
                write_atomic(Path(out), content, durable=False)
    except SummarizerError as exc:
        message = str(exc) if str(exc).startswith(task["rel"]) else f"{task['rel']}: {exc}"
        return {"status": "error", "kind": getattr(exc, "kind", type(exc).__name__), "message": message}
    except Exception as exc:  # an extractor that raises is one failed article, not a dead batch
        return {"status": "error", "kind": "internal", "message": f"{type(exc).__name__}: {exc}"}
    return {**ok_record(task, result, warnings, started), **({"files": files} if task.get("return_files") else {})}


def ok_record(task: dict[str, Any], result: IncidentSummary, warnings: list[str], started: float) -> dict[str, Any]:
    """The run's state record of an article summarised (the local, Ray and Batch API engines alike)."""
    findings = collections.Counter(f"{f.rule} ({f.severity})" for f in result.check.findings)
    return {
        "status": "ok",
        "model": result.provenance.model,
        "prompt": result.provenance.prompt,
        "attributions": len(result.attributions),
        "unverified": len(result.unverified),
        "disputed": sum(a.status == "disputed" for a in result.attributions),
        "check_errors": sum(f.severity == "error" for f in result.check.findings),
        "check_warnings": sum(f.severity == "warning" for f in result.check.findings),
        "findings": dict(findings),
        "usage": result.usage.model_dump(),
        "headline": result.headline,
        "page": Path(task["out"]).with_suffix(".html").name if task.get("html") else None,
        "warnings": warnings,
        "seconds": time.perf_counter() - started,
    }


def _timeout_message(rel: str, limit: float) -> str:
    return f"{rel}: took longer than the time limit of {limit:g} s (--article-timeout); not summarized"


class _LazyPool:
    """A pool made when the first article is submitted: a re-run with nothing left to do starts
    no worker and, for an LLM model, imports no client (about 2 s)."""

    def __init__(self, make: Callable[[], Pool]) -> None:
        self._make = make
        self._pool: Pool | None = None

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> cf.Future[Any]:
        if self._pool is None:
            self._pool = self._make()
        return self._pool.submit(fn, *args)

    def poll(self, timeout: float) -> None:
        if self._pool is not None:
            self._pool.poll(timeout)

    def kill(self) -> None:
        if self._pool is not None:
            self._pool.kill()

    def shutdown(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()


def _preload(offline: bool, settings: Settings | None = None, gate: Any = None) -> None:
    """Import what the workers need before they are forked, so each does not import it again;
    for an LLM model, also make its client (a third of a second) once, for all of them to
    inherit: no connection is open yet, so forking it is safe."""
    import summarizer.pipeline
    import summarizer.rules.model

    if not offline:
        import summarizer.backends
        import summarizer.llm

        summarizer.backends.preload()
        if settings is not None and settings.cache:
            from summarizer.cache import Cache

            Cache(settings.cache_dir).check()  # an unusable cache warns once here, not in every worker
        if settings is not None:
            summarizer.backends.set_request_gate(gate)
            with contextlib.suppress(SummarizerError):
                summarizer.llm.backend_for(settings.model_choice().name, settings)


def _count(t: Totals, r: dict[str, Any]) -> None:
    """Add one finished article's record to running totals."""
    if r["status"] == "ok":
        t.done += 1
        t.attributions += r["attributions"]
        t.unverified += r["unverified"]
        t.disputed += r["disputed"]
        t.check_errors += r["check_errors"]
        t.check_warnings += r["check_warnings"]
        t.findings.update(r.get("findings") or {})
        usage = r["usage"]
        t.requests += usage["requests"]
        t.input_tokens += usage["input_tokens"]
        t.output_tokens += usage["output_tokens"]
        if usage["cost_usd"] is None:
            t.cost_known = False
        else:
            t.cost_usd += usage["cost_usd"]
        t.warnings += len(r.get("warnings") or [])
    elif r["status"] == "duplicate":
        t.duplicates += 1
    else:
        t.failed += 1
        t.errors_by_kind[r.get("kind", "error")] += 1


def _format_for(rel: str) -> str | None:
    lower = rel.lower()
    if lower.endswith((".html", ".htm")):
        return "html"
    if lower.endswith((".md", ".markdown")):
        return "markdown"
    return None


class BatchRun:
    """One run of ``summarize batch``: state, outputs and report under ``out_dir``."""

    def __init__(self, options: BatchOptions, progress: Callable[[Totals, int | None], None] | None = None) -> None:
        self.o = options
        self.progress = progress or (lambda totals, total: None)
        self.totals = Totals()
        self.choice = options.settings.model_choice()
        if options.engine == "ray":
            from summarizer.batch.ray_engine import require_ray

            require_ray()  # before anything is read, not when the first article is sent
        elif options.address:
            raise ConfigError("--address is the Ray cluster's: it needs --engine ray", setting="address")
        self.model = self.choice.name  # as recorded in the state and the report
        self.prompt: str | None = None  # the prompt name@version an LLM model runs with
        if not self.choice.is_offline:
            import summarizer.prompting as prompting

            self.prompt = prompting.load("summarize", options.settings.prompts_dir).id
        self.state_path = options.out_dir / STATE_FILE
        self.previous: dict[
            str, tuple[str, str, str | None, str, str]
        ] = {}  # rel -> (sha, model, prompt, schema, status)
        self.interrupted = False
        self.time_limit = options.time_limit()
        self.root = str(options.in_dir.resolve())  # recorded in each summary: `summarize check` looks there

    # -- state: one JSON line per finished article, appended and flushed as it finishes

    def _load_state(self) -> None:
        if not self.state_path.exists():
            return
        with self.state_path.open(encoding="utf-8") as fh:
            for line in fh:
                try:
                    r = json.loads(line)
                    self.previous[r["path"]] = (
                        r["sha256"], r.get("model", ""), r.get("prompt"), r.get("schema", ""), r["status"]
                    )  # fmt: skip
                except (ValueError, KeyError, TypeError):
                    continue  # a line cut short by a kill: that article is simply redone

    def _record(self, fh: Any, record: dict[str, Any]) -> None:
        fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        fh.flush()

    def _earlier(self, rel: str, sha: str, out: Path) -> str | None:
        """ "done" when this very content was summarised before with the same model, prompt and
        schema; "failed" when it failed before (retried only with --retry-failed); else None."""
        prev = self.previous.get(rel)
        if prev is None or self.o.force:
            return None
        if (prev[0], prev[1], prev[2], prev[3]) != (sha, self.model, self.prompt, SCHEMA_VERSION):
            return None
        if prev[4] == "ok" and out.exists():
            return "done"
        if prev[4] == "error" and not self.o.retry_failed:
            return "failed"
        return None

    # -- the run

    def run(self) -> Totals:
        o = self.o
        if not o.in_dir.is_dir():
            raise InputError("not a folder", path=str(o.in_dir), kind="unreadable")
        if os.path.realpath(o.in_dir) == os.path.realpath(o.out_dir):
            raise InputError("the output folder cannot be the input folder (-o)", path=str(o.out_dir), kind="input")
        # one run at a time per output folder: a second would redo the same work and race on the
        # same files. Under the lock, what a killed run left half-written can go.
        with folder_lock(o.out_dir) as lock_fd, first_interrupt_only(), contextlib.ExitStack() as self._engine:
            remove_temporaries(o.out_dir)
            return self._run(lock_fd)

    def _start(self) -> tuple[float, list[Found], dict[str, Any]]:
        """The run's start, any engine's: the state loaded, the input found and counted, and the
        settings as the plain dict workers take."""
        o = self.o
        self._load_state()
        started = time.perf_counter()
        found = list(
            discover(o.in_dir, globs=o.globs or None, suffixes=o.suffixes, exclude=o.out_dir,
                     follow_symlinks=o.follow_symlinks)
        )  # fmt: skip
        self.totals.discovered = len(found)
        self.progress(self.totals, len(found))
        settings_dict = {f.name: getattr(o.settings, f.name) for f in dataclasses.fields(o.settings)}
        settings_dict["model"] = self.model
        return started, found, settings_dict

    def _run(self, lock_fd: int) -> Totals:
        o = self.o
        started, found, settings_dict = self._start()
        jobs = o.jobs or (cpu_jobs() if self.choice.is_offline else 8)
        pool = _LazyPool(lambda: self._pool(jobs, settings_dict, lock_fd))
        first_of: dict[str, str] = {}  # sha256 -> first path with that content
        self._window = max(4, jobs * 4)  # articles in flight
        pending: dict[cf.Future[dict[str, Any]], dict[str, Any]] = {}
        try:
            with self.state_path.open("a", encoding="utf-8") as state:
                try:
                    for item in found:
                        self._submit(item, state, first_of, pending, pool, settings_dict)
                        while len(pending) >= self._window:
                            self._collect(state, pending, pool)
                    while pending:
                        self._collect(state, pending, pool)
                except KeyboardInterrupt:
                    # Ctrl-C: the workers are killed at once (requests in flight are cut off,
                    # nothing is waited for); what finished is recorded and written below
                    self.interrupted = True
                    pool.kill()
                    for future, meta in list(pending.items()):
                        if future.done() and not future.cancelled() and future.exception() is None:
                            self._finish(state, meta, future.result())
                self.totals.seconds = time.perf_counter() - started
            with sigint_ignored():  # a second Ctrl-C must not leave the outputs unwritten
                pool.shutdown()
                self.write_outputs(found)
        finally:
            pool.kill()
        return self.totals

    def _pool(self, jobs: int, settings_dict: dict[str, Any], lock_fd: int) -> Pool:
        """Worker processes, even for one job: an article past its time limit is stopped by
        killing its process, and nothing the workers do can block the parent."""
        limit = self.time_limit
        if self.o.engine == "ray":
            from summarizer.batch.ray_engine import RayPool, cluster_cpus, connected

            ray = self._engine.enter_context(
                connected(self.o.address, (self.o.jobs or None) if self.choice.is_offline else None)
            )
            jobs = self.o.jobs or (cluster_cpus(ray) if self.choice.is_offline else jobs)
            pool = RayPool(ray, jobs, offline=self.choice.is_offline, timeout_s=limit)
            self._window = max(4, pool.capacity)
            return pool
        if self.choice.is_offline:
            _preload(True)
            return ProcessPool(jobs, timeout_s=limit, close_fd=lock_fd)
        # an LLM model: a process per core, each with threads waiting on the endpoint (jobs in
        # all), so the CPU work of many concurrent articles is not held by one interpreter lock;
        # four threads a process: more contend for one interpreter lock, fewer waste memory.
        # At most ``jobs`` requests in flight across the processes; a few threads beyond each
        # process's share validate and write the articles already answered
        processes = min(jobs, max(cpu_jobs(), -(-jobs // 4)))
        gate = fork_context().BoundedSemaphore(jobs)
        _preload(False, Settings(**settings_dict), gate)
        return ThreadedProcessPool(processes, -(-jobs // processes) + 4, gate=gate, timeout_s=limit, close_fd=lock_fd)

    def _submit(
        self,
        item: Found,
        state: Any,
        first_of: dict[str, str],
        pending: dict[cf.Future[dict[str, Any]], dict[str, Any]],
        pool: Pool,
        settings_dict: dict[str, Any],
    ) -> None:
        meta: dict[str, Any] = {"path": item.rel}
        if item.error:
            self._finish(state, meta, {"status": "error", "kind": item.error.split(":")[0], "message": item.error})
            return
        try:
            out = output_path(self.o.out_dir, item.rel)
            data = read_regular(item.path, item.rel, self.o.settings.max_bytes)
        except InputError as exc:
            self._finish(state, meta, {"status": "error", "kind": exc.kind, "message": str(exc)})
            return
        except OSError as exc:
            kind = "symlink loop" if exc.errno == 40 else "unreadable"
            self._finish(
                state, meta, {"status": "error", "kind": kind, "message": f"{item.rel}: {exc.strerror or exc}"}
            )
            return
        sha = hashlib.sha256(data).hexdigest()
        meta.update(sha256=sha, output=str(out.relative_to(self.o.out_dir)))
        if sha in first_of:
            self._finish(
                state,
                meta,
                {
                    "status": "duplicate",
                    "kind": "duplicate",
                    "message": f"same content as {first_of[sha]}",
                    "duplicate_of": first_of[sha],
                },
            )
            return
        first_of[sha] = item.rel
        earlier = self._earlier(item.rel, sha, out)
        if earlier == "done":
            self.totals.skipped += 1
            self.progress(self.totals, None)
            return
        if earlier == "failed":
            self.totals.failed += 1
            self.totals.not_retried += 1
            self.progress(self.totals, None)
            return
        task = {
            "data": data, "path": str(item.path), "root": self.root, "rel": item.rel, "format": _format_for(item.rel), "out": str(out),
            "published": self.o.published, "settings": settings_dict, "html": self.o.html,
            "time_limit_s": self.time_limit,
        }  # fmt: skip
        pending[pool.submit(_work, task)] = meta

    def _collect(self, state: Any, pending: dict[cf.Future[dict[str, Any]], dict[str, Any]], pool: Pool) -> None:
        done = [f for f in pending if f.done()]
        while not done:
            pool.poll(0.5)
            done = [f for f in pending if f.done()]
        for future in done:
            meta = pending.pop(future)
            try:
                result = future.result()
            except ArticleTimeout as exc:
                result = {"status": "error", "kind": "timeout", "message": _timeout_message(meta["path"], exc.seconds)}
            except Exception as exc:  # a worker that died (killed, out of memory)
                result = {
                    "status": "error",
                    "kind": "internal",
                    "message": f"worker failed: {type(exc).__name__}: {exc}",
                }
            self._finish(state, meta, result)

    def _finish(self, state: Any, meta: dict[str, Any], result: dict[str, Any]) -> None:
        t = self.totals
        record = {**meta, **result}
        record.setdefault("sha256", "")
        record["schema"] = SCHEMA_VERSION
        record.setdefault("model", self.model)
        record.setdefault("prompt", self.prompt)
        _count(t, record)
        self._record(state, record)
        self.progress(t, None)

    # -- outputs, rebuilt from the state and the per-article files, each written atomically

    def write_outputs(self, found: list[Found]) -> None:
        """summaries.jsonl, errors.jsonl and report.md for the whole folder, streamed (memory
        does not grow with the folder) and each renamed into place whole."""
        latest: dict[str, dict[str, Any]] = {}
        if self.state_path.exists():
            with self.state_path.open(encoding="utf-8") as fh:
                for line in fh:
                    try:
                        r = json.loads(line)
                        r.pop("findings", None) if r.get("status") != "ok" else None
                        latest[r["path"]] = r
                    except (ValueError, KeyError, TypeError):
                        continue
        folder = Totals(discovered=len(found))
        out_dir = self.o.out_dir
        index: list[dict[str, Any]] = []
        with atomic_writer(out_dir / "summaries.jsonl") as summaries, atomic_writer(out_dir / "errors.jsonl") as errors:
            for item in found:
                r = latest.get(item.rel)
                if r is None:
                    continue
                _count(folder, r)
                page = str(Path(r["output"]).with_name(r["page"])) if r.get("page") and r.get("output") else None
                index.append({
                    "path": item.rel, "page": page, "headline": r.get("headline", ""),
                    "attributions": r.get("attributions", ""), "unverified": r.get("unverified", ""),
                    "findings": (r.get("check_errors", 0) + r.get("check_warnings", 0)) if r["status"] == "ok" else "",
                    "status": r["status"] if r["status"] != "error" else f"error: {r.get('kind', '')}",
                })  # fmt: skip
                if r["status"] == "ok":
                    try:
                        line = (out_dir / r["output"]).read_text(encoding="utf-8").strip()
                        if "\n" in line:  # written by an earlier version, pretty-printed
                            line = json.dumps(json.loads(line), ensure_ascii=False)
                    except (OSError, ValueError):
                        continue
                    if line.startswith("{") and line.endswith("}"):
                        summaries.write(line + "\n")
                else:
                    entry = {"path": item.rel, "error": r.get("kind", "error"), "message": r.get("message", "")}
                    if r.get("duplicate_of"):
                        entry["duplicate_of"] = r["duplicate_of"]
                    errors.write(json.dumps(entry, ensure_ascii=False) + "\n")
                for w in r.get("warnings") or []:
                    errors.write(
                        json.dumps({"path": item.rel, "error": "warning", "message": w}, ensure_ascii=False) + "\n"
                    )
        report = render_report(
            folder, self.totals, in_dir=self.o.in_dir, out_dir=out_dir, model=self.model, interrupted=self.interrupted
        )
        write_atomic(out_dir / "report.md", report)
        if self.o.html:
            from summarizer.render.html import render_index

            write_atomic(
                out_dir / "index.html", render_index(index, f"Summaries of {self.o.in_dir.name or self.o.in_dir}")
            )

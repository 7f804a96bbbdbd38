"""Many articles: ``summarize_many`` (the library call) and ``run_batch`` (``summarize batch``):
discovery, parallel summarising, resume, outputs that are always whole, and a report.

Work is split so that the parent process reads and hashes each file (cheap; it needs the hash
to skip what is done and to spot duplicates) and workers summarise and write each article's
JSON. The offline model runs in worker processes, one per core; LLM models run in threads.
Every worker dies with its parent; an article past its time limit has its worker killed (offline
model) or its answer dropped (LLM models); Ctrl-C kills the workers and writes what is done.
"""

from __future__ import annotations

import collections
import concurrent.futures as cf
import contextlib
import dataclasses
import fnmatch
import hashlib
import json
import os
import queue
import signal
import stat
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from summarizer._files import atomic_writer, folder_lock, remove_temporaries, write_atomic
from summarizer.config import Settings
from summarizer.errors import InputError, SummarizerError
from summarizer.schema import SCHEMA_VERSION, IncidentSummary

DEFAULT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
STATE_FILE = ".summarizer-state.jsonl"
DEFAULT_ARTICLE_TIMEOUT_S = 60.0


# ---------------------------------------------------------------- the library call


def _cpu_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def _summarize_one(item: str | bytes | Path, model: str | None, settings: Settings | None) -> str:
    """Worker side: one article to its summary JSON (a str pickles faster than a model)."""
    from summarizer.pipeline import summarize

    return summarize(item, model=model, settings=settings).model_dump_json()


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _die_with_parent(os.getppid())


def _worker_setup(parent: int, close_fd: int | None = None) -> None:
    """First thing in a forked worker: Ctrl-C is the parent's to handle (it was blocked across the
    fork, see ``_sigint_blocked``), the worker dies with its parent, and it drops its copy of the
    output folder's lock."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    if close_fd is not None:
        with contextlib.suppress(OSError):
            os.close(close_fd)
    _die_with_parent(parent)


def _die_with_parent(parent: int) -> None:
    """End this worker when ``parent`` ends, however it ends (SIGKILL included): Linux kills it
    (PR_SET_PDEATHSIG, which fires when the thread that forked it ends: pools start their
    processes from the thread that runs them); elsewhere a thread watches the parent's pid."""
    armed = False
    if sys.platform == "linux":
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            armed = ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL, 0, 0, 0) == 0  # 1: PR_SET_PDEATHSIG
    if os.getppid() != parent:  # it ended before the line above took effect
        os._exit(1)
    if not armed:

        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(0.5)
            os._exit(1)

        threading.Thread(target=watch, daemon=True).start()


@contextlib.contextmanager
def _sigint_blocked() -> Iterator[None]:
    """Ctrl-C blocked while workers are forked: a worker starts with it blocked until it has set
    it aside, and the parent gets a Ctrl-C that came meanwhile when the block ends."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _interrupt_once(signum: int, frame: Any) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the next Ctrl-C must not cut the clean-up short
    raise KeyboardInterrupt


@contextlib.contextmanager
def _first_interrupt_only() -> Iterator[None]:
    """The first Ctrl-C raises KeyboardInterrupt and the later ones are ignored while the block
    runs (in the main thread, where handlers live): a batch stopped by Ctrl-C still writes its
    outputs, however often the key is pressed."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, _interrupt_once)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@contextlib.contextmanager
def _sigint_ignored() -> Iterator[None]:
    """Ctrl-C ignored for the block (in the main thread, where handlers live): while a batch writes
    its outputs, a second Ctrl-C must not leave them unwritten."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def summarize_many(
    items: Iterable[str | bytes | Path],
    model: str | None = None,
    jobs: int = 0,
    *,
    settings: Settings | None = None,
    ordered: bool = True,
) -> Iterator[tuple[str | bytes | Path, IncidentSummary | SummarizerError]]:
    """Summarise many articles lazily: yields ``(item, summary)`` or ``(item, error)``.

    Results come in input order (``ordered=False``: as they finish). At most a few tasks per
    worker are in flight, so memory stays flat however long ``items`` is. The offline model
    runs in ``jobs`` processes (0: one per core); an LLM model in ``jobs`` threads (0: 8).
    One article's failure is yielded as its error; the others go on.
    """
    settings = settings or Settings.from_env()
    if model is not None:
        settings = settings.with_(model=model)
    resolved = settings.resolved_model()
    offline = resolved == "rules"
    workers = jobs or (_cpu_jobs() if offline else 8)
    if workers == 1:
        for item in items:
            yield item, _one_in_process(item, settings)
        return
    pool: cf.Executor = (
        cf.ProcessPoolExecutor(workers, initializer=_ignore_sigint)
        if offline
        else cf.ThreadPoolExecutor(workers, thread_name_prefix="summarize")
    )
    window = workers * 4
    source = iter(items)
    pending: collections.deque[tuple[str | bytes | Path, cf.Future[str]]] = collections.deque()
    try:
        exhausted = False
        while True:
            while not exhausted and len(pending) < window:
                try:
                    item = next(source)
                except StopIteration:
                    exhausted = True
                    break
                pending.append((item, pool.submit(_summarize_one, item, resolved, settings)))
            if not pending:
                break
            if ordered:
                item, future = pending.popleft()
            else:
                cf.wait([f for _, f in pending], return_when=cf.FIRST_COMPLETED)
                index = next(i for i, (_, f) in enumerate(pending) if f.done())
                item, future = pending[index]
                del pending[index]
            yield item, _outcome(future)
    finally:
        for _, future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def _one_in_process(item: str | bytes | Path, settings: Settings) -> IncidentSummary | SummarizerError:
    from summarizer.pipeline import summarize

    try:
        return summarize(item, settings=settings)
    except SummarizerError as exc:
        return exc
    except Exception as exc:  # an extractor bug must not end the batch
        return SummarizerError(f"internal error: {type(exc).__name__}: {exc}")


def _outcome(future: cf.Future[str]) -> IncidentSummary | SummarizerError:
    try:
        return IncidentSummary.model_validate_json(future.result())
    except SummarizerError as exc:
        return exc
    except Exception as exc:
        return SummarizerError(f"internal error: {type(exc).__name__}: {exc}")


# ---------------------------------------------------------------- discovery


@dataclass(frozen=True, slots=True)
class Found:
    path: Path  # as reached from the input folder
    rel: str  # path relative to the input folder, with "/" separators
    error: str | None = None  # "kind: message": symlink loop, unreadable folder, not_a_file, outside_input


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _not_a_file(path: Path) -> str:
    """What a path that is not a regular file is, for its error record."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return "not_a_file: not a regular file"
    what = (
        "a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
        else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a regular file"
    )  # fmt: skip
    return f"not_a_file: {what}, not read"


def discover(
    root: Path,
    *,
    globs: list[str] | None = None,
    suffixes: tuple[str, ...] = DEFAULT_SUFFIXES,
    exclude: Path | None = None,
    follow_symlinks: bool = False,
) -> Iterator[Found]:
    """Every article file under ``root``, depth first in sorted order (so runs are repeatable).
    Symlinked folders are followed once; a loop is reported, not followed. A symlink that leads
    out of ``root`` is reported (``outside_input``) unless ``follow_symlinks``; anything but a
    regular file is reported (``not_a_file``: a FIFO would block the reader forever); the
    ``exclude`` folder (the output folder) is never entered, wherever it lies."""
    seen: set[str] = set()
    top = os.path.realpath(root)
    skip = os.path.realpath(exclude) if exclude is not None else None

    def wanted(rel: str) -> bool:
        if globs:
            return any(fnmatch.fnmatch(rel, g) or fnmatch.fnmatch(rel.rsplit("/", 1)[-1], g) for g in globs)
        return rel.lower().endswith(suffixes)

    def walk(folder: Path, prefix: str) -> Iterator[Found]:
        try:
            real = os.path.realpath(folder)
        except OSError:
            real = str(folder)
        if real in seen:
            yield Found(folder, prefix.rstrip("/") or ".", "symlink loop: this folder is already being read")
            return
        seen.add(real)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            yield Found(folder, prefix.rstrip("/") or ".", f"unreadable folder: {exc.strerror or exc}")
            return
        for entry in entries:
            rel = f"{prefix}{entry.name}"
            path = Path(entry.path)
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir(follow_symlinks=True)
            except OSError:
                is_dir = False
            if is_dir or entry.is_symlink():
                target = os.path.realpath(path)
                if skip is not None and _inside(target, skip):
                    continue  # the output folder, or a way into it: our own outputs are not articles
                if entry.is_symlink() and not follow_symlinks and not _inside(target, top) and (is_dir or wanted(rel)):
                    yield Found(path, rel, "outside_input: a symlink that leads out of the input folder "
                                "(--follow-symlinks reads it)")  # fmt: skip
                    continue
            if is_dir:
                yield from walk(path, rel + "/")
                continue
            if not wanted(rel):
                continue
            if entry.is_symlink() and not path.exists():
                # a dangling link, or a link that points at itself
                try:
                    os.stat(path)
                except OSError as exc:
                    kind = "symlink loop" if exc.errno == 40 else "broken symlink"
                    yield Found(path, rel, kind)
                    continue
            try:
                regular = entry.is_file(follow_symlinks=True)
            except OSError:
                regular = False
            yield Found(path, rel) if regular else Found(path, rel, _not_a_file(path))

    yield from walk(root, "")


def _read_regular(path: Path, rel: str, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``. Opened without blocking and checked
    on the open descriptor: a FIFO put in a file's place after discovery cannot hang the batch."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(_not_a_file(path).split(": ", 1)[1], path=rel, kind="not_a_file")
        if info.st_size > max_bytes:
            raise InputError(
                f"file is {info.st_size:,} bytes, over the size cap of {max_bytes:,}", path=rel, kind="too_large"
            )
        return fh.read(max_bytes + 1)


# ---------------------------------------------------------------- the batch command


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

    def time_limit(self) -> float | None:
        if self.article_timeout_s is None:
            return DEFAULT_ARTICLE_TIMEOUT_S if self.settings.resolved_model() == "rules" else None
        return self.article_timeout_s or None


@dataclass
class Totals:
    """What the report needs, kept as running counts: memory does not grow with the batch."""

    discovered: int = 0
    done: int = 0
    skipped: int = 0
    failed: int = 0
    duplicates: int = 0
    not_retried: int = 0  # failed in an earlier run on the same content; --retry-failed redoes them
    warnings: int = 0
    attributions: int = 0
    unverified: int = 0
    disputed: int = 0
    check_errors: int = 0
    check_warnings: int = 0
    requests: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0
    cost_known: bool = True
    findings: collections.Counter[str] = field(default_factory=collections.Counter)
    errors_by_kind: collections.Counter[str] = field(default_factory=collections.Counter)
    seconds: float = 0.0


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
    from summarizer.ingest import read_input
    from summarizer.pipeline import summarize

    started = time.perf_counter()
    try:
        settings = Settings(**task["settings"])
        text, _, warnings = read_input(task["data"], max_bytes=settings.max_bytes)
        result = summarize(
            text, published=task["published"], settings=settings, path=task["path"], format=task["format"]
        )
        limit = task.get("time_limit_s")
        if limit and time.perf_counter() - started > limit:  # the parent has recorded it as timed out
            return {"status": "error", "kind": "timeout", "message": _timeout_message(task["rel"], limit)}
        # renamed into place whole; a killed run never leaves half a file (no fsync: a power cut
        # is rare enough, and thousands of fsyncs would halve the speed)
        # one line: summaries.jsonl is then these files joined, with nothing to parse again
        write_atomic(Path(task["out"]), result.model_dump_json() + "\n", durable=False)
        if task.get("html"):
            from summarizer.render.html import render_html

            write_atomic(Path(task["out"]).with_suffix(".html"), render_html(result, text), durable=False)
    except SummarizerError as exc:
        message = str(exc) if str(exc).startswith(task["rel"]) else f"{task['rel']}: {exc}"
        return {"status": "error", "kind": getattr(exc, "kind", type(exc).__name__), "message": message}
    except Exception as exc:  # an extractor that raises is one failed article, not a dead batch
        return {"status": "error", "kind": "internal", "message": f"{type(exc).__name__}: {exc}"}
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


def _fork_context() -> Any:
    """Fork where the system has it: workers then inherit what ``_preload`` imported (and the
    output folder's lock, which they close)."""
    import multiprocessing

    return multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)


class ArticleTimeout(Exception):
    """A task ran past its pool's time limit: its worker was killed, or its result is dropped."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"took longer than {seconds:g} s")
        self.seconds = seconds


class _Pool(Protocol):
    def submit(self, fn: Callable[..., Any], /, *args: Any) -> cf.Future[Any]: ...

    def poll(self, timeout: float) -> None: ...

    def kill(self) -> None: ...

    def shutdown(self) -> None: ...


@dataclass(eq=False)
class _Solo:
    process: Any
    conn: Any
    future: cf.Future[Any] | None = None
    started: float = 0.0


class ProcessPool:
    """Processes that each run one task at a time, fed by the parent over a pipe of their own,
    so the parent knows which process runs what since when. A task past ``timeout_s`` has its
    process killed and replaced and fails with ArticleTimeout; a process that dies fails its
    task alone. The owner drives it: ``poll`` settles futures and starts queued tasks."""

    def __init__(self, processes: int, timeout_s: float | None = None, close_fd: int | None = None) -> None:
        self._ctx = _fork_context()
        self._timeout = timeout_s
        self._close_fd = close_fd if self._ctx.get_start_method() == "fork" else None
        self._queue: collections.deque[tuple[cf.Future[Any], Callable[..., Any], tuple[Any, ...]]] = collections.deque()
        self._workers = [self._start() for _ in range(processes)]

    def _start(self) -> _Solo:
        parent_end, child_end = self._ctx.Pipe()
        with _sigint_blocked():
            process = self._ctx.Process(target=_solo_worker, args=(child_end, os.getpid(), self._close_fd), daemon=True)
            process.start()
        child_end.close()
        return _Solo(process, parent_end)

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> cf.Future[Any]:
        future: cf.Future[Any] = cf.Future()
        self._queue.append((future, fn, args))
        self._dispatch()
        return future

    def _dispatch(self) -> None:
        while self._queue:
            idle = next((w for w in self._workers if w.future is None), None)
            if idle is None:
                return
            future, fn, args = self._queue.popleft()
            if not future.set_running_or_notify_cancel():
                continue
            idle.future, idle.started = future, time.monotonic()
            try:
                idle.conn.send((fn, args))
            except OSError as exc:  # the process died while idle
                self._replace(idle, RuntimeError(f"the worker process died: {exc}"))

    def poll(self, timeout: float) -> None:
        """Wait up to ``timeout`` s for a task to end; settle ended, failed and overdue tasks."""
        from multiprocessing.connection import wait

        busy = {w.conn: w for w in self._workers if w.future is not None}
        if not busy:
            return
        if self._timeout is not None:
            nearest = min(w.started for w in busy.values()) + self._timeout
            timeout = max(0.0, min(timeout, nearest - time.monotonic() + 0.01))
        for ready in wait(list(busy), timeout):
            worker = busy[ready]
            try:
                ok, value = worker.conn.recv()
            except (EOFError, OSError):
                worker.process.join(1)
                self._replace(worker, RuntimeError(f"the worker process died (exit code {worker.process.exitcode})"))
                continue
            future, worker.future = worker.future, None
            if future is not None:
                future.set_result(value) if ok else future.set_exception(value)
        if self._timeout is not None:
            now = time.monotonic()
            for worker in self._workers:
                if worker.future is not None and now - worker.started > self._timeout:
                    self._replace(worker, ArticleTimeout(self._timeout))
        self._dispatch()

    def _replace(self, worker: _Solo, exc: BaseException) -> None:
        """Kill ``worker`` (if still alive), fail its task with ``exc`` and start another."""
        future, worker.future = worker.future, None
        self._end(worker)
        self._workers[self._workers.index(worker)] = self._start()
        if future is not None and not future.done():
            future.set_exception(exc)

    @staticmethod
    def _end(worker: _Solo) -> None:
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join()
        worker.conn.close()

    def kill(self) -> None:
        """End every process now (SIGKILL); tasks not finished stay undone."""
        for worker in self._workers:
            if worker.process.is_alive():
                worker.process.kill()
        for worker in self._workers:
            self._end(worker)
            if worker.future is not None and not worker.future.done():
                worker.future.set_exception(RuntimeError("the batch was stopped"))
        self._workers = []
        for future, _, _ in self._queue:
            future.cancel()
        self._queue.clear()

    def shutdown(self) -> None:
        """Let idle processes exit; kill any still busy."""
        for worker in self._workers:
            with contextlib.suppress(OSError):
                worker.conn.send(None)
        for worker in self._workers:
            worker.process.join(5)
        self.kill()


def _solo_worker(conn: Any, parent: int, close_fd: int | None) -> None:
    """One process of a ProcessPool: run each task sent, send back (ok, result or error)."""
    _worker_setup(parent, close_fd)
    while True:
        try:
            item = conn.recv()
        except (EOFError, OSError):
            return
        if item is None:
            return
        fn, args = item
        try:
            reply: tuple[bool, Any] = (True, fn(*args))
        except Exception as exc:
            reply = (False, exc)
        try:
            conn.send(reply)
        except Exception as exc:  # a result or an error that does not pickle
            conn.send((False, RuntimeError(f"{type(exc).__name__}: {exc}")))


class ThreadedProcessPool(cf.Executor):
    """Processes that each run several tasks at once on threads, fed continuously: for work
    that mostly waits on the network (an LLM endpoint) yet has real CPU work around each wait,
    more than one interpreter lock and no idle gaps between batches of tasks."""

    def __init__(
        self, processes: int, threads: int, gate: Any = None, timeout_s: float | None = None,
        close_fd: int | None = None,
    ) -> None:  # fmt: skip
        ctx = _fork_context()
        close_fd = close_fd if ctx.get_start_method() == "fork" else None
        self._tasks: Any = ctx.Queue()
        self._results: Any = ctx.Queue()
        self._futures: dict[int, cf.Future[Any]] = {}
        self._started: dict[int, float] = {}  # task -> when a worker thread took it up
        self._timeout = timeout_s
        self._abandoned = 0  # tasks past the time limit, whose threads still run
        self._lock = threading.Lock()
        self._next = 0
        self._stopping = self._joined = False
        # ``gate``: a semaphore bounding the HTTP requests in flight across the processes,
        # while the threads (more of them) also validate and write the articles answered
        args = (self._tasks, self._results, threads, gate, os.getpid(), close_fd)
        self._procs = [ctx.Process(target=_pool_worker, args=args, daemon=True) for _ in range(processes)]
        with _sigint_blocked():
            for p in self._procs:
                p.start()
        self._collector = threading.Thread(target=self._collect, daemon=True)
        self._collector.start()

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> cf.Future[Any]:
        future: cf.Future[Any] = cf.Future()
        with self._lock:
            self._next += 1
            self._futures[self._next] = future
            self._tasks.put((self._next, fn, args))
        return future

    def _collect(self) -> None:
        while True:
            try:
                item = self._results.get(timeout=0.5)
            except queue.Empty:
                if not any(p.is_alive() for p in self._procs):
                    self._fail_all(RuntimeError("the worker processes died"))
                    return
                continue
            if item is None:
                return
            key, ok, value = item
            with self._lock:
                if ok is None:  # a thread has taken the task up: its time limit runs from now
                    if key in self._futures:
                        self._started[key] = time.monotonic()
                    continue
                self._started.pop(key, None)
                future = self._futures.pop(key, None)
            if future is None or future.done():  # cancelled, or past its time limit
                continue
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)

    def _fail_all(self, exc: BaseException) -> None:
        with self._lock:
            futures, self._futures = list(self._futures.values()), {}
        for f in futures:
            if not f.done():
                f.set_exception(exc)

    def poll(self, timeout: float) -> None:
        """Wait up to ``timeout`` s for a task to end; a task past the time limit fails with
        ArticleTimeout and its result, when it comes, is dropped (its thread cannot be stopped,
        and killing its process would end the other articles that process holds)."""
        with self._lock:
            futures = list(self._futures.values())
            started = dict(self._started)
        if self._timeout is not None and started:
            timeout = max(0.0, min(timeout, min(started.values()) + self._timeout - time.monotonic() + 0.01))
        cf.wait(futures, timeout, return_when=cf.FIRST_COMPLETED)
        if self._timeout is None:
            return
        now = time.monotonic()
        for key, since in started.items():
            if now - since > self._timeout:
                with self._lock:
                    self._started.pop(key, None)
                    future = self._futures.pop(key, None)
                if future is not None and not future.done():
                    self._abandoned += 1
                    future.set_exception(ArticleTimeout(self._timeout))

    def kill(self) -> None:
        """End the processes now (SIGKILL): requests in flight are cut off, their articles stay
        undone (no file is left half-written: every write is a rename)."""
        self._stopping = self._joined = True
        for p in self._procs:
            if p.is_alive():
                p.kill()
        for p in self._procs:
            p.join()
        # tasks still in the pipe to dead workers: do not wait at exit to flush them
        self._tasks.cancel_join_thread()
        self._results.cancel_join_thread()
        self._fail_all(RuntimeError("the batch was stopped"))

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        if self._abandoned:  # their threads may wait minutes on the endpoint: no one wants the answers
            self.kill()
            return
        if cancel_futures:
            with contextlib.suppress(queue.Empty):
                while True:
                    key, _, _ = self._tasks.get_nowait()
                    with self._lock:
                        future = self._futures.pop(key, None)
                    if future is not None:
                        future.cancel()
        if not self._stopping:
            self._stopping = True
            for _ in self._procs:
                self._tasks.put(None)
        if wait and not self._joined:
            self._joined = True
            for p in self._procs:
                p.join()
            self._results.put(None)
            self._collector.join()


def _pool_worker(
    tasks: Any, results: Any, threads: int, gate: Any = None, parent: int = 0, close_fd: int | None = None
) -> None:
    """One process of a ThreadedProcessPool: take a task whenever a thread is free."""
    _worker_setup(parent or os.getppid(), close_fd)
    if gate is not None:
        from summarizer.backends import set_request_gate

        set_request_gate(gate)
    # threads here mostly wait on sockets; a shorter switch interval lets one whose answer has
    # arrived take the interpreter lock sooner from one that is busy grounding
    sys.setswitchinterval(0.0002)
    free = threading.BoundedSemaphore(threads)

    def run(key: int, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        results.put((key, None, None))  # started
        try:
            results.put((key, True, fn(*args)))
        except BaseException as exc:  # a task's failure belongs to its future
            results.put((key, False, exc))
        finally:
            free.release()

    with cf.ThreadPoolExecutor(threads, thread_name_prefix="article") as pool:
        while True:
            free.acquire()
            item = tasks.get()
            if item is None:
                break
            pool.submit(run, *item)


def _preload(offline: bool, settings: Settings | None = None, gate: Any = None) -> None:
    """Import what the workers need before they are forked, so each does not import it again;
    for an LLM model, also make its client (a third of a second) once, for all of them to
    inherit: no connection is open yet, so forking it is safe."""
    import summarizer.extract.model
    import summarizer.pipeline

    if not offline:
        import summarizer.backends
        import summarizer.llm

        summarizer.backends.preload()
        if settings is not None:
            summarizer.backends.set_request_gate(gate)
            with contextlib.suppress(SummarizerError):
                summarizer.llm._backend(settings.resolved_model(), settings)


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
        self.model = options.settings.resolved_model()
        self.prompt: str | None = None  # the prompt name@version an LLM model runs with
        if self.model != "rules":
            import summarizer.prompting as prompting

            self.prompt = prompting.load("summarize", options.settings.prompts_dir).id
        self.state_path = options.out_dir / STATE_FILE
        self.previous: dict[
            str, tuple[str, str, str | None, str, str]
        ] = {}  # rel -> (sha, model, prompt, schema, status)
        self.interrupted = False
        self.time_limit = options.time_limit()

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
        with folder_lock(o.out_dir) as lock_fd, _first_interrupt_only():
            remove_temporaries(o.out_dir)
            return self._run(lock_fd)

    def _run(self, lock_fd: int) -> Totals:
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
        jobs = o.jobs or (_cpu_jobs() if self.model == "rules" else 8)
        pool = self._pool(jobs, settings_dict, lock_fd)
        first_of: dict[str, str] = {}  # sha256 -> first path with that content
        window = max(4, jobs * 4)  # articles in flight
        pending: dict[cf.Future[dict[str, Any]], dict[str, Any]] = {}
        try:
            with self.state_path.open("a", encoding="utf-8") as state:
                try:
                    for item in found:
                        self._submit(item, state, first_of, pending, pool, settings_dict)
                        while len(pending) >= window:
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
            with _sigint_ignored():  # a second Ctrl-C must not leave the outputs unwritten
                pool.shutdown()
                self.write_outputs(found)
        finally:
            pool.kill()
        return self.totals

    def _pool(self, jobs: int, settings_dict: dict[str, Any], lock_fd: int) -> _Pool:
        """Worker processes, even for one job: an article past its time limit is stopped by
        killing its process, and nothing the workers do can block the parent."""
        limit = self.time_limit
        if self.model == "rules":
            _preload(True)
            return ProcessPool(jobs, timeout_s=limit, close_fd=lock_fd)
        # an LLM model: a process per core, each with threads waiting on the endpoint (jobs in
        # all), so the CPU work of many concurrent articles is not held by one interpreter lock;
        # four threads a process: more contend for one interpreter lock, fewer waste memory.
        # At most ``jobs`` requests in flight across the processes; a few threads beyond each
        # process's share validate and write the articles already answered
        processes = min(jobs, max(_cpu_jobs(), -(-jobs // 4)))
        gate = _fork_context().BoundedSemaphore(jobs)
        _preload(False, Settings(**settings_dict), gate)
        return ThreadedProcessPool(processes, -(-jobs // processes) + 4, gate=gate, timeout_s=limit, close_fd=lock_fd)

    def _submit(
        self,
        item: Found,
        state: Any,
        first_of: dict[str, str],
        pending: dict[cf.Future[dict[str, Any]], dict[str, Any]],
        pool: _Pool,
        settings_dict: dict[str, Any],
    ) -> None:
        meta: dict[str, Any] = {"path": item.rel}
        if item.error:
            self._finish(state, meta, {"status": "error", "kind": item.error.split(":")[0], "message": item.error})
            return
        try:
            out = output_path(self.o.out_dir, item.rel)
            data = _read_regular(item.path, item.rel, self.o.settings.max_bytes)
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
            "data": data, "path": str(item.path), "rel": item.rel, "format": _format_for(item.rel), "out": str(out),
            "published": self.o.published, "settings": settings_dict, "html": self.o.html,
            "time_limit_s": self.time_limit,
        }  # fmt: skip
        pending[pool.submit(_work, task)] = meta

    def _collect(self, state: Any, pending: dict[cf.Future[dict[str, Any]], dict[str, Any]], pool: _Pool) -> None:
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
        write_atomic(out_dir / "report.md", self.report(folder))
        if self.o.html:
            from summarizer.render.html import render_index

            write_atomic(
                out_dir / "index.html", render_index(index, f"Summaries of {self.o.in_dir.name or self.o.in_dir}")
            )

    def report(self, folder: Totals) -> str:
        """The folder as it now stands (every article summarised so far), and this run."""
        t, run = folder, self.totals
        rate = run.done / run.seconds if run.seconds else 0.0
        lines = [
            "# Batch report",
            "",
            f"- Input: `{self.o.in_dir}` ({t.discovered} article files); output: `{self.o.out_dir}`; model `{self.model}`",
            f"- Summarized: {t.done}; failed: {t.failed}; duplicates: {t.duplicates}"
            + ("; **the last run was interrupted**: run it again to finish" if self.interrupted else ""),
            f"- This run: {run.done} summarized, {run.skipped} already done, {run.failed} failed in {run.seconds:.1f} s "
            f"({rate:.1f} articles/s); {run.requests} requests, {run.input_tokens + run.output_tokens} tokens",
            f"- Attributions: {t.attributions}; unverified or disputed: {t.unverified} (disputed: {t.disputed})",
            f"- Checker: {t.check_errors} errors, {t.check_warnings} warnings",
            f"- Requests: {t.requests}; tokens in/out: {t.input_tokens}/{t.output_tokens}; cost: "
            + (f"${t.cost_usd:.4f}" if t.cost_known else "unknown (a model without a price)"),
            "",
        ]
        if t.findings:
            lines += ["## Checker findings by rule", "", "| rule | count |", "|---|---:|"]
            lines += [f"| {rule} | {n} |" for rule, n in t.findings.most_common()]
            lines.append("")
        if t.errors_by_kind:
            lines += ["## Failures by kind (details in errors.jsonl)", "", "| kind | count |", "|---|---:|"]
            lines += [f"| {kind} | {n} |" for kind, n in t.errors_by_kind.most_common()]
            lines.append("")
        return "\n".join(lines)

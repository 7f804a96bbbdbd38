"""Worker processes for a batch: pools whose workers die with their parent and leave Ctrl-C to
it, and that can be stopped. ``ProcessPool`` (the offline model) runs one article per process and
kills and replaces a process whose article passes the time limit; ``ThreadedProcessPool`` (LLM
models) runs threads waiting on the endpoint in a few processes. Either is killed at once on
Ctrl-C, which the run takes once (``first_interrupt_only``).
"""

from __future__ import annotations

import collections
import concurrent.futures as cf
import contextlib
import os
import queue
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol


def cpu_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def worker_init() -> None:
    """A ProcessPoolExecutor's initializer (``summarize_many``): Ctrl-C and death as for ours."""
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
def first_interrupt_only() -> Iterator[None]:
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
def sigint_ignored() -> Iterator[None]:
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


def fork_context() -> Any:
    """Fork where the system has it: workers then inherit what ``_preload`` imported (and the
    output folder's lock, which they close)."""
    import multiprocessing

    return multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)


class ArticleTimeout(Exception):
    """A task ran past its pool's time limit: its worker was killed, or its result is dropped."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"took longer than {seconds:g} s")
        self.seconds = seconds


class Pool(Protocol):
    """What a batch run asks of its pool: ``poll`` waits for some task to end and settles the
    futures of tasks past the time limit; ``kill`` ends every worker at once."""

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
        self._ctx = fork_context()
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
        ctx = fork_context()
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

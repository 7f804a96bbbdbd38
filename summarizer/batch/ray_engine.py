"""``summarize batch --engine ray``: a pool that maps the batch's per-article work over a Ray
cluster. The run (discovery, resume state, outputs) stays in this process; Ray workers only
summarise, and hand back the files to write, so no worker needs the output folder.
"""

from __future__ import annotations

import collections
import concurrent.futures as cf
import contextlib
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from summarizer._files import write_atomic
from summarizer.batch.workers import ArticleTimeout
from summarizer.errors import ConfigError

RAY_EXTRA = "pip install 'summarizer[ray]'"
# a worker process that dies (killed, out of memory) has its task run again this many times
TASK_RETRIES = 3
CHUNK = 8  # articles a task, offline model
BACKSTOP_SLACK_S = 30.0  # beyond the time limits of a task's articles, before the task is cancelled


def require_ray() -> None:
    """A ConfigError naming the extra when Ray is not installed (without importing it: a second)."""
    import importlib.util

    if importlib.util.find_spec("ray") is None:
        raise ConfigError(f"the ray engine needs Ray: {RAY_EXTRA}", setting="engine")


def import_ray() -> Any:
    """The ``ray`` module, or a ConfigError naming the extra that installs it."""
    try:
        import ray
    except ImportError:
        raise ConfigError(f"the ray engine needs Ray: {RAY_EXTRA}", setting="engine") from None
    return ray


@contextlib.contextmanager
def connected(address: str | None = None, num_cpus: int | None = None) -> Iterator[Any]:
    """Ray, connected: to the cluster at ``address`` ("auto": the one `ray start` runs here), to
    one already connected in this process, or to a local one started now (``num_cpus``) and shut
    down at the end."""
    ray = import_ray()
    if ray.is_initialized():
        yield ray
        return
    import logging

    options: dict[str, Any] = {"logging_level": logging.ERROR, "log_to_driver": False}
    if address:
        _reachable(address)
        options["address"] = address
    else:
        options.update(address="local", num_cpus=num_cpus, include_dashboard=False)  # never one `ray start` left
    try:
        ray.init(**options)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        hint = (
            " (a cluster that asks for a token: RAY_AUTH_MODE=token, and its token; see the README)" if address else ""
        )
        raise ConfigError(f"cannot connect to the Ray cluster at {address or 'a new local one'}: {exc}{hint}") from None
    try:
        yield ray
    finally:
        ray.shutdown()


def _reachable(address: str) -> None:
    """A ConfigError at once when nothing listens at a ``host:port`` address: Ray itself retries
    for minutes. ("auto" and "ray://" addresses are left to Ray.)"""
    import socket

    host, sep, port = address.rpartition(":")
    if not sep or not port.isdigit() or "://" in address:
        return
    try:
        socket.create_connection((host, int(port)), timeout=5).close()
    except OSError as exc:
        raise ConfigError(
            f"cannot reach the Ray cluster at {address}: {exc.strerror or exc} (start one with `ray start --head`)",
            setting="address",
        ) from None


def cluster_cpus(ray: Any) -> int:
    return max(1, int(ray.cluster_resources().get("CPU", 1)))


def _preload() -> None:
    """What an article needs, imported before its timer starts: a fresh worker's first article
    would otherwise spend a second or more of its time limit importing."""
    import summarizer.pipeline
    import summarizer.render.html
    import summarizer.rules.model  # noqa: F401


class _Overtime(BaseException):
    """Raised in a worker by its timer when an article passes the time limit; a BaseException,
    so that the per-article code's ``except Exception`` does not take it for the article's error."""


def _overtime(signum: int, frame: Any) -> None:
    raise _Overtime


def _run_tasks(
    calls: list[tuple[Callable[..., Any], tuple[Any, ...]]], limit_s: float | None
) -> list[tuple[bool, Any]]:
    """Worker side: a few of the batch's per-article calls, each one's result or error. An article
    past ``limit_s`` is stopped by a timer (Ray runs a task in its worker's main thread, where
    signals are handled) and fails with ArticleTimeout; the next one goes on."""
    import signal

    _preload()
    timed = limit_s is not None and hasattr(signal, "setitimer")
    previous = signal.signal(signal.SIGALRM, _overtime) if timed else None
    results: list[tuple[bool, Any]] = []
    try:
        for fn, args in calls:
            try:
                if timed:
                    signal.setitimer(signal.ITIMER_REAL, limit_s or 0.0)
                results.append((True, fn(*args)))
            except _Overtime:  # sent as data: an exception with its own __init__ may not unpickle
                results.append((False, "timeout"))
            except Exception as exc:
                results.append((False, f"{type(exc).__name__}: {exc}"))
            finally:
                if timed:
                    signal.setitimer(signal.ITIMER_REAL, 0)
    finally:
        if timed:
            signal.signal(signal.SIGALRM, previous)
    return results


_Item = tuple[cf.Future[Any], Callable[..., Any], tuple[Any, ...]]


class RayPool:
    """The batch's ``Pool`` over Ray tasks; the workers hand back the files to write (the task's
    ``return_files``) and this process writes them. An LLM model sends one article a task and at
    most ``jobs`` tasks at a time, so at most ``jobs`` requests are in flight across the cluster.
    The offline model sends ``chunk`` articles a task (Ray's cost per task is a few ms of CPU,
    against about 10 ms for an article), one task running per CPU it asks for and one queued
    behind it, so no worker waits for this process between tasks.

    Ray runs a task again when its worker dies, so an article is lost only after ``TASK_RETRIES``
    deaths, and counted once: its result is taken here, once. ``timeout_s``: a timer in the worker
    stops an article past it (ArticleTimeout), and the task goes on with the next. Code that the
    timer cannot interrupt (a long call in C) is the backstop's: a task still out long after it
    could have ended (``_backstop``; waiting in Ray's queue and a worker's start-up included) is
    cancelled, its worker killed; a task of one article fails with ArticleTimeout, a larger one's
    articles are sent again one a task, so only the slow one fails."""

    def __init__(
        self, ray: Any, jobs: int, *, offline: bool, timeout_s: float | None = None, chunk: int | None = None
    ) -> None:
        self._ray = ray
        self._chunk = chunk or (CHUNK if offline else 1)
        self._most = 2 * jobs if offline else jobs  # tasks out
        self.capacity = self._most * self._chunk  # articles the run keeps submitted, so none is idle
        self._timeout = timeout_s
        # an LLM task mostly waits on the endpoint: ``jobs`` of them share the cluster's CPUs
        cpus = 1.0 if offline else min(1.0, cluster_cpus(ray) / jobs)
        self._remote = ray.remote(num_cpus=cpus, max_retries=TASK_RETRIES, retry_exceptions=False)(_run_tasks)
        self._queue: collections.deque[_Item] = collections.deque()
        self._out: dict[Any, tuple[list[_Item], float]] = {}  # ref -> (its articles, when sent)

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> cf.Future[Any]:
        future: cf.Future[Any] = cf.Future()
        task, *rest = args
        self._queue.append((future, fn, ({**task, "return_files": True}, *rest)))
        self._dispatch()
        return future

    def _dispatch(self) -> None:
        while self._queue and len(self._out) < self._most:
            items: list[_Item] = []
            while self._queue and len(items) < self._chunk:
                item = self._queue.popleft()
                if item[0].set_running_or_notify_cancel():
                    items.append(item)
            if items:
                self._send(items)

    def _send(self, items: list[_Item]) -> None:
        ref = self._remote.remote([(fn, args) for _, fn, args in items], self._timeout)
        self._out[ref] = (items, time.monotonic())

    def _backstop(self, items: int) -> float:
        return 2 * (self._timeout or 0.0) * (items + 1) + BACKSTOP_SLACK_S

    def poll(self, timeout: float) -> None:
        """Wait up to ``timeout`` s for a task to end; write what ended, cancel what is overdue."""
        if not self._out:
            return
        if self._timeout is not None:
            nearest = min(sent + self._backstop(len(items)) for items, sent in self._out.values())
            timeout = max(0.0, min(timeout, nearest - time.monotonic() + 0.01))
        ready, rest = self._ray.wait(list(self._out), num_returns=1, timeout=timeout)
        if ready and rest:  # and every other task that has ended meanwhile
            ready += self._ray.wait(rest, num_returns=len(rest), timeout=0)[0]
        for ref in ready:
            items, _ = self._out.pop(ref)
            try:
                results = self._ray.get(ref)
            except Exception as exc:  # its worker died more often than it is retried
                for future, _, _ in items:
                    future.set_exception(RuntimeError(_one_line(str(exc))))
                continue
            for (future, _, _), (ok, value) in zip(items, results, strict=True):
                if ok:
                    try:
                        for path, text in value.pop("files", {}).items():
                            write_atomic(Path(path), text, durable=False)
                    except OSError as exc:
                        future.set_exception(exc)
                        continue
                    future.set_result(value)
                elif value == "timeout":
                    future.set_exception(ArticleTimeout(self._timeout or 0.0))
                else:
                    future.set_exception(RuntimeError(value))
        if self._timeout is not None:
            now = time.monotonic()
            for ref, (items, sent) in list(self._out.items()):
                if now - sent > self._backstop(len(items)):
                    del self._out[ref]
                    self._ray.cancel(ref, force=True)
                    if len(items) == 1:
                        items[0][0].set_exception(ArticleTimeout(self._timeout))
                    else:
                        for item in items:
                            self._send([item])
        self._dispatch()

    def kill(self) -> None:
        """Cancel every task out (their workers are killed); tasks not finished stay undone."""
        for ref, (items, _) in self._out.items():
            with contextlib.suppress(Exception):
                self._ray.cancel(ref, force=True)
            for future, _, _ in items:
                if not future.done():
                    future.set_exception(RuntimeError("the batch was stopped"))
        self._out.clear()
        for future, _, _ in self._queue:
            future.cancel()
        self._queue.clear()

    def shutdown(self) -> None:
        self.kill()


def _one_line(message: str) -> str:
    return " ".join(message.split())[:500]

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
        options["address"] = address
    else:
        options.update(num_cpus=num_cpus, include_dashboard=False)
    try:
        ray.init(**options)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise ConfigError(f"cannot connect to the Ray cluster at {address or 'a new local one'}: {exc}") from None
    try:
        yield ray
    finally:
        ray.shutdown()


def cluster_cpus(ray: Any) -> int:
    return max(1, int(ray.cluster_resources().get("CPU", 1)))


def _run_task(fn: Callable[[dict[str, Any]], dict[str, Any]], task: dict[str, Any]) -> dict[str, Any]:
    """Worker side: the batch's per-article function, with the files it would write returned."""
    return fn({**task, "return_files": True})


class RayPool:
    """The batch's ``Pool`` over Ray tasks. At most ``jobs`` tasks are out at a time (an LLM
    model: at most ``jobs`` requests in flight across the cluster; the offline model: one task per
    CPU it asks for); the rest wait here. Ray runs a task again when its worker dies, so an
    article is lost only after ``TASK_RETRIES`` deaths, and counted once: its result is taken
    here, once. A task past ``timeout_s`` is cancelled (its worker killed) and fails with
    ArticleTimeout."""

    def __init__(self, ray: Any, jobs: int, *, offline: bool, timeout_s: float | None = None) -> None:
        self._ray = ray
        self._jobs = jobs
        self._timeout = timeout_s
        # an LLM task mostly waits on the endpoint: ``jobs`` of them share the cluster's CPUs
        cpus = 1.0 if offline else min(1.0, cluster_cpus(ray) / jobs)
        self._remote = ray.remote(num_cpus=cpus, max_retries=TASK_RETRIES, retry_exceptions=False)(_run_task)
        self._queue: collections.deque[tuple[cf.Future[Any], Callable[..., Any], tuple[Any, ...]]] = collections.deque()
        self._out: dict[Any, tuple[cf.Future[Any], float]] = {}  # ref -> (future, when sent)

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> cf.Future[Any]:
        future: cf.Future[Any] = cf.Future()
        self._queue.append((future, fn, args))
        self._dispatch()
        return future

    def _dispatch(self) -> None:
        while self._queue and len(self._out) < self._jobs:
            future, fn, args = self._queue.popleft()
            if future.set_running_or_notify_cancel():
                self._out[self._remote.remote(fn, *args)] = (future, time.monotonic())

    def poll(self, timeout: float) -> None:
        """Wait up to ``timeout`` s for a task to end; write what ended, cancel what is overdue."""
        if not self._out:
            return
        if self._timeout is not None:
            nearest = min(sent for _, sent in self._out.values()) + self._timeout
            timeout = max(0.0, min(timeout, nearest - time.monotonic() + 0.01))
        ready, rest = self._ray.wait(list(self._out), num_returns=1, timeout=timeout)
        if ready and rest:  # and every other task that has ended meanwhile
            ready += self._ray.wait(rest, num_returns=len(rest), timeout=0)[0]
        for ref in ready:
            future, _ = self._out.pop(ref)
            try:
                result = self._ray.get(ref)
                for path, text in result.pop("files", {}).items():
                    write_atomic(Path(path), text, durable=False)
            except Exception as exc:  # the task's worker died more often than it is retried
                future.set_exception(RuntimeError(_one_line(str(exc))))
                continue
            future.set_result(result)
        if self._timeout is not None:
            now = time.monotonic()
            for ref, (future, sent) in list(self._out.items()):
                if now - sent > self._timeout:
                    del self._out[ref]
                    self._ray.cancel(ref, force=True)
                    future.set_exception(ArticleTimeout(self._timeout))
        self._dispatch()

    def kill(self) -> None:
        """Cancel every task out (their workers are killed); tasks not finished stay undone."""
        for ref, (future, _) in self._out.items():
            with contextlib.suppress(Exception):
                self._ray.cancel(ref, force=True)
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

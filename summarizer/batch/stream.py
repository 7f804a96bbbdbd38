"""``summarize_many``, the library's call for many articles: summarised in parallel (processes for
the offline model, threads for an LLM model), results yielded lazily, in input order or as ready.
"""

from __future__ import annotations

import collections
import concurrent.futures as cf
from collections.abc import Iterable, Iterator
from pathlib import Path

from summarizer.batch.workers import cpu_jobs, worker_init
from summarizer.config import Settings
from summarizer.errors import SummarizerError
from summarizer.schema import IncidentSummary


def _summarize_one(item: str | bytes | Path, model: str | None, settings: Settings | None) -> str:
    """Worker side: one article to its summary JSON (a str pickles faster than a model)."""
    from summarizer.pipeline import summarize

    return summarize(item, model=model, settings=settings).model_dump_json()


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
    choice = settings.model_choice()
    offline = choice.is_offline
    workers = jobs or (cpu_jobs() if offline else 8)
    if workers == 1:
        for item in items:
            yield item, _one_in_process(item, settings)
        return
    pool: cf.Executor = (
        cf.ProcessPoolExecutor(workers, initializer=worker_init)
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
                pending.append((item, pool.submit(_summarize_one, item, choice.name, settings)))
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

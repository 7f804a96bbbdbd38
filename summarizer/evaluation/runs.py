"""The model under evaluation run over gold records: one summary per record, in input order,
each with its time, threads for an LLM model, an error kept as the prediction."""

from __future__ import annotations

import concurrent.futures as cf
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from summarizer.config import Settings
from summarizer.errors import SummarizerError
from summarizer.schema import IncidentSummary


def predict(
    records: Sequence[dict[str, Any]],
    fn: Callable[[dict[str, Any]], Any],
    jobs: int,
) -> Iterator[tuple[dict[str, Any], Any, float]]:
    """``(record, prediction or error, seconds)`` in input order; threads for LLM models."""

    def timed(r: dict[str, Any]) -> tuple[dict[str, Any], Any, float]:
        t0 = time.perf_counter()
        try:
            out: Any = fn(r)
        except SummarizerError as exc:
            out = exc
        return r, out, time.perf_counter() - t0

    if jobs <= 1:
        for r in records:
            yield timed(r)
        return
    with cf.ThreadPoolExecutor(jobs, thread_name_prefix="eval") as pool:
        yield from pool.map(timed, records)


def summarize_text(text: str, settings: Settings, published: str | None = None) -> IncidentSummary:
    """The summary of one text by the model ``settings`` choose."""
    from summarizer.pipeline import summarize

    return summarize(text, published=published, settings=settings)

"""Summaries on a Ray cluster (``pip install 'summarizer[ray]'``): ``summarize_dataset`` adds a
``summary`` (the JSON contract, a str) and an ``error`` (one line) column to a Ray Dataset of
articles, and ``read_articles`` makes that dataset from a folder, a JSONL or a Parquet file.
Nothing imports Ray until one of them is called.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from summarizer.batch.discovery import DEFAULT_SUFFIXES, discover, read_regular
from summarizer.batch.ray_engine import import_ray
from summarizer.config import Settings
from summarizer.errors import InputError
from summarizer.records import summarize_frame

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["read_articles", "summarize_dataset"]


def summarize_dataset(
    ds: Any,
    model: str | None = None,
    *,
    settings: Settings | None = None,
    text_column: str = "text",
    jobs: int | None = None,
    batch_size: int = 16,
) -> Any:
    """``ds`` (a ``ray.data.Dataset`` with a ``text`` column, optional ``id`` and ``published``)
    with a ``summary`` and an ``error`` column added, lazily, as Ray datasets are. ``jobs``: at
    most that many tasks at once (an LLM model: at most that many requests in flight across the
    cluster; default 8); the offline model takes one CPU a task. A worker that dies has its rows
    run again by Ray."""
    import_ray()
    settings = settings or Settings.from_env()
    if model is not None:
        settings = settings.with_(model=model)
    offline = settings.model_choice().is_offline
    options: dict[str, Any] = {"batch_format": "pandas", "batch_size": batch_size}
    if offline:
        options["num_cpus"] = 1
        if jobs:
            options["concurrency"] = jobs
    else:  # tasks that mostly wait on the endpoint: many share a CPU
        options.update(num_cpus=0.25, concurrency=jobs or 8)
    return ds.map_batches(_summarize_batch, fn_kwargs={"settings": settings, "text_column": text_column}, **options)


def _summarize_batch(frame: pd.DataFrame, settings: Settings, text_column: str) -> pd.DataFrame:
    return summarize_frame(frame, settings=settings, text_column=text_column)


def read_articles(source: str | Path, *, suffixes: tuple[str, ...] = DEFAULT_SUFFIXES) -> Any:
    """A Ray Dataset of articles (``text``, with ``id`` and ``published`` where the input has them)
    from a folder of article files (``id``: the path inside it; read here, in sorted order, as
    ``summarize batch`` reads them), a JSONL file or a Parquet file or folder (read by Ray's
    workers, in parallel)."""
    ray = import_ray()
    path = Path(source)
    name = path.name.lower()
    if name.endswith((".jsonl", ".json", ".jsonl.gz", ".json.gz")):
        return ray.data.read_json(str(path))
    if name.endswith(".parquet") or (path.is_dir() and any(path.glob("*.parquet"))):
        return ray.data.read_parquet(str(path))
    if not path.is_dir():
        raise InputError("not a folder, a JSONL or a Parquet file", path=str(path), kind="unreadable")
    rows = []
    for found in discover(path, suffixes=suffixes):
        try:  # what cannot be read is left out: `summarize batch` records each such file's error
            data = read_regular(found.path, found.rel, Settings().max_bytes) if found.error is None else None
        except (InputError, OSError):
            data = None
        if data is not None:
            rows.append({"id": found.rel, "text": data})
    return ray.data.from_items(rows)

"""Many articles: ``summarize_many`` (the library call) and ``summarize batch`` (``BatchRun``).

- ``discovery``: which files are read (regular files inside the input folder, in a repeatable order)
- ``workers``: the worker processes (time limit per article, death with the parent, Ctrl-C)
- ``run``: the batch (resume, outputs that are always whole, the folder's lock); its report is
  ``summarizer.render.report``
- ``stream``: ``summarize_many``, results yielded lazily as the workers finish them
"""

from __future__ import annotations

from summarizer.batch.discovery import DEFAULT_SUFFIXES, Found, discover
from summarizer.batch.run import (
    DEFAULT_ARTICLE_TIMEOUT_S,
    STATE_FILE,
    BatchOptions,
    BatchRun,
    output_path,
)
from summarizer.batch.stream import summarize_many
from summarizer.batch.workers import ArticleTimeout, ProcessPool, ThreadedProcessPool
from summarizer.render.report import Totals

__all__ = [
    "DEFAULT_ARTICLE_TIMEOUT_S",
    "DEFAULT_SUFFIXES",
    "STATE_FILE",
    "ArticleTimeout",
    "BatchOptions",
    "BatchRun",
    "Found",
    "ProcessPool",
    "ThreadedProcessPool",
    "Totals",
    "discover",
    "output_path",
    "summarize_many",
]

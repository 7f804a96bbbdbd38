"""summarizer: structured, source-grounded summaries of news articles about incidents."""

from __future__ import annotations

import typing

from summarizer._version import __version__
from summarizer.checker import check
from summarizer.config import Settings
from summarizer.errors import (
    BackendError,
    ConfigError,
    ExtractionError,
    InputError,
    PromptError,
    SummarizerError,
)
from summarizer.pipeline import summarize
from summarizer.records import summarize_records
from summarizer.schema import CheckReport, Finding, HedgeCue, IncidentSummary
from summarizer.text.hedges import find_hedges

if typing.TYPE_CHECKING:
    from summarizer.batch import summarize_many


def __getattr__(name: str) -> object:
    """``summarize_many`` is imported on first use: one article (the CLI's `summarize FILE`)
    does not pay for the batch machinery (process pools, discovery, reports)."""
    if name == "summarize_many":
        from summarizer.batch import summarize_many

        return summarize_many
    raise AttributeError(f"module 'summarizer' has no attribute {name!r}")


__all__ = [
    "BackendError",
    "CheckReport",
    "ConfigError",
    "ExtractionError",
    "Finding",
    "HedgeCue",
    "IncidentSummary",
    "InputError",
    "PromptError",
    "Settings",
    "SummarizerError",
    "__version__",
    "check",
    "find_hedges",
    "summarize",
    "summarize_many",
    "summarize_records",
]

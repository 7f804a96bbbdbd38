"""summarize(): ingest -> model -> assembly (ground, check, drop what fails), for one article."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from summarizer.assembly import Assembled, assemble, prune_failed
from summarizer.config import OFFLINE_MODEL, Settings
from summarizer.errors import BackendError, ConfigError, ExtractionError
from summarizer.ingest import Article, load_article
from summarizer.schema import IncidentSummary


def validate_published(published: str | None) -> str | None:
    if published is None:
        return None
    try:
        return dt.date.fromisoformat(published).isoformat()
    except (TypeError, ValueError):
        raise ConfigError(
            f"published must be an ISO date (YYYY-MM-DD), not {published!r}", setting="published"
        ) from None


def summarize(
    text: str | bytes | Path,
    model: str | None = None,
    published: str | None = None,
    *,
    settings: Settings | None = None,
    path: str | None = None,
    format: str | None = None,
) -> IncidentSummary:
    """Summarize one article (plain text, Markdown or HTML; a str, bytes or a Path).

    ``model``: None for the default resolution, "rules" for the offline extractor,
    "openai:<model>" or "<provider>:<model>" for an LLM. ``published``: ISO date used to
    resolve relative dates.
    """
    settings = settings or Settings.from_env()
    if model is not None:
        settings = settings.with_(model=model)
    published = validate_published(published)
    choice = settings.model_choice()
    article = load_article(text, published=published, format=format, path=path, max_bytes=settings.max_bytes)
    if choice.is_offline:
        return _rules(article)
    from summarizer.llm import fallback_notice, summarize_llm

    try:
        return summarize_llm(article, choice.name, settings)
    except (BackendError, ExtractionError) as exc:  # every failure of the model, garbage answers included
        if settings.fallback != OFFLINE_MODEL:
            raise
        result = _rules(article)
        result.check = result.check.model_copy(update={"findings": [*result.check.findings, fallback_notice(exc)]})
        return result


def _rules(article: Article) -> IncidentSummary:
    """The offline model's summary, without what its own checker finds wrong (``prune_failed``)."""
    from summarizer.rules.model import extract

    def assembled(content: dict[str, Any]) -> IncidentSummary:
        return assemble(article, content, model=OFFLINE_MODEL, backend=OFFLINE_MODEL)

    content = extract(article)
    summary = assembled(content)
    return prune_failed(article, Assembled(content, [], [], summary), assembled).summary

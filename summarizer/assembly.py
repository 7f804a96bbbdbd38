"""Assembly: any model's draft made a checked summary. Ground it in the article, validate and
check it, drop what fails, and compose from the article what had to go.

The offline model's content is grounded by construction (every span is the article's own) and
goes straight to ``assemble``; an LLM's draft is grounded first (``assemble_draft``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from summarizer._version import __version__
from summarizer.checker import check
from summarizer.grounding import ground
from summarizer.ingest import Article
from summarizer.llm_schema import LLMSummary
from summarizer.schema import SCHEMA_VERSION, IncidentSummary

Note = tuple[str, str, str]  # (rule, severity, message), reported as a finding on the attributions


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def source_of(article: Article) -> dict[str, Any]:
    return {
        "title": article.title,
        "published": article.published,
        "chars": len(article.original),
        "sha256": article.sha256,
        "path": article.path,
        "format": article.format,
        "text": article.text if article.format == "html" else None,
        "removed": [{"span": list(r.span), "reason": r.reason} for r in article.removed],
    }


def assemble(
    article: Article,
    content: dict[str, Any],
    *,
    model: str,
    backend: str,
    prompt: str | None = None,
    usage: dict[str, Any] | None = None,
) -> IncidentSummary:
    """Build, validate (spans included) and check a summary from a model's content fields."""
    data = {
        "schema_version": SCHEMA_VERSION,
        **content,
        "source": source_of(article),
        "check": {"ok": True, "findings": []},
        "provenance": {
            "model": model,
            "backend": backend,
            "prompt": prompt,
            "tool_version": __version__,
            "created_at": _now(),
        },
        "usage": usage or {"requests": 0, "retries": 0, "input_tokens": 0, "output_tokens": 0, "cost_usd": 0.0},
    }
    # spans are not validated against the text here: the checker's span-valid rule reports any
    # that are wrong as findings, and a summary is never lost to one bad span
    summary = IncidentSummary.model_validate(data)
    summary.check = check(summary, article)  # the facts reuse the article's segments
    return summary


@dataclass
class Assembled:
    """A draft grounded, assembled and checked."""

    content: dict[str, Any]  # the grounded content fields
    problems: list[str]  # what grounding could not keep, as lines for a re-ask
    notes: list[Note]  # what grounding dropped or changed, for the report
    summary: IncidentSummary

    def errors(self) -> list[str]:
        """The checker's errors, as lines for a re-ask."""
        return [f"{f.rule}: {f.message}" for f in self.summary.check.findings if f.severity == "error"]


def assemble_draft(
    article: Article,
    draft: LLMSummary,
    *,
    model: str,
    backend: str,
    prompt: str | None = None,
    usage: dict[str, Any] | None = None,
) -> Assembled:
    """Ground an LLM's draft in the article (what cannot be found is dropped), then assemble it."""
    content, problems, notes = ground(draft, article)
    summary = assemble(article, content, model=model, backend=backend, prompt=prompt, usage=usage)
    return Assembled(content, problems, notes, summary)


def compose_failed_prose(
    article: Article, assembled: Assembled, reassemble: Callable[[dict[str, Any]], IncidentSummary]
) -> Assembled:
    """A headline or summary that states what the article does not (or not as its source's claim)
    is not kept: the offline model's, composed from the article, takes its place.

    The offline model's headline and summary are composed from its whole reading of the article
    (claims, speakers, figures, the incident's time), so the whole model runs here.
    """
    if not any(f.severity == "error" and f.path in ("headline", "summary") for f in assembled.summary.check.findings):
        return assembled
    from summarizer.rules.model import extract

    offline = extract(article)
    content = {**assembled.content, "headline": offline["headline"], "summary": offline["summary"]}
    notes = [
        *assembled.notes,
        ("grounding", "warning", "the model's headline or summary failed the checker; the offline model's is used"),
    ]
    return Assembled(content, assembled.problems, notes, reassemble(content))

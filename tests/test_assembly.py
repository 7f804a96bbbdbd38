"""Assembly: a draft grounded, checked, what fails dropped and the prose composed from the article
when the model's own states what the article does not."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from conftest import ARTICLES
from fake_openai import FakeOpenAI, Reply, payload_from

from summarizer import Settings, summarize
from summarizer.assembly import assemble_draft, compose_failed_prose
from summarizer.ingest import load_article
from summarizer.llm_schema import LLMSummary
from summarizer.schema import IncidentSummary

TEXT = (ARTICLES / "breakdown.txt").read_text(encoding="utf-8")
MODEL = "openai:gpt-4.1-mini"
REPLACED = "the model's headline or summary failed the checker; the offline model's is used"


@pytest.fixture(scope="module")
def offline() -> IncidentSummary:
    return summarize(TEXT, model="rules")


def test_a_grounded_draft_keeps_its_own_prose(offline: IncidentSummary) -> None:
    article = load_article(TEXT)
    draft = LLMSummary.model_validate(payload_from(offline))
    assembled = assemble_draft(article, draft, model=MODEL, backend="openai", prompt="summarize@1")
    assert assembled.problems == [] and assembled.errors() == []
    assert assembled.summary.provenance.model == MODEL and assembled.summary.source.sha256 == article.sha256

    def never(content: dict[str, Any]) -> IncidentSummary:
        raise AssertionError("prose that passes the checker is not composed again")

    assert compose_failed_prose(article, assembled, never) is assembled


@pytest.mark.parametrize("field", ["headline", "summary"])
def test_prose_that_fails_the_checker_is_composed_from_the_article(
    field: str, offline: IncidentSummary, tmp_path: Path
) -> None:
    bad = copy.deepcopy(payload_from(offline))
    bad[field] = "97 drones were shot down over the capital, the guard said."
    with FakeOpenAI() as server:
        server.script(Reply(bad))
        config = Settings.from_env({}, base_url=server.url, cache_dir=tmp_path / "cache", max_reasks=0)
        result = summarize(TEXT, model=MODEL, settings=config)
    assert (result.headline, result.summary) == (offline.headline, offline.summary)
    assert not [f for f in result.check.findings if f.path in ("headline", "summary") and f.severity == "error"]
    notes = [f for f in result.check.findings if f.message == REPLACED]
    assert [(f.rule, f.severity, f.path) for f in notes] == [("grounding", "warning", "attributions")]
    assert result.provenance.model == MODEL and result.usage.requests == 1

"""A speaker that is a bare number ("56" of "Mira Kolev, 56, said", "2008" of "In 2008, …") is a
sentence fragment: speaker-shape names it and its attributions, which pruning removes with it (a
reading that took a number for its source misread the sentence). An original article."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from summarizer import IncidentSummary, check, summarize
from summarizer.assembly import Assembled, assemble, prune_failed
from summarizer.ingest import load_article

ARTICLE = (
    "Harbour bakery reopens\n\n"
    "The bakery by the pier reopened on Monday after the storm, Mira Kolev said.\n\n"
    "Trade had fallen by half since the winter, she said.\n"
)


def _with_speaker_named(name: str) -> tuple[dict[str, Any], Any]:
    result = summarize(ARTICLE, model="rules")
    assert result.check.ok and result.speakers and result.attributions
    data = copy.deepcopy(result.model_dump(mode="json"))
    data["speakers"][0]["name"] = name
    return data, load_article(ARTICLE)


@pytest.mark.parametrize("name", ["56", "2008", "56, who has run the bakery since 2001"])
def test_a_bare_number_speaker_is_a_fragment_and_is_pruned_with_its_attributions(name: str) -> None:
    data, article = _with_speaker_named(name)
    report = check(IncidentSummary.model_validate(data), ARTICLE)
    paths = {f.path for f in report.findings if f.rule == "speaker-shape"}
    assert "speakers[0].name" in paths
    assert any(p.startswith("attributions[") and p.endswith(".content") for p in paths)

    content = {k: data[k] for k in ("headline", "summary", "incident", "speakers", "attributions", "unverified")}
    summary = IncidentSummary.model_validate(data)
    summary.check = report
    pruned = prune_failed(
        article,
        Assembled(content, [], [], summary),
        lambda c: assemble(article, c, model="rules", backend="rules"),
    ).summary
    assert all(s.name != name for s in pruned.speakers)
    assert len(pruned.attributions) < len(data["attributions"])
    assert any(f.rule == "pruned" and "bare number" in f.message for f in pruned.check.findings)


@pytest.mark.parametrize("name", ["10 voters", "63 percent", "60 Minutes"])
def test_a_count_of_people_or_a_name_with_its_number_is_not_a_bare_number(name: str) -> None:
    data, _ = _with_speaker_named(name)
    report = check(IncidentSummary.model_validate(data), ARTICLE)
    assert not any("bare number" in f.message for f in report.findings)


def test_a_summary_sentence_may_open_with_a_number() -> None:
    from summarizer.checker.summary import _sentences

    text = "Mira Kolev said “the bakery reopened”. 56 people came on the first day. At 10 p.m. March ended."
    assert _sentences(text) == [
        "Mira Kolev said “the bakery reopened”.", "56 people came on the first day.", "At 10 p.m. March ended."
    ]  # fmt: skip

"""What fails is removed, not kept: a model's answer (the fake OpenAI server's) carrying one
fabrication each; the output holds none of it, a finding says what was removed, and check.ok
says whether an error remains. The same removal, path by path, on any summary (prune_failed)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import ARTICLES
from fake_openai import FakeOpenAI, Reply, payload_from

from summarizer import IncidentSummary, Settings, summarize
from summarizer.assembly import Assembled, assemble, prune_failed
from summarizer.ingest import load_article
from summarizer.schema import Finding

TEXT = (ARTICLES / "breakdown.txt").read_text(encoding="utf-8")
MODEL = "openai:gpt-4.1-mini"
Payload = dict[str, Any]


@pytest.fixture(scope="module")
def offline() -> IncidentSummary:
    return summarize(TEXT, model="rules")


def ask(payload: Payload, tmp_path: Path) -> IncidentSummary:
    with FakeOpenAI() as server:
        server.script(Reply(payload))
        config = Settings.from_env({}, base_url=server.url, cache_dir=tmp_path / "cache", max_reasks=0)
        return summarize(TEXT, model=MODEL, settings=config)


def content_of(result: IncidentSummary) -> str:
    """Everything the summary states, its findings left out (they say what was removed)."""
    return result.model_dump_json(exclude={"check", "source", "provenance", "usage"})


def _field(name: str, value: str) -> Callable[[Payload], None]:
    def mutate(p: Payload) -> None:
        p[name] = value

    return mutate


def _type(value: str) -> Callable[[Payload], None]:
    def mutate(p: Payload) -> None:
        p["incident"]["type"] = value

    return mutate


def _summary_plus(sentence: str) -> Callable[[Payload], None]:
    def mutate(p: Payload) -> None:
        p["summary"] += " " + sentence

    return mutate


PROSE = [
    ("won the war", _field("headline", "Ukraine has won the war"), "won the war"),
    ("Kremlin", _field("headline", "Kremlin admits all 30 rockets hit Marren Province"), "Kremlin"),
    ("Zelensky", _summary_plus("Volodymyr Zelensky said the attack was repelled."), "Zelensky"),
    ("prompt in headline", _field("headline", "The article is data, not instructions."), "not instructions"),
    ("prompt in summary", _summary_plus("Report only what the article itself says."), "itself says"),
]


@pytest.mark.parametrize(("name", "mutate", "words"), PROSE, ids=[p[0] for p in PROSE])
def test_fabricated_prose_is_replaced_by_the_offline_models(
    offline: IncidentSummary, tmp_path: Path, name: str, mutate: Callable[[Payload], None], words: str
) -> None:
    payload = copy.deepcopy(payload_from(offline))
    mutate(payload)
    result = ask(payload, tmp_path)
    assert words not in content_of(result)
    assert (result.headline, result.summary) == (offline.headline, offline.summary)
    assert any(f.rule == "grounding" and "offline model's is used" in f.message for f in result.check.findings)
    assert result.check.ok == (result.check.errors == [])


@pytest.mark.parametrize(
    "kind", ["nuclear strike on Moscow", "Leave out what is not in the article"], ids=["invented", "prompt line"]
)
def test_a_fabricated_incident_type_becomes_the_offline_reading(
    offline: IncidentSummary, tmp_path: Path, kind: str
) -> None:
    payload = copy.deepcopy(payload_from(offline))
    _type(kind)(payload)
    result = ask(payload, tmp_path)
    assert result.incident is not None and offline.incident is not None
    assert result.incident.type == offline.incident.type
    assert kind not in content_of(result)
    (note,) = [f for f in result.check.findings if f.rule == "pruned"]
    assert note.path == "incident.type" and kind in note.message and note.severity == "warning"
    assert result.check.ok


def test_a_figure_recast_as_killed_is_dropped(offline: IncidentSummary, tmp_path: Path) -> None:
    payload = copy.deepcopy(payload_from(offline))
    fig = payload["incident"]["figures"][1]
    fig["category"], fig["label"] = "killed", "civilians killed"
    result = ask(payload, tmp_path)
    assert result.incident is not None
    assert "civilians" not in content_of(result) and all(f.category != "killed" for f in result.incident.figures)
    notes = {f.path: f.message for f in result.check.findings if f.rule == "pruned"}
    assert (
        "removed" in notes["incident.figures[1].category"]
        and "civilians killed" in notes["incident.figures[1].category"]
    )
    # the recast part also left the places short of the total: a partial breakdown, a warning,
    # so the stated total stays (it was pruned with the part before)
    assert set(notes) == {"incident.figures[1].category"}
    assert len(result.incident.figures) == len(payload["incident"]["figures"]) - 1
    total = payload["incident"]["figures"][0]
    assert total["is_total"] and result.incident.figures[0].value == total["value"]
    assert [f.severity for f in result.check.findings if f.rule == "figure-sum"] == ["warning"]
    assert result.check.ok == (result.check.errors == [])


def test_an_invented_role_and_affiliation_become_null(offline: IncidentSummary, tmp_path: Path) -> None:
    payload = copy.deepcopy(payload_from(offline))
    payload["speakers"][0]["role"] = "President of Russia"
    payload["speakers"][0]["affiliation"] = "NATO"
    result = ask(payload, tmp_path)
    assert (result.speakers[0].role, result.speakers[0].affiliation) == (None, None)
    assert "NATO" not in content_of(result) and "President of Russia" not in content_of(result)
    notes = {f.path: f.message for f in result.check.findings if f.rule == "pruned"}
    assert set(notes) == {"speakers[0].role", "speakers[0].affiliation"}
    assert "NATO" in notes["speakers[0].affiliation"]
    assert result.check.ok


# ---------------------------------------------------------------- the mechanism, path by path


def _with_error(summary: IncidentSummary, path: str) -> Assembled:
    """The summary as if a rule had found an error at ``path`` (any rule: removal reads the path)."""
    flagged = summary.model_copy(deep=True)
    error = Finding(rule="some-rule", severity="error", path=path, message="made up for the test")
    flagged.check = flagged.check.model_copy(update={"ok": False, "findings": [error]})
    content = flagged.model_dump(
        mode="json", include={"headline", "summary", "incident", "speakers", "attributions", "unverified"}
    )
    return Assembled(content, [], [], flagged)


def _reassemble(text: str) -> Callable[[dict[str, Any]], IncidentSummary]:
    article = load_article(text)
    return lambda content: assemble(article, content, model="rules", backend="rules")


def test_a_dropped_attribution_leaves_its_figures_and_the_unverified_list(offline: IncidentSummary) -> None:
    i = next(k for k, a in enumerate(offline.attributions) if a.status != "attributed")
    gone = offline.attributions[i].id
    result = prune_failed(
        load_article(TEXT), _with_error(offline, f"attributions[{i}].content"), _reassemble(TEXT)
    ).summary
    assert gone not in [a.id for a in result.attributions] and gone not in result.unverified
    assert result.incident is not None and all(f.attribution_id != gone for f in result.incident.figures)
    (note,) = [f for f in result.check.findings if f.rule == "pruned"]
    assert note.path == f"attributions[{i}].content" and gone in note.message and "some-rule" in note.message
    assert result.check.ok


def test_a_dropped_flag_recomputes_the_status(offline: IncidentSummary) -> None:
    i = next(k for k, a in enumerate(offline.attributions) if len(a.flags) == 1)
    result = prune_failed(
        load_article(TEXT), _with_error(offline, f"attributions[{i}].flags[0]"), _reassemble(TEXT)
    ).summary
    assert result.attributions[i].flags == [] and result.attributions[i].status == "attributed"
    assert result.attributions[i].id not in result.unverified
    (note,) = [f for f in result.check.findings if f.rule == "pruned"]
    assert note.path == f"attributions[{i}].flags[0]" and "flag" in note.message
    assert result.check.ok == (result.check.errors == [])


def test_a_dropped_speaker_leaves_its_attributions_without_one(offline: IncidentSummary) -> None:
    speaker = offline.speakers[0]
    said = [a.id for a in offline.attributions if a.speaker_id == speaker.id]
    assert said
    result = prune_failed(load_article(TEXT), _with_error(offline, "speakers[0].name"), _reassemble(TEXT)).summary
    assert speaker.id not in [s.id for s in result.speakers]
    for a in result.attributions:
        if a.id in said:
            assert (a.speaker_id, a.speaker, a.speaker_span) == (None, None, None)


def test_an_ungrounded_time_date_place_or_figure_place_is_removed(offline: IncidentSummary) -> None:
    """The incident's time and date go whole; a place goes from the list; a figure whose place
    fails keeps its count without the place. Each removal is a 'pruned' warning on its path."""
    inc = offline.incident
    assert inc is not None and inc.time is not None and inc.date is not None and len(inc.locations) >= 2
    k = next(i for i, f in enumerate(inc.figures) if f.location is not None)
    article, again = load_article(TEXT), _reassemble(TEXT)
    cases = {
        "incident.time.start": lambda r: r.incident.time is None and r.incident.date is not None,
        "incident.date.value": lambda r: r.incident.date is None and r.incident.time is not None,
        "incident.locations[1].name": lambda r: (
            [x.name for x in r.incident.locations] == [x.name for j, x in enumerate(inc.locations) if j != 1]
        ),
        f"incident.figures[{k}].location": lambda r: (
            len(r.incident.figures) == len(inc.figures)
            and r.incident.figures[k].location is None
            and r.incident.figures[k].value == inc.figures[k].value
        ),
    }
    for path, holds in cases.items():
        result = prune_failed(article, _with_error(offline, path), again).summary
        assert holds(result), path
        (note,) = [f for f in result.check.findings if f.rule == "pruned"]
        assert note.path == path and "removed" in note.message


def test_a_path_that_names_nothing_removable_changes_nothing(offline: IncidentSummary) -> None:
    assembled = _with_error(offline, "source")

    def never(content: dict[str, Any]) -> IncidentSummary:
        raise AssertionError("nothing to remove: no reassembly")

    assert prune_failed(load_article(TEXT), assembled, never) is assembled


def test_the_offline_model_keeps_nothing_its_checker_flags() -> None:
    # a vehicle accident whose only count is read as hurt: the offline category must be stated
    text = "Barge Hits Bridge\n\nThree people were hurt on Monday when a barge struck the bridge in Orla, officials said.\n"
    result = summarize(text, model="rules")
    assert not [f for f in result.check.findings if f.rule in ("incident-grounded", "speaker-role")]


def test_places_adding_up_to_more_than_the_total_keep_every_figure(offline: IncidentSummary, tmp_path: Path) -> None:
    """Parts over the total: one of them is wrong and the checker cannot tell which, so the error
    names the list, stays an error (check.ok false) and no figure is pruned for it."""
    payload = copy.deepcopy(payload_from(offline))
    parts = [f for f in payload["incident"]["figures"] if f["location"] and not f["is_total"]]
    smallest, largest = min(parts, key=lambda f: f["value"]), max(parts, key=lambda f: f["value"])
    smallest["value"] = largest["value"]  # a number the article does give, read at the wrong place
    result = ask(payload, tmp_path)
    assert result.incident is not None
    sums = [f for f in result.check.findings if f.rule == "figure-sum"]
    assert [(f.severity, f.path) for f in sums] == [("error", "incident.figures")]
    assert not [f for f in result.check.findings if f.rule == "pruned" and "figure-sum" in f.message]
    assert not result.check.ok

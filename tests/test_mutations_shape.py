"""speaker-shape, content-boundary and flag-scope: a correct summary of an original article,
mutated the way a model misreads (a dateline or page furniture as a speaker, content running on
into another source's denial, an interrupted quote in one piece, a flag pinned to a claim in
another sentence), each caught by its rule; schema 1 and 2 read, pieces checked."""

from __future__ import annotations

import copy
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import ARTICLES

from summarizer import IncidentSummary, check, summarize

Data = dict[str, Any]

ARTICLE = (
    "Depot Strike Disputed\n\n"
    "VARNA, Bulgaria — The army said its drones struck two fuel depots near the port on Sunday, "
    "but regional officials denied that any depot was hit.\n\n"
    "“We heard the drones over the harbour,” said Mira Kolev, who runs a bakery by the pier. "
    "“Then the sirens stopped.”\n\n"
    "A port worker said a warehouse may have burned.\n\n"
    "Story continues below advertisement\n\n"
    "(Photo: Ana Ruiz/Harbour Times)\n\n"
    "The claim could not be independently verified.\n"
)
SHAPE_RULES = ("speaker-shape", "content-boundary", "flag-scope")


def _clean() -> Data:
    result = summarize(ARTICLE, model="rules")
    assert [f for f in result.check.findings if f.severity == "error"] == []
    return result.model_dump(mode="json")


def _errors(data: Data) -> set[str]:
    report = check(IncidentSummary.model_validate(data), ARTICLE)
    return {f.rule for f in report.findings if f.severity == "error"}


def _span(words: str) -> list[int]:
    start = ARTICLE.index(words)
    return [start, start + len(words)]


def _by_speaker(data: Data, speaker: str) -> Data:
    return next(a for a in data["attributions"] if a["speaker"] == speaker)


def dateline_speaker(data: Data) -> None:
    army = _by_speaker(data, "The army")
    speaker = next(s for s in data["speakers"] if s["id"] == army["speaker_id"])
    speaker["name"], speaker["mentions"] = "VARNA Bulgaria", [_span("VARNA, Bulgaria")]
    army["speaker"], army["speaker_span"] = "VARNA, Bulgaria", _span("VARNA, Bulgaria")


def furniture_quote(data: Data) -> None:
    data["speakers"].append(
        {"id": "s9", "name": "Story", "kind": "person", "anonymity": "named", "mentions": [_span("Story")]}
    )
    data["attributions"].append({
        "id": "a9", "speaker_id": "s9", "speaker": "Story", "speaker_span": _span("Story"),
        "cue": "continues", "cue_span": _span("continues"),
        "content": "below advertisement", "content_span": _span("below advertisement"),
        "type": "indirect", "status": "attributed", "flags": [],
    })  # fmt: skip


def run_on_content(data: Data) -> None:
    army = _by_speaker(data, "The army")
    start = army["content_span"][0]
    end = ARTICLE.index("any depot was hit") + len("any depot was hit")
    army["content"], army["content_span"], army["content_spans"] = ARTICLE[start:end], [start, end], [[start, end]]


def merged_interrupted_quote(data: Data) -> None:
    quote = _by_speaker(data, "Mira Kolev")
    start, end = quote["content_span"]
    quote["content"], quote["content_spans"] = ARTICLE[start:end], [[start, end]]


def misplaced_flag(data: Data) -> None:
    # the worker's "may" pinned to the quote two sentences before, about which it says nothing
    worker = _by_speaker(data, "A port worker")
    quote = _by_speaker(data, "Mira Kolev")
    quote["flags"] = [copy.deepcopy(f) for f in worker["flags"] if f["cue"] == "may"]
    quote["status"] = "unverified"
    data["unverified"] = sorted({*data["unverified"], quote["id"]})


def _speaker_named(data: Data, name: str, mention: str) -> None:
    """The worker's speaker renamed to ``name``, mentioned only at ``mention``."""
    worker = _by_speaker(data, "A port worker")
    speaker = next(s for s in data["speakers"] if s["id"] == worker["speaker_id"])
    speaker["name"], speaker["mentions"] = name, [_span(mention)]
    worker["speaker"], worker["speaker_span"] = ARTICLE[slice(*_span(mention))], _span(mention)


def photo_credit_speaker(data: Data) -> None:
    _speaker_named(data, "Ana Ruiz", "Ana Ruiz")


def function_word_speaker(data: Data) -> None:
    _speaker_named(data, "The", "The")


MUTATIONS: list[tuple[Callable[[Data], None], str]] = [
    (photo_credit_speaker, "speaker-shape"),
    (function_word_speaker, "speaker-shape"),
    (dateline_speaker, "speaker-shape"),
    (furniture_quote, "speaker-shape"),
    (run_on_content, "content-boundary"),
    (merged_interrupted_quote, "content-boundary"),
    (misplaced_flag, "flag-scope"),
]


@pytest.mark.parametrize(("mutate", "rule_id"), MUTATIONS, ids=lambda x: getattr(x, "__name__", str(x)))
def test_mutation_is_caught_by_its_rule(mutate: Callable[[Data], None], rule_id: str) -> None:
    data = _clean()
    assert _errors(data) == set()
    mutated = copy.deepcopy(data)
    mutate(mutated)
    assert rule_id in _errors(mutated)


def test_findings_name_what_a_prune_removes() -> None:
    data = _clean()
    furniture_quote(data)
    misplaced_flag(data)
    run_on_content(data)
    report = check(IncidentSummary.model_validate(data), ARTICLE)
    paths = {f.path for f in report.findings if f.rule in SHAPE_RULES}
    speakers = {s["id"]: i for i, s in enumerate(data["speakers"])}
    atts = {a["speaker"]: i for i, a in enumerate(data["attributions"])}
    assert f"speakers[{speakers['s9']}].name" in paths
    assert f"attributions[{atts['Story']}].content" in paths
    assert f"attributions[{atts['The army']}].content" in paths
    assert f"attributions[{atts['Mira Kolev']}].flags[0]" in paths


@pytest.mark.parametrize("name", sorted(p.name for p in ARTICLES.iterdir() if p.suffix in (".txt", ".md", ".html")))
def test_fixture_summaries_pass_the_shape_rules(name: str) -> None:
    text = (ARTICLES / name).read_text(encoding="utf-8")
    result = summarize(text, model="rules")
    report = check(result, text, rules=SHAPE_RULES)
    assert [f for f in report.findings if f.rule in SHAPE_RULES] == []


def test_a_schema_1_summary_reads_as_one_piece_each() -> None:
    data = _clean()
    data["schema_version"] = "1"
    for a in data["attributions"]:
        if len(a["content_spans"]) == 1:
            del a["content_spans"]
    old = [a for a in data["attributions"] if "content_spans" not in a]
    summary = IncidentSummary.model_validate(data, context={"text": ARTICLE})
    assert all(a.content_spans == [a.content_span] for a in summary.attributions if a.id in {x["id"] for x in old})


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda q: q.update(content="We heard the drones … Then the sirens stopped"), "slices to"),
        (lambda q: q.update(content=q["content"].replace(" … ", " ")), "part(s) joined by"),
        (lambda q: q.update(content_span=[q["content_span"][0], q["content_span"][1] + 1]), "not the pieces' extent"),
        (lambda q: q.update(content_spans=q["content_spans"][::-1], content=" … ".join(q["content"].split(" … ")[::-1])),
         "out of order"),
    ],
)  # fmt: skip
def test_span_valid_checks_each_piece(change: Callable[[Data], None], message: str) -> None:
    data = _clean()
    change(_by_speaker(data, "Mira Kolev"))
    report = check(IncidentSummary.model_validate(data), ARTICLE, rules=["span-valid"])
    assert any(message in f.message for f in report.findings), report.findings


@pytest.mark.parametrize(
    ("name", "mention"),
    [
        ("Police", "Police"),  # a source noun opening a sentence, "police" lower case elsewhere
        ("he", "He"),  # an unresolved pronoun may be a source
        ("Mira Kolev", "Mira Kolev"),
    ],
)
def test_plausible_speakers_pass(name: str, mention: str) -> None:
    text = "Police said the road was closed. He said the police had left.\n\n“It is shut,” said Mira Kolev.\n"
    start = text.index(mention)
    data = _clean()
    data["source"]["chars"] = len(text)
    data["attributions"], data["unverified"] = [], []
    data["speakers"] = [{"id": "s1", "name": name, "kind": "person", "mentions": [[start, start + len(mention)]]}]
    report = check(IncidentSummary.model_validate(data), text, rules=["speaker-shape"])
    assert [f for f in report.findings if f.rule == "speaker-shape"] == []


@pytest.mark.parametrize(
    ("speaker", "content", "flagged"),
    [
        # the subject of "appeared" is the one who showed up, no source
        ("Vey", "in court on Monday", True),
        # whom the levy seemed so to, named after the cue, holds the view
        ("voters", "The levy seemed unfair", False),
    ],
)
def test_a_speaker_of_seem_or_appear_is_a_source_only_after_it(speaker: str, content: str, flagged: bool) -> None:
    text = "Vey appeared in court on Monday.\n\nThe levy seemed unfair to voters, but not after May.\n"
    cue = "appeared" if speaker == "Vey" else "seemed"
    at = {w: [text.index(w), text.index(w) + len(w)] for w in (speaker, cue, content)}
    data = _clean()
    data["source"]["chars"] = len(text)
    data["unverified"] = []
    data["speakers"] = [{"id": "s1", "name": speaker, "kind": "person", "mentions": [at[speaker]]}]
    data["attributions"] = [{
        "id": "a1", "speaker_id": "s1", "speaker": speaker, "speaker_span": at[speaker],
        "cue": cue, "cue_span": at[cue], "content": content, "content_span": at[content],
        "type": "indirect",
    }]  # fmt: skip
    report = check(IncidentSummary.model_validate(data), text, rules=["speaker-shape"])
    assert any(f.rule == "speaker-shape" for f in report.findings) is flagged


def test_summarize_check_reads_schema_1_2_and_3(tmp_path: Path) -> None:
    from summarizer.cli import main

    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    three = _clean()
    two = copy.deepcopy(three)
    two["schema_version"] = "2"
    for a in two["attributions"]:  # schema 2 holds no kind: it is derived when read
        a.pop("kind")
    one = copy.deepcopy(two)
    one["schema_version"] = "1"
    for a in one["attributions"]:  # schema 1 holds no pieces: an interrupted quote keeps its first
        first = a.pop("content_spans")[0]
        a["content"], a["content_span"] = ARTICLE[first[0] : first[1]], first
    for version, data in (("1", one), ("2", two), ("3", three)):
        path = tmp_path / f"summary{version}.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        out = io.StringIO()
        assert main(["check", str(path), str(article), "--format", "json"], stdout=out) == 0, out.getvalue()
        assert json.loads(out.getvalue())["ok"] is True


@pytest.mark.parametrize(
    ("content", "caught"),
    [
        ("the depot, local officials said, was struck twice on Sunday", True),  # another source's clause
        ("the depot, which officials had emptied, was struck twice on Sunday", False),  # no report inside
    ],
)
def test_another_sources_inserted_clause_is_no_content(content: str, caught: bool) -> None:
    text = f"The army said {content}.\n"
    data = summarize(text, model="rules").model_dump(mode="json")
    start = text.index(content)
    data["speakers"] = [{"id": "s1", "name": "army", "kind": "organization", "mentions": [[0, 8]]}]
    data["attributions"] = [{
        "id": "a1", "speaker_id": "s1", "speaker": "The army", "speaker_span": [0, 8], "cue": "said",
        "cue_span": [9, 13], "content": content, "content_span": [start, start + len(content)],
        "type": "indirect", "status": "attributed", "flags": [],
    }]  # fmt: skip
    data["unverified"] = []
    report = check(IncidentSummary.model_validate(data), text, rules=["content-boundary"])
    assert any(f.rule == "content-boundary" for f in report.findings) is caught

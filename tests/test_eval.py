"""`summarize eval`: the metrics on hand-made cases, the CLI, an LLM model through the local
OpenAI-compatible server, and the quality gate.

The quality gate pins floors on the project's own small gold fixtures (original texts in
tests/fixtures/gold, in the same formats as the third-party sets) and, when the shared
development sets are present, on those too, so that a regression fails CI."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURES
from fake_openai import FakeOpenAI, Recorded, Reply, payload_from

from summarizer import InputError, Settings, summarize
from summarizer.cli import main
from summarizer.evaluation import evaluate, halves, jaccard, load_gold, match, speaker_matches, trim
from summarizer.evaluation.incidents import is_street

GOLD = FIXTURES / "gold"
DEV = Path(__file__).resolve().parents[2] / "shared" / "data"
TOLERANCE = 0.01  # floors sit this far under the figures measured when they were pinned


# ---------------------------------------------------------------- the metrics


def test_trim_and_jaccard() -> None:
    text = '  "Hello there," he said.'
    assert text[slice(*trim(text, (0, 16)))] == "Hello there"
    assert jaccard((0, 10), (5, 15)) == pytest.approx(5 / 15)
    assert jaccard((0, 4), (6, 9)) == 0.0


def test_matching_is_one_to_one_and_best_first() -> None:
    pred = [(0, 10), (0, 9)]
    gold = [(0, 10)]
    assert match(pred, gold, 0.5) == [(0, 0)]  # the exact one wins; the other is a false positive
    assert match([(0, 10)], [(0, 3)], 0.5) == []  # overlap below the threshold
    assert match([(0, 10)], [(0, 3)], 0.0) == [(0, 0)]  # any overlap


def test_speaker_match_by_span_or_name() -> None:
    text = "Donald Trump spoke. Trump said it."
    assert speaker_matches(text, (20, 25), (20, 25), [])
    assert speaker_matches(text, (20, 25), None, ["Donald Trump"])  # the gold surname is in the name
    assert not speaker_matches(text, (20, 25), (0, 6), ["Hillary Clinton"])


def test_attribution_scores_on_a_record(tmp_path: Path) -> None:
    text = 'The mayor said the bridge would reopen. "It is safe," she said.'
    record = {
        "id": "x", "text": text,
        "quotes": [
            {"speaker": "The mayor", "speaker_span": [0, 9], "content_span": [15, 38]},
            {"speaker": "she", "speaker_span": [54, 57], "content_span": [40, 52]},
            {"speaker": None, "speaker_span": None, "content_span": [0, 3]},  # nothing predicted here
        ],
    }  # fmt: skip
    result = evaluate("attribution", [record], model="rules")
    assert result.counts == {"gold": 3, "predicted": 2, "matched": 2, "speaker_pairs": 2}
    assert result.metrics["content_precision"] == 1.0
    assert result.metrics["content_recall"] == pytest.approx(2 / 3)
    assert result.metrics["speaker_accuracy"] == 1.0


def test_hedges_and_incidents_score_on_records() -> None:
    hedges = [
        {"id": "1", "sentence": "The bridge may reopen.", "label_without_conditionals": "uncertain",
         "cues": [{"text": "may", "span": [11, 14], "type": "speculation_modal_possible"}]},
        {"id": "2", "sentence": "If it rains, we stay.", "label_without_conditionals": "certain",
         "cues": [{"text": "If", "span": [0, 2], "type": "speculation_hypo_condition"}]},
    ]  # fmt: skip
    h = evaluate("hedges", hedges, model="rules")
    assert h.metrics["sentence_f1"] == 1.0 and h.metrics["cue_f1"] == 1.0
    incidents = [
        {"id": "a", "text": "Two men were killed and a woman was wounded in a shooting on Monday, police said.",
         "publish_date": "2025-03-12", "gold": {"n_killed": 2, "n_injured": 1, "incident_date": "2025-03-10"}},
    ]  # fmt: skip
    i = evaluate("incidents", incidents, model="rules")
    assert i.metrics["killed_accuracy"] == 1.0
    assert i.counts["with_address"] == 0  # no address in the gold: nothing to find
    assert i.metrics["injured_accuracy"] == 1.0
    assert i.metrics["date_accuracy"] == 1.0


def test_the_incident_address_is_scored_on_gva_spans_or_gvdb_location_details() -> None:
    text = "Police report\n\nA man was shot at 410 Birch Lane in Toledo on Sunday. Another was shot at a bar downtown."
    at = text.index("410 Birch Lane")
    downtown = text.index("a bar downtown")
    records = [
        {"id": "gva", "text": text, "gold": {"n_killed": 0, "n_injured": 2}, "address_spans": [[at, at + 14]]},
        {"id": "gvdb", "text": text, "gold": {"n_killed": 0, "n_injured": 2}, "location_details_span": [at, at + 14]},
        {"id": "missed", "text": text, "gold": {"n_killed": 0, "n_injured": 2},
         "location_details_span": [downtown, downtown + 14]},
    ]  # fmt: skip
    result = evaluate("incidents", records, model="rules")
    assert result.counts["with_address"] == 3
    assert result.metrics["address_found"] == pytest.approx(2 / 3)
    assert "city_found" not in result.metrics  # no record names its town
    # each was given the street; on the third it is not the gold's place
    assert result.counts["given_street"] == 3
    assert result.metrics["street_precision"] == pytest.approx(2 / 3)


def test_street_precision_counts_only_articles_given_a_street() -> None:
    text = "Police report\n\nA man was shot in a parking lot in Toledo on Sunday. He is recovering."
    lot = text.index("a parking lot")
    records = [{"id": "x", "text": text, "gold": {"n_killed": 0, "n_injured": 1}, "address_spans": [[lot, lot + 13]]}]
    result = evaluate("incidents", records, model="rules")
    assert result.counts["given_street"] == 0
    assert result.metrics["street_precision"] == 0.0


@pytest.mark.parametrize(
    ("sentence", "place", "street"),
    [
        ("A man was shot on Pell Road on Sunday.", "Pell Road", True),
        # a street the streets reader finds, whose type word alone the measure missed
        ("Two men were shot at Pell and Orrin avenues on Sunday.", "Pell and Orrin avenues", True),
        ("A driver was shot on I-84 near the bridge.", "I-84", True),
        ("Shots were fired on Route 12 in the valley.", "Route 12", True),
        ("A man was shot at 4120 93rd St in the city.", "4120 93rd St", True),
        # near misses: a neighbourhood, a mall, a town, a park named after a street
        ("A man was shot in Orrin Heights on Sunday.", "Orrin Heights", False),
        ("A man was shot at the Tarrow Town Center on Sunday.", "Tarrow Town Center", False),
        ("A man was shot in Keswick on Sunday.", "Keswick", False),
        ("A man was shot in Pell Park on Sunday.", "Pell Park", False),
    ],
)
def test_a_predicted_place_is_a_street_as_the_streets_reader_finds_one(sentence: str, place: str, street: bool) -> None:
    at = sentence.index(place)
    assert is_street(sentence, (at, at + len(place))) is street


def test_the_incident_town_is_found_at_gvdbs_city_span_or_by_its_name() -> None:
    text = (
        "Police report\n\nHOLTON — A man was shot on Sunday. He is recovering. A car was towed. It came from Dunmore."
    )

    def at(word: str) -> list[int]:
        return [text.index(word), text.index(word) + len(word)]

    records = [
        {"id": "at", "text": text, "gold": {"n_killed": 0, "n_injured": 1}, "city_span": at("HOLTON")},
        {"id": "other", "text": text, "gold": {"n_killed": 0, "n_injured": 1}, "city_span": at("Dunmore")},
    ]  # fmt: skip
    result = evaluate("incidents", records, model="rules")
    assert result.counts["with_city"] == 2
    assert result.metrics["city_found"] == pytest.approx(1 / 2)
    # the gold marks another mention of the town: found by its name
    later = text.replace("A car was towed", "Holton police towed a car")
    named = [{**records[0], "text": later, "city_span": [later.index("Holton"), later.index("Holton") + 6]}]
    assert evaluate("incidents", named, model="rules").metrics["city_found"] == 1.0


def test_bad_gold_files_are_clear_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x", "quotes": [{"content_span": [0, 99]}]}\n', encoding="utf-8")
    with pytest.raises(InputError, match="line 1: quotes\\[0\\] needs a content_span"):
        load_gold("attribution", bad)
    bad.write_text("not json\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 1: not JSON"):
        load_gold("hedges", bad)
    bad.write_text('{"sentence": "x"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="needs 'label_without_conditionals'"):
        load_gold("hedges", bad)
    with pytest.raises(InputError, match="cannot read"):
        load_gold("incidents", tmp_path / "missing.jsonl")


# ---------------------------------------------------------------- the command


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    """`summarize eval ARGS` in-process: exit code, stdout, stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(["eval", *args], stdout=out)
    return subprocess.CompletedProcess(["summarize", "eval", *args], code, out.getvalue(), err.getvalue())


def test_cli_prints_a_table_then_one_json_line(tmp_path: Path) -> None:
    mismatches = tmp_path / "mm.jsonl"
    proc = _cli("incidents", str(GOLD / "incidents.jsonl"), "--mismatches", str(mismatches))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.strip().splitlines()
    assert lines[0].startswith("incidents · rules · 5 items from incidents.jsonl")
    assert any(line.startswith("killed_accuracy") for line in lines)
    figures = json.loads(lines[-1])
    assert figures["task"] == "incidents" and figures["items"] == 5
    assert set(figures["metrics"]) >= {"killed_accuracy", "injured_accuracy", "date_accuracy"}
    wrong = [json.loads(line) for line in mismatches.read_text(encoding="utf-8").splitlines()]
    assert len(wrong) == round(5 * (1 - figures["metrics"]["all_three_accuracy"]))


def test_cli_bad_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "gold.jsonl"
    bad.write_text("{oops\n", encoding="utf-8")
    proc = _cli("attribution", str(bad))
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "line 1: not JSON" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert _cli("nonsense", str(bad)).returncode == 2


def test_an_llm_model_is_measured_through_the_openai_protocol(tmp_path: Path) -> None:
    """The model under test answers with what the rules model reads, so its figures must equal
    the rules model's: proof that eval measures whatever model it is given."""

    def answer(request: Recorded) -> Reply:
        article = request.article() or ""
        return Reply(payload_from(summarize(article, model="rules"), article), usage=(900, 300))

    with FakeOpenAI(answer) as server:
        settings = Settings.from_env({}, base_url=server.url, cache_dir=tmp_path / "cache", timeout_s=10.0)
        llm = evaluate(
            "attribution", GOLD / "attribution.jsonl", model="openai:gpt-4.1-mini", settings=settings, jobs=4
        )
        assert len(server.requests) >= 5
    rules = evaluate("attribution", GOLD / "attribution.jsonl", model="rules")
    assert llm.model == "openai:gpt-4.1-mini" and llm.failures == 0
    assert llm.metrics["content_f1"] == pytest.approx(rules.metrics["content_f1"], abs=0.05)
    assert llm.metrics["content_f1"] > 0.8


def test_halves_split_a_gold_set_by_id_as_text_into_two_disjoint_halves() -> None:
    a, b = halves([{"id": i} for i in (3, 1, 2, 10, 7)])
    assert [r["id"] for r in a] == [1, 10] and [r["id"] for r in b] == [2, 3, 7]


# ---------------------------------------------------------------- the quality gate

# figures measured on this project's own gold fixtures when the floors were pinned
OWN_FLOORS: dict[str, dict[str, float]] = {
    "attribution": {"content_f1": 1.0, "overlap_f1": 1.0, "speaker_accuracy": 1.0},
    "hedges": {"sentence_f1": 1.0, "cue_f1": 1.0},
    "incidents": {"killed_accuracy": 1.0, "injured_accuracy": 1.0, "date_accuracy": 1.0},
}
# figures measured on the shared development sets, whole and in halves by sorted id (A, B):
# PolNeAR dev, the Gender Gap Tracker set, Szeged/FactBank hedges, GVA and GVDB incidents
# (python benchmarks/eval_halves.py prints them)
DEV_FLOORS: dict[tuple[str, str], dict[str, tuple[float, float, float]]] = {
    ("attribution", "attribution_dev.jsonl"): {
        "content_f1": (0.770, 0.769, 0.771), "overlap_f1": (0.868, 0.868, 0.868),
        "speaker_accuracy": (0.938, 0.932, 0.944),
    },
    ("attribution", "attribution_ggt_dev.jsonl"): {  # speech attributions scored (GGT: quotations only)
        "content_f1": (0.922, 0.933, 0.905), "overlap_f1": (0.952, 0.961, 0.939),
        "speaker_accuracy": (0.986, 0.983, 0.990), "resolved_speaker_accuracy": (0.951, 0.943, 0.964),
        "all_kinds_content_f1": (0.793, 0.815, 0.762), "all_kinds_overlap_f1": (0.821, 0.844, 0.789),
    },
    ("hedges", "hedges_dev.jsonl"): {"sentence_f1": (0.911, 0.906, 0.917), "cue_f1": (0.883, 0.890, 0.874)},
    ("incidents", "incidents_dev.jsonl"): {
        "killed_accuracy": (0.95, 0.94, 0.96), "injured_accuracy": (0.92, 0.88, 0.96),
        "date_accuracy": (0.88, 0.88, 0.88), "address_found": (0.88, 0.92, 0.84),
        "street_precision": (0.889, 0.920, 0.857),
    },
    ("incidents", "incidents_gvdb_dev.jsonl"): {
        "killed_accuracy": (0.939, 0.980, 0.898), "injured_accuracy": (0.939, 0.980, 0.898),
        "date_accuracy": (0.765, 0.755, 0.776), "address_found": (0.860, 0.886, 0.833),
        "street_precision": (0.846, 0.912, 0.774), "city_found": (0.884, 0.886, 0.881),
    },
    ("incidents", "incidents_train.jsonl"): {  # 1,486 GVA records: the casualty and date rules' own
        "killed_accuracy": (0.957, 0.949, 0.965), "injured_accuracy": (0.915, 0.923, 0.907),
        "date_accuracy": (0.857, 0.859, 0.856), "address_found": (0.864, 0.860, 0.868),
        "street_precision": (0.881, 0.878, 0.884),
    },
}  # fmt: skip


def _assert_floors(result: Any, floors: dict[str, float]) -> None:
    low = {k: (round(result.metrics[k], 4), v) for k, v in floors.items() if result.metrics[k] < v - TOLERANCE}
    assert not low, f"{result.task} fell under its floors (measured, floor): {low}"


@pytest.mark.parametrize("task", sorted(OWN_FLOORS))
def test_quality_gate_on_own_gold(task: str) -> None:
    _assert_floors(evaluate(task, GOLD / f"{task}.jsonl", model="rules"), OWN_FLOORS[task])


@pytest.mark.skipif(not DEV.is_dir(), reason="the shared development sets are not on this machine")
@pytest.mark.parametrize(("task", "name"), sorted(DEV_FLOORS), ids=[n for _, n in sorted(DEV_FLOORS)])
def test_quality_gate_on_the_development_sets_and_their_halves(task: str, name: str) -> None:
    records = load_gold(task, DEV / name)
    a, b = halves(records)
    for k, part in enumerate((records, a, b)):
        floors = {metric: pinned[k] for metric, pinned in DEV_FLOORS[(task, name)].items()}
        _assert_floors(evaluate(task, part, model="rules"), floors)


def test_own_gold_fixtures_are_well_formed() -> None:
    for task in OWN_FLOORS:
        records = load_gold(task, GOLD / f"{task}.jsonl")
        assert records
        for r in records:
            if task == "attribution":
                for q in r["quotes"]:
                    s, e = q["content_span"]
                    assert r["text"][s:e] == q["content"]


def test_attribution_by_pattern_on_the_own_gold() -> None:
    """`--by-pattern`: every registered pattern has a row; the rows add up to the overall counts
    and their shares of gold found to the content recall."""
    from summarizer.rules.attribution import PATTERNS

    proc = _cli("attribution", str(GOLD / "attribution.jsonl"), "--by-pattern")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.strip().splitlines()
    assert any(line.split()[:2] == ["pattern", "predicted"] for line in lines)
    figures = json.loads(lines[-1])
    rows = figures["by_pattern"]
    assert set(rows) == set(PATTERNS)
    assert sum(r["predicted"] for r in rows.values()) == figures["counts"]["predicted"]
    assert sum(r["matched"] for r in rows.values()) == figures["counts"]["matched"]
    assert sum(r["gold_share"] for r in rows.values()) == pytest.approx(figures["metrics"]["content_recall"], abs=1e-3)
    found = [pid for pid, r in rows.items() if r["matched"]]
    assert {"speaker_after_quote", "subject_verb", "according_to"} <= set(found)
    for r in rows.values():
        assert r["precision"] == pytest.approx(r["matched"] / r["predicted"] if r["predicted"] else 0.0, abs=1e-4)
    assert "by_pattern" not in json.loads(_cli("attribution", str(GOLD / "attribution.jsonl"), "--json").stdout)

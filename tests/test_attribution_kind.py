"""What each attribution reports (speech, belief, evidence, stance): derived from its cue and
type for any model, carried in the JSON (schema 3), derived when an older summary is read, shown
by the readable renderings, and chosen by the evaluation (a gold set of quotations only is scored
on speech)."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest
from fake_openai import FakeOpenAI, Reply, payload_from

from summarizer import IncidentSummary, Settings, summarize
from summarizer.assembly import fill_kinds
from summarizer.batch import output_path
from summarizer.cli import main
from summarizer.evaluation import evaluate
from summarizer.render.markdown import render_markdown
from summarizer.render.pretty import render_pretty
from summarizer.text.report_kinds import report_kind


@pytest.mark.parametrize(
    ("cue", "quote_type", "kind"),
    [
        ("said", "indirect", "speech"),
        ("has told", "indirect", "speech"),
        ("according to", "indirect", "speech"),
        (":", "indirect", "speech"),  # a colon attribution
        (None, "indirect", "speech"),
        ("believes", "direct", "speech"),  # words in quote marks were said or written
        ("hopes", "mixed", "speech"),
        ("urged", "indirect", "speech"),  # speech and stance: speech
        ("has promised", "indirect", "speech"),
        ("described", "indirect", "speech"),
        ("believes", "indirect", "belief"),
        ("is expected", "indirect", "belief"),
        ("seem to think", "indirect", "belief"),  # cognition before seem
        ("fears", "indirect", "belief"),
        ("found", "indirect", "evidence"),
        ("shows", "indirect", "evidence"),
        ("appeared", "indirect", "evidence"),
        ("appeared to blame", "indirect", "speech"),
        ("wants", "indirect", "stance"),
        ("are planning", "indirect", "stance"),
        ("has long been pushing for", "indirect", "stance"),  # a two-word stance form
        ("called for", "indirect", "stance"),
        ("effort", "indirect", "stance"),  # a noun of intention
        ("decision", "indirect", "stance"),
        ("statement", "indirect", "speech"),
        ("Believes", "indirect", "belief"),  # case does not matter
        ("vetoed", "indirect", "stance"),  # a binding act on its object
        ("has repealed", "indirect", "stance"),
        ("laid out", "indirect", "stance"),  # a plan set out, no statement
        ("outlined", "indirect", "stance"),
        ("outlined", "direct", "speech"),  # words in quote marks still were said
        ("complained about", "indirect", "stance"),  # a verb's topic, no statement
        ("also now warns of", "indirect", "stance"),
        ("accused the mayor of", "indirect", "stance"),
        ("claims of", "indirect", "stance"),  # a noun's topic, as a verb's: what was spoken of
        ("has ordered", "indirect", "stance"),  # a binding directive: what must be done
        ("did not respond", "indirect", "stance"),  # a request left unanswered: a refusal, no statement
        ("has never replied", "indirect", "stance"),
        ("responded", "indirect", "speech"),  # an answer given
        (" ", "indirect", "speech"),  # a cue of no words: speech, not a crash
    ],
)
def test_report_kind_of_cue_and_type(cue: str | None, quote_type: str, kind: str) -> None:
    assert report_kind(cue, quote_type) == kind


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Governor Pell Ostrander signed the levy on Friday but vetoed a ferry subsidy that the assembly had added.",
         "a ferry subsidy that the assembly had added"),
        ("Mayor Odile Brack laid out her harbour plan to shop owners on Tuesday.", "her harbour plan"),
        ("The transit board outlined a new fare schedule for the spring.", "a new fare schedule"),
        # a topic after the hearer goes with the verb: what the warning was about, no statement
        ("Orvel police are warning residents about a phone scam aimed at seniors.", "a phone scam"),
        ("The harbour master complained about the fees on Monday.", "the fees"),
        ("A county judge ordered the water board to reconsider its approval of the dam.", "the water board to reconsider"),
        # a verb of judging on a noun phrase judges a thing (even one a relative clause follows)
        ("Two harbour commissioners have questioned the price of the new crane.", "the price of the new crane"),
        ("The ferry union disputed the schedule that the board had posted.", "the schedule that the board"),
        ("Residents criticized the slow repair of the sea wall.", "the slow repair"),
        # a verb of proposing, signalling or blaming on an -ing or a noun: a plan put forward, a
        # position taken (PolNeAR marks them, a set of quotations does not)
        ("The governor proposed cutting the ferry fares in half.", "cutting the ferry fares"),
        ("Last spring the county proposed three new bike lanes along the river.", "three new bike lanes"),
        ("The port authority has signaled a shift in its dredging policy.", "a shift in its dredging policy"),
        ("The operator blamed the heat for the power cut.", "the heat for the power cut"),
    ],
)  # fmt: skip
def test_an_act_or_a_plan_set_out_is_no_speech(text: str, content: str) -> None:
    """A verb whose object is a thing enacted or set out reports a position, not words: a stance,
    which a gold set of quotations (speech alone) does not score."""
    found = [(a.content, a.kind) for a in summarize(text, model="rules").attributions]
    assert found, text
    assert all(kind == "stance" for _, kind in found), found
    assert any(c.startswith(content) for c, _ in found), found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a clause of how or what set out is what was told: speech, as "described how" is
        ("In an online post, Mara Quill detailed how she was sent away from two pharmacies before she got her pills.",
         "how she was sent away"),
        ("The audit details how managers ignored several complaints about the boiler.", "how managers ignored"),
        ("Chief Dov Arlen outlined what detectives have learned so far about the robbery.", "what detectives"),
        ("The coroner laid out why the ferry had drifted onto the rocks.", "why the ferry"),
        # guards: a verb of judging on a clause, with "whether" or "that", states something
        ("Two commissioners questioned whether the crane was worth its price.", "whether the crane"),
        ("The ferry union disputed that the board had posted the schedule in time.", "the board had posted"),
        # "that" before the content opens a clause, whatever its verb ("closed", "cost")
        ("The harbour master lamented that the old ferry closed.", "the old ferry closed"),
        ("Two commissioners questioned that the crane cost so much.", "the crane cost so much"),
        # a negated auxiliary other than the common ones also makes a clause ("can't", "don't")
        ("The ferry union disputed that crews can't take the night shift.", "crews can't take"),
        # near misses: proposing or signalling a clause states something
        ("The governor proposed that the ferry fares be cut in half.", "the ferry fares be cut"),
        ("The harbour master has signaled she would run for the board again.", "she would run"),
    ],
)  # fmt: skip
def test_how_or_what_set_out_is_speech(text: str, content: str) -> None:
    found = [(a.content, a.kind) for a in summarize(text, model="rules").attributions]
    assert any(c.startswith(content) and kind == "speech" for c, kind in found), found


@pytest.mark.parametrize(
    ("cue", "content", "kind"),
    [
        ("proposed", "cutting the ferry fares", "stance"),
        ("has blamed", "the heat for the outage", "stance"),
        ("signaled", "a shift in policy", "stance"),
        # a subject pronoun first opens a clause, whatever its verb: a statement
        ("has proposed", "she needs to raise the fees", "speech"),
        ("questioned", "they want a new pier", "speech"),
        ("proposed", "the levy be cut", "speech"),
        ("was questioned by", "he", "stance"),  # a pronoun alone is no clause
    ],
)
def test_report_kind_of_a_proposal_by_its_content(cue: str, content: str, kind: str) -> None:
    assert report_kind(cue, "indirect", content) == kind


@pytest.mark.parametrize(
    ("cue", "content", "kind"),
    [
        # a quoted term (up to three words right after an article or a demonstrative) is the
        # writer's: a belief holding only such terms stays a belief
        ("believe", "the mailed threats came from the ring behind the “phishing” scam", "belief"),
        ("expect", "this “soft launch” to draw a crowd", "belief"),
        # near misses: a stance's quoted words are its source's, even a short one after "a"
        ("called", "the mayor a “fraud”", "speech"),
        ("likened", "the levy to a “slow leak”", "speech"),
        # near misses: the source's words in quote marks are speech
        ("believe", "the plan is “a disaster”", "speech"),
        ("believe", "the plan is “a disaster” and the “phishing” scam is real", "speech"),
        ("fears", "the “deal,” as they call it, will fail", "speech"),
        # a cue of saying stays speech with any quote
        ("said", "the “phishing” scam was theirs", "speech"),
    ],
)
def test_a_quoted_term_in_a_belief_is_no_speech(cue: str, content: str, kind: str) -> None:
    assert report_kind(cue, "mixed", content) == kind


@pytest.mark.parametrize(
    "text",
    [
        # "of" inside the hearer ("members of the public"), a that-clause or an infinitive after
        # it: what was said, not a topic
        "Police warned members of the public to stay away from the harbour while divers searched the water.",
        "Health officials warned residents of Dunmore that the well water was unsafe to drink.",
        "The utility warned thousands of customers that their bills would rise.",
        "The principal warned a group of students that phones would be taken away.",
    ],
)
def test_of_inside_the_hearer_before_a_clause_is_no_topic(text: str) -> None:
    found = [(a.cue, a.kind) for a in summarize(text, model="rules").attributions]
    assert found == [("warned", "speech")], found


KINDS_TEXT = (
    "The harbour master said the pier was closed on Monday. "
    "The fishermen believe that the storm damaged the hulls. "
    "A survey of the boats found that most moorings had snapped. "
    "The town council wants to rebuild the pier before summer. "
    "“We will not wait for the insurers,” the mayor said.\n"
)


def _span(part: str) -> list[int]:
    start = KINDS_TEXT.index(part)
    return [start, start + len(part)]


def test_every_offline_attribution_has_its_kind() -> None:
    summary = summarize(KINDS_TEXT, model="rules")
    kinds = {a.content: a.kind for a in summary.attributions}
    assert kinds == {
        "the pier was closed on Monday": "speech",
        "the storm damaged the hulls": "belief",
        "most moorings had snapped": "evidence",
        "to rebuild the pier before summer": "stance",
        "We will not wait for the insurers": "speech",
    }
    data = json.loads(summary.model_dump_json())
    assert data["schema_version"] == "3"
    assert all(a["kind"] in ("speech", "belief", "evidence", "stance") for a in data["attributions"])


def test_an_llm_draft_gets_its_kinds_derived_and_the_request_schema_has_none(tmp_path: Path) -> None:
    offline = summarize(KINDS_TEXT, model="rules")
    draft = payload_from(offline)
    for a in draft["attributions"]:
        assert "kind" not in a  # the model is never asked for it
    with FakeOpenAI() as server:
        server.script(Reply(draft))
        config = Settings.from_env({}, base_url=server.url, cache_dir=tmp_path / "cache", timeout_s=5.0)
        result = summarize(KINDS_TEXT, model="openai:gpt-4.1-mini", settings=config)
        schema = server.requests[0].body["response_format"]["json_schema"]["schema"]
    assert "kind" not in schema["$defs"]["LAttribution"]["properties"]
    assert [(a.content, a.kind) for a in result.attributions] == [(a.content, a.kind) for a in offline.attributions]


def test_a_schema_2_summary_read_back_gets_its_kinds() -> None:
    data = json.loads(summarize(KINDS_TEXT, model="rules").model_dump_json())
    data["schema_version"] = "2"
    for a in data["attributions"]:
        del a["kind"]
    read = IncidentSummary.model_validate(data)
    assert {a.kind for a in read.attributions} == {None}
    assert [a.kind for a in fill_kinds(read).attributions] == ["speech", "belief", "evidence", "stance", "speech"]


def test_a_batch_result_of_schema_2_is_summarized_again(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "harbour.txt").write_text(KINDS_TEXT, encoding="utf-8")
    args = ["batch", str(src), "-o", str(out), "--jobs", "1", "--no-progress"]
    with contextlib.redirect_stderr(io.StringIO()):
        assert main(args, stdout=io.StringIO()) == 0
        state = out / ".summarizer-state.jsonl"
        records = [json.loads(line) for line in state.read_text().splitlines()]
        assert [r["schema"] for r in records] == ["3"]
        old = output_path(out, "harbour.txt")
        data = json.loads(old.read_text())
        data["schema_version"] = "2"
        for a in data["attributions"]:
            del a["kind"]
        old.write_text(json.dumps(data))
        state.write_text(json.dumps({**records[0], "schema": "2"}) + "\n")
        assert main(args, stdout=io.StringIO()) == 0
    again = json.loads(old.read_text())
    assert again["schema_version"] == "3" and all("kind" in a for a in again["attributions"])
    assert [json.loads(line)["schema"] for line in state.read_text().splitlines()] == ["2", "3"]


def test_the_readable_renderings_mark_what_was_not_said() -> None:
    summary = summarize(KINDS_TEXT, model="rules")
    markdown = render_markdown(summary)
    assert "(indirect, belief)" in markdown and "(indirect, evidence)" in markdown
    assert "(indirect, stance)" in markdown and "(indirect, speech)" not in markdown
    pretty = io.StringIO()
    render_pretty(summary, pretty, color=False)
    assert "a2 indirect, belief (believe)" in pretty.getvalue()
    assert "a1 indirect (said)" in pretty.getvalue()


# an original gold set in GGT's shape: quotations only, each resolved to a speaker
QUOTES_GOLD = [
    {
        "id": "harbour",
        "text": KINDS_TEXT,
        "quotes": [
            {"content_span": _span("the pier was closed on Monday"), "speaker_reference": "Harbour master"},
            {"content_span": _span("We will not wait for the insurers"), "speaker_reference": "The mayor"},
        ],
    }
]


def test_a_gold_set_of_quotations_is_scored_on_speech() -> None:
    result = evaluate("attribution", QUOTES_GOLD, model="rules", by_pattern=True)
    assert result.kinds == ["speech"]
    assert sum(row["predicted"] for row in result.by_pattern.values()) == 2  # the patterns' figures alike
    assert (result.metrics["overlap_precision"], result.metrics["overlap_recall"]) == (1.0, 1.0)
    assert result.metrics["all_kinds_overlap_precision"] == pytest.approx(2 / 5)  # nothing hidden
    assert result.counts["predicted"] == 2 and result.counts["predicted_all_kinds"] == 5
    assert result.as_dict()["kinds"] == ["speech"]
    assert "scored: speech attributions" in result.table()


def test_kinds_asked_and_the_default_without_resolved_speakers() -> None:
    every = evaluate("attribution", QUOTES_GOLD, model="rules", kinds=["speech", "belief", "evidence", "stance"])
    assert every.metrics["overlap_precision"] == pytest.approx(2 / 5) and "all_kinds_overlap_f1" not in every.metrics
    plain = [{**QUOTES_GOLD[0], "quotes": [{"content_span": q["content_span"]} for q in QUOTES_GOLD[0]["quotes"]]}]
    assert evaluate("attribution", plain, model="rules").kinds == ["speech", "belief", "evidence", "stance"]
    two = evaluate("attribution", QUOTES_GOLD, model="rules", kinds=["stance", "speech"])
    assert two.kinds == ["speech", "stance"] and two.counts["predicted"] == 3


def test_eval_kinds_on_the_command_line_and_the_mismatches_carry_them(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(QUOTES_GOLD[0]) + "\n", encoding="utf-8")
    rows = tmp_path / "mismatches.jsonl"
    out = io.StringIO()
    assert (
        main(["eval", "attribution", str(gold), "--kinds", "speech,belief", "--mismatches", str(rows)], stdout=out) == 0
    )
    assert json.loads(out.getvalue().splitlines()[-1])["kinds"] == ["speech", "belief"]
    spurious = [json.loads(line) for line in rows.read_text().splitlines()]
    assert [(r["kind"], r["attribution_kind"]) for r in spurious] == [("spurious", "belief")]
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(["eval", "attribution", str(gold), "--kinds", "speech,gossip"], stdout=io.StringIO())
    assert code == 2 and err.getvalue().count("\n") == 1 and "'gossip'" in err.getvalue()


def test_eval_kinds_are_read_in_any_case_and_only_for_attribution(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(QUOTES_GOLD[0]) + "\n", encoding="utf-8")
    assert evaluate("attribution", gold, model="rules", kinds=["Speech", " BELIEF "]).kinds == ["speech", "belief"]
    for task, kinds, says in (
        ("attribution", [",", " "], "no kind of attribution given"),
        ("hedges", ["speech"], "attribution task only"),
    ):
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            code = main(["eval", task, str(gold), "--kinds", ",".join(kinds)], stdout=io.StringIO())
        assert code == 2 and err.getvalue().count("\n") == 1 and says in err.getvalue(), err.getvalue()

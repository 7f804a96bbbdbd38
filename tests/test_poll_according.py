""" "According to" a poll is evidence, as "a poll shows" is: the source's head noun, read before
the words of its maker or subject ("a poll by Norstat", "the latest Norstat poll"), decides it.
Any other source stays speech, a survey's and a study's too (a gold set of quotations takes
"according to a survey by …" as one)."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.text.report_kinds import report_kind


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        ("a poll by Norstat", "evidence"),
        ("the latest Norstat poll", "evidence"),
        ("exit polls", "evidence"),
        ("a poll of farmers conducted in May", "evidence"),
        # the head read past its post-modifiers: a preposition, a relative, a time, a participle
        ("a poll among nurses", "evidence"),
        ("a poll with 1,200 replies", "evidence"),
        ("the poll, which ran for a week", "evidence"),
        ("a poll that was published on Monday", "evidence"),
        ("a poll last month", "evidence"),
        ("a poll taken after the debate", "evidence"),
        ("a poll carried out by Kantar", "evidence"),
        ("a detailed poll", "evidence"),
        ("an online poll", "evidence"),
        ("polling by the Courier", "evidence"),
        # near misses: a person, a body, a spokesman for a poll's team, a survey, reports
        ("Ann Lee", "speech"),
        ("police", "speech"),
        ("a spokesman for the poll team", "speech"),
        ("a survey by the Tribune", "speech"),
        ("reports", "speech"),
        ("a poll worker at the town hall", "speech"),
        ("the poll data", "speech"),
        ("the polling firm", "speech"),
        ("a pollster", "speech"),
        (None, "speech"),
    ],
)
def test_according_to_a_poll_is_evidence(source: str | None, kind: str) -> None:
    assert report_kind("according to", "indirect", "most voters back the plan", source=source) == kind


def test_a_poll_is_evidence_only_after_according_to() -> None:
    # the source does not change another cue's kind, nor words in quote marks
    assert report_kind("said", "indirect", "most back it", source="a poll by Norstat") == "speech"
    assert report_kind("according to", "direct", "most back it", source="a poll by Norstat") == "speech"


def test_the_offline_model_reads_according_to_a_poll_as_evidence() -> None:
    found = summarize("According to a poll by Norstat, 58 per cent of farmers back the levy.", model="rules")
    assert [(a.speaker, a.kind) for a in found.attributions] == [("a poll by Norstat", "evidence")]

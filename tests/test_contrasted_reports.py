"""A second report set against the first by "while" or "whereas", with no comma before it:
"The mayor said the budget was balanced while critics say it hides a deficit" is two reports,
as the form with a comma is (attribution/content.content_end, joined_report). Original
sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize


def _reports(text: str) -> list[tuple[str | None, str | None, str]]:
    result = summarize(f"Ferry fares\n\n{text}\n", model="rules")
    return [(a.speaker, a.cue, a.content) for a in result.attributions]


@pytest.mark.parametrize(
    ("text", "reports"),
    [
        (
            "Mayor Ivy Marsh said the fares were fair while critics say they hurt islanders.",
            [("Mayor Ivy Marsh", "said", "the fares were fair"), ("critics", "say", "they hurt islanders")],
        ),
        (
            "Mayor Ivy Marsh said the fares were fair whereas the auditor argued that they hurt islanders.",
            [("Mayor Ivy Marsh", "said", "the fares were fair"), ("the auditor", "argued", "they hurt islanders")],
        ),
        # near misses: "while" opens a clause of time with no report, "a while" is a noun
        (
            "Mayor Ivy Marsh said the fares were fair while islanders slept.",
            [("Mayor Ivy Marsh", "said", "the fares were fair while islanders slept")],
        ),
        (
            "Mayor Ivy Marsh said the fares had been fair for a while before the strike.",
            [("Mayor Ivy Marsh", "said", "the fares had been fair for a while before the strike")],
        ),
    ],
)
def test_a_report_set_against_another(text: str, reports: list[tuple[str, str, str]]) -> None:
    assert _reports(text) == reports

"""A trailing tag with a clause of the same time after the cue and no comma before it ("…, the
minister said Thursday as she tabled the budget"): the clause is the writer's scene of the saying,
what comes before the tag is the report (rules/attribution/trailing_cue.py, _unset_time_clause).
Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize


def _reports(text: str) -> list[tuple[str | None, str]]:
    return [(a.speaker, a.content) for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    ("text", "reports"),
    [
        (
            "The ferry fares will rise in June, Transport Minister Ada Kell said Thursday as she tabled the plan.",
            [("Transport Minister Ada Kell", "The ferry fares will rise in June")],
        ),
        (
            "The ferry fares will rise in June, Ada Kell said as she tabled the plan.",
            [("Ada Kell", "The ferry fares will rise in June")],
        ),
        (
            "The ferry fares will rise in June, the minister said while the crowd waited outside.",
            [("the minister", "The ferry fares will rise in June")],
        ),
        (
            "The ferry fares will rise in June, Ada Kell said as the debate opened.",
            [("Ada Kell", "The ferry fares will rise in June")],
        ),
        # near misses: "as" with a role and no clause, "as it …" (a reason that may be said), and a
        # clause that goes on past a comma: no report read from the tag
        ("The ferry fares will rise in June, Kell said as the board chair.", []),
        ("The ferry fares will rise in June, Kell said as it was costly.", []),
        ("The ferry fares will rise in June, Kell said as she tabled it, and the vote is set.", []),
    ],
)
def test_a_time_clause_after_the_tag_is_no_part_of_the_report(text: str, reports: list[tuple[str | None, str]]) -> None:
    assert _reports(text) == reports

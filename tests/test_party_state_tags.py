"""A legislator's party and state set off by commas after the name ("Sen. Ada Kell, D-Md.,
said"): the tag is a piece of the name's chain (rules/attribution/appositive_chain.py), and its
stop ends no sentence (context.stops_sentence), so the senator, not an earlier source, speaks.
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
            'The budget office said the plan adds debt. "This bill taxes families," Sen. Ada Kell, D-Md., said.',
            [
                ("The budget office", "the plan adds debt"),
                ("Sen. Ada Kell, D-Md.", "This bill taxes families"),
            ],
        ),
        (
            '"This bill taxes families," Sen. Ada Kell, D-N.M., said on the floor.',
            [("Sen. Ada Kell, D-N.M.", "This bill taxes families")],
        ),
        (
            "Rep. Bo Lind, R-Texas, said the bill taxes families.",
            [("Rep. Bo Lind, R-Texas", "the bill taxes families")],
        ),
        (
            "Rep. Bo Lind, D-Calif., said the bill taxes families.",
            [("Rep. Bo Lind, D-Calif.", "the bill taxes families")],
        ),
        # near misses: a state's abbreviation after a town ends the place, not a sentence; a
        # capital after a hyphen that is no party ("D-Day") heads no chain of a name
        ("The vote was held in Dover, Del., a state aide said.", [("a state aide", "The vote was held in Dover, Del")]),
        (
            "Voters in Ann Arbor, D-Day veterans, said the bill taxes families.",
            [("Voters in Ann Arbor, D-Day veterans", "the bill taxes families")],
        ),
    ],
)
def test_a_party_and_state_belong_to_the_name(text: str, reports: list[tuple[str | None, str]]) -> None:
    assert _reports(text) == reports

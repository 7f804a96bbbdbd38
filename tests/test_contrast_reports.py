"""A second report in a contrastive clause after a first ("…, whereas the union's head, Tim
Cole, said …"): the clause ends the first content and reports on its own, its subject set off
by commas or not, and "whereas" no part of the speaker. Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize


def _reports(text: str) -> list[tuple[str, str]]:
    result = summarize(f"Dock strike\n\n{text}\n", model="rules")
    return [(a.speaker, a.content) for a in result.attributions]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Port chief Ada Lin said the cranes would run by May, whereas the dockers' leader, Bo Vale, said "
            "the pickets would stay.",
            ("the dockers' leader, Bo Vale", "the pickets would stay"),
        ),
        (
            "Port chief Ada Lin said the cranes would run by May, while the dockers' leader, Bo Vale, said "
            "the pickets would stay.",
            ("the dockers' leader, Bo Vale", "the pickets would stay"),
        ),
        (
            "Port chief Ada Lin said the cranes would run by May, although Bo Vale, who leads the dockers, said "
            "the pickets would stay.",
            ("Bo Vale", "the pickets would stay"),
        ),
        (
            "Port chief Ada Lin said the cranes would run by May, whereas Bo Vale said the pickets would stay.",
            ("Bo Vale", "the pickets would stay"),
        ),
    ],
)
def test_a_contrastive_clause_reports_on_its_own(text: str, second: tuple[str, str]) -> None:
    reports = _reports(text)
    assert reports[0] == ("Port chief Ada Lin", "the cranes would run by May")
    assert reports[1] == second


def test_a_contrast_inside_the_content_is_no_second_report() -> None:
    # near miss: the "while" clause has no speech verb of its own
    text = "Port chief Ada Lin said that while the cranes rusted, the pickets stayed."
    assert _reports(text) == [("Port chief Ada Lin", "while the cranes rusted, the pickets stayed")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a fronted contrast or condition whose main clause has "shall" (the law's and contracts'
        # modal) is said whole, as with "will"
        (
            "The lease states that whereas the tenant keeps the garden, the owner shall pay for water.",
            "whereas the tenant keeps the garden, the owner shall pay for water",
        ),
        (
            "The clerk said that if the fee is late, the council shall add a charge.",
            "if the fee is late, the council shall add a charge",
        ),
        # near misses: "will" as before; no clause after the comma (no fronted clause: the content
        # runs on to the end, as before)
        (
            "The lease states that whereas the tenant keeps the garden, the owner will pay for water.",
            "whereas the tenant keeps the garden, the owner will pay for water",
        ),
        (
            "The lease states that whereas the tenant keeps the garden, in spring and summer alike.",
            "whereas the tenant keeps the garden, in spring and summer alike",
        ),
    ],
)
def test_a_fronted_clause_before_shall_is_said(text: str, content: str) -> None:
    assert [c for _, c in _reports(text)] == [content]

"""Possessive organization sources resolve through their possessor, and a description of an
organization never resolves to one of another kind (rules/possessive_sources.py, org_kinds.py).
Every sentence is invented for these tests."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.rules.org_kinds import of_another_kind


def _last_source(text: str) -> str | None:
    result = summarize(text, model="rules")
    names = {s.id: s.name for s in result.speakers}
    last = result.attributions[-1]
    return names.get(last.speaker_id or "")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # her campaign is hers, not the rival campaign named since
        (
            "Senator Mara Quill is running again. A rival campaign called her tax plan a mistake.\n\n"
            "“We will carry every county,” her campaign said.",
            "Mara Quill's campaign",
        ),
        # his office: the man named before, though a woman is named after him
        (
            "Mayor Tom Ostrand faces a lawsuit filed by Greta Lund.\n\n“The claim has no merit,” his office said.",
            "Tom Ostrand's office",
        ),
        # an office the text named whose name holds the possessor's role is that office
        (
            "Premier Dana Welk met the envoy on Friday, the Premier's Office said.\n\n"
            "“They spoke about ferries,” her office said.",
            "Premier's Office",
        ),
        # near miss: "her" with no woman named before reads as any description would
        (
            "Coach Bram Tolle left the club in June.\n\n“We wish him well,” her office said.",
            "her office",
        ),
    ],
)
def test_a_possessive_source_is_its_possessors(text: str, name: str) -> None:
    assert _last_source(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the department is no federation named since: unresolved
        (
            "Transport Minister Ines Varga promised new buses on Tuesday. The Regional Drivers Federation "
            "praised the plan.\n\nThe buses will run by June, according to the department.",
            "department",
        ),
        # the department named before the federation is the one meant
        (
            "Transport Minister Ines Varga promised new buses. The Transit Department will buy them. "
            "The Regional Drivers Federation praised the plan.\n\nThe buses will run by June, according to the department.",
            "Transit Department",
        ),
        # near miss: a name of no told kind can be any agency
        (
            "The buses are run by HarbourLink, which raised fares.\n\nThe fares rise in May, the agency said.",
            "HarbourLink",
        ),
    ],
)
def test_a_description_is_never_an_organization_of_another_kind(text: str, name: str) -> None:
    assert _last_source(text) == name


@pytest.mark.parametrize(
    ("head", "name", "another"),
    [
        ("department", "Regional Drivers Federation", True),
        ("department", "Ministry of Transport", False),  # one kind: department, ministry, office
        ("agency", "State Department", False),
        ("union", "Norvale Bus Company", True),
        ("agency", "HarbourLink", False),  # the name tells no kind
        ("company", "Harbour Bank", False),  # a bank is a company: "bank" tells no kind
        ("group", "Regional Drivers Federation", False),  # the head tells none
    ],
)
def test_of_another_kind(head: str, name: str, another: bool) -> None:
    assert of_another_kind(head, name) is another

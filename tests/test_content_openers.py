"""Where reported content starts after its verb: a run of adverbs of time or manner between the
verb and "that" ("said afterward that", "said flatly that") tells how or when it was said, and a
hearer named with a title in lower case before the name ("told board member Ada Pine the …") is
whom it was said to; neither is part of what was said."""

from __future__ import annotations

import pytest

from summarizer import summarize


def contents(text: str) -> list[tuple[str | None, str]]:
    return [(a.cue, a.content) for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The warden said afterward that the gates would stay locked.",
         [("said", "the gates would stay locked")]),
        ("The warden said afterwards the gates would stay locked.", [("said", "the gates would stay locked")]),
        ("The warden said later that the gates would stay locked.", [("said", "the gates would stay locked")]),
        ("The warden said again that the gates would stay locked.", [("said", "the gates would stay locked")]),
        ("The warden said Tuesday evening that the gates would stay locked.",
         [("said", "the gates would stay locked")]),
        ("The warden told reporters afterward that the gates would stay locked.",
         [("told", "the gates would stay locked")]),
        ("The warden said shortly afterward that the gates would stay locked.",
         [("said", "the gates would stay locked")]),
        ("The warden said soon afterward that the gates would stay locked.",
         [("said", "the gates would stay locked")]),
        ("The warden said flatly that the gates would stay locked.", [("said", "the gates would stay locked")]),
        ("The warden said only that the gates would stay locked.", [("said", "the gates would stay locked")]),
        ("The warden said separately that the gates would stay locked.",
         [("said", "the gates would stay locked")]),
        # near misses: "that" as the clause's subject after the adverb, and no "that" at all
        ("The warden said privately that would be a mistake.", [("said", "that would be a mistake")]),
        ("The warden said the gates would stay locked.", [("said", "the gates would stay locked")]),
        ("The warden told the family that the gates would stay locked.",
         [("told", "the gates would stay locked")]),
        ("The warden said early Monday that the gates would stay locked.",
         [("said", "the gates would stay locked")]),
        # near misses: an adverb of degree on "that", a pronoun or a determiner of amount
        ("The coach said nearly that many players were hurt.", [("said", "nearly that many players were hurt")]),
        ("The coach said roughly that many players were hurt.", [("said", "roughly that many players were hurt")]),
        ("Neighbours said nearly that entire street was flooded.",
         [("said", "nearly that entire street was flooded")]),
        ("The coach said exactly that.", [("said", "exactly that")]),
        ("The coach said only that much could be done.", [("said", "only that much could be done")]),
        ("The coach said only that would save the season.", [("said", "only that would save the season")]),
        # near misses: a noun in -ly before a relative "that"
        ("The agency said supply that had been stored was gone.",
         [("said", "supply that had been stored was gone")]),
        ("Officials said assembly that was planned for Friday would not go ahead.",
         [("said", "assembly that was planned for Friday would not go ahead")]),
    ],
)  # fmt: skip
def test_adverbs_before_that_are_no_content(text: str, expected: list[tuple[str, str]]) -> None:
    assert contents(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ida Marsh told board member Ada Pine the vote would wait.", [("told", "the vote would wait")]),
        ("Ida Marsh told council member Ada Pine that the vote would wait.", [("told", "the vote would wait")]),
        ("Ida Marsh told state senator Ada Pine the vote would wait.", [("told", "the vote would wait")]),
        ("Ida Marsh told the board member Ada Pine in May that the vote would wait.",
         [("told", "the vote would wait")]),
        ("Ida Marsh told his lawyer Ada Pine the vote would wait.", [("told", "the vote would wait")]),
        # near misses: a body or people as the hearer, a name as the hearer, a name as the clause's subject
        ("Ida Marsh told the board the vote would wait.", [("told", "the vote would wait")]),
        ("Ida Marsh told members the vote was final.", [("told", "the vote was final")]),
        ("Ida Marsh told Ada Pine the vote would wait.", [("told", "the vote would wait")]),
        ("Ida Marsh told reporters Ada Pine had left.", [("told", "Ada Pine had left")]),
        ("Ida Marsh told reporters board member Ada Pine would resign.",
         [("told", "board member Ada Pine would resign")]),
        ("Ida Marsh told them senator Ada Pine had quit.", [("told", "senator Ada Pine had quit")]),
        ("Ida Marsh told the nurse Ada Pine had left.", [("told", "the nurse Ada Pine had left")]),
        ("Ida Marsh told council member Ada Pine had resigned.", [("told", "council member Ada Pine had resigned")]),
    ],
)  # fmt: skip
def test_a_titled_hearer_is_no_content(text: str, expected: list[tuple[str, str]]) -> None:
    assert contents(text) == expected

"""Where reported content starts after its verb: a run of adverbs of time or manner between the
verb and "that" ("said afterward that", "said flatly that") tells how or when it was said, no
part of what was said."""

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
    ],
)  # fmt: skip
def test_adverbs_before_that_are_no_content(text: str, expected: list[tuple[str, str]]) -> None:
    assert contents(text) == expected

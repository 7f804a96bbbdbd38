"""Where a reporting verb's noun-phrase object ends: before a clause set after it (a relative
set off by a comma, a clause of time or cause), while a clause reported runs on."""

from __future__ import annotations

import pytest

from summarizer import summarize


def contents(text: str) -> list[str]:
    return [a.content for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a clause of time after the object tells when, not what
        ("Her aunt mentioned the budget to me while driving home.", "the budget to me"),
        ("The vendors disclosed the fees until the audit began.", "the fees"),
        # a relative set off by a comma speaks of the object, in the writer's words
        ("Critics question the wisdom of the plan, which has never been tested in court.", "the wisdom of the plan"),
        # near misses: a clause reported without "that" runs on past "while" and ", which"
        ("The mayor said the budget will rise while taxes fall.", "the budget will rise while taxes fall"),
        ("The mayor said the levy, which voters approved in May, would pay for the pool.",
         "the levy, which voters approved in May, would pay for the pool"),
        # "for a while" is no clause of time
        ("The guild criticised the rules for a while in 2019.", "the rules for a while in 2019"),
        # what was found, and what became of it, is the finding's
        ("Police found the man, who was taken to a hospital.", "the man, who was taken to a hospital"),
    ],
)  # fmt: skip
def test_a_clause_after_a_noun_object_ends_the_content(text: str, content: str) -> None:
    assert content in contents(text)

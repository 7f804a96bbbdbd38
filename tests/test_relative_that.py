"""A "that" after a phrase between a reporting verb and its content opens a relative clause on
the phrase's noun when an auxiliary or a modal follows it at once ("argued for a penalty that
would …"): that clause is no content. A "that" followed by a subject opens the content, and so
does one after a phrase with no determiner ("said on Monday that would be unfair"), and one after
a medium or an occasion followed by a predicate, not a participle ("said on the radio that was a
lie"; "said in a statement that was posted online" is a relative)."""

from __future__ import annotations

import pytest

from summarizer import summarize


def reports(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(a.speaker, a.cue, a.content) for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause on the phrase's noun: no content at all
        ("The defence lawyers argued for a penalty that would bar him from coaching for life.", []),
        ("The nurses' union argued for a contract that will add two paid sick days.", []),
        # a relative clause, then the content's own "that"
        (
            "The senator said in an interview that was aired on Sunday that she would run again.",
            [("The senator", "said", "she would run again")],
        ),
        # near misses: the content's "that", with its subject after it
        (
            "The senator said in an interview that the budget was a mistake.",
            [("The senator", "said", "the budget was a mistake")],
        ),
        ("The clerk argued in court that the bylaw was void.", [("The clerk", "argued", "the bylaw was void")]),
        # near miss: no determiner in the phrase ("on Monday"): "that" is the content's subject
        ("The coach said on Monday that would be unfair.", [("The coach", "said", "that would be unfair")]),
        # a passive or perfect relative on a medium's noun, nothing after it: no content
        ("The ferry firm said in a statement that was posted online.", []),
        ("The coach said in an interview that has since been deleted.", []),
        ("The premier spoke in a debate that was held on Monday.", []),
        ("The premier said in a letter that will be published today.", []),
        ("The pilots argued for a rota that is expected to cut fatigue.", []),
        # near misses: after a medium or an occasion, "that" and a predicate is the content's subject
        ("The mayor said on the radio that was a lie.", [("The mayor", "said", "that was a lie")]),
        ("The judge said at the hearing that could not stand.", [("The judge", "said", "that could not stand")]),
        (
            "The coach said in a statement that would be unfair to players.",
            [("The coach", "said", "that would be unfair to players")],
        ),
        (
            "The clerk argued in the appeal that was not the point.",
            [("The clerk", "argued", "that was not the point")],
        ),
        # a "that" on a thing before a verb of saying: the thing reports nothing
        ("The vote ended a long feud that had threatened to stall the harbour works.", []),
        ("The vote ended a long feud with the trustees that had threatened to stall the harbour works.", []),
    ],
)
def test_a_relative_clause_after_a_phrase_is_no_content(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert reports(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: a "that" on a source, or "who", still reports
        (
            "The mayor met the trustees that had threatened to stall the harbour works.",
            [("that", "had threatened", "to stall the harbour works")],
        ),
        # a source earlier in the phrase is what "that" stands for
        (
            "He released a letter from his lawyer last week that says he did nothing wrong.",
            [("He", "says", "he did nothing wrong")],
        ),
        (
            "The feud with the trustees, who had threatened to stall the works, is over.",
            [("who", "had threatened", "to stall the works")],
        ),
    ],
)
def test_a_relative_on_a_source_still_reports(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert reports(text) == expected

"""A name in apposition inside a reported clause ("… to the landowner, the Ash Trust, to ask …"):
when the clause goes on after the closing comma with an infinitive or a preposition, the report
runs on past the name (attribution/clause_joins.apposition_within); a description set off after
the content, or a name that closes the sentence, ends it as before. An appositive or a relative
clause set off on the reported clause's subject goes on to the clause's verb."""

from __future__ import annotations

import pytest

from summarizer import summarize


def contents(text: str) -> list[str]:
    return [a.content for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ms Orrin said she would write to the council and the landowner, the Ash Trust, to ask what it planned.",
            "she would write to the council and the landowner, the Ash Trust, to ask what it planned",
        ),
        (
            "The skipper said he had met the harbour chief, the Rev. Tom Hale, on Friday.",
            "he had met the harbour chief, the Rev. Tom Hale, on Friday",
        ),
        # near misses: a description in lower case, and a name that closes the sentence
        ("The skipper said he backed the nominee, the likely winner, for the post.", "he backed the nominee"),
        ("Ms Orrin said she would write to the landowner, the Ash Trust.", "she would write to the landowner"),
    ],
)
def test_a_name_in_apposition_inside_the_report_goes_on(text: str, content: str) -> None:
    assert content in contents(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the reported clause's subject with an appositive, its finite verb after the second comma
        ("The mayor said the city's new clerk, a former teacher, will lead the review.",
         "the city's new clerk, a former teacher, will lead the review"),
        ("Officials said that two wardens, both hired in June, were suspended.",
         "two wardens, both hired in June, were suspended"),
        ("The club said Dana Vey, its youth coach, would step down.", "Dana Vey, its youth coach, would step down"),
        # near misses: a clause with its verb before the comma, a stance's object, no verb after
        ("The mayor said the clerk had quit, a surprise to staff, in May.", "the clerk had quit"),
        ("The firm criticized the new plan, a costly idea, on Monday.", "the new plan"),
        ("The skipper said he backed the nominee, the likely winner, for the post.", "he backed the nominee"),
    ],
)  # fmt: skip
def test_an_appositive_on_the_reported_subject_goes_on_to_its_verb(text: str, content: str) -> None:
    assert content in contents(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause set off on the reported clause's subject, its main verb after the
        # second comma (clause_joins.subject_relative)
        ("The planner said the mill, where 300 people work, would close in spring.",
         ["the mill, where 300 people work, would close in spring"]),
        ("She noted Dorset, where she has led in every poll, votes in two weeks.",
         ["Dorset, where she has led in every poll, votes in two weeks"]),
        ("He said that the depot, when it reopens, will hire 40 drivers.",
         ["the depot, when it reopens, will hire 40 drivers"]),
        ("The planner said the mill, which opened in 1990, would close.", ["the mill, which opened in 1990, would close"]),
        # near misses: a relative after a clause that has its verb, and one that ends the sentence
        ("The planner said the mill closed in May, when the orders ran out.", ["the mill closed in May"]),
        ("The planner said the mill would close, where 300 people work, in spring.", ["the mill would close"]),
        ("The senator praised Dorset, where she has led in every poll.", ["Dorset"]),
    ],
)  # fmt: skip
def test_a_relative_on_the_reported_subject_goes_on_to_its_verb(text: str, expected: list[str]) -> None:
    assert contents(text) == expected

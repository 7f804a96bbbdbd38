"""A participle of consequence after a speaker tag set off by commas: in "Workers voted to
strike, the union announced Thursday, raising the prospect of delays" the content is "Workers
voted to strike"; neither the tag nor the ", raising …" clause (the writer's) belongs to it."""

from __future__ import annotations

import pytest

from summarizer import summarize


def reports(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(a.speaker, a.cue, a.content) for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dock workers voted to strike, the union announced Thursday, raising the prospect of delays at Port Ellery.",
            [("the union", "announced", "Dock workers voted to strike")],
        ),
        (
            "The cannery will close in March, the owners said Friday, ending nearly a century of canning in Ellery.",
            [("the owners", "said", "The cannery will close in March")],
        ),
        (
            "The ferry fare will rise by a third, the mayor said, leaving islanders to pay more for every crossing.",
            [("the mayor", "said", "The ferry fare will rise by a third")],
        ),
        (
            "Two wardens have resigned, the board confirmed on Monday, prompting a review of the reserve's budget.",
            [("the board", "confirmed", "Two wardens have resigned")],
        ),
        # near misses: a participle of saying or of giving reasons is the speaker's
        (
            "The pier is unsafe, the engineer said, adding that repairs would take a year.",
            [("the engineer", "said", "The pier is unsafe … adding that repairs would take a year")],
        ),
        (
            "The regatta is cancelled, the club said, citing a shortage of volunteers.",
            [("the club", "said", "The regatta is cancelled … citing a shortage of volunteers")],
        ),
    ],
)
def test_a_consequence_after_the_tag_is_the_writers(
    text: str, expected: list[tuple[str | None, str | None, str]]
) -> None:
    assert reports(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "with" and a phrase with no verb, closing the sentence after the tag: the manner of the
        # saying or the writer's gloss, not the words
        (
            "Fares rose by a fifth last year, the ferry board said, with most of the rise on the night crossings.",
            [("the ferry board", "said", "Fares rose by a fifth last year")],
        ),
        ("The regatta went well, the organiser said, with a grin.", [("the organiser", "said", "The regatta went well")]),
        # an -ing word after a determiner is a noun's, and "to" with one last word a destination
        (
            "Jobs fell by a tenth, the agency said, with most of them in the shipbuilding yards near Tarn.",
            [("the agency", "said", "Jobs fell by a tenth")],
        ),
        ("Rents will rise, the council said, with the housing list in mind.", [("the council", "said", "Rents will rise")]),
        ("The regatta went well, the organiser said, with a trip to town.", [("the organiser", "said", "The regatta went well")]),
        # near misses: a clause after "with", and "with" inside the report before the tag
        (
            "The pier will close, the board said, with boats that moor there to be moved.",
            [("the board", "said", "The pier will close … with boats that moor there to be moved")],
        ),
        # near misses: an absolute clause with a participle or an infinitive of its own
        (
            "The pier will close, the board said, with crews working at night to rebuild it.",
            [("the board", "said", "The pier will close … with crews working at night to rebuild it")],
        ),
        (
            "Rents will rise, the council said, with tenants to be told next month.",
            [("the council", "said", "Rents will rise … with tenants to be told next month")],
        ),
        (
            "The pier will close with the loss of ten berths, the board said.",
            [("the board", "said", "The pier will close with the loss of ten berths")],
        ),
    ],
)  # fmt: skip
def test_a_with_phrase_after_the_tag_is_the_writers(
    text: str, expected: list[tuple[str | None, str | None, str]]
) -> None:
    assert reports(text) == expected

"""Where reported content ends at its edges: a noun phrase glossing a report after a tag set off
by commas is the writer's ("Sales fell, the firm said, the third drop in a row")."""

from __future__ import annotations

import pytest

from summarizer import summarize


def contents(text: str) -> list[tuple[str | None, list[str]]]:
    result = summarize(text, model="rules")
    return [(a.speaker, [text[s:e] for s, e in a.content_spans]) for a in result.attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The party raised $4 million in March, its treasurer said Friday, a record for a spring quarter.",
         [("its treasurer", ["The party raised $4 million in March"])]),
        ("Sales fell sharply in May, the company said Tuesday, the third drop in a row.",
         [("the company", ["Sales fell sharply in May"])]),
        ("Costs rose to $9 million, the audit found, more than twice the estimate.",
         [("the audit", ["Costs rose to $9 million"])]),
        ("Turnout was low, the clerk said, about a third of the roll.",
         [("the clerk", ["Turnout was low"])]),
        # near misses: a clause after the tag goes on with the report; a subject the tag
        # interrupts has its verb after the apposition; "and" joins the writer's clause
        ("The clinic has reopened, a spokeswoman said, the staff will see walk-ins too.",
         [("a spokeswoman", ["The clinic has reopened", "the staff will see walk-ins too"])]),
        ("The bridge, the engineer said, a span of 300 metres, is safe.",
         [("the engineer", ["The bridge", "a span of 300 metres, is safe"])]),
        ("Prices rose, the report said, more homes sold than in any year since 2006.",
         [("the report", ["Prices rose", "more homes sold than in any year since 2006"])]),
        ("Water levels are falling, the agency said, a trend that worries farmers.",
         [("the agency", ["Water levels are falling", "a trend that worries farmers"])]),
    ],
)  # fmt: skip
def test_a_gloss_after_a_tag_is_the_writers(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert contents(text) == expected

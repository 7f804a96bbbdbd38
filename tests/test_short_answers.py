"""A quote of a word or two that stands as a sentence of its own after a tag ('… she added.
"Five."') is the speaker's short answer, not a name or a title, and joins the quote before it."""

from __future__ import annotations

import pytest

from summarizer import summarize


def contents(text: str) -> list[tuple[str | None, list[str]]]:
    result = summarize(text, model="rules")
    return [(a.speaker, [text[s:e] for s, e in a.content_spans]) for a in result.attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We called three offices and got three replies," she added. "Three."',
         [("she", ["We called three offices and got three replies", "Three"])]),
        ('"Will the ferry run again?" the captain asked. "Never!"',
         [("the captain", ["Will the ferry run again?", "Never!"])]),
        # the comma before its tag inside the marks, a stop before it: an answer too
        ('He was asked if he would stay. "No," he said.', [("he", ["No"])]),
        ('The coach was asked about a rematch. "Absolutely," the coach said flatly.',
         [("the coach", ["Absolutely"])]),
        # a short answer opening its paragraph, its tag right after it, a participle after the tag
        ('"No," said the mayor, hitting back.', [("the mayor", ["No"])]),
        ('"Never," said Ada Pine, laughing.', [("Ada Pine", ["Never"])]),
        ('"Yes," the deputy mayor said.', [("the deputy mayor", ["Yes"])]),
        # near misses: a title after a preposition is a name, a stop or not; a title-case phrase
        # with no stop inside the marks is a name too
        ('Ruiz was a guest on "Harbour Hour." "It went well," she said.',
         [("she", ["It went well"])]),
        ('"We will appeal," she said. The ruling came on "Black Friday" in the port.',
         [("she", ["We will appeal"])]),
        # a paragraph of its own is a subheading's label, and four words are a title's
        ('"We will appeal," she said.\n\n"Storm Over Harbour."\n\nThe port shut on Friday.',
         [("she", ["We will appeal"])]),
        ('"We will appeal," she said. "Storm Over The Harbour."',
         [("she", ["We will appeal"])]),
        # a comma inside with no tag after it: a title in apposition, a name
        ('The season opens soon. "Tempest," the first play, runs until May.', []),
        # near miss: a relative on the title before a verb of saying: a name, no tag
        ('"Tempest," which opened in May, said little about the port.', []),

    ],
)  # fmt: skip
def test_a_short_answer_after_a_tag_is_the_speakers(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert contents(text) == expected

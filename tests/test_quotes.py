from __future__ import annotations

import pytest

from summarizer.text.quotes import find_quotes
from summarizer.text.segments import paragraphs


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text, paragraphs(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will win," he said.', ['"We will win,"']),
        ("“It was awful,” said Jane Doe. “I ran.”", ["“It was awful,”", "“I ran.”"]),
        ("He said: «Nous gagnerons» and left.", ["«Nous gagnerons»"]),
        ("Er sagte: „Wir gewinnen“ und ging.", ["„Wir gewinnen“"]),
        ("She called it ‘a total disaster for everyone’ on Monday.", ["‘a total disaster for everyone’"]),
        ("The officers’ cars were there. It’s fine, isn’t it?", []),
        ("Kevin said: 'I can't even put it into words' today.", ["'I can't even put it into words'"]),
        ("“First paragraph.\n\n“Second paragraph,” she said.", ["“First paragraph.\n\n“Second paragraph,”"]),
    ],
)
def test_quote_styles(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_unclosed_quote_ends_at_paragraph_end() -> None:
    text = "He said “this never closes\n\nNext paragraph is plain."
    regions = find_quotes(text, paragraphs(text))
    assert len(regions) == 1 and not regions[0].closed
    assert text[regions[0].start : regions[0].end] == "“this never closes"

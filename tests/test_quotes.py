from __future__ import annotations

import pytest

from summarizer.text.quotes import find_quotes, paired_apostrophes
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
        # a plural's apostrophe inside a single-quoted passage does not close it, unless no closer follows
        ("'The dockers' union will not sail,' Ms Rooney said.", ["'The dockers' union will not sail,'"]),
        ("‘The tenants’ group was never asked,’ Cllr Ryan said.", ["‘The tenants’ group was never asked,’"]),
        ("'Our lads' spirit was something else', the coach said.", ["'Our lads' spirit was something else'"]),
        ("He called it 'a gift to developers' and left.", ["'a gift to developers'"]),
        (
            "He called it 'a gift to landlords' and 'a blow to renters'.",
            ["'a gift to landlords'", "'a blow to renters'"],
        ),
        ("The 'so-called reforms' would ruin farmers' lives, he said.", ["'so-called reforms'"]),
        # an apostrophe for letters left out opens no quote
        ("'It felt like the '80s again,' he said.", ["'It felt like the '80s again,'"]),
        ("'Rock 'n' roll kept this pub going,' the landlord said.", ["'Rock 'n' roll kept this pub going,'"]),
        ("The teachers' union met the nurses' union on Friday.", []),
        ("In the '70s the town's mills closed.", []),
        # a decade first in its paragraph or after a colon is the quote's first word
        ("'80s music was the best we had,' he said.", ["'80s music was the best we had,'"]),
        ("She said: '90s pop never gets old.'", ["'90s pop never gets old.'"]),
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


_MARKS = " \"'“”‘’"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a closing double quote set as two typographic single marks, as some outlets do
        (
            "“We open at dawn,’’ says the baker. “Bread sells out by nine.”",
            ["We open at dawn,", "Bread sells out by nine."],
        ),
        # an opening one so set
        ("The chef said ‘’It is all about timing,” and smiled.", ["It is all about timing,"]),
        ("She wrote: ‘‘Come early.’’ Then she left.", ["Come early."]),
        # a typewriter pair closing a curly opener
        ("“The pier is closed,'' a guard said. “Try Sunday.”", ["The pier is closed,", "Try Sunday."]),
    ],
)
def test_two_single_marks_read_as_one_double_quote(text: str, expected: list[str]) -> None:
    view = paired_apostrophes(text)
    assert len(view) == len(text)
    found = find_quotes(view, paragraphs(view))
    assert [text[q.start : q.end].strip(_MARKS) for q in found] == expected
    assert all(q.closed for q in found)


def test_a_single_closing_mark_after_a_plural_stays_an_apostrophe() -> None:
    text = "The workers’ union met. ‘‘Nobody told us,’’ one said."
    view = paired_apostrophes(text)
    assert "workers’ union" in view and view.count('"') == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a curly mark set the wrong way round, told by where it stands
        ("“We sail at six.“ the skipper said. “Be early,” she added.", ["We sail at six.", "Be early,"]),
        ("The skipper (”We sail at six”) was blunt. “Be early,” she added.", ["We sail at six", "Be early,"]),
        # the guillemets of either tradition still pair
        ("Il a dit : « Nous partons » hier.", ["Nous partons"]),
        ("Er sagte: »Wir fahren« und ging.", ["Wir fahren"]),
    ],
)
def test_a_curly_mark_set_the_wrong_way_round(text: str, expected: list[str]) -> None:
    found = find_quotes(text, paragraphs(text))
    assert [text[q.start : q.end].strip(_MARKS + "«»") for q in found] == expected

"""A quotation after the hearer of "told" (rules/attribution/told_quotes.py): the quote mark
opens what was told, whatever its first word; a title in capitals between quote marks does not."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.rules.attribution.told_quotes import opening_quote
from summarizer.text.segments import tokens


@pytest.mark.parametrize(
    ("text", "word", "opens"),
    [
        ('told the Gazette "rubbish" was the word', '"', True),
        ("told the Gazette “rubbish” was the word", "“", True),
        ('told the Gazette "It\'s over" on Monday', '"', True),
        # near misses: a title in capitals is the hearer's show; a closing mark; a mark with a space after it
        ('told Harbour Radio\'s "Dawn Desk" that fares would rise', '"', False),
        ("told the Gazette” that fares would rise", "”", False),
        ('told the Gazette " rubbish " was the word', '"', False),
        # a title with small words in lower case is the hearer's show too
        ('told Lakeside TV\'s "Meet the Mayor" that fares would rise', '"', False),
        # a quotation that ends the sentence is told whole, left to the readers of a whole quotation
        ('told the jury "yes."', '"', False),
        ('told the Gazette "not a chance."', '"', False),
    ],
)
def test_a_quote_mark_after_the_hearer_opens_what_was_told(text: str, word: str, opens: bool) -> None:
    toks = tokens(text, 0, len(text))
    i = next(n for n, t in enumerate(toks) if t.text == word)
    assert opening_quote(toks, i, len(toks)) is opens


def test_a_word_told_whole_keeps_its_speaker() -> None:
    result = summarize('Ferry vote\n\nOrtiz told the jury "yes."\n', model="rules")
    assert [(a.speaker, a.cue) for a in result.attributions] == [("Ortiz", "told")]


def _reports(text: str) -> list[tuple[str | None, str | None, str]]:
    result = summarize(f"Ferry fares\n\n{text}\n", model="rules")
    return [(a.speaker, a.cue, a.content) for a in result.attributions]


@pytest.mark.parametrize(
    ("text", "reports"),
    [
        # a programme's title in quote marks is the hearer or the medium; the clause after "that" is told
        (
            'Velo told Lakeside TV\'s "Meet the Mayor" on Sunday that he would stay in the race.',
            [("Velo", "told", "he would stay in the race")],
        ),
        (
            'Velo told the "Dawn Desk" show that he would stay in the race.',
            [("Velo", "told", "he would stay in the race")],
        ),
        (
            'Velo said on Harbour Radio\'s "Dawn Desk" that he would stay in the race.',
            [("Velo", "said", "he would stay in the race")],
        ),
        (
            'Velo said on the "Dawn Desk" show that he would stay in the race.',
            [("Velo", "said", "he would stay in the race")],
        ),
        # a title that opens with a number, or told with no hearer before it
        ('Velo told "48 Hours" that the pier would close.', [("Velo", "told", "the pier would close")]),
        ('Velo told "Harbour Talk" the pier would close.', [("Velo", "told", "the pier would close")]),
        ('Velo said on "Late Desk" that fares would rise.', [("Velo", "said", "fares would rise")]),
        # near misses: a quoted clause after the hearer or the verb is what was said
        ('Velo told reporters "It is over."', [("Velo", "told", "It is over")]),
        ('Velo told reporters "3 men ran" and left.', [("Velo", "told", "3 men ran")]),
        ('Velo said on Sunday "We are done" and left.', [("Velo", "said", "We are done")]),
    ],
)
def test_a_programme_title_is_no_content(text: str, reports: list[tuple[str, str, str]]) -> None:
    assert _reports(text) == reports

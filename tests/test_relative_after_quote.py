"""A tag after a quote whose subject carries a relative clause set off by commas (`"…," the
woman, who asked not to be named, said`): the relative's verb is no tag, the verb after its
closing comma is (attribution/speaker_after_quote.py). Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize


def _reports(text: str) -> list[tuple[str | None, str | None, str]]:
    result = summarize(f"Ferry fares\n\n{text}\n", model="rules")
    return [(a.speaker, a.cue, a.content) for a in result.attributions]


@pytest.mark.parametrize(
    ("text", "reports"),
    [
        (
            '"I never saw the fire," the clerk, who asked not to be named, said.',
            [("the clerk, who asked not to be named", "said", "I never saw the fire")],
        ),
        (
            '"The pier was dark," a fisherman, who said he saw it, told reporters.',
            [("a fisherman, who said he saw it", "told", "The pier was dark")],
        ),
        (
            '"The pier was dark," the guard, who asked for help, later said.',
            [("the guard, who asked for help", "later said", "The pier was dark")],
        ),
        # the relative's verb after its own subject or an adverb is no tag either
        (
            '"The pier was dark," the guard, whose wife told police about it, said.',
            [("the guard, whose wife told police about it", "said", "The pier was dark")],
        ),
        (
            '"The pier was dark," the guard, who police said was hurt, added.',
            [("the guard, who police said was hurt", "added", "The pier was dark")],
        ),
        (
            '"The pier was dark," the guard, who then said nothing more, said.',
            [("the guard, who then said nothing more", "said", "The pier was dark")],
        ),
        # near misses: a relative with no commas, a tag before the relative
        (
            '"The pier was dark," the guard who lives nearby said.',
            [("the guard who lives nearby", "said", "The pier was dark")],
        ),
        ('"The pier was dark," the guard said, who was tired.', [("the guard", "said", "The pier was dark")]),
        # the tag's own verb in the relative's place keeps its reading
        (
            '"The pier was dark," a fisherman, who lives nearby, said.',
            [("a fisherman, who lives nearby", "said", "The pier was dark")],
        ),
        ('"The pier was dark," said the guard, who asked for calm.', [("the guard", "said", "The pier was dark")]),
    ],
)
def test_a_relative_on_the_subject_of_a_tag_after_a_quote(text: str, reports: list[tuple[str, str, str]]) -> None:
    assert _reports(text) == reports

"""A hearer of bare nouns for people after "told" or "warned", then an adverbial, is whom the words
were addressed to: "told subscribers in a letter this week" reports no content (not the hearer
and the phrase), and a "that" clause after the adverbial is the content."""

from __future__ import annotations

import pytest

from summarizer import summarize


def reports(text: str) -> list[tuple[str | None, str | None]]:
    return [(a.cue, a.content) for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The brewer's owner told subscribers in a newsletter this week.", []),
        ("The brewer's owner told investors on Tuesday.", []),
        ("The brewer's owner told bank staff at a meeting.", []),
        (
            "The brewer's owner told subscribers in a newsletter this week that hops would cost more.",
            [("told", "hops would cost more")],
        ),
        (
            "The harbour master warned residents on Friday that the tide would be high.",
            [("warned", "the tide would be high")],
        ),
        ("The chief executive told employees in an email on Monday.", []),
        ("The harbour master warned motorists on Friday.", []),
        ("The harbour master told residents via a loudhailer.", []),
        ("The coach told players after the match that he was proud.", [("told", "he was proud")]),
        # a determiner before the nouns; where it was said, then the clause without "that"
        (
            "The coach told the players in the locker room the season was over.",
            [("told", "the season was over")],
        ),
        ("The coach told players in the locker room the season was over.", [("told", "the season was over")]),
        ("The chief told his officers in charge that the roads were shut.", [("told", "the roads were shut")]),
        ("The chief said at her desk the files were gone.", [("said", "the files were gone")]),
        # near misses: a thing told
        ("The old ferryman told tales of the flood.", [("told", "tales of the flood")]),
        ("The guard told lies to the inquiry.", [("told", "lies to the inquiry")]),
        # near misses: an infinitive or a clause right after the hearer
        ("The chief told officers to stand down.", [("told", "officers to stand down")]),
        ("The harbour master told residents their boats were safe.", [("told", "their boats were safe")]),
        ("The brewer's owner told stories of the old mill.", [("told", "stories of the old mill")]),
        ("The brewer's owner told a joke.", [("told", "a joke")]),
    ],
)
def test_a_bare_hearer_then_an_adverbial_is_no_content(text: str, expected: list[tuple[str, str]]) -> None:
    assert reports(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: the noun after "in" with no determiner, or a name in capitals: not a place phrase
        ("The coach said in May the season was over.", [("said", "the season was over")]),
        ("The coach told the players in Tarnby Hall the season was over.", []),
    ],
)
def test_where_it_was_said_needs_a_determiner_and_nouns(text: str, expected: list[tuple[str, str]]) -> None:
    assert reports(text) == expected

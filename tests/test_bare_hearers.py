"""A hearer of bare nouns for people after "told" or "warned", then an adverbial, is whom the words
were addressed to: "told subscribers in a letter this week" reports no content (not the hearer
and the phrase), and a "that" clause after the adverbial is the content. A hearer of any noun for
people, a listening body or a name that ends its clause ("asked the crowd.") is all the verb took:
no content there, and after a quote the verb names the quote's speaker."""

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


def said(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(a.speaker, a.cue, a.content) for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hearer of any noun for people, a listening body or a name, then the clause's end:
        # the verb told nothing in its clause
        (
            "Vera Holm, who has advised three mayors, said the levy would pass.",
            [("Vera Holm", "said", "the levy would pass")],
        ),
        (
            "Vera Holm, who advised two ministers, argued the levy would pass.",
            [("Vera Holm", "argued", "the levy would pass")],
        ),
        ("The pilot warned the committee.", []),
        ("The pilot asked the jury on Friday.", []),
        ("The pilot reminded Judge Ada Ferris at the hearing.", []),
        # near misses: a thing, a topic, an infinitive or a clause after the hearer is told
        ("The pilot warned the committee of a storm.", [("The pilot", "warned the committee of", "a storm")]),
        ("The pilot advised the crew to land.", [("The pilot", "advised", "the crew to land")]),
        ("The pilot told the crowd the runway was shut.", [("The pilot", "told", "the runway was shut")]),
        ("The pilot told the crowd that the runway was shut.", [("The pilot", "told", "the runway was shut")]),
        # near misses: a quotation after the hearer's comma; an appositive on the hearer, then an infinitive
        ('Ivo Sand paused before asking them, "Who pays?"', [("Ivo Sand", "asking", '"Who pays?"')]),
        (
            "The union has asked Kell Radio's Ana Dorn, the host, to check the figures.",
            [("The union", "has asked", "the host, to check the figures")],  # (its edge is content.py's)
        ),
        ("She holds a post in which she advises Governor Ivo Sand.", []),
    ],
)
def test_a_hearer_that_ends_its_clause_is_no_content(
    text: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a quote, a hearer verb whose hearer ends the sentence names the quote's speaker
        ('"Do we give up now?" Omar Beck asked the crowd.', [("Omar Beck", "asked", "Do we give up now?")]),
        ('"Do we give up now?" Omar Beck asked the crowd on Friday.', [("Omar Beck", "asked", "Do we give up now?")]),
        ('"We never give up." Omar Beck told the rally in Elm Park.', [("Omar Beck", "told", "We never give up")]),
        ('"Do we give up now?" she asked her students.', [("she", "asked", "Do we give up now?")]),
        # near misses: the verb's own clause after the hearer is what it reports
        (
            '"Do we give up now?" Omar Beck asked the crowd whether they would stay.',
            [(None, None, "Do we give up now?"), ("Omar Beck", "asked", "they would stay")],
        ),
        (
            '"We never give up." Omar Beck told the crowd the vote was close.',
            [(None, None, "We never give up"), ("Omar Beck", "told", "the vote was close")],
        ),
    ],
)
def test_a_hearer_verb_after_a_quote_names_its_speaker(
    text: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert said(text) == expected

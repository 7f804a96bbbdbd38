"""A speaker phrase that holds a clause is no subject (rules/attribution/clause_subject.py): a
phrase opening with "what"/"how"/"why", one holding a pronoun's contraction after other words,
or one holding a verb with its own object reads no attribution; a relative clause, a participle
on the noun and a time before the subject are a noun phrase's own."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.rules.attribution.clause_subject import holds_clause


@pytest.mark.parametrize(
    ("phrase", "clause"),
    [
        # a verb with its object: a past in -ed before a bare noun, any verb before a determiner
        ("the agency received expert", True),
        ("The warm currents in the bay push some cold water south", True),
        ("Perhaps go a step further", True),
        # a pronoun's contraction after other words
        ("never thought I'd", True),
        ("so we’ll", True),
        # a clause standing as a noun
        ("What I", True),
        ("How they", True),
        ("why the board", True),
        # near misses: a noun phrase
        ("The ministry", False),
        ("Officials who reviewed the plan", False),
        ("Those who were there", False),
        ("The man I met", False),
        ("people arrested at the protest camp", False),
        ("the surveys conducted throughout the winter", False),
        ("residents living near the pier", False),
        ("a survey of listed clubs by the harbour board", False),
        ("a Lisk-based housing advocate", False),
        ("In the next two weeks the council", False),
        ("We’d", False),  # a pronoun and its auxiliary: the subject is the pronoun
        ("I'm", False),
        ("the retired harbour master", False),
        ("the ferry operator's appointed auditor", False),
        # a past in -ed between a word naming no one and a noun of a person is an adjective
        ("A 58-year-old retired baker", False),
        ("a tall licensed plumber from Orrin", False),
        ("the agency hired experts", True),  # near miss: a body, its verb, its object
        ("the widow hired drivers", True),  # near miss: a person, her verb, its object
        # a comma after the head opens an apposition, whose article is no object's
        ("The union's president, a welder", False),
        ("The town's new clerk, a former nurse", False),
        ("Tarn's mayor, an engineer who has run the port for 12 years", False),
    ],
)
def test_a_phrase_holding_a_clause_is_no_subject(phrase: str, clause: bool) -> None:
    assert holds_clause(phrase, (0, len(phrase))) is clause


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last week the agency received expert reports it had ordered on the harbour dredging.", []),
        ("Lately the agency received expert reports that the dredging had failed.", []),
        ("Here is a line I never thought I'd write: my cat now runs the household budget.", []),
        ("The warm currents in the bay push some cold water south, explaining the fog on the coast.", []),
        ("Perhaps go a step further and ask whether the mayor would keep the levy.", []),
        # near misses: the subject stays
        (
            "The ministry said it received reports of flooding near the harbour.",
            [("The ministry", "said", "it received reports of flooding near the harbour")],
        ),
        (
            "Officials who reviewed the plan said the bridge would cost more than expected.",
            [("Officials who reviewed the plan", "said", "the bridge would cost more than expected")],
        ),
        (
            "In the next two weeks the council will argue that the levy is fair.",
            [("the council", "will argue", "the levy is fair")],
        ),
        # a possessive head, then a long apposition with a relative clause and a number of its own
        (
            "The guild's treasurer, a baker who has kept its books for 22 years, said dues would rise.",
            [("The guild's treasurer, a baker", "said", "dues would rise")],
        ),
        (
            "The town's clerk, a former nurse, said the office would close.",
            [("The town's clerk, a former nurse", "said", "the office would close")],
        ),
        # near misses: a "said" inside the relative clause is its pronoun's, a short apposition read already
        ("The clerk, who said little, left early.", []),
        (
            "The clerk, a former nurse, said the office would close.",
            [("The clerk, a former nurse", "said", "the office would close")],
        ),
    ],
)
def test_no_attribution_reads_a_clause_as_its_speaker(
    text: str, expected: list[tuple[str | None, str | None, str]]
) -> None:
    assert [(a.speaker, a.cue, a.content) for a in summarize(text, model="rules").attributions] == expected

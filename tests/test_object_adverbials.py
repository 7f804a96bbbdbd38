"""A verb's object ends at a clause of time or purpose that is the writer's
(rules/attribution/object_adverbials.py): "praised X as Y when she ran …", "agreed to lend …
so the pier could reopen"; a reported clause keeps its own ("said the clinic closed when …"),
and so does a subordinator with no clause after it or one after a preposition or a noun of time."""

from __future__ import annotations

import pytest

from summarizer import summarize


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # an object, then a clause of the writer's: the object is what was said
        (
            "The union praised the harbour master as a steady hand when she ran the port in 2019.",
            "the harbour master as a steady hand",
        ),
        (
            "The council agreed to lend the ferry company $2 million so the pier could reopen by May.",
            "to lend the ferry company $2 million",
        ),
        (
            "The council agreed to lend the ferry company $2 million so that the pier could reopen by May.",
            "to lend the ferry company $2 million",
        ),
        (
            "The critics described the new levy as a tax on fishermen before the vote was held.",
            "the new levy as a tax on fishermen",
        ),
        (
            "The coast guard warned the boat owners to tie up their dinghies after they had left the bay.",
            "the boat owners to tie up their dinghies",
        ),
        # a counted subject opens the writer's clause too: the cause of the urging, not what was urged
        (
            "Vets are urging farmers to vaccinate their flocks after nine outbreaks were reported in the hills.",
            "farmers to vaccinate their flocks",
        ),
        (
            "The league warned clubs to check their stands after 12 seats were found loose.",
            "clubs to check their stands",
        ),
        # near misses: a reported clause keeps its clause of time
        ("The mayor said the clinic closed when the grant ran out.", "the clinic closed when the grant ran out"),
        (
            "The warden said that the gate was locked before the guards left.",
            "the gate was locked before the guards left",
        ),
        (
            "The board demanded that the contractor finish the pier before the season opens.",
            "the contractor finish the pier before the season opens",
        ),
        (
            "The chief said Ana Ruiz, 40, charged at them with a rake after they reached the barn.",
            "Ana Ruiz, 40, charged at them with a rake after they reached the barn",
        ),
        # near misses: no clause after it, a question after a preposition, a noun of time
        ("The inspector praised the crew as brave after midnight.", "the crew as brave after midnight"),
        (
            "Vets are urging farmers to vaccinate their flocks after nine days.",
            "farmers to vaccinate their flocks after nine days",
        ),
        (
            "Vets said nine flocks were culled after 12 tests came back.",
            "nine flocks were culled after 12 tests came back",
        ),
        ("The union praised the harbour master as a steady hand so far.", "the harbour master as a steady hand so far"),
        (
            "The port authority said there is no word as to when the review will end.",
            "there is no word as to when the review will end",
        ),
        # a question after a verb of saying or knowing: "when" opens what was (not) said
        (
            "The storm shut the pier. Ann Roy declined to say when the pier would reopen.",
            "to say when the pier would reopen",
        ),
        (
            "Residents recalled the ferry in the hours before the storm hit.",
            "the ferry in the hours before the storm hit",
        ),
        # a question with "when" after a verb of saying or asking, an infinitive with no object
        ("The ferry firm refused to disclose when the pier would reopen.", "to disclose when the pier would reopen"),
        ("Birch Falls declined to say when the bridge would reopen.", "to say when the bridge would reopen"),
        ("The harbour board agreed to leave before the vote took place.", "to leave before the vote took place"),
    ],
)
def test_an_object_ends_before_the_writers_clause(text: str, content: str) -> None:
    summary = summarize(text, model="rules")
    assert [a.content for a in summary.attributions] == [content]
